"""SyncPanel: what has not reached the centre yet, and why; retry and sync buttons.

Public API (for the main window):
    panel = SyncPanel(desk, bridge, jobs=ctx.jobs)  # bridge: a SyncBridge, or None
    panel.refresh()                      # re-read the store in the background
Widgets, by object name: "syncProblems" (QTableWidget, one row per unsent or
refused event and per unresolved conflict from the centre), "syncRetry"
("Thử lại": the selected rows, or every failed/conflicting one when none is
selected), "syncDismiss" ("Bỏ qua": marks a conflict from the centre as seen),
"syncNow" ("Đồng bộ ngay"), "syncSummary" (a line of counts).

Every read and write of the outbox runs through the job helper (ui/jobs.py), off
the GUI thread; the view refreshes on the helper's `changed` ("sync", "dossiers").
With a shared `jobs`, whoever owns the bridge relays its `finished` as
changed("sync") (app.py does); without one the panel makes its own helper and
relays the bridge itself.

The bridge usually outlives the panel (the settings page replaces its panel, the
window keeps its bridge): the panel listens to it through its own methods, which
Qt disconnects when the panel is destroyed, and holds nothing that keeps it alive.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..desk import Changes, Desk
from ..desk.sync import SYNCED
from ..domain.calendar import local_text
from ..domain.events import KIND_LABELS
from ..services import sync_queue
from ..store.outbox import STATE_LABELS
from .jobs import Jobs
from .sync_bridge import SyncBridge
from .widgets import failure_text

REASON_COLUMN = 4


class SyncPanel(QWidget):
    def __init__(self, desk: Desk, bridge: SyncBridge | None = None,
                 parent: QWidget | None = None, *, jobs: Jobs | None = None):
        super().__init__(parent)
        self.desk, self.bridge = desk, bridge
        self.jobs = jobs if jobs is not None else Jobs(self)
        app = QCoreApplication.instance()
        if jobs is None and app is not None:
            # Nobody else stops this helper: its reads end before the store is closed.
            app.aboutToQuit.connect(self.jobs.shutdown)
        self.summary = QLabel(objectName="syncSummary")
        columns = [self.tr("Trạng thái"), self.tr("Việc"), self.tr("Mã hồ sơ"),
                   self.tr("Số lần gửi"), self.tr("Lý do"), self.tr("Thời điểm")]
        self.table = QTableWidget(0, len(columns), objectName="syncProblems")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.retry_button = QPushButton(self.tr("Thử lại"), objectName="syncRetry")
        self.dismiss_button = QPushButton(self.tr("Bỏ qua"), objectName="syncDismiss")
        self.dismiss_button.setToolTip(self.tr("Đánh dấu đã xem xung đột từ máy chủ"))
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay"), objectName="syncNow")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.retry_button, self.dismiss_button, self.sync_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._problems: list[sync_queue.Problem] = []
        self._loading = False  # a read is out
        self._reload = False  # asked again meanwhile: one more read when it answers
        self._writing = False
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.sync_button.clicked.connect(self.sync_now)
        self.jobs.changed.connect(self._on_changed)
        if bridge is not None:
            if jobs is None:  # nobody else turns this helper's runs into "changed"
                bridge.finished.connect(self._bridge_finished)
            bridge.state_changed.connect(self._bridge_state_changed)
        self._update_buttons()
        self.refresh()

    def _bridge_finished(self, _report) -> None:
        self.jobs.changed.emit(SYNCED)

    def _bridge_state_changed(self, *_state) -> None:
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if changes.sync or changes.dossiers:  # a run, a retry, a new event from an intake
            self.refresh()

    def refresh(self) -> None:
        if self._loading:
            self._reload = True  # a read already out might predate the change
            return
        self._loading = True
        self.jobs.run(self.desk.sync.queue, on_done=self._show, on_error=self._read_failed)

    def _read_done(self) -> None:
        self._loading = False
        if self._reload:
            self._reload = False
            self.refresh()

    def _show(self, view: sync_queue.QueueView) -> None:
        try:
            self._fill(view)
        finally:
            self._read_done()  # whatever a row holds, the panel keeps refreshing

    def _fill(self, view: sync_queue.QueueView) -> None:
        self._problems = view.problems
        self.table.setRowCount(len(view.problems))
        for row, item in enumerate(view.problems):
            at = local_text(item.at)
            values = [STATE_LABELS.get(item.state, item.state),
                      self.tr("Trạng thái từ máy chủ") if item.source == "pull"
                      else KIND_LABELS.get(item.kind, item.kind),
                      item.code, item.attempts, item.reason, at]
            for column, value in enumerate(values):
                # str(): QTableWidgetItem(int) would be an empty cell of that item *type*.
                text = "" if value is None else str(value)
                cell = QTableWidgetItem(text)
                if column == REASON_COLUMN:
                    cell.setToolTip(text)  # a long reason is elided in the cell
                self.table.setItem(row, column, cell)
        megabytes = f"{view.files_bytes / 1_000_000:.1f}".replace(".", ",")
        self.summary.setText(self.tr("Chờ gửi: %1 · Lỗi: %2 · Xung đột: %3 · Đã gửi: %4")
                             .replace("%1", str(view.waiting)).replace("%2", str(view.failed))
                             .replace("%3", str(view.conflicts))
                             .replace("%4", str(view.acked))
                             + (self.tr(" · Tệp chờ gửi: %1 (%2 MB)")
                                .replace("%1", str(view.files_waiting))
                                .replace("%2", megabytes)
                                if view.files_waiting else ""))
        self._update_buttons()

    def _read_failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("Không đọc được hàng đợi đồng bộ: %1")
                             .replace("%1", failure_text(exc)))
        self._read_done()

    def _selected(self) -> list[sync_queue.Problem]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self._problems[r] for r in rows if r < len(self._problems)]

    def retry(self) -> None:
        chosen = [p for p in self._selected() if p.source == "event"]
        if not chosen:
            chosen = [p for p in self._problems
                      if p.source == "event" and p.state in ("failed", "conflict")]
        if not chosen or self._writing:
            return
        keys, sync = [p.key for p in chosen], self.desk.sync
        self._set_writing(True)
        self.jobs.run(lambda: sync.retry(keys), on_done=self._retried,
                      on_error=self._retry_failed)

    def _retried(self, _count: int) -> None:
        self._set_writing(False)
        if self.bridge is not None:
            self.bridge.sync_now()

    def dismiss(self) -> None:
        ids = [int(p.key) for p in self._selected() if p.source == "pull"]
        if not ids or self._writing:
            return
        sync = self.desk.sync
        self._set_writing(True)
        self.jobs.run(lambda: sync.dismiss(ids), on_done=self._dismissed,
                      on_error=self._dismiss_failed)

    # Methods, not lambdas, for the answers: the job helper drops an answer for a panel
    # destroyed meanwhile.
    def _dismissed(self, _count: int) -> None:
        self._set_writing(False)

    def _retry_failed(self, exc: Exception) -> None:
        self._write_failed(self.tr("Không thử lại được"), exc)

    def _dismiss_failed(self, exc: Exception) -> None:
        self._write_failed(self.tr("Không bỏ qua được"), exc)

    def _write_failed(self, what: str, exc: Exception) -> None:
        self._set_writing(False)
        self.summary.setText(f"{what}: {failure_text(exc)}")

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self._update_buttons()

    def sync_now(self) -> None:
        if self.bridge is not None:
            self.bridge.sync_now()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.bridge is not None and self.bridge.running
        self.retry_button.setEnabled(not self._writing)
        self.dismiss_button.setEnabled(not self._writing)
        self.sync_button.setEnabled(self.bridge is not None and not running)
        self.sync_button.setText(self.tr("Đang đồng bộ…") if running else self.tr("Đồng bộ ngay"))
