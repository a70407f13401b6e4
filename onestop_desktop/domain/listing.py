"""How the desk lists dossiers: the row a list shows, which dossiers still bind the
office to their appointment, and how urgent each is.

"Quá hạn" (overdue) is computed from the appointment, never stored as a status: a
dossier is overdue while its clock runs (CLOCK_RUNNING: processing has not ended and it
is not waiting for the citizen's papers) and its appointment has passed. While papers
are awaited (status 5) the clock stops (DOMAIN.md); their arrival sets a new
appointment. A result ready to hand back (status 9) was judged when it was finished.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .status import Status

OPEN_STATUSES = (Status.REGISTERED, Status.RECEIVED, Status.PROCESSING,
                 Status.SUPPLEMENT_REQUESTED, Status.PAYMENT_REQUESTED)
# Processing not ended and the office's clock running: what can be due or overdue.
CLOCK_RUNNING = tuple(s for s in OPEN_STATUSES if s is not Status.SUPPLEMENT_REQUESTED)
DUE_SOON = timedelta(hours=24)


class Urgency(StrEnum):
    NONE = "none"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


class Period(StrEnum):
    """The list's first filter: the counter's everyday questions."""

    ALL = "all"
    READY = "ready"  # processed, the result waiting to be handed back (status 9)
    TODAY = "today"  # received today
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    ONLINE = "online"  # submitted online, waiting to be received (status 1, channel 2)


@dataclass(frozen=True)
class DossierSummary:
    """One line of a dossier list: what the list shows and sorts by, nothing more."""

    code: str
    applicant_name: str
    id_number: str
    phone: str
    procedure_code: str
    procedure_name: str
    received_at: datetime
    due_at: datetime | None
    status: Status
    seq: int  # insertion order (the search index's)
    due_provisional: bool = False  # the appointment rests on an estimated calendar

    def urgency(self, now: datetime) -> Urgency:
        return urgency(self.status, self.due_at, now)


def urgency(status: Status, due_at: datetime | None, now: datetime) -> Urgency:
    if due_at is None or status not in CLOCK_RUNNING:
        return Urgency.NONE
    if due_at < now:
        return Urgency.OVERDUE
    if due_at - now <= DUE_SOON:
        return Urgency.DUE_SOON
    return Urgency.NONE
