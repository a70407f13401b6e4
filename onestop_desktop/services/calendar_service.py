"""The work calendar of this desk, built from the store and kept until it changes."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.calendar import WorkCalendar, WorkingHours
from ..store import calendar_repo
from ..store.database import Store


def work_calendar(store: Store, session: Session, hours: WorkingHours) -> WorkCalendar:
    cached = store.cache.get("calendar")
    if isinstance(cached, WorkCalendar) and cached.hours == hours:
        return cached
    calendar = WorkCalendar.from_days(calendar_repo.load_days(session), hours)
    store.cache["calendar"] = calendar
    return calendar
