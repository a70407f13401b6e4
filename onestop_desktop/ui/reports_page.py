"""Báo cáo: today's counts and the dossier ledger (form 07) for a date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from ..domain.calendar import LOCAL_TZ
from ..services.reports import DaySummary
from .context import DeskContext
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
        show_message(self.messageLabel, "")

    def refresh(self) -> None:
        """The day's counts, counted in SQL off the GUI thread."""
        self.ctx.jobs.run(self.ctx.desk.reports.today, on_done=self._show_counts)

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
