"""The launch: the sign-in page first, everything else after it is on the screen."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from onestop_desktop.app import build_window
from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.logs import LOG_FILE
from onestop_desktop.services.accounts import create_user
from onestop_desktop.store import DB_FILENAME
from onestop_desktop.ui.main_window import LATER_PAGES
from onestop_desktop.ui.opening import DeskOpening
from tests.benchmarks.launch import PASSWORD, USERNAME, prepare_data_dir

from .conftest import focus, idle, press, type_keys

ROOT = Path(__file__).resolve().parents[2]
ALL_PAGES = {"signin", *LATER_PAGES}


def test_the_window_opens_on_sign_in_and_builds_the_other_pages_as_the_officer_types(
        qtbot, store):
    create_user(store, USERNAME, "Nguyễn Thị Lan", PASSWORD)
    win = build_window(Desk(store), sync=False)
    qtbot.addWidget(win)
    try:
        assert set(win.pages) == {"signin"}  # nothing else before the window is shown
        assert win.stack.count() == 1
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: focus() is win.sign_in.usernameEdit)
        type_keys("lan", pace_ms=100)  # typing at once, while the rest loads
        qtbot.waitUntil(lambda: set(win.pages) == ALL_PAGES, timeout=2_000)
        assert win.current_page() == "signin"
        assert win.sign_in.usernameEdit.text() == "lan"
        assert focus() is win.sign_in.usernameEdit  # no page took the cursor
        assert win.stack.count() == len(ALL_PAGES)
    finally:
        win.close()
        idle(qtbot, win)


def test_a_page_built_late_shows_what_happened_before_it(qtbot, store):
    """Signed in before the list and Cài đặt exist: they are built with the officer,
    the desk and the sync line the window already shows."""
    win = build_window(Desk(store), sync=False)
    qtbot.addWidget(win)
    try:
        idle(qtbot, win)  # the desk's configuration is read
        win.enter(Officer("quantri", "Trần Văn Quản", "admin"))
        assert "settings" not in win.pages and "list" not in win.pages
        settings = win.settings
        assert settings.officer is not None and not settings.saveServerButton.isHidden()
        assert "000.00.01.H22" in settings.deskInfoLabel.text()
        assert settings.syncStateLabel.text() == win.status.syncLabel.text() != ""
        idle(qtbot, win)
        combo = win.dossiers.procedureCombo
        qtbot.waitUntil(lambda: combo.count() > 1, timeout=5_000)  # read when built
        win.require_sign_in()
        assert settings.officer is None and settings.saveServerButton.isHidden()
    finally:
        win.close()
        idle(qtbot, win)


def test_enter_before_the_pages_are_built_reaches_the_intake_page(qtbot, store):
    create_user(store, USERNAME, "Nguyễn Thị Lan", PASSWORD)
    win = build_window(Desk(store), sync=False)
    qtbot.addWidget(win)
    try:
        win.sign_in.usernameEdit.setText(USERNAME)
        win.sign_in.passwordEdit.setText(PASSWORD)
        win.show()  # the first paint and the sign-in answer race: either order works
        win.activateWindow()
        qtbot.waitUntil(lambda: focus() is not None)
        win.sign_in.passwordEdit.setFocus()
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.current_page() == "intake", timeout=10_000)
        assert focus() is win.intake.procedureSearch
        qtbot.waitUntil(lambda: win.intake.procedures != [], timeout=10_000)
    finally:
        win.close()
        idle(qtbot, win)


def test_the_officer_types_and_signs_in_while_the_desk_is_still_being_opened(qtbot, store):
    """The window is up before the store is open: the name and password go in, Enter is
    pressed; the answer comes once the desk is open, and the rest of the window with it."""
    create_user(store, USERNAME, "Nguyễn Thị Lan", PASSWORD)
    desk, gate = Desk(store), threading.Event()

    def open_slowly() -> Desk:  # as a cold disk and SQLAlchemy's import would
        gate.wait(10)
        return desk

    opening = DeskOpening(store.path.parent, open_slowly, desk.clock)
    opening.opened.connect(lambda opened, _first_run: opening.set_ready(opened))
    win = build_window(opening, sync=False)
    win.painted.connect(opening.start)  # as app.py does
    qtbot.addWidget(win)
    try:
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: focus() is win.sign_in.usernameEdit)
        qtbot.waitUntil(lambda: opening.started)  # painted: the opening is under way
        assert win.status.clockLabel.text() != ""  # the clock runs before the desk opens
        with pytest.raises(RuntimeError):
            win.ctx.desk  # noqa: B018 - the GUI thread never waits for the desk
        type_keys(USERNAME, pace_ms=100)
        press(Qt.Key.Key_Return)
        type_keys(PASSWORD, pace_ms=100)
        press(Qt.Key.Key_Return)
        QTest.qWait(300)
        assert win.current_page() == "signin" and win.ctx.officer is None
        assert set(win.pages) == {"signin"}  # the other pages wait for the desk
        assert win.status.deskLabel.text() == "—"
        gate.set()
        qtbot.waitUntil(lambda: win.current_page() == "intake", timeout=10_000)
        assert win.ctx.officer is not None and win.ctx.officer.username == USERNAME
        assert focus() is win.intake.procedureSearch
        qtbot.waitUntil(lambda: set(win.pages) == ALL_PAGES, timeout=5_000)
        qtbot.waitUntil(lambda: "000.00.01.H22" in win.status.deskLabel.text(), timeout=5_000)
    finally:
        gate.set()
        win.close()
        idle(qtbot, win)


def test_closing_the_window_before_the_desk_is_open_does_not_wait_for_it(qtbot, store):
    """Enter pressed, then the window closed while the store is still being opened: the
    sign-in job stops waiting and the window closes at once, not after its workers'
    five-second grace."""
    desk, gate = Desk(store), threading.Event()
    opening = DeskOpening(store.path.parent, lambda: (gate.wait(10), desk)[1], desk.clock)
    opening.opened.connect(lambda opened, _first_run: opening.set_ready(opened))
    win = build_window(opening, sync=False)
    win.painted.connect(opening.start)
    qtbot.addWidget(win)
    try:
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: opening.started)
        win.sign_in.usernameEdit.setText(USERNAME)
        win.sign_in.passwordEdit.setText(PASSWORD)
        win.sign_in.passwordEdit.setFocus()
        press(Qt.Key.Key_Return)
        assert win.ctx.jobs.busy  # the sign-in (and the accounts check) wait for the desk
        started = time.monotonic()
        win.close()
        assert time.monotonic() - started < 2.0
        assert win.ctx.jobs.wait(1_000)  # nobody left waiting
        assert not win.ctx.ready and win.ctx.officer is None
    finally:
        gate.set()
        assert opening.join(10)


# The real launch (cli.main -> run_app): which of the heavy modules the process has
# imported when the sign-in page is first painted (the store is opened after that, so
# the moment is taken as the opening starts), and once everything has loaded.
PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from onestop_desktop.ui.opening import DeskOpening

HEAVY = sys.argv[2].split(",")
app = QApplication(sys.argv[:1])


def imported():
    return ",".join(name for name in HEAVY if name in sys.modules) or "-"


def window():
    return next((w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == "MainWindow" and w.isVisible()), None)


start = DeskOpening.start


def start_after_saying(self):
    w = window()
    painted = w is not None and w.windowHandle().isExposed()
    print("SIGNIN", w.current_page() if painted else "not-painted", imported(), flush=True)
    start(self)
    loaded(w)


def loaded(w):
    if getattr(w, "sync_bridge", None) is None:
        QTimer.singleShot(5, lambda: loaded(w))
        return
    print("LOADED", ",".join(sorted(w.pages)), imported(), flush=True)
    w.close()


DeskOpening.start = start_after_saying
from onestop_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""
HEAVY = ["sqlalchemy", "alembic", "reportlab", "pypdfium2", "httpx", "pydantic", "keyring",
         "onestop_desktop.store.database", "onestop_desktop.sync.engine",
         "onestop_desktop.services.printing", "onestop_desktop.ui.print_preview"]


def test_the_sign_in_page_is_up_before_the_heavy_modules_are_imported(tmp_path):
    data_dir = tmp_path / "desk"
    prepare_data_dir(data_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "ONESTOP_NO_KEYRING": "1"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(data_dir), ",".join(HEAVY)],
                            capture_output=True, text=True, timeout=60, env=env, check=False)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()}
    page, imported = lines["SIGNIN"]
    assert page == "signin" and imported == "-"
    pages, imported = lines["LOADED"]
    assert set(pages.split(",")) == ALL_PAGES
    assert {"sqlalchemy", "httpx", "pydantic", "onestop_desktop.store.database",
            "onestop_desktop.sync.engine"} <= set(imported.split(","))


# The real launch; whatever dialog comes up is told and answered as a person would
# (Enter on a message, "Để sau" on the set-up wizard).
DIALOGS = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

app = QApplication(sys.argv[:1])
seen = set()


def window():
    return next((w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == "MainWindow"), None)


def look():
    main = window()
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() or id(widget) in seen:
            continue
        if isinstance(widget, QMessageBox):
            seen.add(id(widget))
            print("MESSAGE", main is not None and main.isVisible(), widget.text(), flush=True)
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif isinstance(widget, QWizard):
            seen.add(id(widget))
            print("WIZARD", main is not None and main.isVisible(), flush=True)
            widget.reject()  # "Để sau": the demo configuration stays
    if main is not None and main.ctx.ready and main.sign_in.first_run:
        print("FIRST_ACCOUNT", main.current_page(), flush=True)
        main.close()
        return
    QTimer.singleShot(10, look)


QTimer.singleShot(0, look)
from onestop_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def launch_answering_dialogs(data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "ONESTOP_NO_KEYRING": "1"}
    return subprocess.run([sys.executable, "-c", DIALOGS, str(data_dir)], capture_output=True,
                          text=True, timeout=60, env=env, check=False)


def test_a_broken_store_is_said_over_the_window_and_the_desk_exits(tmp_path):
    """The store turns out broken once the window is up: the officer is told in a
    message over it, the traceback goes to the desk's log, the desk exits (status 1, as
    the command line does for an unexpected error)."""
    data_dir = tmp_path / "desk"
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(b"not a database, a broken copy" * 100)
    result = launch_answering_dialogs(data_dir)
    assert result.returncode == 1, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("MESSAGE")]
    assert line.startswith("MESSAGE True Lỗi không mong đợi")  # over the window
    assert "Lỗi: Lỗi không mong đợi" in result.stderr
    log = (data_dir / LOG_FILE).read_text(encoding="utf-8")
    assert "unexpected error opening the desk" in log and "file is not a database" in log
    assert "Traceback" in log


def test_a_desk_still_on_the_demo_configuration_is_offered_its_set_up_over_the_window(
        tmp_path):
    from onestop_desktop.services.setup import ensure_embedded_default
    from onestop_desktop.store.database import Store

    data_dir = tmp_path / "desk"
    store = Store.open(data_dir)  # started once, "Để sau" chosen: no set-up, no account
    ensure_embedded_default(store)
    store.close()
    result = launch_answering_dialogs(data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "WIZARD True"  # over the sign-in window, which is already up
    assert lines[-1] == "FIRST_ACCOUNT signin"  # then the first account, as before


def test_a_screenshot_of_an_existing_desk_waits_for_its_store(tmp_path):
    """--screenshot on a desk already set up goes the way of every launch (the store
    opened behind the window) and still draws the page asked for, signed in."""
    from PySide6.QtGui import QImage

    data_dir, out = tmp_path / "desk", tmp_path / "intake.png"
    prepare_data_dir(data_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "ONESTOP_WINDOW_SIZE": "1366x768"}
    run = "import sys; from onestop_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run([sys.executable, "-c", run, "--data-dir", str(data_dir),
                             "--screenshot", str(out), "--page", "intake"],
                            capture_output=True, text=True, timeout=60, env=env, check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert image.pixelColor(20, 33).name() != image.pixelColor(20, 300).name()  # "Tiếp nhận"


def test_the_opening_failure_keeps_its_traceback_text_after_a_waiting_job_failed(qtbot, tmp_path):
    """A job waiting for the desk fails with the opening's exception as its cause and lets
    go of the frames of the whole chain (jobs._without_frames); the traceback the desk's
    log is given must not depend on which of the two is first (it did: the log had no
    traceback in some test orders)."""
    from onestop_desktop.ui.jobs import _without_frames
    from onestop_desktop.ui.opening import DeskUnavailable

    def broken() -> Desk:
        raise ValueError("file is not a database")

    opening = DeskOpening(tmp_path, broken, lambda: None)
    with qtbot.waitSignal(opening.failed, timeout=5000) as failed:
        opening.start()
    with pytest.raises(DeskUnavailable) as waited:
        opening.wait(1)
    _without_frames(waited.value)
    [exc] = failed.args
    assert exc.__traceback__ is None  # the job let go of the frames first
    assert "Traceback" in exc.__traceback_text__ and "in broken" in exc.__traceback_text__
