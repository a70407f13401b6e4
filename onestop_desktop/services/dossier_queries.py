"""The dossier list's filters: received today, due today, overdue, by status/procedure, search.

Overdue is computed from the appointment (due_at), never stored as a status:
a dossier is overdue when it is still open (not returned, refused, withdrawn
or stopped) and its appointment has passed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from .. import __version__
from ..domain import events, versions
from ..domain.calendar import LOCAL_TZ, WorkingHours
from ..domain.config import DeskConfig
from ..domain.dossier import Dossier
from ..domain.procedure import Procedure
from ..domain.procedure_search import rank_procedures
from ..domain.returns import Rating, Timing
from ..domain.status import Status
from ..store import (
    catalogue_repo,
    dossier_repo,
    outbox,
    print_repo,
    return_repo,
    settings_repo,
    sync_repo,
)
from ..store.database import Store
from .calendar_service import work_calendar

# Statuses where the appointment still binds the office: processing has not ended (a
# result ready to hand back, status 9, was judged when it was finished).
OPEN_STATUSES = (Status.REGISTERED, Status.RECEIVED, Status.PROCESSING,
                 Status.SUPPLEMENT_REQUESTED, Status.PAYMENT_REQUESTED)
DUE_SOON = timedelta(hours=24)


class Period(StrEnum):
    ALL = "all"
    TODAY = "today"  # received today
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    READY = "ready"  # processed, the result waiting to be handed back (status 9)


class Urgency(StrEnum):
    NONE = "none"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class DossierFilter:
    period: Period = Period.ALL
    status: int | None = None
    procedure_code: str = ""
    query: str = ""
    limit: int = 500


def _local_day_bounds(now: datetime) -> tuple[datetime, datetime]:
    start = now.astimezone(LOCAL_TZ).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def urgency(dossier: Dossier, now: datetime) -> Urgency:
    if dossier.due_at is None or dossier.status not in OPEN_STATUSES:
        return Urgency.NONE
    if dossier.due_at < now:
        return Urgency.OVERDUE
    if dossier.due_at - now <= DUE_SOON:
        return Urgency.DUE_SOON
    return Urgency.NONE


def find_dossiers(store: Store, flt: DossierFilter, now: datetime | None = None
                  ) -> list[Dossier]:
    now = now or datetime.now(UTC)
    start, end = _local_day_bounds(now)
    statuses: list[int] | None = [flt.status] if flt.status is not None else None
    if flt.period in (Period.DUE_TODAY, Period.OVERDUE, Period.READY):
        allowed = ([int(Status.DONE)] if flt.period is Period.READY
                   else [int(s) for s in OPEN_STATUSES])
        statuses = [s for s in statuses if s in allowed] if statuses else allowed
        if not statuses:
            return []
    with store.read() as session:
        rows = dossier_repo.list_dossiers(
            session, statuses=statuses, query=flt.query,
            received_from=start if flt.period is Period.TODAY else None,
            received_to=end if flt.period is Period.TODAY else None)
    if flt.procedure_code:
        rows = [d for d in rows if d.procedure_code == flt.procedure_code]
    if flt.period is Period.DUE_TODAY:
        rows = [d for d in rows if d.due_at is not None and start <= d.due_at < end]
    elif flt.period is Period.OVERDUE:
        rows = [d for d in rows if d.due_at is not None and d.due_at < now]
        rows.sort(key=lambda d: d.due_at)
    return rows[: flt.limit] if flt.limit else rows


# ---- look-ups the desk window makes besides the list ------------------------------

@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # status | print | sync | return
    text: str


@dataclass(frozen=True)
class DossierDetail:
    dossier: Dossier
    timeline: list[TimelineEntry]
    returned: dict | None  # the return record, when there is one
    copies: dict[str, int] = field(default_factory=dict)  # form -> prints so far


def desk_config(store: Store) -> DeskConfig | None:
    with store.read() as session:
        return settings_repo.load_desk_config(session)


def sync_counts(store: Store) -> tuple[int, int]:
    """(events still to push, events refused or in conflict): as the sync bridge says."""
    with store.read() as session:
        return sync_repo.status_counts(session)


def update_notice(store: Store) -> versions.UpdateNotice | None:
    """The status-bar notice when the centre has announced a newer desk release."""
    with store.read() as session:
        latest = sync_repo.latest_desk_version(session)
    return versions.update_notice(__version__, latest)


def search_procedures(store: Store, text: str = "") -> list[Procedure]:
    """Every term must match; the names containing the whole phrase come first."""
    with store.read() as session:
        found = catalogue_repo.search_procedures(session, text)
    return rank_procedures(found, text)


def preview_due(store: Store, procedure: Procedure, received_at: datetime) -> datetime | None:
    """The appointment a dossier received now would get (shown before saving)."""
    with store.read() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            return None
        calendar = work_calendar(store, session, config.hours)
        return calendar.due(received_at, procedure.time_limit.value, procedure.time_limit.unit)


def dossier_detail(store: Store, code: str) -> DossierDetail | None:
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, code)
        if row is None:
            return None
        dossier = dossier_repo.to_dossier(row)
        timeline = [TimelineEntry(h.at, "status",
                                  f"{Status(h.to_status).label} — {h.actor}"
                                  + (f" ({h.note})" if h.note else ""))
                    for h in dossier_repo.status_history(session, row.id)]
        prints = print_repo.prints_of(session, row.id)
        timeline += [TimelineEntry(p.at, "print",
                                   f"In mẫu {p.form}, bản {p.copy_no}"
                                   + (" (in lại)" if p.copy_no > 1 else "") + f" — {p.actor}")
                     for p in prints]
        timeline += [TimelineEntry(e.acked_at or e.created_at, "sync",
                                   f"Đồng bộ “{events.KIND_LABELS.get(e.kind, e.kind)}”: "
                                   f"{outbox.STATE_LABELS.get(e.state, e.state).lower()}"
                                   + (f" — {e.last_error}" if e.last_error else ""))
                     for e in outbox.events_for(session, row.id)]
        back = return_repo.get_return(session, row.id)
        returned = None
        if back is not None:
            returned = {"returned_at": back.returned_at, "recipient_name": back.recipient_name,
                        "authorised": back.authorised, "fees_collected": back.fees_collected,
                        "timing": Timing(back.timing),
                        "rating": Rating(back.rating) if back.rating else None,
                        "comment": back.rating_comment}
    timeline.sort(key=lambda e: e.at)
    return DossierDetail(dossier, timeline, returned, dict(Counter(p.form for p in prints)))


def suggested_new_due(store: Store, current_due: datetime | None, now: datetime) -> datetime:
    """Form 04's default: the end of the working day after the current appointment (or
    after today, when the appointment has already passed). (A read.)"""
    config = desk_config(store)
    hours = config.hours if config is not None else WorkingHours()
    with store.read() as session:
        calendar = work_calendar(store, session, hours)
    base = max(current_due, now) if current_due is not None else now
    day = calendar.next_working_day(base.astimezone(LOCAL_TZ).date())
    return datetime.combine(day, hours.afternoon_end, LOCAL_TZ)
