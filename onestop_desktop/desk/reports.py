"""The centre's figures at the boundary, as SQL aggregates (services/reports.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..domain.officer import Officer
from ..domain.permissions import Action
from ..services import reports
from ..services.reports import DaySummary, PeriodReport

if TYPE_CHECKING:
    from .core import Desk


class Reports:
    def __init__(self, desk: Desk):
        self._desk = desk

    def today(self) -> DaySummary:
        """The counter's day: received today, due today, overdue."""
        return reports.day_summary(self._desk.store, self._desk.clock())

    def period(self, date_from: date, date_to: date, actor: Officer) -> PeriodReport:
        """The figures of the local days date_from..date_to (both included): for the
        centre's head and the administrator."""
        self._desk.require(actor, Action.REPORTS)
        return reports.period_report(self._desk.store, date_from, date_to, self._desk.clock())
