"""The settings page's scan inbox folder: where the centre's network scanners save their
scans ("scan to folder"). Shown to everyone; a head or an administrator changes it (the
boundary refuses anyone else). Saved when typed (Enter, or leaving the field) or chosen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton

from ..domain.officer import Officer
from ..domain.permissions import Action, may
from .context import DeskContext
from .jobs import NewestAnswer
from .widgets import failure_text


class ScanInboxSetting(QObject):
    def __init__(self, ctx: DeskContext, edit: QLineEdit, button: QPushButton,
                 tell: Callable[[str, str], None]):
        """`tell(text, kind)` says a message ("ok" or "error") where the page says them."""
        super().__init__(edit)
        self.ctx, self.edit, self.button, self.tell = ctx, edit, button, tell
        self.officer: Officer | None = None
        self._shown = ""
        self._reads = NewestAnswer()
        button.clicked.connect(self.choose)
        edit.editingFinished.connect(self.save)

    def set_officer(self, officer: Officer | None) -> None:
        self.officer = officer
        head = officer is not None and may(officer.role, Action.SETTINGS)
        self.edit.setReadOnly(not head)
        self.button.setVisible(head)
        if officer is None:
            self.edit.clear()
            self._shown = ""
        else:
            self.refresh()

    def refresh(self) -> None:
        number, files = self._reads.ask(), self.ctx.desk.files
        self.ctx.jobs.run(files.inbox_folder,
                          on_done=lambda folder: self._show(folder, number),
                          on_error=self._failed)

    def _show(self, folder: Path, number: int) -> None:
        if self._reads.take(number) and self.officer is not None:
            self._shown = str(folder)
            self.edit.setText(self._shown)

    def choose(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self.edit.window(), self.tr("Chọn thư mục quét"), self.edit.text() or str(Path.home()))
        if path:
            self.edit.setText(path)
            self.save()

    def save(self) -> None:
        officer, text = self.officer, self.edit.text().strip()
        if officer is None or self.edit.isReadOnly() or text == self._shown:
            return
        files = self.ctx.desk.files
        self.ctx.jobs.run(lambda: files.set_inbox_folder(officer, text),
                          on_done=self._saved, on_error=self._failed)

    def _saved(self, folder: Path) -> None:
        self._shown = str(folder)
        self.edit.setText(self._shown)
        self.tell(self.tr("Đã lưu thư mục quét."), "ok")

    def _failed(self, exc: Exception) -> None:
        self.tell(failure_text(exc), "error")
