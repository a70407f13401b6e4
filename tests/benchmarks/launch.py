"""Launch time of the desk window, measured the way an officer meets it.

Each run spawns a fresh Python process and times, from the spawn, the moments it
reports on its stdout:

- bare: a QApplication with an empty 1366×768 window, shown, painted, the event loop
  running: the floor any Qt program pays;
- desk: the real launch (`onestop-desktop` with no subcommand, through cli.main and
  app.run_app: store open, first-run check, single-instance guard, window) until the
  sign-in page is usable: the window exposed, the sign-in page current, the cursor
  in the username field, the event loop running.

After the sign-in page is usable the probe watches the GUI thread for a while (the
time a person takes to type a name and a password), reporting its longest pause:
the longest a keystroke can wait while the rest of the window loads. Then it signs
in as Enter in the password field does and reports how long until the intake page
is usable (its procedure list filled, no background job running); that time
includes the password check (argon2).

The functions here are imported by other benchmarks; the test that prints the
figures is tests/benchmarks/test_bench_startup.py.

Bytecode: an installed desk runs from compiled bytecode (pip compiles the wheel on
install; PyInstaller bundles .pyc), so the children write and reuse theirs in a
private cache (PYTHONPYCACHEPREFIX) even where PYTHONDONTWRITEBYTECODE is set, and
one run of each kind warms that cache and the disk cache before the timed runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the checkout whose desk is timed
USERNAME, PASSWORD = "lan", "mat-khau-quay-1"
WATCH_S = 1.5  # how long the probe watches the GUI thread after the sign-in page is usable

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1366, 768)
window.show()

def look():
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(1, look)
        return
    print("READY", flush=True)
    app.quit()

QTimer.singleShot(0, look)
app.exec()
"""

# Runs the real command line; the probe only looks at the window it opens.
DESK = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

USERNAME, PASSWORD, WATCH_S = sys.argv[2], sys.argv[3], float(sys.argv[4])
app = QApplication(sys.argv[:1])  # run_app takes the running application


def desk_window():
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            return widget
    return None


def sign_in_usable(window) -> bool:
    handle = window.windowHandle()
    return (handle is not None and handle.isExposed() and window.current_page() == "signin"
            and window.sign_in.usernameEdit.hasFocus())


def look():
    window = desk_window()
    if window is None or not sign_in_usable(window):
        QTimer.singleShot(1, look)
        return
    print("SIGNIN", flush=True)
    watch(window)


def watch(window):
    # A 5 ms timer: the longest gap between its ticks is the longest the GUI thread
    # was busy, the longest a keystroke typed then would have waited.
    ticks = [time.perf_counter()]
    timer = QTimer(window, interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def done():
        timer.stop()
        gaps = [b - a for a, b in zip(ticks, ticks[1:])] or [0.0]
        print(f"PAUSE {max(gaps):.4f}", flush=True)
        sign_in(window)

    QTimer.singleShot(int(WATCH_S * 1000), done)


def sign_in(window):
    page = window.sign_in
    page.usernameEdit.setText(USERNAME)
    page.passwordEdit.setText(PASSWORD)
    started = time.perf_counter()
    page.passwordEdit.returnPressed.emit()  # what Enter in the password field does

    def intake_usable():
        if window.current_page() != "intake" or not window.intake.procedures \\
                or window.ctx.jobs.busy:
            QTimer.singleShot(1, intake_usable)
            return
        print(f"INTAKE {time.perf_counter() - started:.4f}", flush=True)
        window.close()

    intake_usable()


QTimer.singleShot(0, look)
from onestop_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


@dataclass(frozen=True)
class Figure:
    """The median of several runs, and their range, in seconds."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: list[float]) -> Figure:
        return cls(statistics.median(values), min(values), max(values))

    def __str__(self) -> str:
        return f"{self.median:.2f} s ({self.low:.2f}–{self.high:.2f})"

    def ms(self) -> str:
        return f"{self.median * 1000:.0f} ms ({self.low * 1000:.0f}–{self.high * 1000:.0f})"


@dataclass(frozen=True)
class DeskRun:
    signin_s: float  # spawn -> sign-in page usable
    pause_s: float  # the GUI thread's longest pause while watched after that
    intake_s: float  # Enter in the password field -> intake page usable


@dataclass(frozen=True)
class LaunchFigures:
    bare: Figure
    signin: Figure
    pause: Figure
    intake: Figure

    @property
    def ratio(self) -> float:
        """The sign-in page beside the bare window (medians)."""
        return self.signin.median / self.bare.median

    def lines(self) -> list[str]:
        return [f"bare QApplication window:           {self.bare}",
                f"desk, sign-in page usable:          {self.signin}  = {self.ratio:.1f}× bare",
                f"longest GUI pause in the next {WATCH_S:.1f} s: {self.pause.ms()}",
                f"Enter -> intake page usable:        {self.intake}  (incl. argon2)"]


def child_env(pycache: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed_lines(code: str, args: list[str], env: dict[str, str], timeout_s: float = 60,
                cwd: Path = ROOT) -> dict[str, tuple[float, str]]:
    """Spawn `python -c code args` in `cwd` (first on its path); each stdout line's first
    word -> (seconds since the spawn, the rest of the line)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env, cwd=cwd)
    marks: dict[str, tuple[float, str]] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word, _, rest = line.strip().partition(" ")
        marks[word] = (time.perf_counter() - start, rest)
    code_ = process.wait(timeout=timeout_s)
    if code_ != 0:
        raise RuntimeError(f"launch probe exited with {code_}; marks seen: {sorted(marks)}")
    return marks


def time_bare(env: dict[str, str]) -> float:
    return timed_lines(BARE, [], env)["READY"][0]


def time_desk(data_dir: Path, env: dict[str, str], checkout: Path = ROOT) -> DeskRun:
    """One launch of the desk of `checkout` (another one: a before/after comparison)."""
    marks = timed_lines(DESK, [str(data_dir), USERNAME, PASSWORD, str(WATCH_S)], env,
                        cwd=checkout)
    return DeskRun(signin_s=marks["SIGNIN"][0], pause_s=float(marks["PAUSE"][1]),
                   intake_s=float(marks["INTAKE"][1]))


def prepare_data_dir(data_dir: Path) -> None:
    """A desk set up from the command line (no first-run wizard) with one officer."""
    from onestop_desktop.services.accounts import create_user
    from onestop_desktop.services.setup import initialise
    from onestop_desktop.store.database import Store

    store = Store.open(data_dir)
    try:
        initialise(store, agency_code="000.00.01.H22",
                   agency_name="Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa", desk=1,
                   today=date(2026, 11, 28))
        create_user(store, USERNAME, "Nguyễn Thị Lan", PASSWORD)
    finally:
        store.close()


def measure_launch(data_dir: Path, runs: int = 5) -> LaunchFigures:
    """Medians and ranges of `runs` launches of each kind (after one warm-up of each);
    `data_dir` must hold a set-up desk with the officer (prepare_data_dir)."""
    with tempfile.TemporaryDirectory(prefix="onestop-pyc-") as pycache:
        env = child_env(Path(pycache))
        time_bare(env)  # warm the bytecode and disk caches
        time_desk(data_dir, env)
        bare, desk = [], []
        for _ in range(runs):  # alternated: a load that comes and goes weighs on both
            bare.append(time_bare(env))
            desk.append(time_desk(data_dir, env))
    return LaunchFigures(bare=Figure.of(bare), signin=Figure.of([r.signin_s for r in desk]),
                         pause=Figure.of([r.pause_s for r in desk]),
                         intake=Figure.of([r.intake_s for r in desk]))
