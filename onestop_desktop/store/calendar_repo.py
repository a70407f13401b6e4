"""Calendar days (days off, make-up days) in the store."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.calendar import CalendarDay, DayKind
from .models import CalendarDayRow


def replace_days(session: Session, rows: Iterable[CalendarDay]) -> int:
    session.execute(delete(CalendarDayRow))
    items = [CalendarDayRow(day=r.day, kind=r.kind.value, name=r.name, source=r.source)
             for r in rows]
    session.add_all(items)
    return len(items)


def upsert_days(session: Session, rows: Iterable[CalendarDay]) -> int:
    """Overrides (e.g. from the central server) win over what is stored."""
    count = 0
    for r in rows:
        session.merge(CalendarDayRow(day=r.day, kind=r.kind.value, name=r.name, source=r.source))
        count += 1
    return count


def load_days(session: Session) -> list[CalendarDay]:
    return [CalendarDay(r.day, DayKind(r.kind), r.name, r.source)
            for r in session.scalars(select(CalendarDayRow).order_by(CalendarDayRow.day))]
