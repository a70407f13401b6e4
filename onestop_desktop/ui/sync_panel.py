"""SyncPanel: what has not reached the centre yet, and why; retry and sync buttons.

Public API (for the main window):
    panel = SyncPanel(store, bridge)     # bridge: a SyncBridge, or None
    panel.refresh()                      # re-read the store (also done after each run)
Widgets, by object name: "syncProblems" (QTableWidget, one row per unsent or
refused event and per unresolved conflict from the centre), "syncRetry"
("Thử lại": the selected rows, or every failed/conflicting one when none is
selected), "syncDismiss" ("Bỏ qua": marks a conflict from the centre as seen),
"syncNow" ("Đồng bộ ngay"), "syncSummary" (a line of counts).
"""

from __future__ import annotations

from datetime import UTC, datetime

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

from ..domain.calendar import LOCAL_TZ
from ..domain.events import KIND_LABELS
from ..store import sync_repo
from ..store.database import Store
from ..store.outbox import STATE_LABELS
from .sync_bridge import SyncBridge

COLUMNS = ["Trạng thái", "Việc", "Mã hồ sơ", "Số lần gửi", "Lý do", "Thời điểm"]


class SyncPanel(QWidget):
    def __init__(self, store: Store, bridge: SyncBridge | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.bridge = store, bridge
        self.summary = QLabel(objectName="syncSummary")
        self.table = QTableWidget(0, len(COLUMNS), objectName="syncProblems")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the reason
        self.retry_button = QPushButton("Thử lại", objectName="syncRetry")
        self.dismiss_button = QPushButton("Bỏ qua", objectName="syncDismiss")
        self.dismiss_button.setToolTip("Đánh dấu đã xem xung đột từ máy chủ")
        self.sync_button = QPushButton("Đồng bộ ngay", objectName="syncNow")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.retry_button, self.dismiss_button, self.sync_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._problems: list[sync_repo.Problem] = []
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.sync_button.clicked.connect(self.sync_now)
        if bridge is not None:
            bridge.finished.connect(lambda _report: self.refresh())
            bridge.state_changed.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        with self.store.read() as session:
            self._problems = sync_repo.problems(session)
            summary = sync_repo.outbox_summary(session)
        self.table.setRowCount(len(self._problems))
        for row, item in enumerate(self._problems):
            at = item.at.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y")
            values = [STATE_LABELS.get(item.state, item.state),
                      "Trạng thái từ máy chủ" if item.source == "pull"
                      else KIND_LABELS.get(item.kind, item.kind),
                      item.code, str(item.attempts), item.reason, at]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        conflicts = summary[sync_repo.CONFLICT] + summary["pull_conflicts"]
        self.summary.setText(f"Chờ gửi: {summary['pending'] + summary['sending']} · "
                             f"Lỗi: {summary['failed']} · Xung đột: {conflicts} · "
                             f"Đã gửi: {summary['acked']}")
        self._update_buttons()

    def _selected(self) -> list[sync_repo.Problem]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self._problems[r] for r in rows if r < len(self._problems)]

    def retry(self) -> None:
        chosen = [p for p in self._selected() if p.source == "event"]
        if not chosen:
            chosen = [p for p in self._problems
                      if p.source == "event" and p.state in ("failed", "conflict")]
        with self.store.transaction() as session:
            sync_repo.retry(session, [p.key for p in chosen])
        self.refresh()
        if self.bridge is not None and chosen:
            self.bridge.sync_now()

    def dismiss(self) -> None:
        now = datetime.now(UTC)
        with self.store.transaction() as session:
            for problem in self._selected():
                if problem.source == "pull":
                    sync_repo.dismiss_conflict(session, int(problem.key), now)
        self.refresh()

    def sync_now(self) -> None:
        if self.bridge is not None:
            self.bridge.sync_now()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.bridge is not None and self.bridge.running
        self.sync_button.setEnabled(self.bridge is not None and not running)
        self.sync_button.setText("Đang đồng bộ…" if running else "Đồng bộ ngay")
