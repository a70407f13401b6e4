"""Hồ sơ: filters, accent-insensitive search, overdue/due-soon colours; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain.status import Status
from ..services import dossier_queries
from ..services.dossier_queries import DossierFilter, Period
from .context import DeskContext
from .dossier_model import (
    CODE_COL,
    CODE_ROLE,
    DUE_COL,
    ID_COL,
    NAME_COL,
    PROCEDURE_COL,
    RECEIVED_COL,
    STATUS_COL,
    DossierTableModel,
    StatusChipDelegate,
)
from .forms import FormPage


class DossierListPage(FormPage):
    FORM = "dossier_list_page.ui"
    NAMES = ("searchEdit", "periodCombo", "statusCombo", "procedureCombo", "resultTable",
             "countLabel", "legendLabel")
    open_requested = Signal(str)
    loaded = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.model = DossierTableModel(self)
        self.resultTable.setModel(self.model)
        header = self.resultTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROCEDURE_COL, QHeaderView.ResizeMode.Stretch)
        # Fits 1366 px: the short code (the agency is this desk's), the procedure stretches.
        for col, width in ((CODE_COL, 118), (NAME_COL, 200), (ID_COL, 122),
                           (RECEIVED_COL, 126), (DUE_COL, 126), (STATUS_COL, 172)):
            self.resultTable.setColumnWidth(col, width)
        self.resultTable.setItemDelegateForColumn(STATUS_COL, StatusChipDelegate(self))
        self.resultTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.resultTable.setWordWrap(False)
        self.resultTable.verticalHeader().setVisible(False)
        self.resultTable.verticalHeader().setDefaultSectionSize(30)
        periods = [(Period.ALL, self.tr("Tất cả thời gian")),
                   (Period.READY, self.tr("Chờ trả kết quả")),
                   (Period.TODAY, self.tr("Nhận hôm nay")),
                   (Period.DUE_TODAY, self.tr("Đến hạn hôm nay")),
                   (Period.OVERDUE, self.tr("Quá hạn"))]
        for period, label in periods:
            self.periodCombo.addItem(label, period.value)
        self.statusCombo.addItem(self.tr("Mọi trạng thái"), None)
        for status in Status:
            self.statusCombo.addItem(f"{int(status)}. {status.label}", int(status))
        self.procedureCombo.addItem(self.tr("Mọi thủ tục"), "")
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        self.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.searchEdit.returnPressed.connect(self._focus_results)
        for combo in (self.periodCombo, self.statusCombo, self.procedureCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resultTable.activated.connect(self._open)
        ctx.jobs.changed.connect(self._on_changed)

    def load_procedures(self) -> None:
        store = self.ctx.store
        self.ctx.jobs.run(lambda: dossier_queries.search_procedures(store),
                          on_done=self._fill_procedures)

    def _fill_procedures(self, procedures) -> None:
        current = self.procedureCombo.currentData()
        self.procedureCombo.blockSignals(True)
        self.procedureCombo.clear()
        self.procedureCombo.addItem(self.tr("Mọi thủ tục"), "")
        for p in procedures:
            self.procedureCombo.addItem(f"{p.code} {p.name}", p.code)
        index = self.procedureCombo.findData(current)
        self.procedureCombo.setCurrentIndex(max(index, 0))
        self.procedureCombo.blockSignals(False)

    def current_filter(self) -> DossierFilter:
        return DossierFilter(period=Period(self.periodCombo.currentData()),
                             status=self.statusCombo.currentData(),
                             procedure_code=self.procedureCombo.currentData() or "",
                             query=self.searchEdit.text())

    def refresh(self) -> None:
        self._generation += 1
        generation, flt, ctx = self._generation, self.current_filter(), self.ctx
        now = ctx.clock()
        ctx.jobs.run(lambda: dossier_queries.find_dossiers(ctx.store, flt, now),
                     on_done=lambda rows: self._show(rows, now, generation))

    def _show(self, rows, now, generation: int) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows, now)
        self.countLabel.setText(self.tr("%n hồ sơ", "", len(rows)))
        if rows:
            self.resultTable.selectRow(0)
        self.loaded.emit(len(rows))

    def codes(self) -> list[str]:
        return [d.code for d in self.model.rows]

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.resultTable.setFocus()
            self.resultTable.selectRow(0)

    def _open(self, index) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(code)

    def _on_changed(self, what: str) -> None:
        if what in ("dossiers", "sync"):
            self.refresh()
        elif what == "catalogue":
            self.load_procedures()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
