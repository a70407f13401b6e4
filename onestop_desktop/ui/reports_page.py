"""Báo cáo: today's counts, the dossier ledger (form 07) for a date range, and the day's
fees with the handover dialog (ui/fee_day_dialog.py)."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from ..domain.calendar import LOCAL_TZ
from ..domain.fees import FeeDay, Method
from ..domain.money import format_vnd
from ..services.reports import DaySummary
from .context import DeskContext
from .fee_day_dialog import FeeDayDialog
from .forms import FormPage
from .generated.ui_reports_page import Ui_ReportsForm
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import show_message


class ReportsPage(FormPage, Ui_ReportsForm):

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.clock().astimezone(LOCAL_TZ).date()
        for edit in (self.fromDate, self.toDate):
            edit.setDate(QDate(today.year, today.month, today.day))
        self.printing = PrintFlow(ctx, self)
        self.printing.failed.connect(lambda t: show_message(self.messageLabel, t, "error"))
        self.ledgerButton.clicked.connect(self.print_ledger)
        self.fee_day_dialog: FeeDayDialog | None = None
        self.feeDayButton.clicked.connect(self.open_fee_day)
        show_message(self.messageLabel, "")

    def refresh(self) -> None:
        """The day's counts and fees, counted in SQL off the GUI thread."""
        self.ctx.jobs.run(self.ctx.desk.reports.today, on_done=self._show_counts)
        desk, today = self.ctx.desk, self.ctx.clock().astimezone(LOCAL_TZ).date()
        self.ctx.jobs.run(lambda: desk.fees.day(today), on_done=self._show_fees)

    def _show_fees(self, day: FeeDay) -> None:
        cash_in, cash_out = day.method_total(Method.CASH)
        self.feeSummaryLabel.setText(self.tr(
            "Hôm nay: %1 biên lai, đã thu %2, đã hoàn %3 · tiền mặt phải nộp %4")
            .replace("%1", str(sum(t.collections for t in day.totals)))
            .replace("%2", format_vnd(day.collected)).replace("%3", format_vnd(day.refunded))
            .replace("%4", format_vnd(cash_in - cash_out)))

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

    def _show_counts(self, day: DaySummary) -> None:
        self.summaryLabel.setText(self.tr(
            "Nhận trong ngày: %1 · Đến hạn trả hôm nay: %2 · Đang quá hạn: %3")
            .replace("%1", str(day.received_today)).replace("%2", str(day.due_today))
            .replace("%3", str(day.overdue)))

    def print_ledger(self) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        start = date(*self.fromDate.date().getDate())
        end = date(*self.toDate.date().getDate())
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
