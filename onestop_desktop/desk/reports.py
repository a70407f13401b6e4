"""The centre's figures at the boundary, as SQL aggregates (services/reports.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..services import reports
from ..services.reports import DaySummary

if TYPE_CHECKING:
    from .core import Desk


class Reports:
    def __init__(self, desk: Desk):
        self._desk = desk

    def today(self) -> DaySummary:
        """The counter's day: received today, due today, overdue."""
        return reports.day_summary(self._desk.store, self._desk.clock())
