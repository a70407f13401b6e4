"""Cài đặt as a person uses it: an admin connects the desk to the server, manages the
officer accounts, loads a catalogue and picks the paper; an officer only sees them.
The sync line on the page says what the status bar says."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import update

from onestop_desktop.desk import Changes, Desk
from onestop_desktop.services import accounts
from onestop_desktop.services.accounts import SignInFailed, authenticate, create_user
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import sync_repo
from onestop_desktop.store.models import OutboxEvent
from onestop_desktop.sync import credentials
from tests.conftest import sample_request

from .conftest import focus, idle, press, type_keys

ADMIN_PASSWORD = "mat-khau-quan-tri"
TOKEN = "token-quay-1-bi-mat"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")  # never the machine's keyring


def sign_in_as(qtbot, win, username: str, password: str) -> None:
    win.require_sign_in()
    win.sign_in.usernameEdit.setFocus()
    type_keys(username)
    press(Qt.Key.Key_Return)
    type_keys(password)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.ctx.officer is not None, timeout=10_000)
    idle(qtbot, win)


def open_settings_tab(qtbot, win, index: int) -> None:
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    tabs = win.settings.settingsTabs
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    idle(qtbot, win)


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def admin(store):
    create_user(store, "quantri", "Trần Văn Quản", ADMIN_PASSWORD, role="admin")
    create_user(store, "lan", "Nguyễn Thị Lan", ADMIN_PASSWORD)
    return "quantri"


def test_an_admin_connects_the_desk_to_the_server(qtbot, window, store, admin):
    win, page = window, window.settings
    sign_in_as(qtbot, win, admin, ADMIN_PASSWORD)
    open_settings_tab(qtbot, win, 1)
    assert page.deviceTokenEdit.echoMode() == QLineEdit.EchoMode.Password
    click(page.serverUrlEdit)
    type_keys("http://127.0.0.1:9")
    assert page.serverUrlWarning.isVisible()  # plain http: said before saving
    assert "không mã hóa" in page.serverUrlWarning.text()
    press(Qt.Key.Key_Return)
    assert focus() is page.deviceTokenEdit
    type_keys(TOKEN)
    with qtbot.waitSignal(win.sync_requested, timeout=10_000):  # a run starts on saving
        press(Qt.Key.Key_Return)
    idle(qtbot, win)
    with store.read() as session:
        assert sync_repo.get_server_url(session) == "http://127.0.0.1:9"
    assert credentials.load_token(store.path.parent) == TOKEN
    assert page.deviceTokenEdit.text() == ""  # never shown back
    assert page.deviceTokenEdit.placeholderText().startswith("Đã lưu")
    assert "Đã lưu máy chủ" in page.serverMessage.text()
    assert "không mã hóa" in page.serverMessage.text()
    shown = [w.text() for w in page.findChildren(QLineEdit)]
    shown += [label.text() for label in (page.serverMessage, page.serverUrlWarning,
                                         win.status.syncLabel, page.syncStateLabel)]
    assert not any(TOKEN in text for text in shown)


def test_a_bad_server_address_is_said_next_to_the_field(qtbot, window, store, admin):
    win, page = window, window.settings
    sign_in_as(qtbot, win, admin, ADMIN_PASSWORD)
    open_settings_tab(qtbot, win, 1)
    click(page.serverUrlEdit)
    type_keys("motcua.example")
    click(page.saveServerButton)
    qtbot.waitUntil(lambda: "https://" in page.serverMessage.text(), timeout=10_000)
    assert "Chưa nhập mã thiết bị" in page.serverMessage.text()
    assert page.serverUrlEdit.property("invalid") is True
    with store.read() as session:
        assert sync_repo.get_server_url(session) == ""


def test_an_officer_sees_the_admin_sections_read_only(qtbot, window, store, admin):
    win, page = window, window.settings
    with store.transaction() as session:
        sync_repo.set_server_url(session, "https://motcua.example.gov.vn")
    sign_in_as(qtbot, win, "lan", ADMIN_PASSWORD)
    open_settings_tab(qtbot, win, 1)
    qtbot.waitUntil(lambda: page.serverUrlEdit.text() == "https://motcua.example.gov.vn",
                    timeout=10_000)
    assert page.adminNoteLabel.isVisible()
    assert page.serverUrlEdit.isReadOnly() and not page.deviceTokenEdit.isEnabled()
    assert not page.saveServerButton.isVisible()
    open_settings_tab(qtbot, win, 2)
    qtbot.waitUntil(lambda: page.accountsTable.rowCount() == 2, timeout=10_000)
    assert not page.addAccountBox.isVisible() and not page.selectedAccountBox.isVisible()
    open_settings_tab(qtbot, win, 3)
    assert not page.loadCatalogueButton.isVisible()
    # Signing out forgets what the page showed.
    win.require_sign_in()
    assert page.serverUrlEdit.text() == "" and page.accountsTable.rowCount() == 0


def test_an_admin_manages_the_accounts(qtbot, window, store, admin):
    win, page = window, window.settings
    sign_in_as(qtbot, win, admin, ADMIN_PASSWORD)
    open_settings_tab(qtbot, win, 2)
    table = page.accountsTable
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=10_000)

    # Add: typed, Enter between the fields, Enter on the last one adds.
    click(page.newUsernameEdit)
    for text in ("hung", "Lê Văn Hùng", "mat-khau-hung-1"):
        type_keys(text)
        press(Qt.Key.Key_Return)
    type_keys("mat-khau-hung-2")
    press(Qt.Key.Key_Return)
    assert page.accountsMessage.text() == "Hai lần nhập mật khẩu không khớp."
    assert not accounts.list_accounts(store)[0].username == "hung"
    page.newPasswordAgainEdit.clear()
    click(page.newPasswordAgainEdit)
    type_keys("mat-khau-hung-1")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=10_000)
    assert page.accountsMessage.text() == "Đã thêm tài khoản hung (Cán bộ tiếp nhận)."
    assert authenticate(store, "hung", "mat-khau-hung-1").role == "officer"

    # Disable, then enable again.
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    click_row(table, names.index("hung"))
    assert page.toggleActiveButton.text() == "Khóa tài khoản"
    click(page.toggleActiveButton)
    qtbot.waitUntil(lambda: table.item(names.index("hung"), 3).text() == "Đã khóa",
                    timeout=10_000)
    with pytest.raises(SignInFailed):
        authenticate(store, "hung", "mat-khau-hung-1")
    assert page.toggleActiveButton.text() == "Mở khóa tài khoản"  # the row stays selected

    # Reset the password of the selected account.
    click(page.resetPasswordEdit)
    type_keys("mat-khau-moi-99")
    press(Qt.Key.Key_Return)
    type_keys("mat-khau-moi-99")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Đã đặt mật khẩu mới cho hung" in page.accountsMessage.text(),
                    timeout=10_000)
    click(page.toggleActiveButton)
    qtbot.waitUntil(lambda: table.item(names.index("hung"), 3).text() == "Đang dùng",
                    timeout=10_000)
    assert authenticate(store, "hung", "mat-khau-moi-99").username == "hung"

    # The last active admin: refused, said next to the table.
    click_row(table, names.index("quantri"))
    click(page.toggleActiveButton)
    qtbot.waitUntil(lambda: "quản trị viên cuối cùng" in page.accountsMessage.text(),
                    timeout=10_000)
    assert authenticate(store, "quantri", ADMIN_PASSWORD).role == "admin"
    assert not page.newUsernameEdit.property("invalid")  # not about the new account's name


def _choose_file_in_dialog(path: str) -> None:
    """What a person does in the open-file dialog: type the path, Enter."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setFocus()
        name.setText(path)
        QTest.keyClick(name, Qt.Key.Key_Return)
    QTimer.singleShot(100, answer)


def test_an_admin_loads_a_catalogue(qtbot, window, store, admin, tmp_path):
    win, page = window, window.settings
    sign_in_as(qtbot, win, admin, ADMIN_PASSWORD)
    open_settings_tab(qtbot, win, 3)
    qtbot.waitUntil(lambda: "50 thủ tục" in page.catalogueInfoLabel.text(), timeout=10_000)
    bad = tmp_path / "hong.json"
    bad.write_text(json.dumps({"procedures": [{"code": "bad", "name": "x"}]}), "utf-8")
    _choose_file_in_dialog(str(bad))
    click(page.loadCatalogueButton)
    qtbot.waitUntil(lambda: "danh mục giữ nguyên" in page.catalogueMessage.text(),
                    timeout=10_000)
    assert "procedures[0]" in page.catalogueMessage.text()
    idle(qtbot, win)
    assert "50 thủ tục" in page.catalogueInfoLabel.text()  # nothing changed

    good = tmp_path / "danh-muc.json"
    good.write_text(json.dumps({"version": "2026.12", "procedures": [{
        "code": "1.000001", "name": "Thủ tục thử", "time_limit": {"value": 2, "unit": "day"},
        "documents": [{"name": "Đơn", "original": 1}]}]}, ensure_ascii=False), "utf-8")
    _choose_file_in_dialog(str(good))
    click(page.loadCatalogueButton)
    qtbot.waitUntil(lambda: page.catalogueMessage.text() == "Đã nạp 1 thủ tục từ danh-muc.json.",
                    timeout=10_000)
    qtbot.waitUntil(lambda: "1 thủ tục, phiên bản “2026.12”" in page.catalogueInfoLabel.text(),
                    timeout=10_000)


def test_the_paper_size_and_printer_are_kept_for_the_desk(qtbot, window, store, admin):
    win, page = window, window.settings
    sign_in_as(qtbot, win, "lan", ADMIN_PASSWORD)  # any officer sets the printing
    open_settings_tab(qtbot, win, 0)
    assert page.printerCombo.itemText(0) == "Máy in mặc định của hệ thống"
    assert page.paperCombo.currentData() == "A4"
    page.paperCombo.setFocus()
    press(Qt.Key.Key_Down)  # A5
    click(page.savePrintingButton)
    assert win.ctx.paper_size() == "A5" and win.ctx.printer_name() == ""
    assert win.ctx.ui_settings.value("printing/paper_size") == "A5"
    assert "A5" in page.printingMessage.text()


def test_the_sync_line_agrees_with_the_status_bar(qtbot, window, store, admin):
    """A count read asked before the bridge's report must not overwrite it, and the
    page's line is the status bar's."""
    win = window
    IntakeService(store).intake(sample_request(), "lan")  # one event to push
    sign_in_as(qtbot, win, admin, ADMIN_PASSWORD)
    assert win.status.syncLabel.text().endswith("chờ gửi: 1")
    win.ctx.jobs.changed.emit(Changes(dossiers=True))  # a count read goes out (it will say 1)...
    win.set_sync_state(True, 0, 0, "Đã gửi 1, đã nhận 0; còn chờ 0.")  # ...the run reports
    idle(qtbot, win)
    assert win.status.syncLabel.text() == (
        "Trực tuyến – Đã gửi 1, đã nhận 0; còn chờ 0. · chờ gửi: 0")
    assert win.settings.syncStateLabel.text() == win.status.syncLabel.text()
    win.ctx.jobs.changed.emit(Changes(dossiers=True))  # a read asked after the report is shown
    idle(qtbot, win)
    assert win.status.syncLabel.text().endswith("chờ gửi: 1")
    assert win.settings.syncStateLabel.text() == win.status.syncLabel.text()


def test_the_sync_panel_counts_a_failed_event_as_the_status_bar_does(qtbot, store, admin):
    pytest.importorskip("onestop_desktop.ui.sync_panel")
    from onestop_desktop.app import build_window

    IntakeService(store).intake(sample_request(), "lan")
    with store.transaction() as session:  # refused once, to be sent again
        session.execute(update(OutboxEvent).values(state="failed", attempts=1))
    win = build_window(Desk(store), sync=True, auto_sync=False)
    qtbot.addWidget(win)
    try:
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: focus() is not None)
        sign_in_as(qtbot, win, admin, ADMIN_PASSWORD)
        open_settings_tab(qtbot, win, 1)
        summary = win.settings.syncPanelHost.layout().itemAt(0).widget().summary
        qtbot.waitUntil(lambda: summary.text().startswith("Chờ gửi"), timeout=10_000)
        assert win.status.syncLabel.text().endswith("chờ gửi: 1 · lỗi: 1")
        assert win.settings.syncStateLabel.text() == win.status.syncLabel.text()
        assert summary.text().startswith("Chờ gửi: 1 · Lỗi: 1")
    finally:
        win.close()
        win.sync_bridge.shutdown(5000)


def _context(store):
    from onestop_desktop.desk import Desk
    from onestop_desktop.ui.context import DeskContext
    from onestop_desktop.ui.jobs import Jobs

    return DeskContext(desk=Desk(store), jobs=Jobs())  # the window's own printer factory


def test_a_printer_no_longer_installed_falls_back_to_the_system_default(qtbot, store):
    from onestop_desktop.ui.context import default_printer

    ctx = _context(store)
    ctx.save_printing("Máy in đã tháo", "A5")
    expected = default_printer()
    printer = ctx.printer_factory()
    if expected is None:
        assert printer is None  # no printer at all: the print flow says so
    else:
        assert printer.printerName() == expected.printerName()
    assert ctx.paper_size() == "A5"


def test_the_desk_prints_on_the_printer_chosen_in_settings(qtbot, window, store, admin):
    """Needs two printers installed (e.g. CUPS with cups-pdf): one chosen, one default."""
    from PySide6.QtPrintSupport import QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    default = QPrinterInfo.defaultPrinterName()
    others = [name for name in names if name != default]
    if not default or not others:
        pytest.skip("needs a default printer and another one installed")
    ctx = _context(store)
    assert ctx.printer_factory().printerName() == default
    ctx.save_printing(others[0], "A4")
    assert ctx.printer_factory().printerName() == others[0]

    # In the window: the list shows the installed printers; the choice is kept.
    win, page = window, window.settings
    win.ctx.printer_factory = _context(store).printer_factory  # the real one, not the PDF
    sign_in_as(qtbot, win, "lan", ADMIN_PASSWORD)
    open_settings_tab(qtbot, win, 0)
    combo = page.printerCombo
    qtbot.waitUntil(lambda: combo.count() == len(names) + 1, timeout=10_000)
    assert [combo.itemText(i) for i in range(1, combo.count())] == names
    assert combo.currentData() == others[0]  # the saved choice
    combo.setFocus()
    press(Qt.Key.Key_Home)  # the system's default
    click(page.savePrintingButton)
    assert win.ctx.printer_name() == "" and win.ctx.printer_factory().printerName() == default
