"""The benchmark suite's measurements, each run in a process of its own:

    python -m tests.benchmarks.figures NAME '{"store": "...", ...}'

prints one JSON object on its last line of stdout. A window figure that has not got
there by its `deadline` (seconds) prints {"timeout": true, ...} and exits at once,
whatever its background threads are still doing; the suite kills any process that
outlives its own limit. Each figure measures the desk's way and its simple way on
the same rows (suite.py puts them side by side).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DB_FILENAME = "onestop.sqlite3"
AGENCY = "000.00.01.H22"
OFFICER_PASSWORD = "mat-khau-quay-1"  # the suite's stores have officer "lan"
LIST_PAGE_ROWS = 100  # the list's first page (services/dossier_queries.PAGE_SIZE)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _db(args: dict) -> Path:
    return Path(args["store"]) / DB_FILENAME


def _read_only(path: Path):
    """The store's file, with its key (only read here)."""
    from onestop_desktop.store.cipher import raw_connection

    return raw_connection(path)


def _copy_store(source_dir: Path, target_dir: Path) -> None:
    """A copy of a desk's store and its key into another data directory."""
    from onestop_desktop.store.cipher import raw_connection
    from onestop_desktop.store.store_key import ENVELOPE_FILENAME, KEY_FILENAME

    for name in (ENVELOPE_FILENAME, KEY_FILENAME):
        if (source_dir / name).exists():
            shutil.copy2(source_dir / name, target_dir / name)
    with _read_only(source_dir / DB_FILENAME) as source, \
            raw_connection(target_dir / DB_FILENAME) as copy:
        source.backup(copy)


# ---- the window, offscreen -------------------------------------------------------------

class _Window:
    """The real desk window on a store, signed in, settled on its first page."""

    def __init__(self, store_dir: str):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from onestop_desktop.app import SCREENSHOT_OFFICER, build_window
        from onestop_desktop.desk import Desk
        from onestop_desktop.domain.officer import Officer
        from onestop_desktop.ui.i18n import apply_style

        self.app = QApplication.instance() or QApplication([])
        apply_style(self.app)
        self.desk = Desk.open(Path(store_dir))
        self.window = build_window(self.desk, sync=False)
        self.window.resize(1366, 768)
        self.window.show()
        self.window.enter(Officer(*SCREENSHOT_OFFICER))
        self.wait(self.idle, 30)

    def idle(self) -> bool:
        jobs = self.window.ctx.jobs
        return not jobs.busy and jobs.pool.activeThreadCount() == 0

    def wait(self, done, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            if done():
                self.app.processEvents()  # painted
                return True
            time.sleep(0.0005)
        return False

    def list_rows(self) -> int:
        model = self.window.dossiers.resultTable.model()
        return 0 if model is None else model.rowCount()


def list_page(args: dict) -> dict:
    """From the click on Hồ sơ to the first rows on screen (a fresh window each time)."""
    w = _Window(args["store"])
    started = time.perf_counter()
    w.window.show_page("list")
    shown = w.wait(lambda: w.list_rows() > 0, args["deadline"])
    if not shown:
        return {"timeout": True}
    return {"ms": (time.perf_counter() - started) * 1000, "rows": w.list_rows()}


def list_scroll(args: dict) -> dict:
    """Scrolling down the list: from the model asking for the next page (the view reached
    its end) to the page's rows inserted; `pages` pages, one after the other."""
    w = _Window(args["store"])
    w.window.show_page("list")
    if not w.wait(lambda: w.list_rows() > 0 and w.idle(), args["deadline"]):
        return {"timeout": True}
    table = w.window.dossiers.resultTable
    model = table.model()
    times = []
    for _ in range(args.get("pages", 20)):
        if not model.canFetchMore():
            break
        before = model.rowCount()
        started = time.perf_counter()
        table.scrollToBottom()  # the view asks as the officer's scrolling would
        model.fetchMore()
        if not w.wait(lambda b=before: model.rowCount() > b, args["deadline"]):
            return {"timeout": True}
        times.append((time.perf_counter() - started) * 1000)
    return {"p50": percentile(times, 0.5), "p95": percentile(times, 0.95),
            "pages": len(times), "rows": model.rowCount()}


def list_page_simple(args: dict) -> dict:
    """The same newest page, one SQL query (the driver's own), the rows fetched."""
    with _read_only(_db(args)) as raw:
        raw.execute("SELECT count(*) FROM procedures").fetchone()  # opened, schema read
        times = []
        for _ in range(5):
            started = time.perf_counter()
            rows = raw.execute("SELECT * FROM dossiers ORDER BY received_at DESC, code DESC "
                               "LIMIT ?", (LIST_PAGE_ROWS,)).fetchall()
            times.append((time.perf_counter() - started) * 1000)
    return {"ms": statistics.median(times), "rows": len(rows)}


def reports_page(args: dict) -> dict:
    """From the click on Báo cáo until its figures are refreshed (its job done)."""
    w = _Window(args["store"])
    started = time.perf_counter()
    w.window.show_page("reports")
    if not w.wait(w.idle, args["deadline"]):
        return {"timeout": True}
    return {"ms": (time.perf_counter() - started) * 1000,
            "text": w.window.reports.summaryLabel.text()}


def report_year(args: dict) -> dict:
    """desk.reports.period over the last 365 days (every figure of the year's report)."""
    from datetime import date

    from onestop_desktop.desk import Desk
    from onestop_desktop.domain.officer import SYSTEM

    desk = Desk.open(Path(args["store"]))
    end = date.today()
    start = end - timedelta(days=365)
    desk.reports.period(start, end, SYSTEM)  # warm: the first touch of the pages
    times = []
    for _ in range(3):
        started = time.perf_counter()
        report = desk.reports.period(start, end, SYSTEM)
        times.append((time.perf_counter() - started) * 1000)
    desk.close()
    return {"ms": statistics.median(times), "received": report.received}


def report_year_simple(args: dict) -> dict:
    """One SQL count of the year's dossiers by status: the least a year's report reads."""
    since = (datetime.now(UTC) - timedelta(days=365)).isoformat(timespec="microseconds")
    with _read_only(_db(args)) as raw:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            raw.execute("SELECT status, count(*) FROM dossiers WHERE received_at >= ? "
                        "GROUP BY status", (since,)).fetchall()
            times.append((time.perf_counter() - started) * 1000)
    return {"ms": statistics.median(times)}


def reports_simple(args: dict) -> dict:
    """The page's three counts (received today, due today, overdue) as SQL aggregates."""
    from onestop_desktop.domain.calendar import LOCAL_TZ

    now = datetime.now(UTC)
    start = now.astimezone(LOCAL_TZ).replace(hour=0, minute=0, second=0, microsecond=0)
    bounds = [t.astimezone(UTC).isoformat(timespec="microseconds")
              for t in (start, start + timedelta(days=1), now)]
    open_statuses = "(1, 2, 4, 5, 6)"
    queries = [
        ("SELECT count(*) FROM dossiers WHERE received_at >= ? AND received_at < ?",
         bounds[:2]),
        (f"SELECT count(*) FROM dossiers WHERE status IN {open_statuses} "
         f"AND due_at >= ? AND due_at < ?", bounds[:2]),
        (f"SELECT count(*) FROM dossiers WHERE status IN {open_statuses} AND due_at < ?",
         bounds[2:]),
    ]
    with _read_only(_db(args)) as raw:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            counts = [raw.execute(sql, values).fetchone()[0] for sql, values in queries]
            times.append((time.perf_counter() - started) * 1000)
    return {"ms": statistics.median(times), "counts": counts}


def window_rss(args: dict) -> dict:
    """Resident memory of the window idle on the list page, its rows shown."""
    w = _Window(args["store"])
    w.window.show_page("list")
    if not w.wait(lambda: w.list_rows() > 0 and w.idle(), args["deadline"]):
        return {"timeout": True, "rss_mb": rss_mb()}
    w.wait(lambda: False, 3)  # idle: events processed, nothing asked
    return {"rss_mb": rss_mb(), "rows": w.list_rows()}


def bare_window_rss(args: dict) -> dict:
    """A bare QApplication with an empty 1366x768 window, idle."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    window = QWidget()
    window.resize(1366, 768)
    window.show()
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    return {"rss_mb": rss_mb()}


# ---- search ------------------------------------------------------------------------------

def search_queries(store_dir: str, count: int = 6) -> list[str]:
    """What officers type: names with and without marks, common syllables, half-typed
    words, runs of ID and phone digits, code tails; from people in the store."""
    from onestop_desktop.domain.codes import parse_code
    from onestop_desktop.domain.text import fold

    with _read_only(Path(store_dir) / DB_FILENAME) as raw:
        top = raw.execute("SELECT max(search_seq) FROM dossiers").fetchone()[0]
        picks = [raw.execute("SELECT applicant_name, id_number, phone, code FROM dossiers "
                             "WHERE search_seq >= ? ORDER BY search_seq LIMIT 1",
                             (max(1, top * (i + 1) // (count + 1)),)).fetchone()
                 for i in range(count)]
    queries = ["thi", "hoa", "van", "nguyen", "tran thi", "nguy", "hoan"]
    for i, (name, id_number, phone, code) in enumerate(picks):
        words = name.split()
        queries += [name, fold(name), fold(f"{words[0]} {words[-1]}"),
                    id_number[-6:] if i % 2 else id_number[3:9],
                    phone[-4:] if phone else id_number[-4:],
                    parse_code(code).short]
    return queries


def search(args: dict) -> dict:
    """search_rows (the full-text index) beside a LIKE scan of the same folded text
    (dossiers.search_key, every word), 50 newest each; every query timed."""
    from onestop_desktop.domain.text import fold
    from onestop_desktop.services.search import search_rows
    from onestop_desktop.store.database import Store

    queries = search_queries(args["store"])
    store = Store.open(Path(args["store"]))
    desk, hits = [], []
    with store.read() as session:
        for query in queries:
            search_rows(session, query, AGENCY)  # warm: the first touch of its pages
            for _ in range(3):
                started = time.perf_counter()
                hits.append(len(search_rows(session, query, AGENCY)))
                desk.append((time.perf_counter() - started) * 1000)
    store.close()
    like = []
    with _read_only(_db(args)) as raw:
        raw.execute("SELECT count(*) FROM dossiers WHERE search_key LIKE '%zzz%'").fetchone()
        for query in queries:
            words = fold(query).split()
            sql = ("SELECT * FROM dossiers WHERE "
                   + " AND ".join("search_key LIKE ?" for _ in words)
                   + " ORDER BY received_at DESC LIMIT 50")
            started = time.perf_counter()
            raw.execute(sql, [f"%{w}%" for w in words]).fetchall()
            like.append((time.perf_counter() - started) * 1000)
    return {"p50": percentile(desk, 0.5), "p95": percentile(desk, 0.95),
            "like_p50": percentile(like, 0.5), "like_p95": percentile(like, 0.95),
            "queries": len(queries), "empty": hits.count(0)}


# ---- intake -------------------------------------------------------------------------------

PER_DOSSIER = ["dossiers", "dossier_documents", "status_changes", "outbox", "audit"]


def _requests(store, count: int) -> list[dict]:
    from onestop_desktop.domain.demo_people import PeopleMaker
    from onestop_desktop.store import catalogue_repo

    with store.read() as session:
        procedures = catalogue_repo.search_procedures(session)
    people = PeopleMaker(random.Random(20))
    requests = []
    for i in range(count):
        person = people.person(2026)
        requests.append({"procedure_code": procedures[i % len(procedures)].code,
                         "applicant": {"name": person.name, "id_number": person.id_number,
                                       "phone": person.phone, "address": person.address}})
    return requests


def intake(args: dict) -> dict:
    """IntakeService.intake, one durable commit each, on a copy of the store; beside the
    same rows inserted with the driver alone into another copy, one durable transaction each
    (WAL, synchronous=FULL, foreign keys on, the search entry and the code counter)."""
    from sqlalchemy import select

    from onestop_desktop.services.intake import IntakeService
    from onestop_desktop.store import search_index
    from onestop_desktop.store.database import Store
    from onestop_desktop.store.models import DossierRow

    work = Path(args["work"])
    shutil.rmtree(work, ignore_errors=True)
    for name in ("service", "raw"):
        (work / name).mkdir(parents=True)
        _copy_store(Path(args["store"]), work / name)
    count = args["count"]
    store = Store.open(work / "service")
    service = IntakeService(store)
    requests = _requests(store, count + 1)
    service.intake(requests[0], "bench")  # warm: mappers, statements, the calendar
    desk = []
    for request in requests[1:]:
        started = time.perf_counter()
        service.intake(request, "bench")
        desk.append((time.perf_counter() - started) * 1000)
    with store.read() as session:
        made = list(session.scalars(select(DossierRow).where(DossierRow.received_by == "bench")
                                    .order_by(DossierRow.search_seq)))
        tokens = {row.id: (row.search_seq, search_index.tokens_of(row)) for row in made}
    store.close()

    from onestop_desktop.store.cipher import raw_connection

    with raw_connection(work / "service" / DB_FILENAME) as source:
        ids = [row.id for row in made]
        rows = {}
        for table in PER_DOSSIER:
            key = "id" if table == "dossiers" else "dossier_id"
            columns = [c[1] for c in source.execute(f"PRAGMA table_info({table})")]
            found = source.execute(f"SELECT * FROM {table} WHERE {key} IN "
                                   f"({','.join('?' * len(ids))})", ids).fetchall()
            index = columns.index(key)
            rows[table] = (len(columns), {})
            for row in found:
                rows[table][1].setdefault(row[index], []).append(row)
        counters = source.execute("SELECT * FROM code_counters WHERE desk IN "
                                  "(SELECT desk FROM code_counters ORDER BY day DESC LIMIT 1) "
                                  "ORDER BY day DESC LIMIT 1").fetchone()
    raw = raw_connection(work / "raw" / DB_FILENAME, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")
    plain = []
    for n, dossier_id in enumerate(ids[1:], start=1):  # the warm-up one is not timed
        started = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT OR REPLACE INTO code_counters VALUES (?, ?, ?, ?)",
                    (*counters[:3], n))
        for table in PER_DOSSIER:
            width, by_dossier = rows[table]
            raw.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * width)})",
                            by_dossier.get(dossier_id, []))
        raw.execute(f"INSERT INTO {search_index.TABLE}(rowid, tokens) VALUES (?, ?)",
                    tokens[dossier_id])
        raw.execute("COMMIT")
        plain.append((time.perf_counter() - started) * 1000)
    raw.close()
    shutil.rmtree(work, ignore_errors=True)
    return {"p50": percentile(desk, 0.5), "p95": percentile(desk, 0.95),
            "raw_p50": percentile(plain, 0.5), "raw_p95": percentile(plain, 0.95),
            "count": count}


# ---- launch -------------------------------------------------------------------------------

def launch(args: dict) -> dict:
    """The real launch to a usable sign-in page beside a bare QApplication window, and Enter
    to the intake page (tests/benchmarks/launch.py; medians of several launches each)."""
    from tests.benchmarks.launch import measure_launch

    figures = measure_launch(Path(args["store"]), runs=args.get("runs", 5))
    return {"s": figures.signin.median, "bare_s": figures.bare.median,
            "pause_s": figures.pause.median, "intake_s": figures.intake.median}


# ---- push -----------------------------------------------------------------------------------

def push(args: dict) -> dict:
    """10,000 pending dossiers pushed by the sync engine to the reference central server on
    loopback, beside bare HTTP POSTs of the same batch bodies to a do-nothing app
    (tests/benchmarks/test_bench_sync.py)."""
    os.environ["ONESTOP_NO_KEYRING"] = "1"
    from tests.benchmarks.test_bench_sync import BATCH, N, bare_posts, push_bodies, seed
    from tests.central.live import LiveServer, db_url_for
    from tests.sync.desks import engine, make_desk

    work = Path(args["work"])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    store = make_desk(work / "desk", 1)
    seed(store, N)
    central = LiveServer(db_url_for("sqlite", work)).start()
    token = central.add_device("Quầy 1", AGENCY, 1)
    sync = engine(store, central.url, token, timeout=60, batch_size=BATCH)
    started = time.perf_counter()
    report = sync.run_once()
    engine_s = time.perf_counter() - started
    central.stop()
    bodies = push_bodies(store)
    bare_s = bare_posts(bodies)
    store.close()
    shutil.rmtree(work, ignore_errors=True)
    return {"s": engine_s, "bare_s": bare_s, "pushed": report.pushed, "n": N}


FIGURES = {f.__name__: f for f in (list_page, list_page_simple, list_scroll, reports_page,
                                   reports_simple, report_year, report_year_simple, window_rss,
                                   bare_window_rss, search, intake, launch, push)}


def main(argv: list[str]) -> int:
    name, args = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    result = FIGURES[name](args)
    print(json.dumps(result), flush=True)
    sys.stderr.flush()
    os._exit(0)  # background threads of a timed-out window may still run: not awaited


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
