"""Roles, the idle lock and passwords in the window, as a person meets them: the lock
screen covers every page after the idle period (a real timeline of a few seconds, the
period set in seconds through the desk's setting) and hides every dialog; the same
officer's password opens it with the pending intake form kept; another officer signing
in ends that session. Officers change their password from the status bar's menu; what
a role may not do is hidden, and the boundary's refusal is said when it is tried."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.officer import SYSTEM
from onestop_desktop.services.accounts import authenticate, create_user

from .conftest import focus, idle, press, screens_dir, type_keys

PASSWORD = "mat-khau-quay-1"
APPLICANT = "Lê Thị Mai"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")


@pytest.fixture
def staff(store):
    create_user(store, "lan", "Nguyễn Thị Lan", PASSWORD)
    create_user(store, "binh", "Trần Văn Bình", PASSWORD)
    create_user(store, "tam", "Phạm Minh Tâm", PASSWORD, role="head")
    create_user(store, "quantri", "Trần Văn Quản", PASSWORD, role="admin")
    return store


def sign_in_as(qtbot, win, username: str, password: str = PASSWORD) -> None:
    win.sign_in.usernameEdit.setFocus()
    win.sign_in.usernameEdit.clear()
    type_keys(username)
    press(Qt.Key.Key_Return)
    type_keys(password)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.ctx.officer is not None, timeout=10_000)
    idle(qtbot, win)


def shown_text(win) -> str:
    """Every text a person could read in the window now: visible labels, fields, tables,
    and the title."""
    parts = [win.windowTitle()]
    for widget in win.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            parts += [str(model.index(r, c).data() or "")
                      for r in range(model.rowCount(root)) for c in range(columns)]
    return "\n".join(parts)


def screenshot(win, name: str, dialog: QWidget | None = None) -> None:
    """The window as a person sees it (a dialog drawn over its middle), for review."""
    folder = screens_dir("roles")
    if folder is None:
        return
    picture = win.grab()
    if dialog is not None:
        painter = QPainter(picture)
        shot = dialog.grab()
        painter.drawPixmap((picture.width() - shot.width()) // 2,
                           (picture.height() - shot.height()) // 2, shot)
        painter.end()
    picture.save(str(folder / name))


def start_an_intake(qtbot, win) -> None:
    """The officer has begun taking a dossier in: a procedure and the applicant's name."""
    from .conftest import choose_procedure

    choose_procedure(qtbot, win, "khai sinh", "1.001193")
    win.intake.nameEdit.setFocus()
    type_keys(APPLICANT)
    press(Qt.Key.Key_Tab)


def test_the_window_locks_when_idle_and_opens_for_the_same_officer(qtbot, window, staff):
    win = window
    win.ctx.desk.setup.set_idle_lock(SYSTEM, 2)
    sign_in_as(qtbot, win, "lan")
    start_an_intake(qtbot, win)
    assert APPLICANT in shown_text(win)
    # Someone at the desk keeps it open: keys every half second, longer than the period.
    for _ in range(6):
        QTest.qWait(500)
        QTest.keyClick(focus(), Qt.Key.Key_Shift)
    assert not win.locked
    # Then nobody: after two seconds the lock screen covers everything.
    qtbot.waitUntil(lambda: win.locked, timeout=5_000)
    assert win.current_page() == "lock" and win.lock_screen.isVisible()
    screenshot(win, "lock-screen.png")
    seen = shown_text(win)
    assert APPLICANT not in seen and "khai sinh" not in seen.lower()
    assert not win.intake.isVisible() and not win.nav.isEnabled()
    assert "Nguyễn Thị Lan" in win.lock_screen.officerLabel.text()
    # A wrong password is said, and counts; the right one opens it on the form kept.
    assert focus() is win.lock_screen.passwordEdit
    type_keys("sai-mat-khau")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(win.lock_screen.unlockError.isVisible, timeout=10_000)
    assert "Sai tên đăng nhập hoặc mật khẩu" in win.lock_screen.unlockError.text()
    type_keys(PASSWORD)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.locked, timeout=10_000)
    assert win.current_page() == "intake" and win.intake.nameEdit.text() == APPLICANT
    assert win.intake.procedure is not None and win.intake.procedure.code == "1.001193"
    qtbot.waitUntil(lambda: win.idle_watch.running, timeout=5_000)  # watching again


def test_another_officer_signing_in_ends_the_first_session(qtbot, window, staff):
    win = window
    win.ctx.desk.setup.set_idle_lock(SYSTEM, 1)
    sign_in_as(qtbot, win, "lan")
    start_an_intake(qtbot, win)
    qtbot.waitUntil(lambda: win.locked, timeout=5_000)
    QTest.mouseClick(win.lock_screen.switchButton, Qt.MouseButton.LeftButton)
    assert win.current_page() == "signin" and win.ctx.officer is None
    sign_in_as(qtbot, win, "binh")
    assert win.ctx.officer.username == "binh" and not win.locked
    assert win.current_page() == "intake" and win.intake.nameEdit.text() == ""
    assert APPLICANT not in shown_text(win)


def test_a_dialog_open_is_hidden_while_locked(qtbot, window, staff):
    win = window
    sign_in_as(qtbot, win, "lan")
    win.change_password()
    dialog = win.password_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    win.lock_action.trigger()  # "Khóa màn hình" from the officer's menu
    assert win.locked and not dialog.isVisible()
    win.lock_screen.passwordEdit.setFocus()
    type_keys(PASSWORD)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.locked, timeout=10_000)
    assert dialog.isVisible()
    dialog.reject()


def test_an_officer_changes_their_password_from_the_status_bar(qtbot, window, staff):
    win = window
    sign_in_as(qtbot, win, "lan")
    assert win.status.accountButton.isVisible()
    win.change_password_action.trigger()
    dialog = win.password_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    body = dialog.body
    qtbot.waitUntil(lambda: focus() is body.currentEdit, timeout=5_000)
    for text in ("sai-mat-khau", "mat-khau-moi-9", "mat-khau-moi-9"):
        type_keys(text)
        press(Qt.Key.Key_Return)
    qtbot.waitUntil(body.messageLabel.isVisible, timeout=10_000)
    assert "Sai tên đăng nhập hoặc mật khẩu" in body.messageLabel.text()
    assert focus() is body.currentEdit
    type_keys(PASSWORD)
    press(Qt.Key.Key_Return)
    type_keys("ngan")
    press(Qt.Key.Key_Return)
    type_keys("ngan-khac")
    press(Qt.Key.Key_Return)
    assert body.messageLabel.text() == "Hai lần nhập mật khẩu mới không khớp."
    screenshot(win, "password-dialog.png", dialog)
    body.newEdit.clear()
    body.againEdit.clear()
    body.newEdit.setFocus()
    type_keys("mat-khau-moi-9")
    press(Qt.Key.Key_Return)
    type_keys("mat-khau-moi-9")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press(Qt.Key.Key_Return)
    assert authenticate(staff, "lan", "mat-khau-moi-9").username == "lan"


def test_five_wrong_passwords_at_sign_in_say_when_the_account_opens(qtbot, window, staff):
    win = window
    win.require_sign_in()
    win.sign_in.usernameEdit.setFocus()
    type_keys("lan")
    press(Qt.Key.Key_Return)
    for attempt in range(5):
        type_keys(f"sai-{attempt}")
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(win.sign_in.signInButton.isEnabled, timeout=10_000)
    now = win.ctx.clock()
    text = win.sign_in.signInError.text()
    assert text.startswith("Tài khoản tạm khóa vì nhập sai mật khẩu 5 lần liên tiếp; mở lại lúc")
    opens = (now + timedelta(minutes=15)).astimezone(LOCAL_TZ)
    assert f"{opens:%H:%M}" in text or f"{opens - timedelta(minutes=1):%H:%M}" in text
    type_keys(PASSWORD)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(win.sign_in.signInButton.isEnabled, timeout=10_000)
    assert win.ctx.officer is None and "tạm khóa" in win.sign_in.signInError.text()


def test_what_a_role_may_not_do_is_hidden_and_refused(qtbot, window, staff):
    win = window
    sign_in_as(qtbot, win, "lan")
    win.finish_loading()
    reports, settings = win.reports, win.settings
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "reports"
    assert not reports.periodBox.isVisible() and reports.feeBox.isVisible()
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert not settings.saveIdleLockButton.isVisible()
    assert not settings.idleLockSpin.isEnabled()
    assert "vai trò cán bộ tiếp nhận" in settings.adminNoteLabel.text()
    # Tried anyway (the button hidden, the page's action called): the boundary refuses,
    # and the refusal is said where the setting is.
    settings.save_idle_lock()
    qtbot.waitUntil(settings.idleLockMessage.isVisible, timeout=10_000)
    assert settings.idleLockMessage.text() == (
        "Vai trò cán bộ tiếp nhận không được thay đổi cài đặt của quầy; việc này dành cho "
        "lãnh đạo trung tâm hoặc quản trị viên.")
    screenshot(win, "refused-officer.png")
    assert win.ctx.desk.setup.idle_lock_seconds() == 600

    # The centre's head: the ledger, and the idle lock set in minutes.
    win.sign_out_action.trigger()
    sign_in_as(qtbot, win, "tam")
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert reports.periodBox.isVisible()
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert settings.saveIdleLockButton.isVisible() and not settings.adminNoteLabel.text() == ""
    settings.idleLockSpin.setFocus()
    settings.idleLockSpin.selectAll()
    type_keys("5")
    QTest.mouseClick(settings.saveIdleLockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(settings.idleLockMessage.isVisible, timeout=10_000)
    assert "5 phút" in settings.idleLockMessage.text()
    assert win.ctx.desk.setup.idle_lock_seconds() == 300
    qtbot.waitUntil(lambda: win.idle_watch.seconds == 300, timeout=5_000)


def test_the_admin_s_accounts_tab_shows_roles_and_lock_outs(qtbot, window, staff):
    win = window
    for attempt in range(5):  # binh is locked out
        with pytest.raises(Exception):  # noqa: B017 - SignInFailed, then AccountLocked
            win.ctx.desk.accounts.sign_in("binh", f"sai-{attempt}")
    sign_in_as(qtbot, win, "quantri")
    win.finish_loading()
    page = win.settings
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    bar = page.settingsTabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    idle(qtbot, win)
    table = page.accountsTable
    qtbot.waitUntil(lambda: table.rowCount() == 4, timeout=10_000)
    rows = {table.item(r, 0).text(): (table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}
    assert rows["tam"] == ("Lãnh đạo trung tâm", "Đang dùng")
    assert rows["quantri"][0] == "Quản trị viên"
    assert rows["binh"][1].startswith("Tạm khóa đến ")
    assert [page.newRoleCombo.itemData(i) for i in range(page.newRoleCombo.count())] == [
        "officer", "head", "admin"]
    screenshot(win, "settings-accounts.png")
    # The reset lifts the lock-out.
    row = [table.item(r, 0).text() for r in range(table.rowCount())].index("binh")
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page.resetPasswordEdit.setFocus()
    type_keys("mat-khau-binh-2")
    press(Qt.Key.Key_Return)
    type_keys("mat-khau-binh-2")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Đã đặt mật khẩu mới" in page.accountsMessage.text(),
                    timeout=10_000)
    qtbot.waitUntil(lambda: table.item(row, 3).text() == "Đang dùng", timeout=10_000)
    assert authenticate(staff, "binh", "mat-khau-binh-2").username == "binh"


def test_the_device_token_is_never_on_the_screen(qtbot, window, staff, tmp_path):
    from onestop_desktop.sync import credentials

    token = "tok-bi-mat-cua-quay-1-abcd"
    credentials.save_token(staff.path.parent, token)
    win = window
    sign_in_as(qtbot, win, "quantri")
    win.finish_loading()
    page = win.settings
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    bar = page.settingsTabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    idle(qtbot, win)
    qtbot.waitUntil(lambda: "••••abcd" in page.deviceTokenEdit.placeholderText(),
                    timeout=10_000)
    every_text = shown_text(win) + "".join(
        w.placeholderText() + w.toolTip() for w in win.findChildren(QLineEdit))
    assert token not in every_text and token[:-4] not in every_text
    # The province's CA bundle: a file that cannot be read is said next to the field.
    page.caBundleEdit.setFocus()
    type_keys(str(tmp_path / "khong-co.pem"))
    page.serverUrlEdit.setText("https://motcua.example.gov.vn")
    QTest.mouseClick(page.saveServerButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Không dùng được tệp chứng chỉ CA" in page.serverMessage.text(),
                    timeout=10_000)
    assert page.caBundleEdit.property("invalid") is True
    screenshot(win, "settings-server.png")
    assert win.ctx.desk.setup.server().ca_bundle == ""
    QApplication.processEvents()
