"""The centre's figures for a period, counted in SQL (store/report_queries.py): never by
loading dossiers. What each figure means is said with it (README, "Reports")."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from ..domain.calendar import LOCAL_TZ
from ..domain.dossier import Channel
from ..domain.listing import Period
from ..domain.returns import Rating
from ..domain.status import Status
from ..store import report_queries, settings_repo
from ..store.database import Store
from ..store.models import DossierRow
from .dossier_queries import DossierFilter, count
from .intake import DeskNotConfigured

TOP = 20  # procedures and officers listed by how many dossiers they have


@dataclass(frozen=True)
class DaySummary:
    received_today: int
    due_today: int  # still being processed, due today
    overdue: int  # still being processed, past their appointment


def day_summary(store: Store, now: datetime) -> DaySummary:
    return DaySummary(*(count(store, DossierFilter(period=period), now)
                        for period in (Period.TODAY, Period.DUE_TODAY, Period.OVERDUE)))


@dataclass(frozen=True)
class PeriodReport:
    """Figures of the dossiers received (or, where said, processed or handed back) in the
    local days [date_from, date_to]."""

    date_from: date
    date_to: date
    received: int
    by_channel: dict[str, int]  # direct | online | postal
    by_status: dict[int, int]  # where the period's dossiers are now
    refused: int  # not accepted (3)
    processed: dict[str, int]  # processing ended in the period: early | on_time | late
    pending: dict[str, int]  # received in the period, still processed: within_time | overdue
    returned: int  # results handed back in the period
    ratings: dict[str, int]  # the hand-backs' ratings: "1".."3", "none"
    by_procedure: list[dict] = field(default_factory=list)  # code, name, received
    by_officer: list[dict] = field(default_factory=list)  # officer, received

    def to_dict(self) -> dict:
        data = asdict(self)
        data["from"], data["to"] = self.date_from.isoformat(), self.date_to.isoformat()
        del data["date_from"], data["date_to"]
        return data


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ)


def period_report(store: Store, date_from: date, date_to: date, now: datetime
                  ) -> PeriodReport:
    start, end = _midnight(date_from), _midnight(date_to + timedelta(days=1))
    with store.read() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        agency = config.agency_code
        channels = report_queries.counts_by(session, DossierRow.channel, agency, start, end)
        statuses = report_queries.counts_by(session, DossierRow.status, agency, start, end)
        within, overdue = report_queries.pending(session, agency, start, end, now)
        timing = report_queries.processed_timing(session, agency, start, end)
        rated = report_queries.returns(session, agency, start, end)
        procedures = report_queries.top(session, (DossierRow.procedure_code,
                                                  DossierRow.procedure_name),
                                        agency, start, end, TOP)
        officers = report_queries.top(session, (DossierRow.received_by,), agency, start, end,
                                      TOP)
    by_channel = {c.name.lower(): channels.get(int(c), 0) for c in Channel}
    ratings = {str(int(r)): rated.get(int(r), 0) for r in Rating}
    ratings["none"] = rated.get(None, 0)
    return PeriodReport(
        date_from, date_to, received=sum(channels.values()), by_channel=by_channel,
        by_status={int(s): statuses.get(int(s), 0) for s in Status},
        refused=statuses.get(int(Status.NOT_ACCEPTED), 0),
        processed={k: timing.get(k, 0) for k in ("early", "on_time", "late")},
        pending={"within_time": within, "overdue": overdue},
        returned=sum(rated.values()), ratings=ratings,
        by_procedure=[{"code": c, "name": n, "received": k} for c, n, k in procedures],
        by_officer=[{"officer": o, "received": k} for o, k in officers])
