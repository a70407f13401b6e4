"""The centre's figures at the boundary, as SQL aggregates (services/reports.py), and
the report written to a file (services/report_export.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.officer import Officer
from ..domain.permissions import Action
from ..services import reports
from ..services.report_export import ReportFormat, export_report
from ..services.reports import DaySummary, PeriodReport
from .changes import Changes, Done

if TYPE_CHECKING:
    from .core import Desk

Progress = Callable[[int, int], None]  # (steps done, steps in all); may raise to stop


class Reports:
    def __init__(self, desk: Desk):
        self._desk = desk

    def today(self) -> DaySummary:
        """The counter's day: received today, due today, overdue."""
        return reports.day_summary(self._desk.store, self._desk.clock())

    def period(self, date_from: date, date_to: date, actor: Officer,
               progress: Progress | None = None) -> PeriodReport:
        """The figures of the local days date_from..date_to (both included): for the
        centre's head and the administrator. BadPeriod for days that are no period."""
        self._desk.require(actor, Action.REPORTS)
        return reports.period_report(self._desk.store, date_from, date_to,
                                     self._desk.clock(), progress)

    def export(self, date_from: date, date_to: date, fmt: ReportFormat | str, out_path: Path,
               actor: Officer, progress: Progress | None = None) -> Done[Path]:
        """The same figures written to `out_path` as JSON, XLSX or PDF (whole, or not at
        all). Nothing in the store changes."""
        self._desk.require(actor, Action.REPORTS)
        path = export_report(self._desk.store, date_from, date_to, ReportFormat(fmt),
                             Path(out_path), self._desk.clock(), progress)
        return Done(path, Changes())
