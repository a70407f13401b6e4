"""Where the calendar's days come from: the official list is the whole truth for the years
it covers, the pinned `holidays` package estimates the others, in Vietnamese whatever the
PC's locale; the centre's overrides win over both."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path

import holidays
import pytest

from onestop_desktop.domain.calendar import CalendarDay, DayKind, WorkCalendar
from onestop_desktop.domain.calendar_data import (
    CENTRAL_SOURCE,
    OFFICIAL_SOURCE,
    combined_days,
    package_days,
)
from onestop_desktop.resources import resource_path
from onestop_desktop.services.setup import bundled_official_calendar

ROOT = Path(__file__).resolve().parents[2]


class _OlderPackage(dict):
    """What an older or mistaken `holidays` release says: 2026 without the swap of
    TB 9441/TB-BNV (22/8 worked, 31/8 off), with 24/11 and a day that is no holiday."""

    weekend_workdays = frozenset()


def _older_package(_country, years, **_kw):
    table = _OlderPackage()
    for year in years:
        table[date(year, 1, 1)] = "Tết Dương lịch"
        table[date(year, 3, 2)] = "Ngày nghỉ không có thật"
        table[date(year, 11, 24)] = "Ngày Văn hóa Việt Nam"
    return table


def test_complete_years_come_only_from_the_official_list(monkeypatch):
    monkeypatch.setattr(holidays, "country_holidays", _older_package)
    official = bundled_official_calendar()
    assert {2025, 2026} <= official.complete_years
    days = {d.day: d for d in combined_days([2025, 2026, 2027], official)}
    calendar = WorkCalendar.from_days(days.values(), complete_years=official.complete_years)
    # 2026 is decided: nothing of the package's is added or dropped.
    assert calendar.is_working_day(date(2026, 8, 22))  # make-up Saturday (TB 9441/TB-BNV)
    assert not calendar.is_working_day(date(2026, 8, 31))
    assert calendar.is_working_day(date(2026, 3, 2))
    assert calendar.is_working_day(date(2026, 11, 24))
    assert all(d.source == OFFICIAL_SOURCE for d in days.values() if d.day.year in (2025, 2026))
    # 2027 is not: the package's estimate is used (Culture Day left out, see below).
    assert not calendar.is_working_day(date(2027, 3, 2))
    assert calendar.is_working_day(date(2027, 11, 24))


def test_every_official_day_names_its_decision():
    document = json.loads(resource_path("calendar", "vn_official_days.json")
                          .read_text(encoding="utf-8"))
    assert document["complete_years"] == [2025, 2026]
    for entry in document["days"]:
        assert entry["source"].strip(), entry
        assert entry["name"].strip(), entry
    decisions = {d.day: d.decision for d in bundled_official_calendar().days}
    assert "9441/TB-BNV" in decisions[date(2026, 8, 22)]
    assert "9441/TB-BNV" in decisions[date(2026, 8, 31)]


def test_culture_day_is_no_day_off_in_the_estimate():
    """24/11 is off only once the Labour Code or an official decision says so."""
    estimate = {d.day for d in package_days([2027, 2028, 2029])}
    assert not any(day.month == 11 and day.day in (24, 25, 26) for day in estimate)
    assert date(2027, 9, 2) in estimate  # the statutory holidays are there


def test_holiday_names_are_vietnamese_whatever_the_locale(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, "en_US.UTF-8")
    # The package follows the PC's locale unless told otherwise...
    assert holidays.country_holidays("VN", years=[2027])[date(2027, 1, 1)] == "New Year's Day"
    # ...the desk tells it.
    names = {d.day: d.name for d in package_days([2027])}
    assert names[date(2027, 1, 1)] == "Tết Dương lịch"
    assert names[date(2027, 9, 2)] == "Quốc khánh"


def test_the_holidays_package_is_pinned_to_the_version_tested():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [re.fullmatch(r"holidays==([\d.]+)", dep.replace(" ", ""))
            for dep in project["project"]["dependencies"] if dep.startswith("holidays")]
    assert len(pins) == 1 and pins[0] is not None, "holidays must be pinned with =="
    assert pins[0].group(1) == holidays.__version__


def test_the_centre_wins_over_both():
    official = bundled_official_calendar()
    central = [CalendarDay(date(2026, 8, 22), DayKind.OFF, "Hủy làm bù", CENTRAL_SOURCE),
               CalendarDay(date(2027, 2, 4), DayKind.WORK, "Làm việc", CENTRAL_SOURCE)]
    days = {d.day: d for d in combined_days([2026, 2027], official, central)}
    assert days[date(2026, 8, 22)].kind is DayKind.OFF
    assert days[date(2027, 2, 4)].kind is DayKind.WORK


@pytest.mark.parametrize("years", [[], [2026]])
def test_no_estimate_is_asked_for_decided_years(monkeypatch, years):
    asked = []
    monkeypatch.setattr(holidays, "country_holidays",
                        lambda *a, **kw: asked.append(kw["years"]) or _OlderPackage())
    combined_days(years, bundled_official_calendar())
    assert asked == []
