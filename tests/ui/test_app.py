"""app.py: --screenshot on a fresh machine, the first-run account, the sync status hook."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QImage

from onestop_desktop.app import build_window, close_desk
from onestop_desktop.desk import Desk
from onestop_desktop.services.accounts import has_accounts
from onestop_desktop.store import user_repo

from .conftest import focus, idle, press, type_keys

RUN = "import sys; from onestop_desktop.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.mark.parametrize("page", ["signin", "intake", "detail"])
def test_screenshot_of_each_page_on_a_fresh_data_directory(tmp_path, page):
    out = tmp_path / f"{page}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ONESTOP_WINDOW_SIZE": "1366x768"}
    result = subprocess.run([sys.executable, "-c", RUN, "--data-dir", str(tmp_path / "d"),
                             "--screenshot", str(out), "--page", page],
                            capture_output=True, text=True, timeout=60, env=env, check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    # Not a blank canvas: the navigation bar's dark blue is there.
    assert image.pixelColor(20, 300).name() == "#1f3a5f"


def test_unknown_page_is_a_usage_error(tmp_path):
    result = subprocess.run([sys.executable, "-c", RUN, "--data-dir", str(tmp_path / "d"),
                             "--screenshot", str(tmp_path / "x.png"), "--page", "nowhere"],
                            capture_output=True, text=True, timeout=60, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2 and "--page" in result.stderr


def test_first_run_creates_the_first_officer_in_the_window(qtbot, data_dir):
    from PySide6.QtCore import Qt

    from onestop_desktop.services.setup import ensure_embedded_default
    from onestop_desktop.store.database import Store

    store = Store.open(data_dir)
    ensure_embedded_default(store)  # what `onestop-desktop` does on a fresh machine
    win = build_window(Desk(store), sync=False)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()  # what the window manager does on launch
    qtbot.waitUntil(lambda: focus() is not None)
    try:
        page = win.sign_in
        # The desk has no account: the form to make the first one replaces sign-in as soon
        # as that is known (read off the GUI thread, within a glance).
        qtbot.waitUntil(page.firstRunBox.isVisible, timeout=2_000)
        assert win.current_page() == "signin" and page.first_run
        assert not page.signInBox.isVisible()
        assert not win.nav.isEnabled()
        assert focus() is page.newUsernameEdit
        type_keys("quantri")
        press(Qt.Key.Key_Return)
        type_keys("Trần Văn Quản")
        press(Qt.Key.Key_Return)
        type_keys("mat-khau-dai")
        press(Qt.Key.Key_Return)
        type_keys("mat-khau-khac")
        press(Qt.Key.Key_Return)
        assert "không khớp" in page.firstRunError.text() and not has_accounts(store)
        page.newPasswordAgainEdit.clear()
        page.newPasswordAgainEdit.setFocus()
        type_keys("mat-khau-dai")
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.ctx.officer is not None, timeout=10_000)
        assert win.current_page() == "intake" and win.nav.isEnabled()
        with store.read() as session:
            row = user_repo.get_user(session, "quantri")
            assert row.role == "admin" and row.password_hash.startswith("$argon2id$")
    finally:
        win.close()
        idle(qtbot, win)
        store.close()


def test_sync_hook_reports_offline_not_configured(qtbot, data_dir, monkeypatch):
    """The status bar says it shortly, never the configuration keys, and the settings
    page's sync line says the same, counts included."""
    pytest.importorskip("onestop_desktop.ui.sync_bridge")
    from onestop_desktop.services.intake import IntakeService
    from onestop_desktop.services.setup import ensure_embedded_default
    from onestop_desktop.store.database import Store
    from tests.conftest import sample_request

    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")  # no token anywhere: not configured
    store = Store.open(data_dir)
    ensure_embedded_default(store)
    IntakeService(store).intake(sample_request(), "canbo1")  # one event still to send
    win = build_window(Desk(store), sync=True, auto_sync=False)
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.sync_bridge.finished, timeout=10_000):
            win.sync_bridge.sync_now()
        qtbot.waitUntil(lambda: not win.ctx.jobs.busy, timeout=10_000)
        text = win.status.syncLabel.text()
        assert text == "Ngoại tuyến – chưa kết nối máy chủ · chờ gửi: 1"
        assert "server_url" not in text and "device_token" not in text
        assert win.settings.syncStateLabel.text() == text
        assert win.settings.syncPanelHost.layout().count() == 1  # the sync panel is placed
    finally:
        win.close()
        win.sync_bridge.shutdown(5000)
        store.close()


def _slow_sync(data_dir, run_s: float, timeout_s: float, margin_ms: int):
    """A bridge whose run is still going when the window has closed (and waited 0.1 s)."""
    from onestop_desktop.services.sync_port import StoreSyncPort
    from onestop_desktop.store.database import Store
    from onestop_desktop.sync.engine import SyncReport
    from onestop_desktop.ui.jobs import Jobs
    from onestop_desktop.ui.sync_bridge import SyncBridge

    store = Store.open(data_dir)
    bridge = SyncBridge(StoreSyncPort(store), data_dir, timeout=timeout_s)
    bridge.DRAIN_MARGIN_MS = margin_ms
    started, ended = threading.Event(), threading.Event()

    def slow_run(_force: bool) -> SyncReport:
        started.set()
        time.sleep(run_s)  # a request waiting on the network
        ended.set()
        return SyncReport()

    bridge._work = slow_run
    assert bridge.sync_now() and started.wait(5)
    assert not bridge.shutdown(100)  # what closing the window waited: not enough
    closes: list[bool] = []
    close = store.close
    store.close = lambda: (closes.append(ended.is_set()), close())
    window = SimpleNamespace(ctx=SimpleNamespace(jobs=Jobs()), sync_bridge=bridge)
    return store, window, closes


def test_the_store_is_closed_after_a_sync_run_ends(qtbot, data_dir):
    store, window, closes = _slow_sync(data_dir, run_s=0.8, timeout_s=0.5, margin_ms=3_000)
    assert close_desk(window, Desk(store))
    assert closes == [True]  # not under the worker


def test_a_run_that_outlasts_its_timeout_leaves_the_store_to_the_exit(qtbot, data_dir):
    store, window, closes = _slow_sync(data_dir, run_s=1.0, timeout_s=0.1, margin_ms=0)
    assert not close_desk(window, Desk(store))
    assert closes == []
    assert window.sync_bridge.shutdown(5_000)
    store.close()
