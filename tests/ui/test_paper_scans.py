"""Scanned papers through the window: on the intake page a checklist row waits for the
next file of the scan inbox ("Quét"), another takes a file dropped on it, each shows its
first page; the save stores them on those papers. The dossier page lists them; the
return page scans the result."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from onestop_desktop.desk import Desk
from onestop_desktop.domain.files import FileRole, FileSource
from onestop_desktop.domain.officer import Officer
from onestop_desktop.ui.intake_scans import PaperFilesCell
from onestop_desktop.ui.paper_files import MODE_KEY

from .conftest import (
    CCCD_QR,
    choose_procedure,
    idle,
    press,
    scan,
    screens_dir,
    sign_in,
    type_keys,
)

PROCEDURE = "1.001612"  # Đăng ký thành lập hộ kinh doanh
SIZE = (1366, 768)


def _tiff(path: Path, pages: int) -> None:
    frames = [Image.new("L", (170, 220), 50 * i) for i in range(pages)]
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(100, 100))


def _click_scan(qtbot, cell: PaperFilesCell) -> None:
    button = cell.scan_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _drop(table, row: int, path: Path) -> None:
    """A file dragged from the file manager onto the row's name, and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    at = QPointF(table.visualItemRect(table.item(row, 0)).center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys),
                  QDragMoveEvent(at.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys),
                  QDropEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys)):
        QApplication.sendEvent(table.viewport(), event)
        assert event.isAccepted()


def _shot(win, name: str) -> None:
    folder = screens_dir("paper-scans")
    if folder is not None:
        win.resize(*SIZE)
        QApplication.processEvents()
        win.grab().save(str(folder / f"{name}.png"))


def test_scans_from_the_inbox_and_a_drop_are_saved_on_their_papers(qtbot, window, store,
                                                                     data_dir, tmp_path):
    win = window
    win.resize(*SIZE)
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky thanh lap ho kinh doanh", PROCEDURE)
    scan(CCCD_QR)
    type_keys("0912 345 678")
    table = page.checklistTable
    cells = [table.cellWidget(row, 4) for row in range(table.rowCount())]
    assert all(isinstance(c, PaperFilesCell) for c in cells) and len(cells) >= 2

    # Paper 2 waits for the network scanner: the next file in the inbox is it.
    win.ctx.ui_settings.setValue(MODE_KEY, "inbox")
    _click_scan(qtbot, cells[1])
    inbox = data_dir / "scan-inbox"
    qtbot.waitUntil(lambda: page.scans.waiter.waiting, timeout=5_000)
    assert cells[1].scan_button.text() == "Chờ…" and cells[0].scan_button.text() == "Quét"
    assert str(inbox) in page.messageLabel.property("fullText") or \
        str(inbox) in page.messageLabel.text()
    _tiff(inbox / "SCAN0001.tif", 3)
    qtbot.waitUntil(lambda: cells[1].pages == 3, timeout=10_000)
    assert not (inbox / "SCAN0001.tif").exists()  # it left the inbox
    assert cells[1].thumb.pixmap() is not None and not cells[1].thumb.pixmap().isNull()
    assert "3 trang" in cells[1].thumb.toolTip()
    assert cells[1].scan_button.text() == "Quét"

    # Paper 1: a file dropped on its row.
    photo = tmp_path / "to-khai.png"
    Image.new("RGB", (200, 280), (240, 240, 230)).save(photo, dpi=(100, 100))
    _drop(table, 0, photo)
    qtbot.waitUntil(lambda: cells[0].pages == 1, timeout=10_000)
    assert photo.exists()  # a file from the disk is copied, not taken
    _shot(win, "intake-with-scans")

    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)
    code = page.last_code
    files = Desk(store).files.list(code)
    assert files.digitised
    assert [(f.paper, f.pages, f.source) for f in files.files] == [
        (1, 1, FileSource.DROP), (2, 3, FileSource.INBOX)]
    assert all(f.added_by == "lan" for f in files.files)
    # The form is clear for the next citizen, scans too.
    assert page.scans.scans == {} and table.rowCount() == 0


def test_the_dossier_page_lists_the_scans_and_the_return_page_scans_the_result(
        qtbot, window, store, done, data_dir, tmp_path):
    win = window
    win.resize(*SIZE)
    sign_in(qtbot, win, store)
    desk = Desk(store)
    paper = tmp_path / "giay.png"
    Image.new("RGB", (200, 280), (20, 90, 200)).save(paper, dpi=(100, 100))
    system = Officer("system", "Hệ thống", "system")
    code = done.code
    # The sample dossier's checklist is the procedure's; its first paper is scanned.
    desk.files.attach(code, paper=1, paths=[paper], actor=system)

    win.open_dossier(code)
    qtbot.waitUntil(lambda: win.detail.filesList.count() == 1
                    and win.detail.filesList.item(0).data(Qt.ItemDataRole.UserRole)
                    is not None, timeout=10_000)
    assert "Giấy tờ 1" in win.detail.filesList.item(0).text()
    _shot(win, "detail-with-scans")

    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "return"
    ret = win.returns
    ret.codeEdit.setFocus()
    scan(code)
    qtbot.waitUntil(lambda: ret.dossier is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "chưa có" in ret.resultFilesLabel.text(), timeout=5_000)
    win.ctx.ui_settings.setValue(MODE_KEY, "inbox")
    qtbot.mouseClick(ret.resultScanButton, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, ret.resultScanButton.height() // 2))
    qtbot.waitUntil(lambda: ret.result_scans.waiter.waiting, timeout=5_000)
    _tiff(data_dir / "scan-inbox" / "KETQUA.tif", 2)
    qtbot.waitUntil(lambda: "1 tệp" in ret.resultFilesLabel.text(), timeout=10_000)
    _shot(win, "return-with-result-scan")
    results = desk.files.list(code).results
    assert [(f.role, f.pages, f.source) for f in results] == [
        (FileRole.RESULT, 2, FileSource.INBOX)]


def test_a_head_sets_the_scan_inbox_in_the_settings(
        qtbot, window, store, data_dir, tmp_path):
    win = window
    win.resize(*SIZE)
    sign_in(qtbot, win, store, username="hoa", role="head")
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = win.settings
    idle(qtbot, win)
    edit = page.scanInboxEdit
    assert edit.text() == str(data_dir / "scan-inbox") and not edit.isReadOnly()
    shared = tmp_path / "may-quet-tang-1"
    edit.setFocus()
    edit.selectAll()
    type_keys(str(shared))
    press(Qt.Key.Key_Return)
    idle(qtbot, win)
    assert "Đã lưu thư mục quét" in page.printingMessage.text()
    assert Desk(store).files.inbox_folder() == shared and shared.is_dir()
    _shot(win, "settings-scan-inbox")


def test_an_officer_sees_the_scan_inbox_read_only(qtbot, window, store, data_dir):
    sign_in(qtbot, window, store)
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    page = window.settings
    assert page.scanInboxEdit.text() == str(data_dir / "scan-inbox")
    assert page.scanInboxEdit.isReadOnly() and not page.scanInboxButton.isVisible()
