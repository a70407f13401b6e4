"""Demo data: fill a desk's store with a busy centre's last three years of made-up
dossiers (domain/demo_dossiers.py), written in bulk (store/bulk.py).

Demo dossiers are received by "demo:quay<N>" (that is how they are told apart from real
ones), carry their whole history, hand-backs and search entries, and no outbox event:
they are never pushed to the central server. The run is recorded in the settings
("demo_data") and in one audit row. A store holding real dossiers is refused; one
holding demo data has it replaced.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, not_, select
from sqlalchemy.orm import Session

from ..domain.audit_chain import DOSSIERS_CLEARED
from ..domain.calendar import LOCAL_TZ, WorkCalendar
from ..domain.calendar_data import package_days
from ..domain.config import DeskConfig
from ..domain.demo_dossiers import ACTOR_PREFIX, YEARS, DemoMaker, TooManyDossiers
from ..domain.errors import InvalidInput
from ..store import audit, catalogue_repo, settings_repo
from ..store.bulk import BulkWriter, DemoRows, DossierRows
from ..store.database import Store
from ..store.models import DossierRow
from .calendar_service import work_calendar
from .intake import DeskNotConfigured

DEMO_DATA_KEY = "demo_data"
CHUNK = 20_000  # dossiers a transaction: a few seconds of work, bounded memory
Progress = Callable[[int, int], None]  # (dossiers written, dossiers to write)


class DemoDataRefused(InvalidInput):
    """Why no demo data was made (Vietnamese, for the officer); nothing was written."""


@dataclass(frozen=True)
class DemoDataResult:
    dossiers: int
    seed: int
    seconds: float
    replaced: int  # demo dossiers of an earlier run, taken out first
    first_received: datetime | None
    last_received: datetime | None
    by_status: dict[int, int]
    returned: int

    @property
    def per_second(self) -> float:
        return self.dossiers / self.seconds if self.seconds > 0 else 0.0


def demo_record(store: Store) -> dict | None:
    """What the settings say of the demo data in the store: count, seed, when; None
    when it holds none."""
    with store.read() as session:
        value = settings_repo.get_setting(session, DEMO_DATA_KEY)
    return value if isinstance(value, dict) else None


def real_dossier_count(session: Session) -> int:
    """Dossiers that are not demo data."""
    return session.scalar(select(func.count()).select_from(DossierRow).where(
        not_(DossierRow.received_by.startswith(ACTOR_PREFIX)))) or 0


def make_demo_data(store: Store, count: int, seed: int = 1, *, actor: str,
                   now: datetime | None = None, progress: Progress | None = None
                   ) -> DemoDataResult:
    """Fill the store with `count` demo dossiers received over the last three years up to
    `now`. Raises DemoDataRefused or DeskNotConfigured (nothing written)."""
    if isinstance(count, bool) or not isinstance(count, int) or count <= 0:
        raise DemoDataRefused("Số hồ sơ mẫu phải là một số nguyên dương, ví dụ 10000.")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    started = time.perf_counter()
    with store.read() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        _refuse_real_dossiers(session)
        procedures = catalogue_repo.search_procedures(session)
        if not procedures:
            raise DemoDataRefused("Chưa có danh mục thủ tục: nạp danh mục "
                                  "(`onestop-desktop init` hoặc `catalogue load`) trước.")
        calendar = _calendar(store, session, config, now)
    maker = DemoMaker(seed, now, calendar, procedures, config.agency_code, config.desk_digits)
    try:
        plan = maker.day_counts(count)
    except TooManyDossiers as exc:
        raise DemoDataRefused(str(exc)) from exc

    by_status: Counter[int] = Counter()
    first = last = None
    done = 0
    with BulkWriter(store) as writer:
        with writer.transaction() as connection:
            replaced = _begin(connection, writer, config, count, seed, now)
        if progress is not None:
            progress(0, count)
        rows, seq = DemoRows(config.agency_code), 1
        for day, n in plan:
            for demo in maker.day(day, n):
                rows.add(demo, seq)
                by_status[demo.status] += 1
                first = first or demo.received_at
                last = demo.received_at
                seq += 1
                if len(rows.batch) >= CHUNK:
                    done = _flush(writer, rows.take(), done, count, progress)
        done = _flush(writer, rows.take(), done, count, progress)
        seconds = time.perf_counter() - started
        result = DemoDataResult(done, seed, seconds, replaced, first, last,
                                dict(sorted(by_status.items())), by_status[10])
        with writer.transaction() as connection, _session(connection) as session:
            settings_repo.set_setting(session, DEMO_DATA_KEY, _record(result, now, True))
            audit.record(session, actor, "demo_data.made", None,
                         {"dossiers": done, "seed": seed, "replaced": replaced,
                          "seconds": round(seconds, 1)}, now)
    return result


def _refuse_real_dossiers(session: Session) -> None:
    real = real_dossier_count(session)
    if real:
        raise DemoDataRefused(
            f"Kho dữ liệu này đã có {real} hồ sơ thật: chỉ tạo dữ liệu mẫu trong một thư "
            f"mục dữ liệu mới (--data-dir) hoặc một kho chỉ có dữ liệu mẫu.")


def _begin(connection: Connection, writer: BulkWriter, config: DeskConfig, count: int,
           seed: int, now: datetime) -> int:
    """Checked again under the write lock; an earlier run's demo data taken out; the run
    marked as begun (a load cut short says so, and is replaced by the next)."""
    with _session(connection) as session:
        _refuse_real_dossiers(session)
        replaced = writer.count_dossiers()
        if replaced:
            writer.delete_dossiers()
            audit.record(session, "system", DOSSIERS_CLEARED, None, {"dossiers": replaced},
                         now)
        agency = config.agency_code
        if settings_repo.code_partition(session, agency) is None:  # as an intake records it
            settings_repo.record_code_partition(session, agency, config.partition)
        settings_repo.set_setting(session, DEMO_DATA_KEY,
                                  {"count": count, "seed": seed, "complete": False,
                                   "made_at": now.astimezone(LOCAL_TZ).isoformat()})
    return replaced


def _flush(writer: BulkWriter, rows: DossierRows, done: int, total: int,
           progress: Progress | None) -> int:
    if rows.dossiers:
        with writer.transaction():
            writer.write(rows)
        done += len(rows)
    if progress is not None:
        progress(done, total)
    return done


@contextmanager
def _session(connection: Connection) -> Iterator[Session]:
    """An ORM session inside the connection's transaction (it neither commits nor
    rolls back: the transaction's owner does)."""
    session = Session(bind=connection)  # joins the transaction without ending it
    try:
        yield session
        audit.write_pending(session)  # the transaction's owner commits, not this session
        session.flush()
    finally:
        session.close()


def _record(result: DemoDataResult, now: datetime, complete: bool) -> dict:
    def local(moment: datetime | None) -> str | None:
        return moment.astimezone(LOCAL_TZ).isoformat() if moment else None

    return {"count": result.dossiers, "seed": result.seed, "complete": complete,
            "made_at": local(now), "first_received": local(result.first_received),
            "last_received": local(result.last_received),
            "seconds": round(result.seconds, 3)}


def _calendar(store: Store, session: Session, config: DeskConfig, now: datetime
              ) -> WorkCalendar:
    """The desk's calendar, as an intake uses it; years the store was never seeded with
    (the demo reaches three years back) get the holidays package's days."""
    calendar = work_calendar(store, session, config.hours)
    years = range(now.year - YEARS, now.year + 3)
    seeded = {day.year for day in calendar.days}
    missing = [year for year in years if year not in seeded]
    if not missing:
        return calendar
    days = {row.day: row.kind for row in package_days(missing)}
    return WorkCalendar({**days, **calendar.days}, calendar.hours, calendar.tz,
                        calendar.weekend)

