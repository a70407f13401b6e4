"""The appointment time on the Vietnamese calendar, against the published schedules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.calendar import LOCAL_TZ, WorkCalendar, WorkingHours
from onestop_desktop.domain.calendar_data import merge_days, official_days, package_days
from onestop_desktop.services.setup import seeded_calendar_days
from tests.conftest import local


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar.from_days(seeded_calendar_days(date(2026, 11, 28)))


@pytest.mark.parametrize("day, working", [
    # Tết 2026: Monday 16/2 to Friday 20/2 off, with the weekends around.
    (date(2026, 2, 13), True), (date(2026, 2, 14), False), (date(2026, 2, 16), False),
    (date(2026, 2, 20), False), (date(2026, 2, 22), False), (date(2026, 2, 23), True),
    # New Year 2026: 1/1 and Friday 2/1 off, Saturday 10/1 worked instead.
    (date(2026, 1, 1), False), (date(2026, 1, 2), False), (date(2026, 1, 10), True),
    (date(2026, 1, 17), False),
    # 2025: Saturday 26/4 worked, Friday 2/5 off; Tết 27–31/1 off.
    (date(2025, 4, 26), True), (date(2025, 5, 2), False), (date(2025, 1, 27), False),
    (date(2025, 1, 31), False), (date(2025, 2, 3), True),
    # Hùng Vương 2026 falls on Sunday 26/4: Monday 27/4 off.
    (date(2026, 4, 27), False), (date(2026, 4, 30), False), (date(2026, 5, 1), False),
    (date(2026, 4, 28), True),
    # National Day 2026: 31/8–2/9 off.
    (date(2026, 8, 31), False), (date(2026, 9, 1), False), (date(2026, 9, 2), False),
    (date(2026, 9, 3), True),
    # An ordinary week.
    (date(2026, 11, 30), True), (date(2026, 12, 5), False), (date(2026, 12, 6), False),
])
def test_working_days_follow_the_official_schedules(cal, day, working):
    assert cal.is_working_day(day) is working


@pytest.mark.parametrize("received, days, due", [
    # Tết 2026: the next working day after Friday 13/2 is Monday 23/2.
    (local(2026, 2, 13, 9, 0), 1, local(2026, 2, 23, 11, 30)),
    (local(2026, 2, 12, 14, 0), 2, local(2026, 2, 23, 17, 0)),
    (local(2026, 2, 17, 10, 0), 1, local(2026, 2, 24, 11, 30)),  # received during Tết
    # The make-up Saturday 10/1/2026 is a working day.
    (local(2026, 1, 9, 10, 0), 1, local(2026, 1, 10, 11, 30)),
    (local(2025, 12, 31, 10, 0), 1, local(2026, 1, 5, 11, 30)),
    (local(2026, 1, 10, 9, 0), 0, local(2026, 1, 10, 17, 0)),
    # The make-up Saturday 26/4/2025, then 30/4–4/5 off.
    (local(2025, 4, 25, 10, 0), 1, local(2025, 4, 26, 11, 30)),
    (local(2025, 4, 29, 10, 0), 1, local(2025, 5, 5, 11, 30)),
    # Tết 2025 (27/1–31/1 off, weekends around).
    (local(2025, 1, 24, 10, 0), 1, local(2025, 2, 3, 11, 30)),
    # Hùng Vương observed on Monday 27/4/2026.
    (local(2026, 4, 24, 10, 0), 1, local(2026, 4, 28, 11, 30)),
    # Cut-off 15:00: 14:59 is the afternoon; 15:00 counts from the next morning.
    (local(2026, 11, 30, 14, 59), 1, local(2026, 12, 1, 17, 0)),
    (local(2026, 11, 30, 15, 0), 1, local(2026, 12, 2, 11, 30)),
    (local(2026, 11, 30, 18, 0), 1, local(2026, 12, 2, 11, 30)),
    # Half days: a morning receipt is due in the morning, an afternoon one in the afternoon.
    (local(2026, 11, 30, 9, 0), 3, local(2026, 12, 3, 11, 30)),
    (local(2026, 11, 30, 14, 0), 3, local(2026, 12, 3, 17, 0)),
    (local(2026, 11, 30, 12, 0), 1, local(2026, 12, 1, 17, 0)),  # lunch break: afternoon
    (local(2026, 11, 30, 6, 0), 1, local(2026, 12, 1, 11, 30)),  # before opening: morning
    # 0 days: the next half-day.
    (local(2026, 11, 30, 9, 0), 0, local(2026, 11, 30, 17, 0)),
    (local(2026, 11, 30, 14, 0), 0, local(2026, 12, 1, 11, 30)),
    (local(2026, 12, 4, 14, 0), 0, local(2026, 12, 7, 11, 30)),  # Friday afternoon -> Monday
    # Received on a Saturday: counts from Monday morning.
    (local(2026, 11, 28, 11, 19), 3, local(2026, 12, 3, 11, 30)),
])
def test_due_in_working_days(cal, received, days, due):
    assert cal.due_in_days(received, days) == due


@pytest.mark.parametrize("received, hours, due", [
    (local(2026, 11, 30, 10, 30), 4, local(2026, 11, 30, 16, 30)),  # across the lunch break
    (local(2026, 11, 30, 14, 0), 4, local(2026, 12, 1, 8, 30)),  # overnight
    (local(2026, 11, 27, 16, 0), 8, local(2026, 12, 1, 8, 0)),  # after cut-off, over the weekend
    (local(2026, 2, 13, 16, 0), 4, local(2026, 2, 23, 11, 30)),  # after cut-off, over Tết
    (local(2026, 11, 30, 9, 0), 2.5, local(2026, 11, 30, 11, 30)),  # ends exactly at noon break
    (local(2026, 11, 30, 9, 0), 0, local(2026, 11, 30, 9, 0)),
])
def test_due_in_working_hours(cal, received, hours, due):
    assert cal.due_in_hours(received, hours) == due


def test_due_is_computed_in_local_time_whatever_the_input_zone(cal):
    # 07:00 UTC is 14:00 at the centre: an afternoon receipt.
    received = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    assert cal.due_in_days(received, 1) == local(2026, 12, 1, 17, 0)


def test_naive_times_are_refused(cal):
    with pytest.raises(ValueError):
        cal.due_in_days(datetime(2026, 11, 30, 9, 0), 1)


def test_working_hours_and_cutoff_are_configurable():
    hours = WorkingHours(cutoff=WorkingHours().afternoon_end.replace(hour=16, minute=30))
    cal = WorkCalendar.from_days([], hours)
    assert cal.due_in_days(local(2026, 11, 30, 16, 0), 1) == local(2026, 12, 1, 17, 0)
    with pytest.raises(ValueError):
        WorkingHours(morning_end=WorkingHours().afternoon_end.replace(hour=18))


def test_later_sources_override_earlier_ones():
    package = package_days([2026])
    official = official_days({"days": [{"date": "2026-01-10", "kind": "work", "name": "x"}]})
    central = official_days({"days": [{"date": "2026-01-10", "kind": "off", "name": "y",
                                       "source": "central"}]})
    merged = {d.day: d for d in merge_days(package, official, central)}
    assert merged[date(2026, 1, 10)].kind == "off"
    assert merged[date(2026, 1, 10)].source == "central"


_moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                        timezones=st.just(LOCAL_TZ))


@settings(max_examples=300, deadline=None)
@given(received=_moments, a=st.integers(0, 40), b=st.integers(0, 40))
def test_more_days_never_give_an_earlier_date(cal, received, a, b):
    low, high = sorted((a, b))
    due_low, due_high = cal.due_in_days(received, low), cal.due_in_days(received, high)
    assert due_low <= due_high
    if low < high:
        assert due_low < due_high
    assert due_low > received


@settings(max_examples=300, deadline=None)
@given(received=_moments, a=st.integers(0, 200), b=st.integers(0, 200))
def test_more_hours_never_give_an_earlier_time(cal, received, a, b):
    low, high = sorted((a, b))
    assert cal.due_in_hours(received, low) <= cal.due_in_hours(received, high)
    # N working hours later lands inside a working session of a working day.
    due = cal.due_in_hours(received, high).astimezone(LOCAL_TZ)
    assert cal.is_working_day(due.date())
    h = cal.hours
    clock = due.time()
    assert (h.morning_start <= clock <= h.morning_end
            or h.afternoon_start <= clock <= h.afternoon_end)


@settings(max_examples=200, deadline=None)
@given(received=_moments, days=st.integers(1, 30))
def test_days_count_exactly_n_working_days(cal, received, days):
    start = cal.effective_receipt(received)
    due = cal.due_in_days(received, days).astimezone(LOCAL_TZ)
    assert cal.is_working_day(due.date())
    assert cal.working_days_between(start.day, due.date()) == days
    assert due.date() - start.day >= timedelta(days=days)


@pytest.mark.parametrize("received", [
    datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=14))),
    datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
    datetime(9999, 12, 31, 16, 0, tzinfo=LOCAL_TZ),
])
def test_times_at_the_ends_of_the_calendar_are_a_value_error(cal, received):
    # These used to escape as OverflowError (a traceback on the command line).
    for due in (lambda: cal.due_in_days(received, 1), lambda: cal.due_in_hours(received, 1)):
        with pytest.raises(ValueError, match="phạm vi"):
            due()


@pytest.mark.parametrize("value, unit", [
    (float("inf"), "hour"), (float("nan"), "hour"), (1e300, "hour"), (10**6, "day"),
    (-1, "day"), (-0.5, "hour"), (2.5, "day"), (float("nan"), "day"),
])
def test_absurd_time_limits_are_a_value_error(cal, value, unit):
    with pytest.raises(ValueError):
        cal.due(local(2026, 11, 30, 9, 0), value, unit)
