"""Đổi mật khẩu: the signed-in officer's own new password, given the current one (a
wrong one counts towards the lock-out, as at sign-in)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ..domain.errors import ValidationFailed
from ..domain.officer import Officer
from .context import DeskContext
from .forms import FormPage
from .generated.ui_password_dialog import Ui_PasswordDialogForm
from .widgets import failure_text, set_error


class _PasswordBody(FormPage, Ui_PasswordDialogForm):
    MARGINS = (16, 14, 16, 12)


class PasswordDialog(QDialog):
    """Enter moves from field to field and saves from the last one (no default button:
    a dialog would press it at the first Enter)."""

    def __init__(self, ctx: DeskContext, officer: Officer, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.officer = ctx, officer
        self.setWindowTitle(self.tr("Đổi mật khẩu"))
        self.setModal(True)
        self.body = _PasswordBody(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        body = self.body
        body.officerLabel.setText(self.tr("Tài khoản: %1 (%2)").replace(
            "%1", officer.full_name).replace("%2", officer.username))
        set_error(body.messageLabel, None, "")
        body.currentEdit.returnPressed.connect(body.newEdit.setFocus)
        body.newEdit.returnPressed.connect(body.againEdit.setFocus)
        body.againEdit.returnPressed.connect(self.save)
        body.saveButton.clicked.connect(self.save)
        body.cancelButton.clicked.connect(self.reject)
        body.currentEdit.setFocus()

    def _say(self, field, text: str) -> None:
        """The message, and only `field` marked as the one to correct."""
        body = self.body
        for edit in (body.currentEdit, body.newEdit, body.againEdit):
            set_error(body.messageLabel, edit, "")
        set_error(body.messageLabel, field, text)
        field.selectAll()
        field.setFocus()

    def save(self) -> None:
        body = self.body
        if not body.saveButton.isEnabled():
            return
        current, new = body.currentEdit.text(), body.newEdit.text()
        if new != body.againEdit.text():
            self._say(body.againEdit, self.tr("Hai lần nhập mật khẩu mới không khớp."))
            return
        accounts, username = self.ctx.desk.accounts, self.officer.username
        body.saveButton.setEnabled(False)
        self.ctx.jobs.run(lambda: accounts.change_password(username, current, new),
                          on_done=lambda _done: self.accept(), on_error=self._refused)

    def _refused(self, exc: Exception) -> None:
        body = self.body
        body.saveButton.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._say(body.newEdit, "\n".join(p.message for p in exc.problems))
        else:
            self._say(body.currentEdit, failure_text(exc))
