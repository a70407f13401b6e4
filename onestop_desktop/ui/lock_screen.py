"""The lock screen: it covers every page once the window has been idle (no citizen's
data stays on the screen), and opens again with the same officer's password; another
officer may sign in instead, which ends the first officer's session."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..domain.officer import Officer
from .context import DeskContext
from .forms import FormPage
from .generated.ui_lock_screen import Ui_LockScreenForm
from .widgets import failure_text, set_error


class LockScreen(FormPage, Ui_LockScreenForm):
    unlocked = Signal(object)  # the same Officer
    switch_requested = Signal()  # another officer signs in

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.officer: Officer | None = None
        self.unlockButton.clicked.connect(self.unlock)
        self.passwordEdit.returnPressed.connect(self.unlock)
        self.switchButton.clicked.connect(self.switch_requested)

    def show_for(self, officer: Officer) -> None:
        self.officer = officer
        self.officerLabel.setText(f"{officer.full_name} ({officer.username})")
        self.passwordEdit.clear()
        set_error(self.unlockError, None, "")
        self.unlockButton.setEnabled(True)
        self.passwordEdit.setFocus()

    def unlock(self) -> None:
        officer, password = self.officer, self.passwordEdit.text()
        if officer is None or not self.unlockButton.isEnabled():
            return
        accounts = self.ctx.desk.accounts
        self.unlockButton.setEnabled(False)
        self.ctx.jobs.run(lambda: accounts.unlock(officer, password),
                          on_done=self._accepted, on_error=self._refused)

    def _accepted(self, officer: Officer) -> None:
        self.unlockButton.setEnabled(True)
        self.passwordEdit.clear()
        self.unlocked.emit(officer)

    def _refused(self, exc: Exception) -> None:
        self.unlockButton.setEnabled(True)
        set_error(self.unlockError, self.passwordEdit, failure_text(exc))
        self.passwordEdit.selectAll()
        self.passwordEdit.setFocus()
