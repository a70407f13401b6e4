"""The launch: the sign-in page first, everything else after it is on the screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from onestop_desktop.app import build_window
from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.accounts import create_user
from onestop_desktop.ui.main_window import LATER_PAGES
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


# The real launch (cli.main -> run_app); at the sign-in page and once everything is
# loaded, which of the heavy modules the process has imported.
PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

HEAVY = sys.argv[2].split(",")
app = QApplication(sys.argv[:1])


def imported():
    return ",".join(name for name in HEAVY if name in sys.modules) or "-"


def window():
    return next((w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == "MainWindow" and w.isVisible()), None)


def at_sign_in():
    w = window()
    if w is None or not w.windowHandle().isExposed():
        QTimer.singleShot(1, at_sign_in)
        return
    print("SIGNIN", w.current_page(), imported(), flush=True)
    loaded(w)


def loaded(w):
    if getattr(w, "sync_bridge", None) is None:
        QTimer.singleShot(5, lambda: loaded(w))
        return
    print("LOADED", ",".join(sorted(w.pages)), imported(), flush=True)
    w.close()


QTimer.singleShot(0, at_sign_in)
from onestop_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""
HEAVY = ["reportlab", "pypdfium2", "httpx", "pydantic", "onestop_desktop.sync.engine",
         "onestop_desktop.services.printing", "onestop_desktop.ui.print_preview", "alembic"]


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
    assert {"httpx", "pydantic", "onestop_desktop.sync.engine"} <= set(imported.split(","))
