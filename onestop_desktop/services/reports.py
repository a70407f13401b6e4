"""The centre's figures for a period, counted in SQL (store/report_queries.py): never by
loading dossiers. What each figure means is said with it (README, "Reports")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from ..domain.calendar import LOCAL_TZ
from ..domain.dossier import Channel
from ..domain.listing import OPEN_STATUSES, Period
from ..domain.report_figures import check_period, share
from ..domain.returns import Rating
from ..domain.status import Status
from ..store import report_queries, settings_repo
from ..store.database import Store
from .dossier_queries import DossierFilter, count
from .intake import DeskNotConfigured


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
    local days [date_from, date_to]; what each means: domain/report_figures.py."""

    date_from: date
    date_to: date
    received: int
    by_channel: dict[str, int]  # direct | online | postal
    by_status: dict[int, int]  # where the period's dossiers are now
    refused: int  # not accepted (3)
    withdrawn: int  # the citizen withdrew it (7)
    stopped: int  # processing stopped (8)
    processed: dict[str, int]  # processing ended in the period: early | on_time | late
    pending: dict[str, int]  # received in the period, still processed: within_time | overdue
    returned: int  # results handed back in the period
    ratings: dict[str, int]  # the hand-backs' ratings: one key per Rating level, "none"
    rating_shares: dict[str, float]  # per Rating level, % of the rated hand-backs
    digitised: dict  # count, of (received), share, recorded (whether the desk records it)
    online_payment: dict  # count, of (received with fees), share, recorded
    # Queue tickets of the period's dossiers: tickets; served/waited (how many each time
    # is of) and their average and median in seconds (None when none).
    queue: dict = field(default_factory=dict)
    by_procedure: list[dict] = field(default_factory=list)  # code, name, received, early …
    by_field: list[dict] = field(default_factory=list)  # code, name, received, early …
    by_officer: list[dict] = field(default_factory=list)  # officer, name, received, early …

    def to_dict(self) -> dict:
        data = asdict(self)
        data["by_status"] = {str(k): v for k, v in self.by_status.items()}
        return {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
                **{k: v for k, v in data.items() if k not in ("date_from", "date_to")}}


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ)


TIMINGS = ("early", "on_time", "late")
# Each table of the report: its JSON keys; its rows are summed from the groups by
# procedure and officer (a procedure's field is its own).
_TABLES = {"by_procedure": ("code", "name"), "by_field": ("code", "name"),
           "by_officer": ("officer",)}


def _row(key: tuple, names: tuple[str, ...]) -> dict:
    return {**dict(zip(names, key, strict=True)), "received": 0,
            **dict.fromkeys(TIMINGS, 0), "pending": 0, "overdue": 0}


def _tables(received: list[tuple], ended: list[tuple],
            procedures: dict[str, tuple[str, str, str]]) -> dict[str, list[dict]]:
    """The by-procedure, by-field and by-officer tables: what was received (most first),
    then groups that only had dossiers ended in the period (taken in before it)."""
    def keys(procedure: str, officer: str) -> dict[str, tuple]:
        name, field_code, field_name = procedures[procedure]
        return {"by_procedure": (procedure, name), "by_field": (field_code, field_name),
                "by_officer": (officer,)}

    tables: dict[str, dict[tuple, dict]] = {name: {} for name in _TABLES}
    for _channel, status, procedure, officer, n, overdue, _fees in received:
        for table, key in keys(procedure, officer).items():
            row = tables[table].setdefault(key, _row(key, _TABLES[table]))
            row["received"] += n
            row["pending"] += n if status in _OPEN else 0
            row["overdue"] += overdue
    for table in tables.values():  # most received first, as before the ends are added
        ordered = sorted(table.items(), key=lambda item: (-item[1]["received"], item[0]))
        table.clear()
        table.update(ordered)
    for procedure, officer, timing, n in sorted(ended, key=lambda g: -g[-1]):
        for table, key in keys(procedure, officer).items():
            tables[table].setdefault(key, _row(key, _TABLES[table]))[timing] += n
    return {name: list(rows.values()) for name, rows in tables.items()}


_OPEN = {int(s) for s in OPEN_STATUSES}


def period_report(store: Store, date_from: date, date_to: date, now: datetime,
                  progress: Callable[[int, int], None] | None = None) -> PeriodReport:
    """The figures, one SQL aggregate after another; `progress(done, total)` is told after
    each (it may raise to stop: nothing is written)."""
    check_period(date_from, date_to)
    start, end = _midnight(date_from), _midnight(date_to + timedelta(days=1))
    steps = 6
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    with store.read() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        agency = config.agency_code
        # No agency test when the store holds only the agency's dossiers: the figures
        # are then read from indexes alone.
        only = None if report_queries.holds_only(session, agency) else agency
        groups = report_queries.received(session, only, start, end, now)
        step()
        online = report_queries.paid_online(session, agency, start, end)
        scanned = report_queries.digitised(session, only, start, end)
        step()
        ended = report_queries.processed(session, only, start, end)
        step()
        rated = report_queries.returns(session, only, start, end)
        step()
        procedures = report_queries.procedure_names(
            session, sorted({g[2] for g in groups} | {e[0] for e in ended}))
        tables = _tables(groups, ended, procedures)
        step()
        tickets = report_queries.ticket_times(session, agency, start, end)
        names = report_queries.officer_names(
            session, [row["officer"] for row in tables["by_officer"]])
        step()
    for row in tables["by_officer"]:
        row["name"] = names.get(row["officer"], "")
    timing = {t: 0 for t in TIMINGS}
    for *_keys, t, n in ended:
        timing[t] += n

    channels: dict[int, int] = {}
    statuses: dict[int, int] = {}
    for channel, status, _procedure, _officer, n, _overdue, _fees in groups:
        channels[channel] = channels.get(channel, 0) + n
        statuses[status] = statuses.get(status, 0) + n
    received_total = sum(g[4] for g in groups)
    overdue = sum(g[5] for g in groups)
    still_open = sum(g[4] for g in groups if g[1] in _OPEN)
    with_fees = sum(g[6] for g in groups)
    ratings = {str(int(r)): rated.get(int(r), 0) for r in Rating}
    rated_total = sum(ratings.values())
    ratings["none"] = rated.get(None, 0)
    return PeriodReport(
        date_from, date_to, received=received_total,
        by_channel={c.name.lower(): channels.get(int(c), 0) for c in Channel},
        by_status={int(s): statuses.get(int(s), 0) for s in Status},
        refused=statuses.get(int(Status.NOT_ACCEPTED), 0),
        withdrawn=statuses.get(int(Status.WITHDRAWN), 0),
        stopped=statuses.get(int(Status.STOPPED), 0),
        processed={k: timing.get(k, 0) for k in TIMINGS},
        pending={"within_time": still_open - overdue, "overdue": overdue},
        returned=sum(rated.values()), ratings=ratings,
        rating_shares={str(int(r)): share(ratings[str(int(r))], rated_total) for r in Rating},
        # Dossiers with a scanned paper on the desk (desk.files), of those received.
        digitised={"count": scanned, "of": received_total,
                   "share": share(scanned, received_total), "recorded": True},
        online_payment={"count": online, "of": with_fees, "share": share(online, with_fees),
                        "recorded": False},
        queue={"tickets": tickets.count, "served": tickets.served,
               "serving_average_s": tickets.serving_average,
               "serving_median_s": tickets.serving_median, "waited": tickets.waited,
               "waiting_average_s": tickets.waiting_average,
               "waiting_median_s": tickets.waiting_median},
        **tables)
