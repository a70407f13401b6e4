"""Personal data at the boundary: the retention period, and closed dossiers past it
anonymised (`privacy purge`), their figures kept for the reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from ..domain.officer import Officer
from ..services import privacy
from ..services.privacy import PurgePlan, PurgeResult
from .changes import DOSSIERS, Changes, Done

if TYPE_CHECKING:
    from .core import Desk


class Privacy:
    def __init__(self, desk: Desk):
        self._desk = desk

    def retention_years(self) -> int:
        return privacy.retention_years(self._desk.store)

    def set_retention_years(self, years: int, actor: Officer) -> Done[None]:
        privacy.set_retention_years(self._desk.store, years, actor.username, self._desk.clock())
        return Done(None, Changes(settings=True))

    def plan_purge(self, before: date) -> PurgePlan:
        """What `purge` would anonymise (nothing is written)."""
        return privacy.plan_purge(self._desk.store, before, self._desk.clock())

    def purge(self, plan: PurgePlan, actor: Officer,
              progress: Callable[[int], None] | None = None) -> Done[PurgeResult]:
        return Done(privacy.purge(self._desk.store, plan, actor.username, self._desk.clock(),
                                  progress), DOSSIERS)
