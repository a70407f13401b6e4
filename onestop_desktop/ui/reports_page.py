"""Báo cáo: today's counts and the day's fees with the handover dialog
(ui/fee_day_dialog.py) for every officer; for the centre's head and the administrator,
the figures of a period (each explained in its tooltip, domain/report_figures.py), the
tables by procedure, field and officer, two charts, the exports (XLSX, PDF) and the
dossier ledger (form 07). Figures and exports are counted off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..domain.calendar import LOCAL_TZ
from ..domain.fees import FeeDay, Method
from ..domain.money import format_vnd
from ..domain.report_figures import (
    BREAKDOWN_COLUMNS,
    BREAKDOWN_HELP,
    FIGURES,
    figure_value,
    share_of,
)
from ..domain.returns import RATING_LABELS
from ..services.reports import DaySummary, PeriodReport
from .context import DeskContext
from .fee_day_dialog import FeeDayDialog
from .forms import FormPage
from .generated.ui_reports_page import Ui_ReportsForm
from .jobs import NewestAnswer
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import failure_text, show_message

# The first columns of each table (its JSON keys), before BREAKDOWN_COLUMNS.
TABLE_KEYS = {"procedureTable": ("by_procedure", ("code", "name")),
              "fieldTable": ("by_field", ("code", "name")),
              "officerTable": ("by_officer", ("officer", "name"))}
FIGURE_COLUMNS = 2  # pairs of (label, number) side by side


class ExportCancelled(Exception):
    """The officer cancelled an export: raised in the worker between two steps."""


class _ExportProgress(QObject):
    """Told by the worker after each step (queued to the GUI thread); raises there to
    stop once the officer has cancelled."""

    advanced = Signal(int, int)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise ExportCancelled()
        self.advanced.emit(done, total)


def _month_start(day: date) -> date:
    return day.replace(day=1)


class ReportsPage(FormPage, Ui_ReportsForm):

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._answers = NewestAnswer()
        self.report: PeriodReport | None = None
        self.printing = PrintFlow(ctx, self)
        self.printing.failed.connect(lambda t: show_message(self.messageLabel, t, "error"))
        self.ledgerButton.clicked.connect(self.print_ledger)
        self.fee_day_dialog: FeeDayDialog | None = None
        self.feeDayButton.clicked.connect(self.open_fee_day)
        self._quick = [(self.tr("Tháng này"), self._this_month),
                       (self.tr("Tháng trước"), self._last_month),
                       (self.tr("Quý này"), self._this_quarter),
                       (self.tr("Năm nay"), self._this_year),
                       (self.tr("Hôm nay"), lambda today: (today, today)),
                       (self.tr("7 ngày qua"), lambda today: (today - timedelta(days=6),
                                                              today)),
                       (self.tr("Tùy chọn"), None)]
        for text, _ in self._quick:
            self.quickCombo.addItem(text)
        self.quickCombo.currentIndexChanged.connect(self._quick_chosen)
        self._set_period(*self._this_month(self._today()))
        for edit in (self.fromDate, self.toDate):
            edit.dateChanged.connect(self._dates_edited)
        self.showButton.clicked.connect(self.load_period)
        self.xlsxButton.clicked.connect(lambda: self.choose_export("xlsx"))
        self.pdfButton.clicked.connect(lambda: self.choose_export("pdf"))
        self.cancelExportButton.clicked.connect(self.cancel_export)
        self._export: _ExportProgress | None = None
        self._show_exporting(False)
        self.value_labels: dict[str, QLabel] = {}
        self._build_figures()
        self._build_charts()
        self._build_tables()
        show_message(self.messageLabel, "")

    # ---- the period ---------------------------------------------------------------------
    def _today(self) -> date:
        return self.ctx.clock().astimezone(LOCAL_TZ).date()

    @staticmethod
    def _this_month(today: date) -> tuple[date, date]:
        return _month_start(today), today

    @staticmethod
    def _last_month(today: date) -> tuple[date, date]:
        end = _month_start(today) - timedelta(days=1)
        return _month_start(end), end

    @staticmethod
    def _this_quarter(today: date) -> tuple[date, date]:
        return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today

    @staticmethod
    def _this_year(today: date) -> tuple[date, date]:
        return date(today.year, 1, 1), today

    def period(self) -> tuple[date, date]:
        return date(*self.fromDate.date().getDate()), date(*self.toDate.date().getDate())

    def _set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.fromDate, start), (self.toDate, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _quick_chosen(self, index: int) -> None:
        choose = self._quick[index][1]
        if choose is not None:
            self._set_period(*choose(self._today()))
            self.load_period()

    def _dates_edited(self) -> None:
        """A date typed or picked: the period is the officer's own (figures on Xem)."""
        self.quickCombo.blockSignals(True)
        self.quickCombo.setCurrentIndex(len(self._quick) - 1)
        self.quickCombo.blockSignals(False)

    # ---- what the page shows ---------------------------------------------------------------
    def _build_figures(self) -> None:
        """A label and a number per figure, both explaining it in their tooltip."""
        rows = (len(FIGURES) + FIGURE_COLUMNS - 1) // FIGURE_COLUMNS
        for i, figure in enumerate(FIGURES):
            row, col = i % rows, 2 * (i // rows)
            name = QLabel(figure.label, self.figuresPanel)
            value = QLabel("—", self.figuresPanel)
            value.setObjectName(f"figure_{figure.key.replace('.', '_')}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setProperty("role", "figure")
            for label in (name, value):
                label.setToolTip(figure.help)
            self.figuresLayout.addWidget(name, row, col)
            self.figuresLayout.addWidget(value, row, col + 1)
            self.value_labels[figure.key] = value
        self.figuresLayout.setColumnStretch(1, 1)
        self.figuresLayout.setColumnStretch(3, 1)
        self.figuresLayout.setRowStretch(rows, 1)

    def _chart_view(self, title: str) -> tuple[QChart, QChartView]:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        view = QChartView(chart, self.chartsPanel)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chartsLayout.addWidget(view)
        return chart, view

    def _build_charts(self) -> None:
        self.timing_chart, self.timing_view = self._chart_view(self.tr("Kết quả giải quyết"))
        self.timing_chart.legend().setVisible(False)
        self.timing_set = QBarSet(self.tr("Hồ sơ"))
        self.timing_set.setColor(QColor("#2f6fb0"))
        series = QHorizontalBarSeries()
        series.append(self.timing_set)
        series.setLabelsVisible(True)
        self.timing_chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self.tr("Trước hạn"), self.tr("Đúng hạn"), self.tr("Quá hạn"),
                           self.tr("Đang trong hạn"), self.tr("Đang quá hạn")])
        self.timing_axis = QValueAxis()
        self.timing_axis.setLabelFormat("%d")
        self.timing_chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.timing_chart.addAxis(self.timing_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(self.timing_axis)
        self.rating_chart, self.rating_view = self._chart_view(self.tr("Mức độ hài lòng"))
        self.rating_chart.legend().setVisible(False)  # each slice says what it is
        self.rating_series = QPieSeries()
        self.rating_series.setPieSize(0.6)
        self.rating_chart.addSeries(self.rating_series)

    def _build_tables(self) -> None:
        headings = {"procedureTable": (self.tr("Mã thủ tục"), self.tr("Tên thủ tục")),
                    "fieldTable": (self.tr("Mã lĩnh vực"), self.tr("Tên lĩnh vực")),
                    "officerTable": (self.tr("Tài khoản"), self.tr("Họ và tên"))}
        for name, first in headings.items():
            table: QTableWidget = getattr(self, name)
            # The number columns' headings on two lines: the names get the width.
            labels = [*first, *(heading.replace(" ", "\n", 1)
                                for _, heading in BREAKDOWN_COLUMNS)]
            table.setColumnCount(len(labels))
            table.setHorizontalHeaderLabels(labels)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
            table.setToolTip(BREAKDOWN_HELP)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # ---- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """The day's counts and fees, and for a head the period's figures, counted in SQL
        off the GUI thread."""
        self.ctx.jobs.run(self.ctx.desk.reports.today, on_done=self._show_counts)
        desk, today = self.ctx.desk, self._today()
        self.ctx.jobs.run(lambda: desk.fees.day(today), on_done=self._show_fees)
        if self.periodBox.isVisibleTo(self):
            self.load_period()

    def load_period(self) -> None:
        """The figures of the chosen period (the boundary refuses an officer)."""
        desk, actor = self.ctx.desk, self.ctx.actor
        start, end = self.period()
        number = self._answers.ask()  # a newer question wins: the older answer is dropped
        self.ctx.jobs.run(lambda: desk.reports.period(start, end, actor),
                          on_done=lambda report: self._show_report(number, report),
                          on_error=lambda exc: self._period_failed(number, exc))

    def _period_failed(self, number: int, exc: Exception) -> None:
        if self._answers.take(number):
            show_message(self.messageLabel, failure_text(exc), "error")

    def _show_report(self, number: int, report: PeriodReport) -> None:
        if not self._answers.take(number):
            return
        self.report = report
        data = report.to_dict()
        for figure in FIGURES:
            text = f"{figure_value(data, figure.key):,}".replace(",", ".")
            percent = share_of(data, figure.key)
            if percent is not None:
                text += f" ({percent:.1f} %)".replace(".", ",")
            self.value_labels[figure.key].setText(text)
        values = [data["processed"]["early"], data["processed"]["on_time"],
                  data["processed"]["late"], data["pending"]["within_time"],
                  data["pending"]["overdue"]]
        for i, value in enumerate(values):
            if i < self.timing_set.count():
                self.timing_set.replace(i, value)
            else:
                self.timing_set.append(value)
        top = max([*values, 1])
        step = max(1, -(-top // 5))  # whole numbers on the axis, at most 6 ticks
        self.timing_axis.setRange(0, step * -(-top // step))
        self.timing_axis.setTickCount(-(-top // step) + 1)
        self.rating_series.clear()
        colours = ("#2e8b57", "#7fb77e", "#d9534f", "#b0b0b0")
        labels = [*(label for label in RATING_LABELS.values()), self.tr("Chưa đánh giá")]
        counts = [*(data["ratings"][str(int(r))] for r in RATING_LABELS), data["ratings"]["none"]]
        for label, count, colour in zip(labels, counts, colours, strict=True):
            if count:
                piece = self.rating_series.append(f"{label}: {count}", count)
                piece.setColor(QColor(colour))
                piece.setLabelVisible(True)
        for name, (key, first) in TABLE_KEYS.items():
            self._fill(getattr(self, name), data[key], first)
        show_message(self.messageLabel, "")

    @staticmethod
    def _fill(table: QTableWidget, rows: list[dict], first: tuple[str, str]) -> None:
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        keys = [*first, *(key for key, _ in BREAKDOWN_COLUMNS)]
        for r, entry in enumerate(rows):
            for c, key in enumerate(keys):
                item = QTableWidgetItem()
                value = entry[key]
                if isinstance(value, int):
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                else:
                    item.setText(str(value))
                    item.setToolTip(str(value))  # a long procedure name is elided
                table.setItem(r, c, item)
        table.setSortingEnabled(True)

    def _show_fees(self, day: FeeDay) -> None:
        cash_in, cash_out = day.method_total(Method.CASH)
        self.feeSummaryLabel.setText(self.tr(
            "Hôm nay: %1 biên lai, đã thu %2, đã hoàn %3 · tiền mặt phải nộp %4")
            .replace("%1", str(sum(t.collections for t in day.totals)))
            .replace("%2", format_vnd(day.collected)).replace("%3", format_vnd(day.refunded))
            .replace("%4", format_vnd(cash_in - cash_out)))

    def _show_counts(self, day: DaySummary) -> None:
        self.summaryLabel.setText(self.tr(
            "Nhận trong ngày: %1 · Đến hạn trả hôm nay: %2 · Đang quá hạn: %3")
            .replace("%1", str(day.received_today)).replace("%2", str(day.due_today))
            .replace("%3", str(day.overdue)))

    # ---- exports ----------------------------------------------------------------------------
    def choose_export(self, fmt: str) -> None:
        start, end = self.period()
        suggested = self.ctx.prints_dir / f"bao-cao-{start:%Y%m%d}-{end:%Y%m%d}.{fmt}"
        kind = self.tr("Bảng tính Excel (*.xlsx)") if fmt == "xlsx" else \
            self.tr("Tệp PDF (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), str(suggested),
                                              kind)
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.export(fmt, Path(path))

    def export(self, fmt: str, path: Path) -> None:
        """Count the figures again and write them to `path`, off the GUI thread, with a
        progress bar and a button to cancel."""
        if self._export is not None:
            return
        desk, actor = self.ctx.desk, self.ctx.actor
        start, end = self.period()
        progress = self._export = _ExportProgress(self)
        progress.advanced.connect(self._export_advanced)
        self.exportProgress.setRange(0, 0)  # busy until the first step is told
        self._show_exporting(True)
        self.ctx.jobs.run(lambda: desk.reports.export(start, end, fmt, path, actor, progress),
                          on_done=self._exported, on_error=self._export_failed)

    def cancel_export(self) -> None:
        if self._export is not None:
            self._export.cancel.set()
            self.cancelExportButton.setEnabled(False)

    def _export_advanced(self, done: int, total: int) -> None:
        self.exportProgress.setRange(0, total)
        self.exportProgress.setValue(done)

    def _end_export(self) -> None:
        if self._export is not None and shiboken6.isValid(self._export):
            self._export.deleteLater()
        self._export = None
        self._show_exporting(False)

    def _exported(self, path: Path) -> None:
        self._end_export()
        show_message(self.messageLabel, self.tr("Đã lưu báo cáo thành tệp %1.")
                     .replace("%1", str(path)), "ok")

    def _export_failed(self, exc: Exception) -> None:
        self._end_export()
        if isinstance(exc, ExportCancelled):
            show_message(self.messageLabel, self.tr("Đã hủy xuất báo cáo: không tệp nào "
                                                    "được ghi."), "info")
        else:
            show_message(self.messageLabel, failure_text(exc), "error")

    def _show_exporting(self, running: bool) -> None:
        self.exportProgress.setVisible(running)
        self.cancelExportButton.setVisible(running)
        self.cancelExportButton.setEnabled(running)
        for button in (self.xlsxButton, self.pdfButton):
            button.setEnabled(not running)

    # ---- the day's fees, the ledger -----------------------------------------------------------
    def open_fee_day(self) -> None:
        """The day's collections and refunds by officer and method, and the sheet to
        print for the cash handover."""
        dialog = self.fee_day_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = self.fee_day_dialog = FeeDayDialog(self.ctx, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        else:
            dialog.load()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def print_ledger(self) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        start, end = self.period()
        self.printing.start(PrintOrder(
            title=self.tr("Sổ theo dõi hồ sơ"),
            file_stem=f"so-theo-doi-{start:%Y%m%d}-{end:%Y%m%d}",
            preview=lambda path: ctx.desk.printing.preview_ledger(start, end, path).copy_no,
            record=lambda path: ctx.desk.printing.print_ledger(start, end, path, actor),
            counted_path=lambda: ctx.pdf_path("07", "so-theo-doi")),
            on_step=self._print_told)

    def _print_told(self, outcome: PrintOutcome) -> None:
        if outcome.step is PrintStep.PRINTED:
            show_message(self.messageLabel, self.tr("Đã in sổ theo dõi hồ sơ."), "ok")
        elif outcome.step is PrintStep.SAVED:
            show_message(self.messageLabel, self.tr("Đã lưu sổ theo dõi hồ sơ thành tệp %1.")
                         .replace("%1", str(outcome.path)), "ok")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
