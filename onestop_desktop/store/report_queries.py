"""The centre's figures as SQL aggregates: COUNT … GROUP BY over the dossiers of a period,
never rows loaded to be counted in Python. What comes back is a handful of groups per
query (channels × statuses, procedures, fields, officers), bounded by the catalogue and
the staff, never by the store's size.

Times are stored as UTC ISO text, so a period [start, end) is a range on the indexed
column, and a local (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) calendar day is
`date(t, '+7 hours')`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..domain.listing import CLOCK_RUNNING, OPEN_STATUSES
from ..domain.status import Status
from .models import (
    DossierFileRow,
    DossierReturnRow,
    DossierRow,
    FeeCollectionRow,
    StatusChangeRow,
    UserRow,
    of_agency,
)

_LOCAL_DAY = "+7 hours"  # Vietnam keeps UTC+7 all year
# How a fee paid through the portal's payment platform is recorded (the central server
# maps it to HinhThucThu 3); the desk itself takes cash and transfers only.
ONLINE_METHOD = "online"
GROUP_LIMIT = 1000  # procedures, fields or officers listed: far more than a centre has


def _received_in(agency: str, start: datetime, end: datetime):
    return and_(of_agency(agency), DossierRow.received_at >= start, DossierRow.received_at < end)


def _is_open():
    return DossierRow.status.in_([int(s) for s in OPEN_STATUSES])


def _is_overdue(now: datetime):
    """Its clock runs (not waiting for papers) and its appointment has passed."""
    return and_(DossierRow.status.in_([int(s) for s in CLOCK_RUNNING]), DossierRow.due_at < now)


def _flag(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def received_groups(session: Session, agency: str, start: datetime, end: datetime,
                    now: datetime) -> list[tuple[int, int, int, int, int]]:
    """The dossiers received in [start, end) by (channel, status): how many, how many of
    them are overdue now (processing not ended, appointment past), how many have fees."""
    rows = session.execute(
        select(DossierRow.channel, DossierRow.status, func.count(),
               _flag(_is_overdue(now)),
               _flag(DossierRow.fee_total > 0))
        .where(_received_in(agency, start, end))
        .group_by(DossierRow.channel, DossierRow.status))
    return [tuple(row) for row in rows]


def paid_online(session: Session, agency: str, start: datetime, end: datetime) -> int:
    """How many dossiers received in [start, end) have a fee paid online: from the online
    collections (ix_fee_collections_method), none of which the desk itself records."""
    return session.execute(
        select(func.count(func.distinct(FeeCollectionRow.dossier_id)))
        .join(DossierRow, DossierRow.id == FeeCollectionRow.dossier_id)
        .where(FeeCollectionRow.method == ONLINE_METHOD, _received_in(agency, start, end))
    ).scalar_one()


def digitised(session: Session, agency: str, start: datetime, end: datetime) -> int:
    """How many dossiers received in [start, end) have a paper of their checklist scanned
    (the portal's DuocSoHoa): dossier_files by its dossier index."""
    return session.execute(
        select(func.count()).select_from(DossierRow)
        .where(_received_in(agency, start, end),
               exists().where(DossierFileRow.dossier_id == DossierRow.id,
                              DossierFileRow.role == "paper"))
    ).scalar_one()


def breakdown(session: Session, keys: Sequence, agency: str, start: datetime,
              end: datetime, now: datetime) -> list[tuple]:
    """Per value of `keys`, among the dossiers received in [start, end): (*keys, received,
    still being processed, overdue now), most received first."""
    received = func.count().label("received")
    rows = session.execute(
        select(*keys, received, _flag(_is_open()),
               _flag(_is_overdue(now)))
        .where(_received_in(agency, start, end))
        .group_by(*keys).order_by(received.desc(), *keys).limit(GROUP_LIMIT))
    return [tuple(row) for row in rows]


def _ended_in(start: datetime, end: datetime):
    """The dossiers whose processing first ended (reached status 9) in [start, end), with
    that moment: a result sent back for more work and finished again is judged once, at
    its first end. Ranges over ix_status_changes_to_at."""
    first, earlier = aliased(StatusChangeRow), aliased(StatusChangeRow)
    done = int(Status.DONE)
    # "+ 0" keeps SQLite off ix_status_changes_to_at here (every earlier end of every
    # dossier): the dossier's own few changes, by ix_status_changes_dossier_id, are read.
    before = exists().where(
        earlier.dossier_id == first.dossier_id, earlier.to_status + 0 == done,
        or_(earlier.at < first.at, and_(earlier.at == first.at, earlier.id < first.id)))
    return (select(first.dossier_id.label("dossier_id"), first.at.label("done_at"))
            .where(first.to_status == done, first.at >= start, first.at < end, ~before)
            .subquery())


def processed(session: Session, keys: Sequence, agency: str, start: datetime, end: datetime
              ) -> list[tuple]:
    """Per value of `keys`, the dossiers whose processing ended in [start, end), judged
    against their appointment then (domain.returns.timing_class, in SQL): (*keys, timing,
    count) with timing early (before the appointed day), on_time (that day, by its
    hour, or no appointment), late (after the appointed moment).

    The appointment is the dossier's due_at: papers that arrived after a request to
    complete the dossier moved it (services/appointments.recount_after_supplement), so
    the time it waited is not counted against the office."""
    ended = _ended_in(start, end)
    done_at, due_at = ended.c.done_at, DossierRow.due_at
    timing = case((due_at.is_(None), "on_time"), (done_at > due_at, "late"),
                  (func.date(done_at, _LOCAL_DAY) < func.date(due_at, _LOCAL_DAY), "early"),
                  else_="on_time").label("timing")
    rows = session.execute(
        select(*keys, timing, func.count()).select_from(ended)
        .join(DossierRow, DossierRow.id == ended.c.dossier_id)
        .where(of_agency(agency))
        .group_by(*keys, timing))
    return [tuple(row) for row in rows]


def returns(session: Session, agency: str, start: datetime, end: datetime
            ) -> dict[int | None, int]:
    """Results handed back in [start, end), by the citizen's rating (None: not rated)."""
    rows = session.execute(
        select(DossierReturnRow.rating, func.count())
        .join(DossierRow, DossierRow.id == DossierReturnRow.dossier_id)
        .where(of_agency(agency), DossierReturnRow.returned_at >= start,
               DossierReturnRow.returned_at < end)
        .group_by(DossierReturnRow.rating))
    return {rating: count for rating, count in rows}


def officer_names(session: Session, usernames: Sequence[str]) -> dict[str, str]:
    """The full names of the accounts among `usernames` (a dossier taken in by a desk's
    own process or another desk has none here)."""
    if not usernames:
        return {}
    return dict(session.execute(select(UserRow.username, UserRow.full_name)
                                .where(UserRow.username.in_(list(usernames)))).all())


@dataclass(frozen=True)
class TicketTimes:
    """Dossiers taken in with a queue ticket, and how long their citizens were served
    (from the call to the save) and waited (from the ticket's issue to the call), in
    seconds; a figure is None when no dossier of the period tells it."""

    count: int
    served: int  # how many the serving figures are of (their number was called here)
    serving_average: float | None
    serving_median: float | None
    waited: int  # how many the waiting figures are of (their ticket said when it was issued)
    waiting_average: float | None
    waiting_median: float | None


def _seconds(later, earlier):
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _average_and_median(session: Session, seconds, where) -> tuple[int, float | None,
                                                                    float | None]:
    """(how many, average, median) of `seconds` over the rows `where` selects: the count
    and the average as aggregates, the median as the middle one or two rows by ORDER BY …
    LIMIT/OFFSET (SQLite has no median), never the rows read into Python."""
    count, average = session.execute(select(func.count(), func.avg(seconds)).where(*where)
                                     ).one()
    if not count:
        return 0, None, None
    middle = session.scalars(select(seconds).where(*where).order_by(seconds)
                             .offset((count - 1) // 2).limit(2 - count % 2)).all()
    return count, float(average), sum(middle) / len(middle)


def ticket_times(session: Session, agency: str, start: datetime, end: datetime
                 ) -> TicketTimes:
    """The queue figures of the dossiers received in [start, end) with a ticket: serving
    time = saved (created_at) − called; waiting time = called − issued, only for tickets
    whose barcode said when they were issued. A ticket never called from this desk has
    no serving time (the desk does not know when its citizen came to the counter)."""
    period = (_received_in(agency, start, end), DossierRow.ticket.is_not(None))
    count = session.scalar(select(func.count()).where(*period))
    serving = _seconds(DossierRow.created_at, DossierRow.ticket_called_at)
    served = _average_and_median(session, serving,
                                 (*period, DossierRow.ticket_called_at.is_not(None)))
    waiting = _seconds(DossierRow.ticket_called_at, DossierRow.ticket_issued_at)
    waited = _average_and_median(session, waiting,
                                 (*period, DossierRow.ticket_called_at.is_not(None),
                                  DossierRow.ticket_issued_at.is_not(None)))
    return TicketTimes(count or 0, *served, *waited)
