"""The centre's figures as SQL aggregates: COUNT … GROUP BY over the dossiers of a period,
never rows loaded to be counted in Python.

Times are stored as UTC ISO text, so a period [start, end) is a range on the indexed
column, and a local (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) calendar day is
`date(t, '+7 hours')`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, literal_column, select
from sqlalchemy.orm import Session

from .models import OPEN_CONDITION, DossierReturnRow, DossierRow, StatusChangeRow

_LOCAL_DAY = "+7 hours"  # Vietnam keeps UTC+7 all year


def _agency(agency: str):
    return and_(DossierRow.code >= f"{agency}-", DossierRow.code < f"{agency}.")


def _received_in(agency: str, start: datetime, end: datetime):
    return and_(_agency(agency), DossierRow.received_at >= start, DossierRow.received_at < end)


def counts_by(session: Session, column, agency: str, start: datetime, end: datetime
              ) -> dict:
    """How many dossiers received in [start, end) have each value of `column`."""
    rows = session.execute(select(column, func.count()).where(_received_in(agency, start, end))
                           .group_by(column))
    return {value: count for value, count in rows}


def top(session: Session, columns, agency: str, start: datetime, end: datetime,
        limit: int) -> list[tuple]:
    """The most frequent values of `columns` among the period's dossiers, with their counts."""
    count = func.count().label("n")
    return [tuple(row) for row in session.execute(
        select(*columns, count).where(_received_in(agency, start, end))
        .group_by(*columns).order_by(count.desc()).limit(limit))]


def pending(session: Session, agency: str, start: datetime, end: datetime,
            now: datetime) -> tuple[int, int]:
    """(within their time, overdue) among the period's dossiers still being processed."""
    overdue = case((DossierRow.due_at < now, 1), else_=0)
    row = session.execute(select(func.count(), func.coalesce(func.sum(overdue), 0))
                          .where(_received_in(agency, start, end),
                                 literal_column(OPEN_CONDITION))).one()
    return row[0] - row[1], row[1]


def processed_timing(session: Session, agency: str, start: datetime, end: datetime
                     ) -> dict[str, int]:
    """Dossiers whose processing ended (first reached status 9) in [start, end), judged
    against their appointment then: early (before the appointed day), on time (that
    day, by its hour), late. Appointments are local half-days: compared by local day."""
    done = (select(StatusChangeRow.dossier_id, func.min(StatusChangeRow.at).label("done_at"))
            .where(StatusChangeRow.to_status == 9)
            .group_by(StatusChangeRow.dossier_id).subquery())
    done_at, due_at = done.c.done_at, DossierRow.due_at
    timing = case((due_at.is_(None), "on_time"), (done_at > due_at, "late"),
                  (func.date(done_at, _LOCAL_DAY) < func.date(due_at, _LOCAL_DAY), "early"),
                  else_="on_time")
    rows = session.execute(
        select(timing, func.count()).select_from(done)
        .join(DossierRow, DossierRow.id == done.c.dossier_id)
        .where(_agency(agency), done_at >= start, done_at < end)
        .group_by(timing))
    return {kind: count for kind, count in rows}


def returns(session: Session, agency: str, start: datetime, end: datetime
            ) -> dict[int | None, int]:
    """Results handed back in [start, end), by the citizen's rating (None: not rated)."""
    rows = session.execute(
        select(DossierReturnRow.rating, func.count())
        .join(DossierRow, DossierRow.id == DossierReturnRow.dossier_id)
        .where(_agency(agency), DossierReturnRow.returned_at >= start,
               DossierReturnRow.returned_at < end)
        .group_by(DossierReturnRow.rating))
    return {rating: count for rating, count in rows}


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
