"""The store's care in the window: the integrity check once the desk is open, then the
day's backup, both off the GUI thread; a failed backup and a damaged store are said
(status bar, a message naming the latest backup and the command to restore it), and a
damaged store takes no more writes. Cài đặt sets the backups' folder (admins only)."""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from onestop_desktop.desk import Desk
from onestop_desktop.services import backups
from onestop_desktop.services.accounts import create_user
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.setup import initialise
from onestop_desktop.store.database import Store
from onestop_desktop.ui.context import DeskContext
from onestop_desktop.ui.jobs import Jobs
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.store_care import StoreCare
from tests.conftest import AGENCY, AGENCY_NAME, local, sample_request

from .conftest import idle, press, type_keys
from .test_settings_page import ADMIN_PASSWORD, click, open_settings_tab, sign_in_as


def _care(qtbot, window) -> StoreCare:
    care = StoreCare(window)
    threads = []
    daily = window.ctx.desk.backups.daily

    def daily_on_a_worker(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return daily(*args, **kwargs)

    window.ctx.desk.backups.daily = daily_on_a_worker
    care.on_gui_thread = threads
    care.start()
    return care


def test_the_day_s_backup_is_made_off_the_gui_thread_and_said(qtbot, window, data_dir):
    care = _care(qtbot, window)
    qtbot.waitUntil(care.label.isVisible, timeout=30_000)
    assert care.label.text() == "Đã sao lưu hôm nay"
    made = list((data_dir / "backups").glob("daily-*.onestop-backup"))
    assert len(made) == 1 and care.label.toolTip() == str(made[0])
    assert care.on_gui_thread == [False]
    assert care.timer.isActive()  # again each hour: the next day's, if the desk stays on
    care.backup_if_due()
    qtbot.waitUntil(lambda: not care.jobs.busy, timeout=30_000)
    assert len(list((data_dir / "backups").glob("daily-*"))) == 1  # once a day


def test_a_failed_daily_backup_is_logged_and_shown(qtbot, window, store, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the share should be")
    backups.set_backup_folder(store, "test", str(blocker / "backups"), by_admin=False)
    with caplog.at_level(logging.ERROR):
        care = _care(qtbot, window)
        qtbot.waitUntil(care.label.isVisible, timeout=30_000)
    assert care.label.text() == "Chưa sao lưu được"
    assert "Không ghi được bản sao lưu" in care.label.toolTip()
    assert care.label.property("kind") == "warn"
    assert any("daily backup failed" in r.getMessage() for r in caplog.records)


def _damaged_store(data_dir: Path) -> Path:
    """A desk with dossiers and a daily backup, then pages of its file damaged."""
    store = Store.open(data_dir)
    initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
               today=date(2026, 11, 28))
    service = IntakeService(store, clock=lambda: local(2026, 12, 1, 8, 0))
    for _ in range(50):
        service.intake(sample_request(), actor="canbo1")
    latest = backups.daily_backup(store).path
    store.close()
    path = data_dir / "onestop.sqlite3"
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(pages - 3, pages):
        data[page * 4096 + 2000] ^= 0xFF
    path.write_bytes(bytes(data))
    return latest


def test_a_damaged_store_is_said_with_the_way_back_and_takes_no_writes(qtbot, tmp_path):
    data_dir = tmp_path / "desk"
    latest = _damaged_store(data_dir)
    desk = Desk(Store.open(data_dir))
    win = MainWindow(DeskContext(desk=desk, jobs=Jobs()))
    qtbot.addWidget(win)
    win.show()
    said = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        said.append((box.windowTitle(), f"{box.text()}\n{box.informativeText()}"))
        QTest_click_ok(box)

    QTimer.singleShot(50, read_and_close)
    care = StoreCare(win)
    care.start()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    title, text = said[0]
    assert title == "Dữ liệu của quầy bị hỏng"
    assert str(latest) in text and "restore" in text and "THƯ_MỤC_MỚI" in text
    assert care.label.text() == "Dữ liệu hỏng, không ghi"
    assert care.damaged and not care.timer.isActive()  # no backup of a damaged store
    with pytest.raises(Exception, match="bị hỏng"):
        desk.dossiers.take_in(sample_request(), _officer())
    win.close()
    care.jobs.wait(10_000)
    win.ctx.jobs.wait(10_000)
    desk.close()


def QTest_click_ok(box: QMessageBox) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(box, Qt.Key.Key_Return)


def _officer():
    from onestop_desktop.domain.officer import Officer

    return Officer("cli:canbo1", "", "system")  # the store is the subject here, not roles


def test_an_admin_sets_the_backup_folder_in_settings(qtbot, window, store, tmp_path):
    create_user(store, "quantri", "Trần Văn Quản", ADMIN_PASSWORD, role="admin")
    create_user(store, "lan", "Nguyễn Thị Lan", ADMIN_PASSWORD)
    win, page = window, window.settings
    sign_in_as(qtbot, win, "quantri", ADMIN_PASSWORD)
    open_settings_tab(qtbot, win, 0)
    assert page.backupDirEdit.text() == str(store.path.parent / "backups")
    assert page.backupDirButton.isVisible()
    share = tmp_path / "share" / "quay1"
    click(page.backupDirEdit)
    page.backupDirEdit.selectAll()
    type_keys(str(share))
    press(Qt.Key.Key_Return)
    idle(qtbot, win)
    assert page.printingMessage.text() == "Đã lưu thư mục sao lưu."
    assert backups.backup_folder(store) == share
    click(page.backupDirEdit)
    page.backupDirEdit.selectAll()
    type_keys("tuong-doi")
    press(Qt.Key.Key_Return)
    idle(qtbot, win)
    assert "đường dẫn đầy đủ" in page.printingMessage.text()
    assert backups.backup_folder(store) == share
    win.sign_in.usernameEdit.clear()
    sign_in_as(qtbot, win, "lan", ADMIN_PASSWORD)  # an officer sees it, cannot change it
    open_settings_tab(qtbot, win, 0)
    assert page.backupDirEdit.isReadOnly() and not page.backupDirButton.isVisible()
    assert page.backupDirEdit.text() == str(share)
