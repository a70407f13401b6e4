"""The centre's figures, counted in SQL (never by loading dossiers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.listing import Period
from ..store.database import Store
from .dossier_queries import DossierFilter, count


@dataclass(frozen=True)
class DaySummary:
    received_today: int
    due_today: int  # still being processed, due today
    overdue: int  # still being processed, past their appointment


def day_summary(store: Store, now: datetime) -> DaySummary:
    return DaySummary(*(count(store, DossierFilter(period=period), now)
                        for period in (Period.TODAY, Period.DUE_TODAY, Period.OVERDUE)))
