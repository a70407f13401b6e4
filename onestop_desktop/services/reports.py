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
from ..store.models import DossierRow
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
# Each table of the report: its JSON keys and the columns that group it.
_DIMENSIONS = {
    "by_procedure": (("code", DossierRow.procedure_code), ("name", DossierRow.procedure_name)),
    "by_field": (("code", DossierRow.field_code), ("name", DossierRow.field_name)),
    "by_officer": (("officer", DossierRow.received_by),),
}


def _table(received: list[tuple], ended: list[tuple], names: tuple[str, ...]) -> list[dict]:
    """One row per group: what was received (most first), then groups that only had
    dossiers ended in the period (taken in before it)."""
    width = len(names)
    rows: dict[tuple, dict] = {}
    for group in received:
        key = tuple(group[:width])
        got, open_, overdue = group[width:]
        rows[key] = {**dict(zip(names, key, strict=True)), "received": got,
                     **dict.fromkeys(TIMINGS, 0), "pending": open_, "overdue": overdue}
    for group in sorted(ended, key=lambda g: -g[-1]):
        key, timing, n = tuple(group[:width]), group[width], group[width + 1]
        row = rows.setdefault(key, {**dict(zip(names, key, strict=True)), "received": 0,
                                    **dict.fromkeys(TIMINGS, 0), "pending": 0,
                                    "overdue": 0})
        row[timing] += n
    return list(rows.values())


def _roll_up(ended: list[tuple], positions: range) -> list[tuple]:
    """report_queries.processed's (*keys, timing, count) rows summed over the keys not
    at `positions`: (*those keys, timing, count)."""
    sums: dict[tuple, int] = {}
    for row in ended:
        key = (*(row[i] for i in positions), row[-2])
        sums[key] = sums.get(key, 0) + row[-1]
    return [(*key, n) for key, n in sums.items()]


def period_report(store: Store, date_from: date, date_to: date, now: datetime,
                  progress: Callable[[int, int], None] | None = None) -> PeriodReport:
    """The figures, one SQL aggregate after another; `progress(done, total)` is told after
    each (it may raise to stop: nothing is written)."""
    check_period(date_from, date_to)
    start, end = _midnight(date_from), _midnight(date_to + timedelta(days=1))
    steps = 4 + len(_DIMENSIONS)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    tables: dict[str, list[dict]] = {}
    with store.read() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        agency = config.agency_code
        groups = report_queries.received_groups(session, agency, start, end, now)
        step()
        online = report_queries.paid_online(session, agency, start, end)
        scanned = report_queries.digitised(session, agency, start, end)
        step()
        # The period's ended dossiers read once, grouped by every table's columns, then
        # summed per table here (a few thousand groups): each pass over a year's
        # status changes costs seconds at a million dossiers.
        all_keys = tuple(column for columns in _DIMENSIONS.values() for _, column in columns)
        ended = report_queries.processed(session, all_keys, agency, start, end)
        step()
        timing = {t: n for t, n in _roll_up(ended, range(0))}
        rated = report_queries.returns(session, agency, start, end)
        step()
        at = 0
        for name, columns in _DIMENSIONS.items():
            keys = tuple(column for _, column in columns)
            received = report_queries.breakdown(session, keys, agency, start, end, now)
            step()
            tables[name] = _table(received, _roll_up(ended, range(at, at + len(keys))),
                                  tuple(key for key, _ in columns))
            at += len(keys)
        tickets = report_queries.ticket_times(session, agency, start, end)
        names = report_queries.officer_names(
            session, [row["officer"] for row in tables["by_officer"]])
    for row in tables["by_officer"]:
        row["name"] = names.get(row["officer"], "")

    channels: dict[int, int] = {}
    statuses: dict[int, int] = {}
    for channel, status, n, _overdue, _fees in groups:
        channels[channel] = channels.get(channel, 0) + n
        statuses[status] = statuses.get(status, 0) + n
    received_total = sum(g[2] for g in groups)
    overdue = sum(g[3] for g in groups)
    still_open = sum(g[2] for g in groups if g[1] in {int(s) for s in OPEN_STATUSES})
    with_fees = sum(g[4] for g in groups)
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
