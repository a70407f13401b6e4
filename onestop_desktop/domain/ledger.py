"""The desk's dossier ledger (form 07, Sổ theo dõi hồ sơ) as a book.

Each desk keeps one book a year: "Quyển số 01/2026" is desk 1's book of 2026. Its
rows are the dossiers the desk received that year (local time), numbered from 1 in
the order they were received (then by code). Form 01 says where its dossier stands
("Vào Sổ theo dõi hồ sơ, Quyển số …, Số thứ tự …") and the printed ledger numbers its
rows the same way, so the two can be matched. (The line's wording is unverified in
DOMAIN.md; the numbering is ours.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .calendar import LOCAL_TZ
from .listing import Urgency, urgency
from .returns import Timing
from .status import Status


@dataclass(frozen=True)
class LedgerPlace:
    book: str  # "01/2026"
    number: int  # the row in that book, from 1

    def to_dict(self) -> dict:
        return {"book": self.book, "number": self.number}


def ledger_year(received_at: datetime) -> int:
    return received_at.astimezone(LOCAL_TZ).year


def year_start(year: int) -> datetime:
    """The first moment of the book's year (local midnight, 1 January)."""
    return datetime(year, 1, 1, tzinfo=LOCAL_TZ)


def book_label(desk: int, year: int) -> str:
    return f"{desk:02d}/{year}"


@dataclass(frozen=True)
class Handover:
    """One handover recorded on the dossier's form 06: who gave it to whom, and when
    (`at` as the form stored it: ISO date-time, free text on older prints, or "")."""

    giver: str
    receiver: str
    at: str = ""


@dataclass(frozen=True)
class LedgerEntry:
    """One row of the printed ledger: what form 07's columns say of a dossier."""

    number: int  # the row in its year's book (LedgerPlace.number)
    code: str
    procedure_name: str
    sets: int
    applicant_name: str
    address: str
    phone: str
    lead_agency: str
    received_at: datetime
    due_at: datetime | None
    status: Status
    handovers: tuple[Handover, ...] = ()
    returned_at: datetime | None = None
    recipient: str = ""  # who collected the result
    timing: Timing | None = None  # judged when processing ended (returned dossiers)
    note: str = ""

    def state_text(self, now: datetime) -> str:
        """The dossier's status as the ledger's note column says it: the status, how
        the result came out once returned, or "quá hạn" while open past its appointment
        (computed, never a status: DOMAIN.md)."""
        text = self.status.label
        if self.timing is not None and self.status is Status.RETURNED:
            return f"{text} ({self.timing.label.lower()})"
        if urgency(self.status, self.due_at, now) is Urgency.OVERDUE:
            return f"{text}, quá hạn"
        return text
