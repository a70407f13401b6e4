"""Where the days off and make-up days come from, and how the sources combine.

Three sources, later ones winning for the same date: the `holidays` package
(statutory holidays, its known swaps), the bundled list of official decisions
(resources/calendar), and overrides pulled from the central server.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import holidays

from .calendar import CalendarDay, DayKind
from .text import clean_text

PACKAGE_SOURCE = "holidays-package"
OFFICIAL_SOURCE = "official"
CENTRAL_SOURCE = "central"


def package_days(years: Iterable[int]) -> list[CalendarDay]:
    table = holidays.country_holidays("VN", years=list(years))
    rows = [CalendarDay(day, DayKind.OFF, name, PACKAGE_SOURCE)
            for day, name in sorted(table.items())]
    years_set = set(years)
    rows += [CalendarDay(day, DayKind.WORK, "Ngày làm bù", PACKAGE_SOURCE)
             for day in sorted(getattr(table, "weekend_workdays", ()))
             if day.year in years_set]
    return rows


def official_days(document: dict) -> list[CalendarDay]:
    """Parse the bundled/central JSON shape: {"days": [{"date", "kind", "name"}]}."""
    rows = []
    for entry in document.get("days", []):
        rows.append(CalendarDay(date.fromisoformat(entry["date"]), DayKind(entry["kind"]),
                                clean_text(entry.get("name", "")),
                                entry.get("source", OFFICIAL_SOURCE)))
    return rows


def merge_days(*sources: Iterable[CalendarDay]) -> list[CalendarDay]:
    """One row per date; a later source replaces an earlier one."""
    merged: dict[date, CalendarDay] = {}
    for source in sources:
        for row in source:
            merged[row.day] = row
    return [merged[day] for day in sorted(merged)]
