"""The store's care while the window runs: the integrity check once the desk is open,
then the day's backup, and the backup again each hour (a desk left running overnight
makes the next day's). All of it off the GUI thread, on a worker of its own so the
officer's work never waits behind a backup; the outcome goes to the status bar, a
failed check to a message that names the latest backup and the way back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from .jobs import Jobs

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000
MESSAGE_MS = 15_000


class StoreCare(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.jobs = Jobs(self, max_threads=1)
        self.damaged = False  # the check failed: no backup of a damaged store
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.backup_if_due)
        # What the last check or backup said, at the status bar's end (hidden when silent).
        self.label = QLabel(window)
        self.label.setObjectName("storeCareLabel")
        self.label.setContentsMargins(0, 0, 8, 0)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self._hide = QTimer(self, singleShot=True)
        self._hide.timeout.connect(self.label.hide)
        window.closing.connect(self._stop)

    def start(self) -> None:
        self.ctx.when_ready(self.check)

    def check(self) -> None:
        self.jobs.run(self.ctx.desk.backups.check_integrity, on_done=self._checked,
                      on_error=self._check_failed)

    def _checked(self, report) -> None:
        log.info("integrity check: %s in %.1f s", "ok" if report.ok else "FAILED",
                 report.seconds)
        if report.ok:
            self.backup_if_due()
            self.timer.start()
            return
        self.damaged = True
        data_dir = self.ctx.desk.data_dir
        self._say(self.tr("Dữ liệu hỏng, không ghi"), 0, warn=True,
                  tip=report.headline(data_dir))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Dữ liệu của quầy bị hỏng"),
                          report.headline(data_dir), QMessageBox.StandardButton.Ok,
                          self.window)
        box.setInformativeText(report.way_back())
        # Wide enough for a backup's path and the command on one line each.
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                          "{ min-width: 640px; }")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy
        box.exec()

    def _check_failed(self, exc: Exception) -> None:
        log.error("the integrity check could not run: %s",
                  getattr(exc, "__traceback_text__", repr(exc)))

    def backup_if_due(self) -> None:
        if self.damaged or self.jobs.busy:
            return
        self.jobs.run(self.ctx.desk.backups.daily, on_done=self._backed_up,
                      on_error=self._backup_failed)

    def _backed_up(self, result) -> None:
        if result.path is not None:
            self._say(self.tr("Đã sao lưu hôm nay"), MESSAGE_MS,
                      tip=str(result.path))

    def _backup_failed(self, exc: Exception) -> None:
        log.error("daily backup failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
        self._say(self.tr("Chưa sao lưu được"), 0, warn=True,
                  tip=self.tr("%1 (thử lại sau một giờ; chi tiết trong nhật ký).").replace(
                      "%1", str(exc)))

    def _say(self, text: str, timeout_ms: int, *, warn: bool = False, tip: str = "") -> None:
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setProperty("kind", "warn" if warn else "ok")
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.label.show()
        if timeout_ms:
            self._hide.start(timeout_ms)
        else:
            self._hide.stop()

    def _stop(self) -> None:
        self.timer.stop()
        self.jobs.shutdown(5000)
