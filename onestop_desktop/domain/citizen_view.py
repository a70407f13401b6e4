"""What the citizen-facing screen shows: plain, immutable snapshots (no Qt, no store).

The intake page publishes an IntakeView on every change, the return page a HandBackView
while a result is being handed back; `compose` decides, from those, the call of a ticket
number and whether the officer's window is locked, which one screen the citizen sees.

Personal data reaches the citizen's screen only while an intake or a hand-back is under
way: an empty intake page publishes nothing (the ticket number alone is not personal),
and a locked window or nobody signed in shows the idle screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .returns import Rating

# A number just called is shown first, whatever else is under way, for this long.
CALL_FIRST = timedelta(seconds=15)


class Screen(StrEnum):
    IDLE = "idle"  # the centre's name and notices
    INTAKE = "intake"  # what the officer enters, for the citizen to check
    HAND_BACK = "hand_back"  # the result, and the rating buttons
    CALLING = "calling"  # a big ticket number


@dataclass(frozen=True)
class Paper:
    name: str
    original: int = 0
    certified: int = 0
    photo: int = 0


@dataclass(frozen=True)
class IntakeView:
    """What the officer has entered so far; empty fields are "" / () / None."""

    name: str = ""
    procedure: str = ""  # the procedure's name
    procedure_code: str = ""
    papers: tuple[Paper, ...] = ()  # the papers ticked as received
    fees_total: int | None = None  # None: no procedure chosen yet; 0: no fees
    fees_when: str = ""  # "thu ngay", "thu khi trả kết quả", "miễn" (as the officer set)
    appointment: datetime | None = None
    provisional: bool = False
    sets: int = 1

    @property
    def empty(self) -> bool:
        return not (self.name or self.procedure_code)


@dataclass(frozen=True)
class HandBackView:
    code: str
    procedure: str
    name: str
    ready: bool  # the result is there to be handed back (status 9)
    timing: str = ""  # "Trước hạn" …, when processing ended
    fees_owed: int = 0
    rating: Rating | None = None  # chosen so far (by the citizen or the officer)


@dataclass(frozen=True)
class Call:
    ticket: str
    desk: int | None
    at: datetime


@dataclass(frozen=True)
class CitizenView:
    screen: Screen
    centre: str = ""
    desk: int | None = None
    notices: tuple[str, ...] = ()
    intake: IntakeView | None = None
    hand_back: HandBackView | None = None
    call: Call | None = None


def compose(*, centre: str, desk: int | None, notices: tuple[str, ...],
            intake: IntakeView | None, hand_back: HandBackView | None, call: Call | None,
            officer_page: str, present: bool, now: datetime,
            call_first: timedelta = CALL_FIRST) -> CitizenView:
    """The one screen the citizen sees. `present`: an officer is signed in and the window
    is not locked (else nothing personal is shown). `officer_page`: the page the officer
    is on ("intake", "return", …): with both an intake and a hand-back under way, the
    citizen sees the one the officer is working on. A number called is shown first for
    `call_first`."""
    idle = CitizenView(Screen.IDLE, centre, desk, notices)
    if not present:
        return idle
    intake = intake if intake is not None and not intake.empty else None
    calling = CitizenView(Screen.CALLING, centre, desk, notices, call=call)
    if call is not None and now - call.at < call_first:
        return calling
    showing_intake = CitizenView(Screen.INTAKE, centre, desk, notices, intake=intake)
    showing_hand_back = CitizenView(Screen.HAND_BACK, centre, desk, notices,
                                    hand_back=hand_back)
    if officer_page == "return" and hand_back is not None:
        return showing_hand_back
    if intake is not None:
        return showing_intake
    if hand_back is not None:
        return showing_hand_back
    if call is not None:
        return calling
    return idle
