"""Where the days off and make-up days come from, and how the sources combine.

Three sources, later ones winning for the same date (DOMAIN.md, "Sources and authority"):
- the `holidays` package (pinned in pyproject.toml): an estimate, used only for the
  years the official list does not cover;
- the bundled list of official decisions (resources/calendar): for the years it names
  in "complete_years" it is the whole truth, the package adds and drops nothing;
- overrides pulled from the central server.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import holidays

from .calendar import CalendarDay, DayKind
from .text import clean_text

PACKAGE_SOURCE = "holidays-package"
OFFICIAL_SOURCE = "official"
CENTRAL_SOURCE = "central"

# Names in Vietnamese whatever the PC's locale (the package would follow it).
PACKAGE_LANGUAGE = "vi"
# Days the package counts that the Labour Code (Art. 112) does not make days off:
# Vietnamese Culture Day (24/11) is off only once the law or an official decision says
# so, and then it comes in as official data.
_NOT_STATUTORY = ("Ngày Văn hóa Việt Nam",)


@dataclass(frozen=True)
class OfficialCalendar:
    days: list[CalendarDay]
    complete_years: frozenset[int]  # years whose every day off and make-up day is listed


def package_days(years: Iterable[int]) -> list[CalendarDay]:
    """The package's estimate for `years`: statutory holidays and its known swaps."""
    years_set = set(years)
    if not years_set:
        return []
    table = holidays.country_holidays("VN", years=sorted(years_set),
                                      language=PACKAGE_LANGUAGE)
    rows = [CalendarDay(day, DayKind.OFF, name, PACKAGE_SOURCE)
            for day, name in sorted(table.items())
            if not name.startswith(_NOT_STATUTORY)]
    rows += [CalendarDay(day, DayKind.WORK, "Ngày làm bù", PACKAGE_SOURCE)
             for day in sorted(getattr(table, "weekend_workdays", ()))
             if day.year in years_set]
    return rows


def official_calendar(document: dict) -> OfficialCalendar:
    """Parse the bundled JSON: {"complete_years": [...], "days": [{"date", "kind", "name",
    "source"}]}, "source" naming the decision a day comes from."""
    days = [CalendarDay(date.fromisoformat(entry["date"]), DayKind(entry["kind"]),
                        clean_text(entry.get("name", "")), OFFICIAL_SOURCE,
                        clean_text(entry.get("source", "")))
            for entry in document.get("days", [])]
    return OfficialCalendar(days, frozenset(int(y) for y in document.get("complete_years", ())))


def official_days(document: dict) -> list[CalendarDay]:
    return official_calendar(document).days


def merge_days(*sources: Iterable[CalendarDay]) -> list[CalendarDay]:
    """One row per date; a later source replaces an earlier one."""
    merged: dict[date, CalendarDay] = {}
    for source in sources:
        for row in source:
            merged[row.day] = row
    return [merged[day] for day in sorted(merged)]


def combined_days(years: Iterable[int], official: OfficialCalendar,
                  central: Iterable[CalendarDay] = ()) -> list[CalendarDay]:
    """The calendar of `years`: the package's estimate for the years the official list
    does not cover, then the official list, then the centre's overrides."""
    estimated = [y for y in years if y not in official.complete_years]
    return merge_days(package_days(estimated), official.days, central)
