"""The benchmark suite: every figure of the desk beside its simple way, in one run.

    python -m tests.benchmarks.suite [--sizes 100,10000,100000,1000000]
                                     [--out docs/benchmarks.md] [--no-readme]

Demo stores (onestop-desktop demo-data) are made once per size and seed and kept
between runs outside the repository ($ONESTOP_BENCH_CACHE, else the user cache folder),
under a key that changes whenever the code that writes them does. Each measurement
runs in a process of its own (tests/benchmarks/figures.py) with a time limit: a figure
that does not finish in time is reported as "> N s", and the suite goes on. The
markdown table (figure, store size, value, simple way, ratio, target) and the machine
go to --out, and into the README's "Benchmarks" section.

A figure is a small function `(Suite, size) -> Row` listed in FIGURES with the store
sizes it applies to: replace one when the code it measures changes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tests.benchmarks.figures import AGENCY, DB_FILENAME, OFFICER_PASSWORD, REPO

SEED = 1
DEFAULT_SIZES = (100, 10_000, 100_000, 1_000_000)
# The code whose change makes a cached store stale.
STORE_SOURCES = ["onestop_desktop/domain/demo_dossiers.py", "onestop_desktop/domain/demo_people.py",
                 "onestop_desktop/domain/search.py", "onestop_desktop/store/bulk.py",
                 "onestop_desktop/store/models.py", "onestop_desktop/services/demo_data.py",
                 "onestop_desktop/store/cipher.py"]
README_START, README_END = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---- the rows of the table ----------------------------------------------------------------

@dataclass
class Row:
    figure: str
    size: str  # the store size, or what was measured ("10,000 pending")
    value: str
    simple: str = "—"  # the simple way and its value
    ratio: str = "—"  # value / simple
    target: str = "—"
    met: bool | None = None


def ms(value: float) -> str:
    return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms" if value >= 1 \
        else f"{value:.2f} ms"


def secs(value: float) -> str:
    return f"{value:.1f} s" if value >= 10 else f"{value:.2f} s" if value >= 1 \
        else ms(value * 1000)


def ratio(value: float, simple: float) -> str:
    if simple <= 0:
        return "—"
    r = value / simple
    return f"{r:,.0f}×" if r >= 100 else f"{r:.1f}×" if r >= 10 else f"{r:.2f}×"


def _sqlite_version() -> str:
    from onestop_desktop.store.cipher import dbapi

    with dbapi.connect(":memory:") as connection:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()
    return f"{dbapi.sqlite_version} (SQLCipher {cipher[0] if cipher else '?'})"


def size_text(size: int) -> str:
    return f"{size:,}"


# ---- the demo stores ----------------------------------------------------------------------

def cache_root() -> Path:
    configured = os.environ.get("ONESTOP_BENCH_CACHE")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("onestop-desktop")) / "bench-stores"


def store_fingerprint() -> str:
    digest = hashlib.sha256()
    sources = [REPO / s for s in STORE_SOURCES]
    sources += sorted((REPO / "onestop_desktop/store/migrations/versions").glob("*.py"))
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class DemoStore:
    size: int
    path: Path  # the data directory
    made_seconds: float  # how long demo-data took to make it (maybe in an earlier run)
    made_now: bool


def demo_store(size: int, seed: int = SEED) -> DemoStore:
    """The cached demo store of this size and seed, made first when there is none."""
    root = cache_root()
    key = f"demo-{size}-seed{seed}-{store_fingerprint()}"
    path = root / key
    if not (path / DB_FILENAME).exists():
        for stale in root.glob(f"demo-{size}-seed{seed}-*"):  # older code's: disk is finite
            shutil.rmtree(stale, ignore_errors=True)
        log(f"making the demo store of {size:,} dossiers (seed {seed}) in {path}")
        root.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f"{key}.", dir=root))
        _make(building, size, seed)
        building.rename(path)  # whole or not at all
        made_now = True
    else:
        made_now = False
    from onestop_desktop.store.cipher import raw_connection

    with raw_connection(path / DB_FILENAME) as raw:
        record = json.loads(raw.execute("SELECT value FROM settings WHERE key = 'demo_data'")
                            .fetchone()[0])
    return DemoStore(size, path, float(record.get("seconds") or 0), made_now)


def _make(data_dir: Path, size: int, seed: int) -> None:
    from tqdm import tqdm

    from onestop_desktop.services.accounts import create_user
    from onestop_desktop.services.demo_data import make_demo_data
    from onestop_desktop.services.setup import initialise
    from onestop_desktop.store.database import Store

    store = Store.open(data_dir)
    try:
        initialise(store, agency_code=AGENCY, agency_name="Trung tâm Phục vụ hành chính công",
                   desk=1)
        create_user(store, "lan", "Nguyễn Thị Lan", OFFICER_PASSWORD, actor="bench")
        with tqdm(total=size, unit=" hồ sơ", unit_scale=True, file=sys.stderr) as bar:
            make_demo_data(store, size, seed, actor="bench",
                           progress=lambda done, _total: bar.update(done - bar.n))
    finally:
        store.close()


# ---- running one measurement in its own process ----------------------------------------------

@dataclass
class Measured:
    result: dict | None  # None: it ran out of time
    seconds: float
    limit: float

    @property
    def timed_out(self) -> bool:
        return self.result is None or bool(self.result.get("timeout"))


def measure(name: str, limit: float, **args) -> Measured:
    """Run figures.NAME in a new process; kill it (and what it started) past `limit` s."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO),
                                                       os.environ.get("PYTHONPATH")]))}
    args = {"deadline": max(1.0, limit - 20), **args}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.figures", name,
                                json.dumps(args)], cwd=REPO, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        out, err = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # its own group: only what it started
        process.communicate()
        return Measured(None, time.perf_counter() - started, limit)
    seconds = time.perf_counter() - started
    lines = out.strip().splitlines()
    if process.returncode != 0 or not lines:
        raise RuntimeError(f"figure {name} failed ({process.returncode}):\n{err[-3000:]}")
    return Measured(json.loads(lines[-1]), seconds, limit)


# ---- the figures ----------------------------------------------------------------------------

@dataclass
class Suite:
    stores: dict[int, DemoStore] = field(default_factory=dict)
    work: Path = field(default_factory=lambda: cache_root() / "work")
    window_limit: float = 60.0  # a window figure that takes longer is "> limit"
    # Figures other rows are judged against ("list", 100): the list's open at 100.
    seen: dict[tuple[str, int], float] = field(default_factory=dict)


def over(limit: float) -> str:
    return f"> {limit:.0f} s (timed out)"


def figure_list_page(suite: Suite, size: int) -> Row:
    store = str(suite.stores[size].path)
    simple = measure("list_page_simple", 120, store=store).result
    simple_text = f"one SQL query of the newest {simple['rows']}: {ms(simple['ms'])}"
    baseline = suite.seen.get(("list", 100))
    row = Row("Dossier list page opens (click to first rows)", size_text(size), "",
              simple_text, target="baseline" if size == 100 else "≤ 1.5× its time at 100")
    opens = []
    for _ in range(3):  # a fresh window each time; stop at the first that times out
        run = measure("list_page", suite.window_limit, store=store)
        if run.timed_out:
            row.value, row.met = over(run.limit - 20), False
            return row
        opens.append(run.result["ms"])
    value = sorted(opens)[1]
    suite.seen[("list", size)] = value
    row.value, row.ratio = f"{ms(value)} (median of 3)", ratio(value, simple["ms"])
    if size != 100 and baseline:
        row.value += f", {value / baseline:.2f}× the 100's"
        row.met = value <= 1.5 * baseline
    return row


def figure_list_scroll(suite: Suite, size: int) -> Row:
    run = measure("list_scroll", suite.window_limit, store=str(suite.stores[size].path))
    row = Row("List: next page while scrolling p50 / p95", size_text(size), "",
              target="< 20 ms")
    if run.timed_out:
        row.value, row.met = over(run.limit - 20), False
        return row
    r = run.result
    row.figure += f" ({r['pages']} pages)"
    row.value, row.met = f"{ms(r['p50'])} / {ms(r['p95'])}", r["p95"] < 20
    return row


def figure_report_year(suite: Suite, size: int) -> Row:
    store = str(suite.stores[size].path)
    simple = measure("report_year_simple", 300, store=store).result
    run = measure("report_year", 300, store=store)
    row = Row("Report for the last 365 days (desk.reports.period)", size_text(size), "",
              f"one SQL count by status: {ms(simple['ms'])}", target="< 300 ms")
    if run.timed_out:
        row.value, row.met = over(run.limit), False
        return row
    value = run.result["ms"]
    row.value = f"{ms(value)} ({run.result['received']:,} dossiers)"
    row.ratio, row.met = ratio(value, simple["ms"]), value < 300
    return row


def figure_reports(suite: Suite, size: int) -> Row:
    store = str(suite.stores[size].path)
    simple = measure("reports_simple", 120, store=store).result
    row = Row("Reports page refresh", size_text(size), "",
              f"three SQL counts: {ms(simple['ms'])}", target="≤ 300 ms")
    run = measure("reports_page", suite.window_limit, store=store)
    if run.timed_out:
        row.value, row.met = over(run.limit - 20), False
        return row
    value = run.result["ms"]
    row.value, row.ratio, row.met = ms(value), ratio(value, simple["ms"]), value <= 300
    return row


def figure_search(suite: Suite, size: int) -> Row:
    run = measure("search", 900, store=str(suite.stores[size].path))
    if run.timed_out:
        return Row("Search p50 / p95", size_text(size), over(run.limit), met=False)
    r = run.result
    return Row(f"Search p50 / p95 ({r['queries']} queries ×3)", size_text(size),
               f"{ms(r['p50'])} / {ms(r['p95'])}",
               f"LIKE scan of search_key: {ms(r['like_p50'])} / {ms(r['like_p95'])}",
               f"{ratio(r['p50'], r['like_p50'])} / {ratio(r['p95'], r['like_p95'])}",
               "p95 < 30 ms and ≤ 0.01× the scan",
               r["p95"] < 30 and r["p95"] <= 0.01 * r["like_p95"])


def figure_intake(suite: Suite, size: int) -> Row:
    run = measure("intake", 900, store=str(suite.stores[size].path),
                  work=str(suite.work / f"intake-{size}"), count=200)
    if run.timed_out:
        return Row("Intake commit p50 / p95", size_text(size), over(run.limit), met=False)
    r = run.result
    return Row(f"Intake commit p50 / p95 ({r['count']} intakes)", size_text(size),
               f"{ms(r['p50'])} / {ms(r['p95'])}",
               f"raw sqlite3 insert of the same rows, synchronous=FULL: "
               f"{ms(r['raw_p50'])} / {ms(r['raw_p95'])}",
               f"{ratio(r['p50'], r['raw_p50'])} / {ratio(r['p95'], r['raw_p95'])}",
               "p95 ≤ 3× the raw insert's", r["p95"] <= 3 * r["raw_p95"])


def figure_launch(suite: Suite, size: int) -> Row:
    run = measure("launch", 300, store=str(suite.stores[size].path))
    if run.timed_out:
        return Row("Launch to the sign-in page", size_text(size), over(run.limit), met=False)
    r = run.result
    return Row("Launch to the sign-in page (median of 5)", size_text(size),
               secs(r["s"]), f"bare QApplication window: {secs(r['bare_s'])}; then Enter to "
               f"the intake page {secs(r['intake_s'])}",
               ratio(r["s"], r["bare_s"]), "< 1.0 s and ≤ 4× bare",
               r["s"] < 1.0 and r["s"] <= 4 * r["bare_s"])


def figure_push(suite: Suite, size: int) -> Row:
    run = measure("push", 900, work=str(suite.work / "push"))
    if run.timed_out:
        return Row("Push of 10,000 pending dossiers", "10,000 pending", over(run.limit),
                   met=False)
    r = run.result
    return Row(f"Push of {r['n']:,} pending dossiers (loopback central server)",
               f"{r['n']:,} pending", f"{secs(r['s'])} ({r['n'] / r['s']:,.0f}/s)",
               f"bare loopback POSTs of the same bodies: {secs(r['bare_s'])}",
               ratio(r["s"], r["bare_s"]), "≥ 5,000/s", r["n"] / r["s"] >= 5000)


def figure_window_rss(suite: Suite, size: int) -> Row:
    bare = measure("bare_window_rss", 60).result
    row = Row("Idle RSS of the window, list shown", size_text(size), "",
              f"bare QApplication window: {bare['rss_mb']:.0f} MB", target="< 200 MB")
    run = measure("window_rss", suite.window_limit, store=str(suite.stores[size].path))
    if run.timed_out:
        row.value, row.met = over(run.limit - 20), False
        return row
    value = run.result["rss_mb"]
    row.value, row.ratio, row.met = f"{value:.0f} MB", ratio(value, bare["rss_mb"]), \
        value < 200
    return row


def figure_demo_store(suite: Suite, size: int) -> Row:
    made = suite.stores[size]
    rate = size / made.made_seconds if made.made_seconds else 0
    return Row("Make the demo store (demo-data)", size_text(size),
               (f"{made.made_seconds:,.1f} s" if made.made_seconds >= 10
                else f"{made.made_seconds:.2f} s") + f" ({rate:,.0f} dossiers/s)"
               + ("" if made.made_now else ", in an earlier run"),
               target="1,000,000 in minutes" if size == 1_000_000 else "—",
               met=made.made_seconds <= 900 if size == 1_000_000 else None)


@dataclass(frozen=True)
class Figure:
    run: Callable[[Suite, int], Row]
    sizes: tuple[int, ...] | None  # store sizes it applies to; None: no store (one row)


FIGURES = [
    Figure(figure_demo_store, (100, 10_000, 100_000, 1_000_000)),
    Figure(figure_list_page, (100, 10_000, 1_000_000)),
    Figure(figure_list_scroll, (1_000_000,)),
    Figure(figure_search, (10_000, 100_000, 1_000_000)),
    Figure(figure_reports, (100, 10_000, 1_000_000)),
    Figure(figure_report_year, (1_000_000,)),
    Figure(figure_intake, (100, 1_000_000)),
    Figure(figure_launch, (100, 1_000_000)),
    Figure(figure_push, None),
    Figure(figure_window_rss, (1_000_000,)),
]


# ---- the report --------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    def first(path: str, key: str) -> str:
        try:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith(key):
                        return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return "?"

    memory = first("/proc/meminfo", "MemTotal")
    ram = f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB" if memory != "?" else "?"
    try:
        from PySide6 import __version__ as qt
    except ImportError:
        qt = "?"
    import sqlalchemy

    return {"CPU": first("/proc/cpuinfo", "model name"),
            "cores": str(os.cpu_count()), "RAM": ram, "OS": platform.platform(),
            "Python": platform.python_version(), "SQLite": _sqlite_version(),
            "SQLAlchemy": sqlalchemy.__version__, "PySide6": qt}


def markdown(rows: list[Row], facts: dict[str, str], started: datetime, seconds: float,
             command: str) -> str:
    lines = [f"Measured {started:%Y-%m-%d %H:%M} in one run of `{command}` "
             f"({seconds / 60:.1f} min); ratio = the desk's figure ÷ the simple way's.", "",
             "| Figure | Store | Desk | Simple way | Ratio | Target |",
             "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        mark = "" if r.met is None else (" ✓" if r.met else " ✗")
        lines.append(f"| {r.figure} | {r.size} | {r.value} | {r.simple} | {r.ratio} | "
                     f"{r.target}{mark} |")
    lines += ["", "Machine: " + "; ".join(f"{k} {v}" for k, v in facts.items()) + "."]
    return "\n".join(lines) + "\n"


def write_report(table: str, out: Path, readme: Path | None) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("# Benchmarks\n\nWritten by `python -m tests.benchmarks.suite` "
                   "(see its docstring).\n\n" + table, encoding="utf-8")
    if readme is None:
        return
    text = readme.read_text(encoding="utf-8")
    block = f"{README_START}\n{table}{README_END}"
    if README_START in text:
        text = re.sub(re.escape(README_START) + ".*?" + re.escape(README_END),
                      lambda _m: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n## Benchmarks\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.suite",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES),
                        help="store sizes, comma-separated (default %(default)s)")
    parser.add_argument("--out", default="docs/benchmarks.md", help="the markdown table")
    parser.add_argument("--no-readme", action="store_true",
                        help="leave the README's Benchmarks section alone")
    parser.add_argument("--window-timeout", type=float, default=60.0,
                        help="seconds a window figure may take (default %(default)s)")
    parser.add_argument("--only", default="",
                        help="figure functions to run, comma-separated (e.g. search)")
    args = parser.parse_args(argv)
    sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()})
    only = {f"figure_{n.strip()}" for n in args.only.split(",") if n.strip()}
    started, clock = datetime.now().astimezone(), time.perf_counter()
    suite = Suite(window_limit=args.window_timeout)
    figures = [f for f in FIGURES if not only or f.run.__name__ in only]
    needed = sorted({s for f in figures for s in (f.sizes or ()) if s in sizes})
    for size in needed:
        suite.stores[size] = demo_store(size)
    rows = []
    for figure in figures:
        for size in (figure.sizes or (0,)):
            if figure.sizes is not None and size not in sizes:
                continue
            log(f"{figure.run.__name__}" + (f" at {size:,}" if size else ""))
            row = figure.run(suite, size)
            log(f"  {row.value} | {row.simple}")
            rows.append(row)
    shutil.rmtree(suite.work, ignore_errors=True)
    given = sys.argv[1:] if argv is None else argv
    command = " ".join(["python -m tests.benchmarks.suite",
                        *(a for a in given if a != "--no-readme")])
    table = markdown(rows, machine(), started, time.perf_counter() - clock, command)
    out = Path(args.out) if Path(args.out).is_absolute() else REPO / args.out
    write_report(table, out, None if args.no_readme else REPO / "README.md")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
