"""Reading dossiers for the counter: lists in pages, counts, search, one dossier in full.

Every list is built in SQL (store/dossier_list.py): the filters, the order and the
page's LIMIT are in the statement, and the next page starts where the last one ended,
so nothing grows with the store but the index. A text query is answered by the
full-text index (services/search.py): its best matches, newest first, up to a cap.
"Quá hạn" is computed from the appointment (domain/listing.py), never stored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .. import __version__
from ..domain import events, versions
from ..domain.appointments import DueChangeReason
from ..domain.calendar import LOCAL_TZ, Appointment, WorkingHours, local_text
from ..domain.config import DeskConfig
from ..domain.dossier import Dossier
from ..domain.fees import FeeStatement
from ..domain.forms import DOSSIER_FORMS, FORM_NAMES, FORM_STATUSES
from ..domain.listing import CLOCK_RUNNING, DossierSummary, Period
from ..domain.money import format_vnd
from ..domain.notices import delivery_text
from ..domain.online import WAITING_CHANNEL, WAITING_STATUS
from ..domain.procedure import Procedure
from ..domain.procedure_search import rank_procedures
from ..domain.returns import Rating, Timing, timing_class
from ..domain.status import Status
from ..store import (
    catalogue_repo,
    dossier_list,
    dossier_repo,
    outbox,
    print_repo,
    return_repo,
    settings_repo,
    sync_repo,
)
from ..store.database import Store
from ..store.dossier_list import ListQuery, Order, PageKey
from ..store.models import DueChangeRow
from . import fees as fee_service
from .calendar_service import work_calendar
from .search import search_rows

PAGE_SIZE = 100
SEARCH_LIMIT = 200  # a search lists its best matches, newest first, up to this many


@dataclass(frozen=True)
class DossierFilter:
    period: Period = Period.ALL
    status: int | None = None
    procedure_code: str = ""
    query: str = ""


@dataclass(frozen=True)
class DossierPage:
    rows: list[DossierSummary]
    next_key: PageKey | None  # where the next page starts; None: this was the last
    searched: bool = False  # a text query: the best matches (at most SEARCH_LIMIT)


def _local_day_bounds(now: datetime) -> tuple[datetime, datetime]:
    start = now.astimezone(LOCAL_TZ).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def list_query(agency: str, flt: DossierFilter, now: datetime) -> ListQuery | None:
    """The filter as SQL sees it; None when it can match nothing (e.g. "Quá hạn" with a
    closed status)."""
    start, end = _local_day_bounds(now)
    statuses = (flt.status,) if flt.status is not None else ()
    if flt.period is Period.READY:
        if statuses and statuses != (int(Status.DONE),):
            return None
        return ListQuery(agency, (int(Status.DONE),), procedure_code=flt.procedure_code)
    if flt.period is Period.ONLINE:
        # Along ix_dossiers_status_received: at a desk only online dossiers stand in 1.
        waiting = (int(WAITING_STATUS),)
        if statuses and statuses != waiting:
            return None
        return ListQuery(agency, waiting, procedure_code=flt.procedure_code,
                         channel=int(WAITING_CHANNEL))
    if flt.period in (Period.DUE_TODAY, Period.OVERDUE):
        # Only dossiers whose clock runs are due: one waiting for papers is not.
        running = tuple(int(s) for s in CLOCK_RUNNING)
        if statuses and not set(statuses) <= set(running):
            return None
        statuses = statuses or running
        due = {"due_from": start, "due_to": end} if flt.period is Period.DUE_TODAY \
            else {"due_to": now}
        return ListQuery(agency, statuses, open_only=True, procedure_code=flt.procedure_code,
                         order=Order.SOONEST_DUE, **due)
    received = {"received_from": start, "received_to": end} \
        if flt.period is Period.TODAY else {}
    return ListQuery(agency, statuses, procedure_code=flt.procedure_code, **received)


def _agency(session) -> str | None:
    config = settings_repo.load_desk_config(session)
    return None if config is None else config.agency_code


def list_page(store: Store, flt: DossierFilter, now: datetime, after: PageKey | None = None,
              limit: int = PAGE_SIZE) -> DossierPage:
    with store.read() as session:
        agency = _agency(session)
        q = list_query(agency, flt, now) if agency else None
        searched = bool(flt.query.strip())
        if q is None:
            return DossierPage([], None, searched)
        if searched:
            return DossierPage(search_rows(session, flt.query, agency, SEARCH_LIMIT, q),
                               None, True)
        rows, key = dossier_list.page(session, q, after, limit)
        return DossierPage(rows, key)


def count(store: Store, flt: DossierFilter, now: datetime) -> int:
    """How many dossiers the filter matches (a text query: see list_page)."""
    if flt.query.strip():
        return len(list_page(store, flt, now).rows)
    with store.read() as session:
        agency = _agency(session)
        q = list_query(agency, flt, now) if agency else None
        return dossier_list.count(session, q) if q is not None else 0


# ---- look-ups the desk window makes besides the list ------------------------------

@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # status | print | sync | due | fee | notice
    text: str


@dataclass(frozen=True)
class FormChoice:
    """One form as the dossier's current state offers it."""

    form: str
    name: str
    statuses: tuple[Status, ...]  # where it may first be issued
    copies: int  # prints so far (0: never issued)
    allowed: bool  # the current status calls for a first print

    @property
    def issued(self) -> bool:
        return self.copies > 0

    @property
    def enabled(self) -> bool:
        return self.issued or self.allowed


@dataclass(frozen=True)
class DossierDetail:
    dossier: Dossier
    timeline: list[TimelineEntry]
    returned: dict | None  # the return record, when there is one
    copies: dict[str, int] = field(default_factory=dict)  # form -> prints so far
    fees: FeeStatement | None = None  # its fee lines, plan, collections and refunds
    done_at: datetime | None = None  # when processing ended (first status 9)

    @property
    def processing_timing(self) -> Timing | None:
        """Early, on time or late: the processing's, judged when it ended (None before)."""
        if self.done_at is None:
            return None
        return timing_class(self.dossier.due_at, self.done_at)

    @property
    def forms(self) -> dict[str, FormChoice]:
        """Forms 01-06: those the status calls for, and reprints of those issued."""
        status = self.dossier.status
        return {form: FormChoice(form, FORM_NAMES[form], tuple(sorted(FORM_STATUSES[form])),
                                 self.copies.get(form, 0), status in FORM_STATUSES[form])
                for form in DOSSIER_FORMS}


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


def preview_due(store: Store, procedure: Procedure, received_at: datetime
                ) -> Appointment | None:
    """The appointment a dossier received now would get (shown before saving)."""
    with store.read() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            return None
        calendar = work_calendar(store, session, config.hours)
        return calendar.appointment(received_at, procedure.time_limit.value,
                                    procedure.time_limit.unit)


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
        timeline += [TimelineEntry(c.at, "due", _due_change_text(c))
                     for c in dossier_repo.due_changes(session, row.id)]
        timeline += [TimelineEntry(n.at, "notice",
                                   delivery_text(n.channel, n.kind, n.address, n.state, n.error))
                     for n in dossier_repo.notice_deliveries(session, row.id)]
        done_at = dossier_repo.entered_status(session, row.id, Status.DONE)
        fees = fee_service.statement_of(session, row)
        timeline += [TimelineEntry(c.at, "fee",
                                   f"Thu {format_vnd(c.amount)} ({c.method.label.lower()}), "
                                   f"biên lai số {c.receipt.number} — {c.actor}")
                     for c in fees.collections]
        timeline += [TimelineEntry(r.at, "fee",
                                   f"Hoàn {format_vnd(r.amount)} theo biên lai số "
                                   f"{r.receipt.number}: {r.reason} — {r.actor}")
                     for r in fees.refunds]
        back = return_repo.get_return(session, row.id)
        returned = None
        if back is not None:
            returned = {"returned_at": back.returned_at, "recipient_name": back.recipient_name,
                        "authorised": back.authorised, "fees_collected": back.fees_collected,
                        "timing": Timing(back.timing),
                        "rating": Rating(back.rating) if back.rating else None,
                        "comment": back.rating_comment}
    timeline.sort(key=lambda e: e.at)
    return DossierDetail(dossier, timeline, returned, dict(Counter(p.form for p in prints)),
                         done_at=done_at, fees=fees)


def _due_change_text(change: DueChangeRow) -> str:
    """One line of the appointment history, as the timeline shows it."""
    new = local_text(change.new_due) + (" (dự kiến)" if change.provisional else "")
    moved = (f"Hẹn trả giữ nguyên {new}" if change.new_due == change.old_due
             else f"Hẹn trả {local_text(change.old_due)} → {new}")
    text = f"{moved}: {DueChangeReason(change.reason).label.lower()}"
    if change.waited_from is not None:
        text += f" (chờ bổ sung từ {local_text(change.waited_from)})"
    if change.note:
        text += f". {change.note}"
    return f"{text} — {change.actor}"


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
