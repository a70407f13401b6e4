"""The window tells the officer what the command line says when the store is busy, and
refuses a name that would print backwards, beside the name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.ui.widgets import full_text

from .conftest import CCCD_QR, choose_procedure, idle, press, scan, sign_in, type_keys

MARRIAGE = "1.000894"  # Đăng ký kết hôn
SCREENS = Path(os.environ.get("ONESTOP_SCREENS_DIR", "")) if os.environ.get(
    "ONESTOP_SCREENS_DIR") else None


@pytest.fixture
def quick_busy(monkeypatch):
    """The store (opened after this) waits half a second for another writer."""
    monkeypatch.setenv("ONESTOP_BUSY_TIMEOUT", "0.5")


pytestmark = pytest.mark.usefixtures("quick_busy")


def _shot(win, name: str) -> None:
    if SCREENS is not None:
        SCREENS.mkdir(parents=True, exist_ok=True)
        win.resize(1366, 768)
        QTest.qWait(100)
        win.grab().save(str(SCREENS / name))


def test_a_busy_store_is_said_on_the_intake_page(qtbot, window, store):
    win = window
    assert store.timeout == 0.5
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE)
    scan(CCCD_QR)
    other = raw_connection(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process's long write
    try:
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "Kho dữ liệu đang bận" in full_text(page.messageLabel),
                        timeout=10_000)
        idle(qtbot, win)
        _shot(win, "intake-store-busy.png")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not page.last_code
    assert "Lỗi không mong đợi" not in full_text(page.messageLabel)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the other write is done
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)


def test_a_name_that_prints_backwards_is_refused_beside_the_name(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE)
    scan(CCCD_QR)
    page.nameEdit.setFocus()
    page.nameEdit.selectAll()
    type_keys("\u202eNguyễn Văn An")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "U+202E" in full_text(page.nameError), timeout=10_000)
    idle(qtbot, win)
    _shot(win, "intake-name-rtl-override.png")
    assert not page.last_code
