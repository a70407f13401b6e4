"""The work calendar of this desk, built from the store and kept until it changes.

The cache is keyed on the calendar version stamped by every calendar write
(calendar_repo), read in the caller's session: a change committed by another
process or another Store on the same file is seen on the next call.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.calendar import WorkCalendar, WorkingHours
from ..store import calendar_repo
from ..store.database import Store

_CACHE_KEY = "calendar"


def work_calendar(store: Store, session: Session, hours: WorkingHours) -> WorkCalendar:
    version = calendar_repo.calendar_version(session)
    cached = store.cache.get(_CACHE_KEY)
    if isinstance(cached, tuple) and cached[0] == version and cached[1].hours == hours:
        return cached[1]
    calendar = WorkCalendar.from_days(calendar_repo.load_days(session), hours,
                                      complete_years=calendar_repo.complete_years(session))
    store.cache[_CACHE_KEY] = (version, calendar)
    return calendar
