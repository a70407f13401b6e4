"""Officer sign-in, and the first-run path that creates the first (admin) account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..domain.errors import ValidationFailed
from ..domain.officer import Officer
from .context import DeskContext
from .forms import FormPage
from .generated.ui_sign_in import Ui_SignInForm
from .widgets import failure_text, set_error


class SignInPage(FormPage, Ui_SignInForm):
    signed_in = Signal(object)  # Officer

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.first_run = False
        self._prepared = 0
        self.signInButton.clicked.connect(self.sign_in)
        self.passwordEdit.returnPressed.connect(self.sign_in)
        self.usernameEdit.returnPressed.connect(self.passwordEdit.setFocus)
        self.createAccountButton.clicked.connect(self.create_first_account)
        for edit in (self.newUsernameEdit, self.newFullNameEdit, self.newPasswordEdit):
            edit.returnPressed.connect(self.focusNextChild)
        self.newPasswordAgainEdit.returnPressed.connect(self.create_first_account)

    def prepare(self, agency_text: str) -> None:
        """Show sign-in at once; the first-run form instead when the desk turns out to
        have no account yet (asked off the GUI thread)."""
        self.agencyLabel.setText(agency_text)
        self._show_first_run(False)
        set_error(self.signInError, None, "")
        set_error(self.firstRunError, None, "")
        self.focus_first()
        self._prepared += 1  # only the answer to the newest prepare counts
        asked = self._prepared
        ctx = self.ctx
        # The desk is taken in the job, not here: it may still be being opened.
        self.ctx.jobs.run(lambda: ctx.desk.accounts.any(),  # noqa: PLW0108
                          on_done=lambda any_account: asked == self._prepared
                          and self._show_first_run(not any_account))

    def _show_first_run(self, first_run: bool) -> None:
        changed = first_run != self.first_run
        self.first_run = first_run
        self.signInBox.setVisible(not first_run)
        self.firstRunBox.setVisible(first_run)
        if changed and self.isVisible():
            self.focus_first()

    def focus_first(self) -> None:
        (self.newUsernameEdit if self.first_run else self.usernameEdit).setFocus()

    def sign_in(self) -> None:
        username, password = self.usernameEdit.text(), self.passwordEdit.text()
        ctx = self.ctx  # the desk is taken in the job: it may still be being opened
        self.signInButton.setEnabled(False)
        self.ctx.jobs.run(lambda: ctx.desk.accounts.sign_in(username, password),
                          on_done=self._accepted, on_error=self._sign_in_failed)

    def _sign_in_failed(self, exc: Exception) -> None:
        self.signInButton.setEnabled(True)
        set_error(self.signInError, self.passwordEdit, failure_text(exc))
        self.passwordEdit.selectAll()
        self.passwordEdit.setFocus()

    def create_first_account(self) -> None:
        if self.newPasswordEdit.text() != self.newPasswordAgainEdit.text():
            set_error(self.firstRunError, self.newPasswordAgainEdit,
                      self.tr("Hai lần nhập mật khẩu không khớp."))
            return
        args = (self.newUsernameEdit.text(), self.newFullNameEdit.text(),
                self.newPasswordEdit.text())
        ctx = self.ctx  # the desk is taken in the job: it may still be being opened
        self.createAccountButton.setEnabled(False)
        self.ctx.jobs.run(lambda: ctx.desk.accounts.create_first(*args),
                          on_done=self._accepted, on_error=self._first_run_failed)

    def _first_run_failed(self, exc: Exception) -> None:
        self.createAccountButton.setEnabled(True)
        text = "\n".join(p.message for p in exc.problems) if isinstance(
            exc, ValidationFailed) else failure_text(exc)
        set_error(self.firstRunError, None, text)

    def _accepted(self, officer: Officer) -> None:
        self.signInButton.setEnabled(True)
        self.createAccountButton.setEnabled(True)
        for edit in (self.passwordEdit, self.newPasswordEdit, self.newPasswordAgainEdit):
            edit.clear()
        self.signed_in.emit(officer)
