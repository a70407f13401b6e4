"""Calendar days (days off, make-up days) in the store.

Every write also stamps a new calendar version in the settings table, so a
process holding a cached WorkCalendar sees, with one key lookup, that another
process (the sync engine of another instance, the command line) changed it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.calendar import CalendarDay, DayKind
from . import settings_repo
from .models import CalendarDayRow

CALENDAR_VERSION_KEY = "calendar_version"
# The years whose days off are all official decisions (domain/calendar_data.py).
COMPLETE_YEARS_KEY = "calendar_complete_years"


def calendar_version(session: Session) -> object:
    """The stamp of the last calendar write; None for a store never written since stamps."""
    return settings_repo.get_setting(session, CALENDAR_VERSION_KEY)


def _stamp(session: Session) -> None:
    # A random stamp, not a counter: a restored backup cannot repeat a stamp seen before.
    settings_repo.set_setting(session, CALENDAR_VERSION_KEY, uuid.uuid4().hex)


def _row(r: CalendarDay) -> CalendarDayRow:
    return CalendarDayRow(day=r.day, kind=r.kind.value, name=r.name, source=r.source,
                          decision=r.decision)


def replace_days(session: Session, rows: Iterable[CalendarDay],
                 complete_years: Iterable[int] = ()) -> int:
    """The whole calendar, and the years in it that official decisions cover completely."""
    session.execute(delete(CalendarDayRow))
    settings_repo.set_setting(session, COMPLETE_YEARS_KEY, sorted(set(complete_years)))
    items = [_row(r) for r in rows]
    session.add_all(items)
    _stamp(session)
    return len(items)


def upsert_days(session: Session, rows: Iterable[CalendarDay]) -> int:
    """Overrides (e.g. from the central server) win over what is stored."""
    count = 0
    for r in rows:
        session.merge(_row(r))
        count += 1
    if count:
        _stamp(session)
    return count


def load_days(session: Session) -> list[CalendarDay]:
    return [CalendarDay(r.day, DayKind(r.kind), r.name, r.source, r.decision or "")
            for r in session.scalars(select(CalendarDayRow).order_by(CalendarDayRow.day))]


def complete_years(session: Session) -> frozenset[int]:
    """None stored (a calendar seeded before the list said which years it covers): no
    year is complete, every appointment is provisional until the calendar is reseeded."""
    return frozenset(int(y) for y in settings_repo.get_setting(session, COMPLETE_YEARS_KEY)
                     or ())
