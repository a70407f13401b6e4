"""The status bar: officer, desk, sync state (online/offline, pending count) and the clock."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..domain.calendar import LOCAL_TZ
from ..domain.versions import UpdateNotice
from .context import DeskContext
from .forms import FormPage
from .generated.ui_status_bar import Ui_StatusBarForm


class DeskStatusBar(FormPage, Ui_StatusBarForm):
    MARGINS = (4, 0, 8, 0)
    sync_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.syncNowButton.clicked.connect(self.sync_requested)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self.tick)
        self._clock.start()
        self.tick()

    def tick(self) -> None:
        self.clockLabel.setText(self.ctx.clock().astimezone(LOCAL_TZ).strftime("%H:%M  %d/%m/%Y"))

    def set_officer(self, text: str) -> None:
        self.officerLabel.setText(text)

    def set_desk(self, text: str) -> None:
        self.deskLabel.setText(text)

    def set_update_notice(self, notice: UpdateNotice | None) -> None:
        """A newer desk release announced by the centre; hidden when there is none."""
        self.updateLabel.setText(notice.short if notice else "")
        self.updateLabel.setToolTip(notice.full if notice else "")
        self.updateLabel.setVisible(notice is not None)

    def set_sync_state(self, online: bool, pending: int, failed: int, message: str) -> None:
        state = self.tr("Trực tuyến") if online else self.tr("Ngoại tuyến")
        if message:
            state += f" – {message}"
        parts = [state, self.tr("chờ gửi: %1").replace("%1", str(pending))]
        if failed:
            parts.append(self.tr("lỗi: %1").replace("%1", str(failed)))
        text = " · ".join(parts)
        self.syncLabel.setText(text)
        self.syncLabel.setProperty("kind", "ok" if online and not failed else "warn")
        self.syncLabel.style().unpolish(self.syncLabel)
        self.syncLabel.style().polish(self.syncLabel)
