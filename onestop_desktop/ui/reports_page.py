"""Báo cáo: today's counts and the dossier ledger (form 07) for a date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from ..domain.calendar import LOCAL_TZ
from ..services import dossier_queries
from ..services.dossier_queries import DossierFilter, Period
from .context import DeskContext
from .forms import FormPage
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import show_message


def _printing():
    """Imported on first print: reportlab and the forms cost ~0.1 s at start-up."""
    from ..services import printing

    return printing



class ReportsPage(FormPage):
    FORM = "reports_page.ui"
    NAMES = ("summaryLabel", "fromDate", "toDate", "ledgerButton", "messageLabel")

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
        ctx = self.ctx
        now = ctx.clock()

        def counts() -> tuple[int, int, int]:
            return tuple(len(dossier_queries.find_dossiers(ctx.store, DossierFilter(period=p,
                                                                                    limit=0),
                                                           now))
                         for p in (Period.TODAY, Period.DUE_TODAY, Period.OVERDUE))

        ctx.jobs.run(counts, on_done=self._show_counts)

    def _show_counts(self, counts) -> None:
        received, due, overdue = counts
        self.summaryLabel.setText(self.tr(
            "Nhận trong ngày: %1 · Đến hạn trả hôm nay: %2 · Đang quá hạn: %3")
            .replace("%1", str(received)).replace("%2", str(due)).replace("%3", str(overdue)))

    def print_ledger(self) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        start = date(*self.fromDate.date().getDate())
        end = date(*self.toDate.date().getDate())
        self.printing.start(PrintOrder(
            title=self.tr("Sổ theo dõi hồ sơ"),
            file_stem=f"so-theo-doi-{start:%Y%m%d}-{end:%Y%m%d}",
            preview=lambda path: _printing().preview_ledger(ctx.store, start, end,
                                                            path).copy_no,
            record=lambda path: _printing().print_ledger(ctx.store, start, end, path,
                                                         actor=actor),
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
