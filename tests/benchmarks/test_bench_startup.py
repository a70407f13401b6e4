"""Launch-to-usable time of the desk window, beside a bare QApplication with an empty window.

Each figure is the wall time from spawning a fresh Python process to the moment it
prints READY (median of several runs): imports, Qt start-up, store open, forms loaded.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

RUNS = 5

BARE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1366, 768); w.show(); app.processEvents()
print("READY", flush=True)
"""

DESK = """
import sys, time
from PySide6.QtWidgets import QApplication
from onestop_desktop.desk import Desk
from onestop_desktop.app import build_window
from onestop_desktop.services.accounts import authenticate
from onestop_desktop.store.database import Store
from onestop_desktop.ui.i18n import apply_style
app = QApplication([])
apply_style(app)
store = Store.open(sys.argv[1])
window = build_window(Desk(store), sync=False)
window.show(); app.processEvents()
print("SIGNIN", flush=True)  # the first screen the officer can use
window.enter(authenticate(store, "lan", "mat-khau-quay-1"))
page = window.intake
while not page.procedures or window.ctx.jobs.busy:  # the picker is filled: usable
    app.processEvents(); time.sleep(0.002)
print("READY", flush=True)
window.close(); store.close()
"""


def _timed(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               text=True, env=env)
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        marks[line.strip()] = time.perf_counter() - start
    assert process.wait(timeout=60) == 0
    return marks


@pytest.mark.benchmark
def test_launch_to_intake_page_beside_bare_qt(store, data_dir: Path, capsys):
    from onestop_desktop.services.accounts import create_user

    create_user(store, "lan", "Nguyễn Thị Lan", "mat-khau-quay-1")
    store.close()
    bare = [_timed(BARE)["READY"] for _ in range(RUNS)]
    desk = [_timed(DESK, str(data_dir)) for _ in range(RUNS)]
    bare_s = statistics.median(bare)
    signin_s = statistics.median(m["SIGNIN"] for m in desk)
    ready_s = statistics.median(m["READY"] for m in desk)
    with capsys.disabled():
        print(f"\nbare QApplication + empty window: {bare_s:.2f} s"
              f"\ndesk window, sign-in page shown:  {signin_s:.2f} s"
              f"\ndesk window, intake page usable:  {ready_s:.2f} s (incl. argon2 sign-in)")
    assert bare_s < signin_s <= ready_s
    assert ready_s < 10.0  # generous: a slow CI machine, cold caches
