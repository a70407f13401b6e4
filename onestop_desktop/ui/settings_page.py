"""Cài đặt, in four tabs: the desk (its daily backups' folder), its scanner, printer and
idle lock; the central server (its CA bundle) and the sync panel; the officer accounts;
the procedure catalogue.

Anyone signed in sets the scanner and the printer (this desk's ui settings). A centre's
head or an admin sets the idle lock; only an admin changes the backup folder, the
server, the accounts and the catalogue: others see them read-only, and the boundary
refuses them anyway (PermissionRefused, domain/permissions.py). The device token is
never shown, only its last four characters. Every read and write of the store, and the
token, runs through the job helper.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from ..desk import Changes
from ..domain.calendar import LOCAL_TZ
from ..domain.config import DeskConfig
from ..domain.errors import OfficerError, ValidationFailed
from ..domain.officer import ROLES, Officer
from ..domain.permissions import Action, may
from ..domain.scanner import ScannerSettings
from ..services.accounts import Account
from ..services.first_run import insecure_url_warning
from ..services.sync_settings import ServerSettings
from .context import PAPER_SIZES, DeskContext
from .forms import FormPage
from .generated.ui_settings_page import Ui_SettingsForm
from .jobs import NewestAnswer
from .scan_inbox_setting import ScanInboxSetting
from .widgets import failure_text, scroll_tabs

log = logging.getLogger(__name__)

# What a widget's "role" property makes of a message (resources/style/desk.qss).
ERROR, OK, WARN = "error", "ok", "warn"


def say(label: QLabel, text: str, kind: str = OK) -> None:
    """A message next to the fields it is about."""
    label.setProperty("role", kind)
    label.setText(text)
    label.setVisible(bool(text))
    label.style().unpolish(label)
    label.style().polish(label)


def mark(field: QWidget, invalid: bool) -> None:
    field.setProperty("invalid", invalid)
    field.style().unpolish(field)
    field.style().polish(field)


class SettingsPage(FormPage, Ui_SettingsForm):
    scanner_changed = Signal(object)  # ScannerSettings
    server_saved = Signal()  # the main window starts a sync run on it

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.officer: Officer | None = None
        self._accounts: list[Account] = []
        self._reads = {name: NewestAnswer()
                       for name in ("server", "accounts", "catalogue", "idle", "backup",
                                    "notices")}
        self._backup_dir_shown = ""
        scroll_tabs(self.settingsTabs)
        current = ctx.scanner_settings()
        self.prefixEdit.setText(current.prefix)
        self.suffixEdit.setText(current.suffix)
        self.gapSpin.setValue(int(current.max_gap_ms))
        self.saveScannerButton.clicked.connect(self.save_scanner)
        self._setup_printing()
        self._setup_server()
        self._setup_accounts()
        self.loadCatalogueButton.clicked.connect(self.choose_catalogue)
        self.saveIdleLockButton.clicked.connect(self.save_idle_lock)
        self.saveNoticesButton.clicked.connect(self.save_notices)
        self.backupDirButton.clicked.connect(self.choose_backup_dir)
        self.backupDirEdit.editingFinished.connect(self.save_backup_dir)
        # Its messages share the printing box's line, as the backup folder's do.
        self.scan_inbox = ScanInboxSetting(
            ctx, self.scanInboxEdit, self.scanInboxButton,
            lambda text, kind: say(self.printingMessage, text, kind))
        for label in (self.printingMessage, self.serverUrlWarning, self.serverMessage,
                      self.accountsMessage, self.catalogueMessage, self.idleLockMessage,
                      self.noticesMessage):
            say(label, "")
        ctx.jobs.changed.connect(self._on_changed)
        self.set_officer(None)

    # ---- who is signed in -----------------------------------------------------------
    def set_officer(self, officer: Officer | None) -> None:
        """Admins manage the server, accounts and catalogue, a head or an admin the idle
        lock; others only see them. Signing out (None) forgets what was typed and shown."""
        self.officer = officer
        self.scan_inbox.set_officer(officer)
        admin = officer is not None and may(officer.role, Action.ACCOUNTS)
        head = officer is not None and may(officer.role, Action.SETTINGS)
        self.adminNoteLabel.setVisible(officer is not None and not admin)
        if officer is not None and not admin:
            self.adminNoteLabel.setText(self.tr(
                "Bạn đăng nhập với vai trò %1: máy chủ, tài khoản và danh mục thủ tục chỉ "
                "quản trị viên thay đổi được.").replace("%1", self._role_text(officer.role)
                                                        .lower()))
        self.idleLockSpin.setEnabled(head)
        self.saveIdleLockButton.setVisible(head)
        self.noticesEdit.setReadOnly(not head)
        self.saveNoticesButton.setVisible(head)
        self.serverUrlEdit.setReadOnly(not admin)
        self.caBundleEdit.setReadOnly(not admin)
        self.chooseCaBundleButton.setVisible(admin)
        self.backupDirEdit.setReadOnly(not admin)
        self.backupDirButton.setVisible(admin)
        self.serverUrlEdit.setPlaceholderText("https://motcua.example.gov.vn" if admin
                                              else self.tr("Chưa cấu hình"))
        self.deviceTokenEdit.setEnabled(admin)
        self.saveServerButton.setVisible(admin)
        self.selectedAccountBox.setVisible(admin)
        self.addAccountBox.setVisible(admin)
        self.loadCatalogueButton.setVisible(admin)
        for edit in (self.deviceTokenEdit, self.resetPasswordEdit, self.resetPasswordAgainEdit,
                     self.newUsernameEdit, self.newFullNameEdit, self.newPasswordEdit,
                     self.newPasswordAgainEdit):
            edit.clear()
        for label in (self.serverMessage, self.accountsMessage, self.catalogueMessage,
                      self.idleLockMessage, self.noticesMessage):
            say(label, "")
        if officer is None:
            self.noticesEdit.clear()
            self.serverUrlEdit.clear()
            self.caBundleEdit.clear()
            self.backupDirEdit.clear()
            self._show_accounts([])
            self.catalogueInfoLabel.clear()
            return
        self.refresh()
        self._load_printers()

    def refresh(self) -> None:
        """Re-read the server settings, the accounts and the catalogue off the GUI thread."""
        for what in ("server", "accounts", "catalogue", "idle", "backup", "notices"):
            self._read(what)

    def _on_changed(self, changes: Changes) -> None:
        if self.officer is None:
            return
        for what, changed in (("server", changes.settings), ("accounts", changes.accounts),
                              ("catalogue", changes.catalogue), ("idle", changes.settings),
                              ("backup", changes.settings), ("notices", changes.settings)):
            if changed:
                self._read(what)
        if changes.settings:
            self.scan_inbox.refresh()

    def _read(self, what: str) -> None:
        desk, number = self.ctx.desk, self._reads[what].ask()
        work = {"server": desk.setup.server, "accounts": desk.accounts.list,
                "catalogue": desk.setup.catalogue_info,
                "idle": desk.setup.idle_lock_seconds, "backup": desk.backups.folder,
                "notices": desk.setup.citizen_notices}[what]
        show = {"server": self._show_server, "accounts": self._show_accounts,
                "catalogue": self._show_catalogue, "idle": self._show_idle_lock,
                "backup": self._show_backup_dir, "notices": self._show_notices}[what]

        def done(result) -> None:
            if self._reads[what].take(number) and self.officer is not None:
                show(result)

        self.ctx.jobs.run(work, on_done=done,
                          on_error=lambda exc: self._unexpected(
                              self._message_label(what), self.tr("Không đọc được cài đặt"), exc))

    def _message_label(self, what: str) -> QLabel:
        return {"server": self.serverMessage, "accounts": self.accountsMessage,
                "catalogue": self.catalogueMessage, "idle": self.idleLockMessage,
                "backup": self.printingMessage, "notices": self.noticesMessage}[what]

    def _unexpected(self, label: QLabel, what: str, exc: Exception) -> None:
        say(label, f"{what}: {failure_text(exc)}", ERROR)

    def _refused(self, label: QLabel, what: str, exc: Exception,
                 fields: dict[str, QWidget] | None = None) -> None:
        """A refusal the officer can act on (bad input, not an admin), or an unexpected
        error, which is also logged with its traceback."""
        fields = fields or {}
        if isinstance(exc, ValidationFailed):
            for name, field in fields.items():
                mark(field, any(p.field == name for p in exc.problems))
            say(label, "\n".join(p.message for p in exc.problems), ERROR)
        elif isinstance(exc, OfficerError):
            say(label, str(exc), ERROR)
        else:
            self._unexpected(label, what, exc)

    # ---- the desk and its scanner ----------------------------------------------------
    def show_desk(self, config: DeskConfig | None) -> None:
        if config is None:
            self.deskInfoLabel.setText(self.tr("Quầy chưa được thiết lập."))
            return
        self.deskInfoLabel.setText(self.tr("%1 (mã %2) — quầy số %3").replace(
            "%1", config.agency_name).replace("%2", config.agency_code)
            .replace("%3", str(config.desk)))

    # ---- the daily backups' folder (a network share, say) ---------------------------------
    def _show_backup_dir(self, folder: Path) -> None:
        self._backup_dir_shown = str(folder)
        self.backupDirEdit.setText(str(folder))
        mark(self.backupDirEdit, False)

    def choose_backup_dir(self) -> None:
        if self._admin() is None:
            return
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục sao lưu hằng ngày"),
            self.backupDirEdit.text() or str(Path.home()))
        if path:
            self.backupDirEdit.setText(path)
            self.save_backup_dir()

    def save_backup_dir(self) -> None:
        """Saved when typed (Enter, or leaving the field) or chosen; empty: the data
        directory's own `backups` folder."""
        admin, text = self._admin(), self.backupDirEdit.text().strip()
        if admin is None or text == self._backup_dir_shown:
            return
        backups = self.ctx.desk.backups
        self.ctx.jobs.run(lambda: backups.set_folder(admin, text),
                          on_done=lambda _folder: say(self.printingMessage, self.tr(
                              "Đã lưu thư mục sao lưu.")),
                          on_error=lambda exc: self._refused(
                              self.printingMessage, self.tr("Không lưu được thư mục sao lưu"),
                              exc, {"": self.backupDirEdit}))

    def save_scanner(self) -> None:
        settings = ScannerSettings(max_gap_ms=float(self.gapSpin.value()),
                                   prefix=self.prefixEdit.text(), suffix=self.suffixEdit.text())
        self.ctx.save_scanner_settings(settings)
        self.scanner_changed.emit(settings)

    # ---- the idle lock ---------------------------------------------------------------------
    def _show_idle_lock(self, seconds: int) -> None:
        if not self.idleLockSpin.hasFocus():  # never under the head's typing
            self.idleLockSpin.setValue(max(1, round(seconds / 60)))

    def save_idle_lock(self) -> None:
        """The minutes without input before the window locks (a head or an admin: the
        boundary refuses anyone else, and the refusal is said here)."""
        officer, setup = self.officer, self.ctx.desk.setup
        if officer is None:
            return
        seconds = self.idleLockSpin.value() * 60
        self.saveIdleLockButton.setEnabled(False)
        self.ctx.jobs.run(lambda: setup.set_idle_lock(officer, seconds),
                          on_done=self._idle_lock_saved, on_error=self._idle_lock_failed)

    def _idle_lock_saved(self, seconds: int) -> None:
        self.saveIdleLockButton.setEnabled(True)
        say(self.idleLockMessage, self.tr("Đã lưu: cửa sổ tự khóa sau %1 phút không thao tác.")
            .replace("%1", str(max(1, round(seconds / 60)))))

    def _idle_lock_failed(self, exc: Exception) -> None:
        self.saveIdleLockButton.setEnabled(True)
        self._refused(self.idleLockMessage, self.tr("Không lưu được thời gian khóa"), exc,
                      {"idle_lock": self.idleLockSpin})

    # ---- the citizen's screen's notices ----------------------------------------------------
    def _show_notices(self, notices: tuple[str, ...]) -> None:
        if not self.noticesEdit.hasFocus():  # never under the head's typing
            self.noticesEdit.setPlainText("\n".join(notices))

    def save_notices(self) -> None:
        """One notice a line (a head or an admin: the boundary refuses anyone else)."""
        officer, setup = self.officer, self.ctx.desk.setup
        if officer is None:
            return
        notices = self.noticesEdit.toPlainText().splitlines()
        self.saveNoticesButton.setEnabled(False)
        self.ctx.jobs.run(lambda: setup.set_citizen_notices(officer, notices),
                          on_done=self._notices_saved, on_error=self._notices_failed)

    def _notices_saved(self, notices: tuple[str, ...]) -> None:
        self.saveNoticesButton.setEnabled(True)
        say(self.noticesMessage, self.tr("Đã lưu %1 thông báo.").replace("%1", str(len(notices))))

    def _notices_failed(self, exc: Exception) -> None:
        self.saveNoticesButton.setEnabled(True)
        self._refused(self.noticesMessage, self.tr("Không lưu được thông báo"), exc,
                      {"citizen_notices": self.noticesEdit})

    # ---- printing ----------------------------------------------------------------------
    def _setup_printing(self) -> None:
        labels = {"A4": self.tr("A4"), "A5": self.tr("A5"), "80mm": self.tr("Giấy cuộn 80 mm")}
        for size in PAPER_SIZES:
            self.paperCombo.addItem(labels[size], size)
        self.paperCombo.setCurrentIndex(PAPER_SIZES.index(self.ctx.paper_size()))
        self._fill_printers([])
        self.savePrintingButton.clicked.connect(self.save_printing)

    def _load_printers(self) -> None:
        # Asking the print system (CUPS, the Windows spooler) can take a while.
        self.ctx.jobs.run(QPrinterInfo.availablePrinterNames, on_done=self._fill_printers,
                          on_error=lambda exc: self._unexpected(
                              self.printingMessage, self.tr("Không đọc được danh sách máy in"),
                              exc))

    def _fill_printers(self, names: list[str]) -> None:
        chosen = self.ctx.printer_name()
        self.printerCombo.clear()
        self.printerCombo.addItem(self.tr("Máy in mặc định của hệ thống"), "")
        for name in names:
            self.printerCombo.addItem(name, name)
        if chosen and chosen not in names:  # unplugged, or not read yet: keep the choice
            self.printerCombo.addItem(self.tr("%1 (không thấy máy in này)").replace(
                "%1", chosen), chosen)
        self.printerCombo.setCurrentIndex(max(0, self.printerCombo.findData(chosen)))

    def save_printing(self) -> None:
        printer = str(self.printerCombo.currentData() or "")
        paper = str(self.paperCombo.currentData() or "A4")
        self.ctx.save_printing(printer, paper)
        say(self.printingMessage, self.tr("Đã lưu: in ra %1, khổ %2.").replace(
            "%1", self.printerCombo.currentText()).replace("%2", self.paperCombo.currentText()))

    # ---- the central server --------------------------------------------------------------
    def _setup_server(self) -> None:
        self.serverUrlEdit.textChanged.connect(self._url_edited)
        self.serverUrlEdit.returnPressed.connect(self.deviceTokenEdit.setFocus)
        self.deviceTokenEdit.returnPressed.connect(self.save_server)
        self.caBundleEdit.returnPressed.connect(self.save_server)
        self.chooseCaBundleButton.clicked.connect(self.choose_ca_bundle)
        self.saveServerButton.clicked.connect(self.save_server)

    def _url_edited(self, text: str) -> None:
        warning = insecure_url_warning(text.strip())
        say(self.serverUrlWarning, warning, WARN)

    def _show_server(self, settings: ServerSettings) -> None:
        if not self.serverUrlEdit.hasFocus():  # never under the admin's typing
            self.serverUrlEdit.setText(settings.url)
        if not self.caBundleEdit.hasFocus():
            self.caBundleEdit.setText(settings.ca_bundle)
        # Never the token itself: its last four characters tell two tokens apart.
        saved = self.tr("Đã lưu %1").replace("%1", settings.token_hint)
        if self.officer is None or not may(self.officer.role, Action.DEVICES):
            hint = saved if settings.token_set else self.tr("Chưa có")
        elif settings.token_set:
            hint = self.tr("%1 — để trống nếu giữ nguyên").replace("%1", saved)
        else:
            hint = self.tr("Chưa có — nhập mã thiết bị được cấp cho quầy này")
        self.deviceTokenEdit.setPlaceholderText(hint)

    def save_server(self) -> None:
        if self.officer is None:
            return  # an officer's save is refused by the service itself
        officer, setup = self.officer, self.ctx.desk.setup
        url, token = self.serverUrlEdit.text(), self.deviceTokenEdit.text()
        ca_bundle = self.caBundleEdit.text().strip()
        self.saveServerButton.setEnabled(False)
        say(self.serverMessage, self.tr("Đang lưu…"), OK)
        self.ctx.jobs.run(lambda: setup.save_server(officer, url, token, ca_bundle=ca_bundle),
                          on_done=self._server_saved, on_error=self._server_failed)

    def _server_saved(self, warning: str) -> None:
        self.saveServerButton.setEnabled(True)
        self.deviceTokenEdit.clear()
        for field in (self.serverUrlEdit, self.deviceTokenEdit, self.caBundleEdit):
            mark(field, False)
        text = self.tr("Đã lưu máy chủ; đang đồng bộ thử (xem dòng trạng thái bên dưới).")
        say(self.serverMessage, f"{text}\n{warning}" if warning else text,
            WARN if warning else OK)
        self.server_saved.emit()

    def _server_failed(self, exc: Exception) -> None:
        self.saveServerButton.setEnabled(True)
        self._refused(self.serverMessage, self.tr("Không lưu được máy chủ"), exc,
                      {"server_url": self.serverUrlEdit, "device_token": self.deviceTokenEdit,
                       "ca_bundle": self.caBundleEdit})

    def choose_ca_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp chứng chỉ CA của tỉnh"), str(Path.home()),
            self.tr("Chứng chỉ PEM (*.pem *.crt *.cer);;Mọi tệp (*)"))
        if path:
            self.caBundleEdit.setText(path)

    # ---- accounts ------------------------------------------------------------------------
    def _setup_accounts(self) -> None:
        for role in ROLES:
            self.newRoleCombo.addItem(self._role_text(role), role)
        header = self.accountsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.accountsTable.verticalHeader().setVisible(False)
        self.accountsTable.itemSelectionChanged.connect(self._selection_changed)
        self.toggleActiveButton.clicked.connect(self.toggle_active)
        self.resetPasswordEdit.returnPressed.connect(self.resetPasswordAgainEdit.setFocus)
        self.resetPasswordAgainEdit.returnPressed.connect(self.reset_password)
        self.resetPasswordButton.clicked.connect(self.reset_password)
        for edit in (self.newUsernameEdit, self.newFullNameEdit, self.newPasswordEdit):
            edit.returnPressed.connect(self.focusNextChild)
        self.newPasswordAgainEdit.returnPressed.connect(self.add_account)
        self.addAccountButton.clicked.connect(self.add_account)

    def _role_text(self, role: str) -> str:
        return {"officer": self.tr("Cán bộ tiếp nhận"), "head": self.tr("Lãnh đạo trung tâm"),
                "admin": self.tr("Quản trị viên")}.get(role, role)

    def _state_text(self, account: Account) -> str:
        if not account.active:
            return self.tr("Đã khóa")
        until = account.locked_until
        if until is not None and until > self.ctx.clock():
            return self.tr("Tạm khóa đến %1").replace(
                "%1", until.astimezone(LOCAL_TZ).strftime("%H:%M"))
        return self.tr("Đang dùng")

    def _show_accounts(self, items: list[Account]) -> None:
        selected = self.selected_account()
        self._accounts = list(items)
        table = self.accountsTable
        table.setRowCount(len(items))
        for row, account in enumerate(items):
            values = (account.username, account.full_name, self._role_text(account.role),
                      self._state_text(account))
            for column, text in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(text))
            if values[3] != self._state_text(replace(account, locked_until=None)):
                table.item(row, 3).setToolTip(self.tr(
                    "Nhập sai mật khẩu 5 lần liên tiếp. Đặt lại mật khẩu thì mở khóa ngay."))
        if selected is not None:
            names = [a.username for a in items]
            if selected.username in names:
                table.selectRow(names.index(selected.username))
        self._selection_changed()

    def selected_account(self) -> Account | None:
        rows = {index.row() for index in self.accountsTable.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._accounts[row] if row < len(self._accounts) else None

    def _selection_changed(self) -> None:
        account = self.selected_account()
        for widget in (self.toggleActiveButton, self.resetPasswordEdit,
                       self.resetPasswordAgainEdit, self.resetPasswordButton):
            widget.setEnabled(account is not None)
        if account is None:
            self.selectedAccountLabel.setText(self.tr("Chọn một tài khoản trong bảng."))
            self.toggleActiveButton.setText(self.tr("Khóa tài khoản"))
            return
        self.selectedAccountLabel.setText(f"{account.full_name} ({account.username})")
        self.toggleActiveButton.setText(self.tr("Khóa tài khoản") if account.active
                                        else self.tr("Mở khóa tài khoản"))

    def _admin(self) -> Officer | None:
        return self.officer

    def toggle_active(self) -> None:
        account, admin = self.selected_account(), self._admin()
        if account is None or admin is None:
            return
        desk_accounts, active = self.ctx.desk.accounts, not account.active
        self.toggleActiveButton.setEnabled(False)
        self.ctx.jobs.run(
            lambda: desk_accounts.set_active(admin, account.username, active),
            on_done=lambda changed: say(self.accountsMessage, (
                self.tr("Đã mở khóa tài khoản %1.") if changed.active
                else self.tr("Đã khóa tài khoản %1.")).replace("%1", changed.username)),
            on_error=self._change_failed)

    def reset_password(self) -> None:
        account, admin = self.selected_account(), self._admin()
        if account is None or admin is None:
            return
        password = self.resetPasswordEdit.text()
        if password != self.resetPasswordAgainEdit.text():
            mark(self.resetPasswordAgainEdit, True)
            say(self.accountsMessage, self.tr("Hai lần nhập mật khẩu không khớp."), ERROR)
            return
        desk_accounts = self.ctx.desk.accounts
        self.resetPasswordButton.setEnabled(False)
        self.ctx.jobs.run(lambda: desk_accounts.reset_password(admin, account.username,
                                                               password),
                          on_done=lambda _none: self._password_reset(account.username),
                          on_error=self._change_failed)

    def _password_reset(self, username: str) -> None:
        for edit in (self.resetPasswordEdit, self.resetPasswordAgainEdit):
            edit.clear()
            mark(edit, False)
        say(self.accountsMessage,
            self.tr("Đã đặt mật khẩu mới cho %1; hãy báo cho cán bộ đó.").replace("%1", username))

    def add_account(self) -> None:
        admin = self._admin()
        if admin is None:
            return
        if self.newPasswordEdit.text() != self.newPasswordAgainEdit.text():
            mark(self.newPasswordAgainEdit, True)
            say(self.accountsMessage, self.tr("Hai lần nhập mật khẩu không khớp."), ERROR)
            return
        args = (self.newUsernameEdit.text(), self.newFullNameEdit.text(),
                self.newPasswordEdit.text())
        role, desk_accounts = self.newRoleCombo.currentData(), self.ctx.desk.accounts
        self.addAccountButton.setEnabled(False)
        self.ctx.jobs.run(lambda: desk_accounts.create(admin, *args, role=role),
                          on_done=self._account_added, on_error=self._account_failed)

    def _account_added(self, officer: Officer) -> None:
        self.addAccountButton.setEnabled(True)
        for edit in (self.newUsernameEdit, self.newFullNameEdit, self.newPasswordEdit,
                     self.newPasswordAgainEdit):
            edit.clear()
            mark(edit, False)
        say(self.accountsMessage, self.tr("Đã thêm tài khoản %1 (%2).").replace(
            "%1", officer.username).replace("%2", self._role_text(officer.role)))

    def _account_failed(self, exc: Exception) -> None:
        """Adding an account was refused: the problems are the new account's fields'."""
        self.addAccountButton.setEnabled(True)
        self._refused(self.accountsMessage, self.tr("Không thêm được tài khoản"), exc,
                      {"username": self.newUsernameEdit, "full_name": self.newFullNameEdit,
                       "password": self.newPasswordEdit})

    def _change_failed(self, exc: Exception) -> None:
        """Disabling, enabling or a new password was refused for the selected account."""
        self._selection_changed()
        self._refused(self.accountsMessage, self.tr("Không thay đổi được tài khoản"), exc,
                      {"password": self.resetPasswordEdit})

    # ---- the catalogue -----------------------------------------------------------------
    def _show_catalogue(self, info: tuple[str, int]) -> None:
        version, count = info
        self.catalogueInfoLabel.setText(
            self.tr("Danh mục hiện có: %1 thủ tục, phiên bản “%2”.").replace("%1", str(count))
            .replace("%2", version or "—"))

    def choose_catalogue(self) -> None:
        if self._admin() is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp danh mục thủ tục"), str(Path.home()),
            self.tr("Danh mục thủ tục (*.json)"))
        if path:
            self.load_catalogue(Path(path))

    def load_catalogue(self, path: Path) -> None:
        admin, setup = self._admin(), self.ctx.desk.setup
        if admin is None:
            return
        self.loadCatalogueButton.setEnabled(False)
        say(self.catalogueMessage, self.tr("Đang nạp %1…").replace("%1", path.name))
        self.ctx.jobs.run(lambda: setup.load_catalogue(path, admin),
                          on_done=lambda count: self._catalogue_loaded(path, count),
                          on_error=self._catalogue_failed)

    def _catalogue_loaded(self, path: Path, count: int) -> None:
        self.loadCatalogueButton.setEnabled(True)
        say(self.catalogueMessage, self.tr("Đã nạp %1 thủ tục từ %2.").replace(
            "%1", str(count)).replace("%2", path.name))

    def _catalogue_failed(self, exc: Exception) -> None:
        self.loadCatalogueButton.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            lines = [self.tr("Tệp không dùng được; danh mục giữ nguyên:")]
            lines += [f"• {p.message}" if p.field == "file" else f"• {p.field}: {p.message}"
                      for p in exc.problems]
            say(self.catalogueMessage, "\n".join(lines), ERROR)
        else:
            self._refused(self.catalogueMessage, self.tr("Không nạp được danh mục"), exc)

    # ---- sync ----------------------------------------------------------------------------
    def show_sync_state(self, text: str) -> None:
        """The sync line, as the status bar says it (the main window passes the same text)."""
        self.syncStateLabel.setText(text)

    def set_sync_panel(self, panel: QWidget) -> None:
        """The hook for ui/sync_panel.py: the panel lives under the sync state line."""
        layout = self.syncPanelHost.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
        layout.addWidget(panel)

