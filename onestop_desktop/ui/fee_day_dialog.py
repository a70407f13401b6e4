"""Bàn giao tiền phí, lệ phí cuối ngày: a day's collections and refunds by officer and
method (what each officer hands over in cash, what came by transfer), every collection and
refund listed, and the handover sheet as a PDF (shown, then printed or saved).

Built in code (like form_dialog.py): a dialog of its own, read through desk.fees off the
GUI thread, reloaded when a command changes dossiers (a collection, a refund).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
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
from ..domain.calendar import LOCAL_TZ
from ..domain.fees import FeeDay, Method, officer_label
from ..domain.money import format_vnd
from .context import DeskContext
from .jobs import NewestAnswer
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import show_message

ALL = ""  # the officer combo's data for "every officer"


def _load(desk: Desk, day: date, officer: str | None) -> tuple[FeeDay, FeeDay]:
    """(the whole desk's day, the sheet asked for): a job."""
    whole = desk.fees.day(day)
    return whole, (desk.fees.day(day, officer) if officer else whole)


def _cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    return label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return table


class FeeDayDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sheet: FeeDay | None = None
        self._reads = NewestAnswer()  # a date changed twice quickly: the last one wins
        self.setObjectName("feeDayDialog")
        self.setWindowTitle(self.tr("Bàn giao tiền phí, lệ phí cuối ngày"))
        self.resize(1040, 600)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        choose = QHBoxLayout()
        self.dateEdit = QDateEdit()
        self.dateEdit.setObjectName("feeDayDate")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("dd/MM/yyyy")
        today = ctx.clock().astimezone(LOCAL_TZ).date()
        self.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.officerCombo = QComboBox()
        self.officerCombo.setObjectName("feeDayOfficer")
        self.officerCombo.setMinimumWidth(260)
        self.officerCombo.addItem(self.tr("Tất cả cán bộ"), ALL)
        date_label = QLabel(self.tr("Ngày"))
        date_label.setBuddy(self.dateEdit)
        who_label = QLabel(self.tr("Cán bộ thu"))
        who_label.setBuddy(self.officerCombo)
        for widget in (date_label, self.dateEdit, who_label, self.officerCombo):
            choose.addWidget(widget)
        choose.addStretch(1)
        layout.addLayout(choose)

        self.messageLabel = QLabel()
        layout.addWidget(self.messageLabel)
        layout.addWidget(_caption(self.tr("Theo cán bộ và hình thức thu")))
        self.totalsTable = _table([self.tr("Cán bộ thu"), self.tr("Hình thức"),
                                   self.tr("Số biên lai"), self.tr("Đã thu"),
                                   self.tr("Số lần hoàn"), self.tr("Đã hoàn"),
                                   self.tr("Còn lại")])
        self.totalsTable.setObjectName("feeDayTotals")
        self.totalsTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.totalsTable.setMaximumHeight(170)
        layout.addWidget(self.totalsTable)
        self.summaryLabel = QLabel()
        self.summaryLabel.setObjectName("feeDaySummary")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet("font-weight: bold; color: #1f3a5f;")
        layout.addWidget(self.summaryLabel)
        layout.addWidget(_caption(self.tr("Các khoản thu, hoàn trong ngày")))
        self.entriesTable = _table([self.tr("Giờ"), self.tr("Mã hồ sơ"), self.tr("Biên lai"),
                                    self.tr("Nội dung"), self.tr("Hình thức"),
                                    self.tr("Thu"), self.tr("Hoàn"), self.tr("Cán bộ")])
        self.entriesTable.setObjectName("feeDayEntries")
        self.entriesTable.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.entriesTable, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.printButton = QPushButton(self.tr("Xem và in bảng kê…"))
        self.printButton.setObjectName("feeDayPrint")
        self.closeButton = QPushButton(self.tr("Đóng"))
        buttons.addWidget(self.printButton)
        buttons.addWidget(self.closeButton)
        layout.addLayout(buttons)

        self.printing = PrintFlow(ctx, self)
        self.printing.failed.connect(lambda t: show_message(self.messageLabel, t, "error"))
        self.printButton.clicked.connect(self.print_sheet)
        self.closeButton.clicked.connect(self.reject)
        self.dateEdit.dateChanged.connect(self.load)
        self.officerCombo.activated.connect(self.load)
        ctx.jobs.changed.connect(self._on_changed)
        show_message(self.messageLabel, "")
        self.load()

    # ---- reading ------------------------------------------------------------------------
    def day(self) -> date:
        return date(*self.dateEdit.date().getDate())

    def officer(self) -> str | None:
        return self.officerCombo.currentData() or None

    def load(self, *_args) -> None:
        desk, day, officer, asked = self.ctx.desk, self.day(), self.officer(), self._reads.ask()
        self.ctx.jobs.run(lambda: _load(desk, day, officer),
                          on_done=lambda sheets: self._show(*sheets, asked=asked))

    def _on_changed(self, changes: Changes) -> None:
        if changes.dossiers and self.isVisible():
            self.load()

    def _show(self, whole: FeeDay, sheet: FeeDay, *, asked: int) -> None:
        if not self._reads.take(asked):
            return
        self.sheet = sheet
        self._fill_officers(whole)
        self.totalsTable.setRowCount(0)
        for t in sheet.totals:
            row = self.totalsTable.rowCount()
            self.totalsTable.insertRow(row)
            for col, (text, right) in enumerate((
                    (officer_label(t.officer, t.officer_name), False), (t.method.label, False),
                    (str(t.collections), True), (format_vnd(t.collected), True),
                    (str(t.refunds), True), (format_vnd(t.refunded), True),
                    (format_vnd(t.net), True))):
                self.totalsTable.setItem(row, col, _cell(text, right=right))
        cash_in, cash_out = sheet.method_total(Method.CASH)
        moved_in, moved_out = sheet.method_total(Method.TRANSFER)
        self.summaryLabel.setText(self.tr(
            "Tiền mặt nộp bàn giao: %1 · Chuyển khoản đã nhận: %2 · Tổng đã thu %3, đã hoàn "
            "%4").replace("%1", format_vnd(cash_in - cash_out))
            .replace("%2", format_vnd(moved_in - moved_out))
            .replace("%3", format_vnd(sheet.collected))
            .replace("%4", format_vnd(sheet.refunded)))
        self.entriesTable.setRowCount(0)
        for e in sheet.entries:
            row = self.entriesTable.rowCount()
            self.entriesTable.insertRow(row)
            note = self.tr("Hoàn: %1").replace("%1", e.note) if e.refund else e.note
            for col, (text, right) in enumerate((
                    (f"{e.at.astimezone(LOCAL_TZ):%H:%M}", False), (e.code, False),
                    (e.receipt.number, False), (note, False), (e.method.label, False),
                    ("" if e.refund else format_vnd(e.amount), True),
                    (format_vnd(e.amount) if e.refund else "", True), (e.officer, False))):
                self.entriesTable.setItem(row, col, _cell(text, right=right))
        if not sheet.entries:
            show_message(self.messageLabel, self.tr("Không có khoản thu hay hoàn nào trong "
                                                    "ngày %1.")
                         .replace("%1", f"{sheet.day:%d/%m/%Y}"), "info")
        else:
            show_message(self.messageLabel, "")

    def _fill_officers(self, whole: FeeDay) -> None:
        """Every officer who collected or refunded that day; the choice is kept."""
        chosen = self.officer()
        officers = dict(whole.officers())
        if chosen and chosen not in officers:
            officers[chosen] = ""
        self.officerCombo.blockSignals(True)
        while self.officerCombo.count() > 1:
            self.officerCombo.removeItem(1)
        for username, name in officers.items():
            self.officerCombo.addItem(officer_label(username, name), username)
        self.officerCombo.setCurrentIndex(max(self.officerCombo.findData(chosen or ALL), 0))
        self.officerCombo.blockSignals(False)

    # ---- the sheet on paper ---------------------------------------------------------------
    def print_sheet(self) -> None:
        ctx, actor, day, officer = self.ctx, self.ctx.actor, self.day(), self.officer()
        desk = ctx.desk
        stem = f"bang-ke-phi-le-phi-{day:%Y%m%d}" + (f"-{officer}" if officer else "")
        stem = stem.replace(":", "-").replace("/", "-")

        def preview(path):
            desk.fees.preview_day(day, path, officer=officer)
            return 1  # a report, not a numbered form: never "in lại"

        self.printing.start(PrintOrder(
            title=self.tr("Bảng kê thu phí, lệ phí ngày %1").replace("%1", f"{day:%d/%m/%Y}"),
            file_stem=stem, preview=preview,
            record=lambda path: desk.fees.print_day(day, path, actor, officer=officer),
            counted_path=lambda: ctx.prints_dir / f"{stem}-{ctx.clock():%Y%m%d%H%M%S%f}.pdf"),
            on_step=self._print_told)

    def _print_told(self, outcome: PrintOutcome) -> None:
        if outcome.step is PrintStep.PRINTED:
            show_message(self.messageLabel, self.tr("Đã in bảng kê."), "ok")
        elif outcome.step is PrintStep.SAVED:
            show_message(self.messageLabel, self.tr("Đã lưu bảng kê thành tệp %1.")
                         .replace("%1", str(outcome.path)), "ok")
