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

from sqlalchemy import and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from ..domain.listing import CLOCK_RUNNING
from .models import (
    DossierEndRow,
    DossierFileRow,
    DossierReturnRow,
    DossierRow,
    FeeCollectionRow,
    UserRow,
    of_agency,
)

_LOCAL_DAY = "+7 hours"  # Vietnam keeps UTC+7 all year
# How a fee paid through the portal's payment platform is recorded (the central server
# maps it to HinhThucThu 3); the desk itself takes cash and transfers only.
ONLINE_METHOD = "online"


def _received_in(agency: str, start: datetime, end: datetime):
    return and_(of_agency(agency), DossierRow.received_at >= start, DossierRow.received_at < end)


def _is_overdue(now: datetime):
    """Its clock runs (not waiting for papers) and its appointment has passed."""
    return and_(DossierRow.status.in_([int(s) for s in CLOCK_RUNNING]), DossierRow.due_at < now)


def _flag(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def holds_only(session: Session, agency: str) -> bool:
    """Whether every dossier in the store is the agency's (as on nearly every desk): two
    probes of the code's index. The figures then need no agency test, which would read
    each dossier's row (or join to it) where an index alone has the rest."""
    outside = or_(DossierRow.code < f"{agency}-", DossierRow.code >= f"{agency}.")
    return session.scalar(select(DossierRow.id).where(outside).limit(1)) is None


def _agency(agency: str | None, code=None):
    """The agency's dossiers by their code (`code`: that column elsewhere), or no test
    when `agency` is None (the store holds only the agency's)."""
    if agency is None:
        return true()
    if code is None:
        return of_agency(agency)
    return and_(code >= f"{agency}-", code < f"{agency}.")


def received(session: Session, agency: str | None, start: datetime, end: datetime,
             now: datetime) -> list[tuple[int, int, str, str, int, int, int]]:
    """The dossiers received in [start, end) by (channel, status, procedure, officer):
    how many, how many are overdue now (processing not ended, appointment past), how
    many have fees. Every table of the report is a sum of these groups, read in one pass
    over ix_dossiers_report (it holds every column used: no row is read)."""
    rows = session.execute(
        select(DossierRow.channel, DossierRow.status, DossierRow.procedure_code,
               DossierRow.received_by, func.count(), _flag(_is_overdue(now)),
               _flag(DossierRow.fee_total > 0))
        .where(DossierRow.received_at >= start, DossierRow.received_at < end,
               _agency(agency, DossierRow.code))
        .group_by(DossierRow.channel, DossierRow.status, DossierRow.procedure_code,
                  DossierRow.received_by))
    return [tuple(row) for row in rows]


def paid_online(session: Session, agency: str, start: datetime, end: datetime) -> int:
    """How many dossiers received in [start, end) have a fee paid online: from the online
    collections (ix_fee_collections_method), none of which the desk itself records."""
    return session.execute(
        select(func.count(func.distinct(FeeCollectionRow.dossier_id)))
        .join(DossierRow, DossierRow.id == FeeCollectionRow.dossier_id)
        .where(FeeCollectionRow.method == ONLINE_METHOD, _received_in(agency, start, end))
    ).scalar_one()


def digitised(session: Session, agency: str | None, start: datetime, end: datetime) -> int:
    """How many dossiers received in [start, end) have a paper of their checklist scanned
    (the portal's DuocSoHoa): read from the files' side, so a store with few scans
    answers at once whatever its size."""
    stmt = (select(func.count(func.distinct(DossierFileRow.dossier_id)))
            .join(DossierRow, DossierRow.id == DossierFileRow.dossier_id)
            .where(DossierFileRow.role == "paper", DossierRow.received_at >= start,
                   DossierRow.received_at < end, _agency(agency, DossierRow.code)))
    return session.execute(stmt).scalar_one()


def processed(session: Session, agency: str | None, start: datetime, end: datetime
              ) -> list[tuple[str, str, str, int]]:
    """The dossiers whose processing first ended in [start, end), by (procedure, officer,
    timing): early (before the appointed day), on_time (that day, by its hour, or no
    appointment), late (after the appointed moment), as judged when it ended
    (models.DossierEndRow), read from ix_dossier_ends_report alone.

    The appointment is the dossier's due_at then: papers that arrived after a request to
    complete the dossier moved it (services/appointments.recount_after_supplement), so
    the time it waited is not counted against the office."""
    e = DossierEndRow
    rows = session.execute(
        select(e.procedure_code, e.received_by, e.timing, func.count())
        .where(e.done_at >= start, e.done_at < end, _agency(agency, e.code))
        .group_by(e.procedure_code, e.received_by, e.timing))
    return [tuple(row) for row in rows]


def returns(session: Session, agency: str | None, start: datetime, end: datetime
            ) -> dict[int | None, int]:
    """Results handed back in [start, end), by the citizen's rating (None: not rated)."""
    r = DossierReturnRow
    stmt = (select(r.rating, func.count())
            .where(r.returned_at >= start, r.returned_at < end).group_by(r.rating))
    if agency is not None:
        stmt = stmt.join(DossierRow, DossierRow.id == r.dossier_id).where(of_agency(agency))
    return {rating: count for rating, count in session.execute(stmt)}


def procedure_names(session: Session, codes: Sequence[str]) -> dict[str, tuple[str, str, str]]:
    """Per procedure code, (its name, its field's code, its field's name) as its latest
    dossier has them (by ix_dossiers_procedure_received: one probe each): a report names
    what was taken in, even a procedure the catalogue no longer has."""
    names = {}
    for code in codes:
        row = session.execute(
            select(DossierRow.procedure_name, DossierRow.field_code, DossierRow.field_name)
            .where(DossierRow.procedure_code == code)
            .order_by(DossierRow.procedure_code.desc(), DossierRow.received_at.desc())
            .limit(1)).first()
        names[code] = tuple(row) if row is not None else ("", "", "")
    return names


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
