"""Hồ sơ: filters, accent-insensitive search, overdue/due-soon colours; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ..desk import Changes
from ..domain.listing import Period
from ..domain.status import Status
from ..services.dossier_queries import SEARCH_LIMIT, DossierFilter, DossierPage
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
from .generated.ui_dossier_list_page import Ui_DossierListForm


class DossierListPage(FormPage, Ui_DossierListForm):
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
                   (Period.OVERDUE, self.tr("Quá hạn")),
                   (Period.ONLINE, self.online_label(None))]
        for period, label in periods:
            self.periodCombo.addItem(label, period.value)
        self.statusCombo.addItem(self.tr("Mọi trạng thái"), None)
        for status in Status:
            self.statusCombo.addItem(f"{int(status)}. {status.label}", int(status))
        self.procedureCombo.addItem(self.tr("Mọi thủ tục"), "")
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        self.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.searchEdit.returnPressed.connect(self._enter_in_search)
        self.loading = False
        self._focus_when_loaded = False
        self._filter: DossierFilter | None = None  # the filter of the rows shown
        self.model.fetch_requested.connect(self._fetch_more)
        for combo in (self.periodCombo, self.statusCombo, self.procedureCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resultTable.activated.connect(self._open)
        ctx.jobs.changed.connect(self._on_changed)

    def load_procedures(self) -> None:
        self.ctx.jobs.run(self.ctx.desk.dossiers.catalogue, on_done=self._fill_procedures)

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
        """The first page of the list as filtered now, and its count, read in SQL off the
        GUI thread; later pages come as the officer scrolls (the model asks)."""
        self._timer.stop()
        self._generation += 1
        generation, flt, dossiers = self._generation, self.current_filter(), self.ctx.desk.dossiers
        self.loading = True
        self.ctx.jobs.run(lambda: dossiers.page(flt),
                          on_done=lambda page: self._show(page, flt, generation))
        if not flt.query.strip():
            self.ctx.jobs.run(lambda: dossiers.count(flt),
                              on_done=lambda n: self._show_count(n, generation))
        self._count_online()

    def _show(self, page: DossierPage, flt: DossierFilter, generation: int) -> None:
        if generation != self._generation:
            return  # a newer filter was asked for meanwhile
        self.loading = False
        self._filter = flt
        self.model.set_page(page.rows, page.next_key, self.ctx.clock())
        if page.searched:
            n = len(page.rows)
            self.countLabel.setText(self.tr("%Ln hồ sơ", "", n) if n < SEARCH_LIMIT else
                                    self.tr("%1 hồ sơ khớp nhất (gõ thêm để thu hẹp)")
                                    .replace("%1", str(n)))
        elif page.next_key is None:  # the whole list is on screen: its count is known now
            self.countLabel.setText(self.tr("%Ln hồ sơ", "", len(page.rows)))
        if page.rows:
            self.resultTable.selectRow(0)
        if self._focus_when_loaded:
            self._focus_when_loaded = False
            self._focus_results()
        self.loaded.emit(len(page.rows))

    def online_label(self, count: int | None) -> str:
        label = self.tr("Trực tuyến – chờ tiếp nhận")
        return label if count is None else f"{label} ({count})"

    def _count_online(self) -> None:
        """The queue of online dossiers' count, in its entry of the filter."""
        online = self.ctx.desk.online
        self.ctx.jobs.run(online.waiting_count, on_done=lambda n: self.periodCombo.setItemText(
            self.periodCombo.findData(Period.ONLINE.value), self.online_label(n)))

    def _show_count(self, count: int, generation: int) -> None:
        if generation == self._generation:
            self.countLabel.setText(self.tr("%Ln hồ sơ", "", count))

    def _fetch_more(self) -> None:
        """The view reached the end of what is loaded: the next page, after the last row."""
        key, generation, flt = self.model.next_key, self._generation, self._filter
        if key is None or flt is None:
            self.model.fetched([], None)
            return
        dossiers = self.ctx.desk.dossiers
        self.ctx.jobs.run(lambda: dossiers.page(flt, after=key),
                          on_done=lambda page: self._append(page, generation))

    def _append(self, page: DossierPage, generation: int) -> None:
        if generation == self._generation:
            self.model.fetched(page.rows, page.next_key)

    def codes(self) -> list[str]:
        return [d.code for d in self.model.rows]

    def _enter_in_search(self) -> None:
        """Enter right after typing acts on the text typed: the list is read again now,
        and the results get the keyboard once they are in."""
        if self._timer.isActive() or self.loading:
            self._focus_when_loaded = True
            self.refresh()
        else:
            self._focus_results()

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.resultTable.setFocus()
            self.resultTable.selectRow(0)

    def _open(self, index) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(code)

    def _on_changed(self, changes: Changes) -> None:
        if (changes.dossiers or changes.sync) and self.isVisible():
            self.refresh()
        if changes.catalogue:
            self.load_procedures()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
