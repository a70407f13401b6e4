"""The work calendar at the boundary: the appointment a receipt time and a time limit give."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.calendar import Appointment, TimeUnit
from ..domain.procedure import TimeLimit
from ..services.calendar_service import work_calendar
from ..services.intake import DeskNotConfigured
from ..store import settings_repo

if TYPE_CHECKING:
    from .core import Desk


class Calendar:
    def __init__(self, desk: Desk):
        self._desk = desk

    def appointment(self, received: datetime, limit: TimeLimit) -> Appointment:
        """The due time of `limit` from `received`, and whether it is provisional (counted
        over a year whose days off are not officially decided yet)."""
        store = self._desk.store
        with store.read() as session:
            config = settings_repo.load_desk_config(session)
            if config is None:
                raise DeskNotConfigured()
            return work_calendar(store, session, config.hours).appointment(
                received, limit.value, limit.unit)

    def due(self, received: datetime, value: float | None, unit: TimeUnit) -> datetime:
        return self.appointment(received, TimeLimit(value or 0, TimeUnit(unit))).at
