"""The appointment time on the Vietnamese calendar, against the published schedules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.calendar import (
    LOCAL_TZ,
    CalendarDay,
    DayKind,
    TimeUnit,
    WorkCalendar,
    WorkingHours,
)
from onestop_desktop.domain.calendar_data import CENTRAL_SOURCE, merge_days, package_days
from onestop_desktop.services.setup import bundled_official_calendar, seeded_calendar_days
from tests.conftest import local


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar.from_days(seeded_calendar_days(date(2026, 11, 28)),
                                  complete_years=bundled_official_calendar().complete_years)


# Decisions the days come from, as test ids name them.
BLLD = "BLLĐ-2019-Đ112"  # Labour Code 2019, Art. 112 (statutory holidays)
TB6150 = "TB-6150-TB-BLĐTBXH-2024"  # Tết and National Day 2025
SWAP_2025 = "hoán-đổi-30-4-2025"  # Saturday 26/4/2025 worked for Friday 2/5/2025
SWAP_NEW_YEAR_2026 = "hoán-đổi-Tết-Dương-lịch-2026"  # Saturday 10/1 worked for Friday 2/1
TET_2026 = "lịch-nghỉ-Tết-2026"  # 14/2–22/2/2026
TB9441 = "TB-9441-TB-BNV-2025"  # National Day 2026: Saturday 22/8 worked for Monday 31/8
WEEK = "tuần-làm-việc"  # an ordinary Monday–Friday week


def decided(decision: str, day: date, working: bool):
    return pytest.param(day, working, id=f"{decision}-{day:%d-%m-%Y}")


@pytest.mark.parametrize("day, working", [
    # 2025
    decided(BLLD, date(2025, 1, 1), False),
    decided(TB6150, date(2025, 1, 27), False), decided(TB6150, date(2025, 1, 31), False),
    decided(TB6150, date(2025, 2, 3), True),
    decided(BLLD, date(2025, 4, 7), False),  # Hùng Vương, 10/3 lunar
    decided(SWAP_2025, date(2025, 4, 26), True), decided(SWAP_2025, date(2025, 5, 2), False),
    decided(BLLD, date(2025, 4, 30), False), decided(BLLD, date(2025, 5, 1), False),
    decided(TB6150, date(2025, 9, 1), False), decided(BLLD, date(2025, 9, 2), False),
    decided(WEEK, date(2025, 9, 3), True),
    # 2026: New Year, 1/1–4/1 off; Friday 2/1 off, Saturday 10/1 worked instead.
    decided(BLLD, date(2026, 1, 1), False),
    decided(SWAP_NEW_YEAR_2026, date(2026, 1, 2), False),
    decided(SWAP_NEW_YEAR_2026, date(2026, 1, 10), True),
    decided(WEEK, date(2026, 1, 17), False),
    # Tết 2026: Monday 16/2 to Friday 20/2 off, with the weekends around.
    decided(WEEK, date(2026, 2, 13), True), decided(TET_2026, date(2026, 2, 14), False),
    decided(TET_2026, date(2026, 2, 16), False), decided(TET_2026, date(2026, 2, 20), False),
    decided(TET_2026, date(2026, 2, 22), False), decided(WEEK, date(2026, 2, 23), True),
    # Hùng Vương 2026 falls on Sunday 26/4: Monday 27/4 off (Art. 112(3)).
    decided(BLLD, date(2026, 4, 27), False), decided(WEEK, date(2026, 4, 28), True),
    decided(BLLD, date(2026, 4, 30), False), decided(BLLD, date(2026, 5, 1), False),
    # National Day 2026: Saturday 29/8–Wednesday 2/9 off, Monday 31/8 swapped for
    # Saturday 22/8 (worked).
    decided(TB9441, date(2026, 8, 22), True), decided(TB9441, date(2026, 8, 29), False),
    decided(TB9441, date(2026, 8, 31), False), decided(BLLD, date(2026, 9, 1), False),
    decided(BLLD, date(2026, 9, 2), False), decided(WEEK, date(2026, 9, 3), True),
    # Vietnamese Culture Day is no day off until the law or a decision says so.
    decided(BLLD, date(2026, 11, 24), True),
    # An ordinary week.
    decided(WEEK, date(2026, 11, 30), True), decided(WEEK, date(2026, 12, 5), False),
    decided(WEEK, date(2026, 12, 6), False),
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
    # Received on a Saturday: counts from Monday morning.
    (local(2026, 11, 28, 11, 19), 3, local(2026, 12, 3, 11, 30)),
])
def test_due_in_working_days(cal, received, days, due):
    assert cal.due_in_days(received, days) == due


# Same-day procedures ("giải quyết ngay trong ngày", Decree 23/2015 Art. 7): before the
# cut-off (15:00), the end of that working day; at or after it, after hours or on a day
# off, the end of the next working day.
SAME_DAY = "NĐ-23-2015-Đ7-trong-ngày"


def same_day(decision: str, why: str, received: datetime, due: datetime):
    return pytest.param(received, due, id=f"{decision}-{why}")


@pytest.mark.parametrize("received, due", [
    same_day(SAME_DAY, "morning", local(2026, 11, 30, 9, 0), local(2026, 11, 30, 17, 0)),
    same_day(SAME_DAY, "14h00-certified-copy", local(2026, 11, 30, 14, 0),
             local(2026, 11, 30, 17, 0)),
    same_day(SAME_DAY, "before-cut-off-14h59", local(2026, 11, 30, 14, 59),
             local(2026, 11, 30, 17, 0)),
    same_day(SAME_DAY, "at-cut-off-15h00", local(2026, 11, 30, 15, 0),
             local(2026, 12, 1, 17, 0)),
    same_day(SAME_DAY, "after-cut-off-16h30", local(2026, 11, 30, 16, 30),
             local(2026, 12, 1, 17, 0)),
    same_day(SAME_DAY, "lunch-break", local(2026, 11, 30, 12, 0), local(2026, 11, 30, 17, 0)),
    # Before opening counts from that morning, as for every limit (domain/calendar.py).
    same_day(SAME_DAY, "before-opening", local(2026, 11, 30, 6, 30),
             local(2026, 11, 30, 17, 0)),
    same_day(SAME_DAY, "outside-hours-evening", local(2026, 11, 30, 19, 0),
             local(2026, 12, 1, 17, 0)),
    same_day(SAME_DAY, "friday-before-cut-off", local(2026, 12, 4, 14, 59),
             local(2026, 12, 4, 17, 0)),
    same_day(SAME_DAY, "friday-after-cut-off", local(2026, 12, 4, 15, 30),
             local(2026, 12, 7, 17, 0)),
    same_day(SAME_DAY, "day-off-sunday", local(2026, 11, 29, 10, 0),
             local(2026, 11, 30, 17, 0)),
    same_day(SAME_DAY, "day-off-saturday-after-hours", local(2026, 11, 28, 20, 0),
             local(2026, 11, 30, 17, 0)),
    # Friday 13/2/2026, the last working day before Tết (14/2–22/2 off).
    same_day(TET_2026, "friday-before-Tết-14h59", local(2026, 2, 13, 14, 59),
             local(2026, 2, 13, 17, 0)),
    same_day(TET_2026, "friday-before-Tết-15h00", local(2026, 2, 13, 15, 0),
             local(2026, 2, 23, 17, 0)),
    same_day(TET_2026, "during-Tết", local(2026, 2, 17, 10, 0), local(2026, 2, 23, 17, 0)),
    # Make-up Saturdays are working days, and the working day after a Friday.
    same_day(SWAP_NEW_YEAR_2026, "on-make-up-saturday-10-1", local(2026, 1, 10, 9, 0),
             local(2026, 1, 10, 17, 0)),
    same_day(SWAP_NEW_YEAR_2026, "friday-9-1-after-cut-off", local(2026, 1, 9, 16, 0),
             local(2026, 1, 10, 17, 0)),
    same_day(SWAP_NEW_YEAR_2026, "swapped-friday-2-1", local(2026, 1, 2, 9, 0),
             local(2026, 1, 5, 17, 0)),
    same_day(TB9441, "on-make-up-saturday-22-8", local(2026, 8, 22, 10, 0),
             local(2026, 8, 22, 17, 0)),
    same_day(TB9441, "friday-21-8-after-cut-off", local(2026, 8, 21, 15, 30),
             local(2026, 8, 22, 17, 0)),
    same_day(TB9441, "friday-28-8-after-cut-off", local(2026, 8, 28, 15, 30),
             local(2026, 9, 3, 17, 0)),
    same_day(BLLD, "culture-day-24-11-2026-is-worked", local(2026, 11, 24, 10, 0),
             local(2026, 11, 24, 17, 0)),
])
def test_same_day_procedures(cal, received, due):
    assert cal.due(received, None, TimeUnit.SAME_DAY) == due
    assert cal.due(received, 0, TimeUnit.DAY) == due  # 0 days is read as same-day


def due_on(decision: str, received: datetime, days: int, due: datetime):
    return pytest.param(received, days, due, id=f"{decision}-{received:%d-%m-%Y}-{days}d")


@pytest.mark.parametrize("received, days, due", [
    # Saturday 22/8/2026 is worked; 29/8–2/9 off with Monday 31/8 (TB 9441/TB-BNV).
    due_on(TB9441, local(2026, 8, 21, 9, 0), 1, local(2026, 8, 22, 11, 30)),
    due_on(TB9441, local(2026, 8, 20, 14, 0), 2, local(2026, 8, 22, 17, 0)),
    due_on(TB9441, local(2026, 8, 28, 9, 0), 1, local(2026, 9, 3, 11, 30)),
    due_on(TB9441, local(2026, 8, 27, 14, 0), 3, local(2026, 9, 4, 17, 0)),
    # 24/11/2026 is a working day.
    due_on(BLLD, local(2026, 11, 23, 9, 0), 1, local(2026, 11, 24, 11, 30)),
    due_on(BLLD, local(2026, 11, 23, 14, 0), 2, local(2026, 11, 25, 17, 0)),
    # National Day 2025: 1/9 and 2/9 off.
    due_on(TB6150, local(2025, 8, 29, 9, 0), 1, local(2025, 9, 3, 11, 30)),
    due_on(BLLD, local(2025, 4, 4, 9, 0), 1, local(2025, 4, 8, 11, 30)),  # Hùng Vương 7/4
])
def test_due_across_the_decided_days(cal, received, days, due):
    assert cal.due(received, days, TimeUnit.DAY) == due


@pytest.mark.parametrize("received, value, unit, provisional", [
    pytest.param(local(2026, 12, 1, 9, 0), 3, TimeUnit.DAY, False, id="2026-within"),
    pytest.param(local(2026, 12, 30, 9, 0), 5, TimeUnit.DAY, True,
                 id="counted-across-into-2027"),
    pytest.param(local(2027, 3, 1, 9, 0), 3, TimeUnit.DAY, True, id="2027-undecided"),
    pytest.param(local(2027, 3, 1, 9, 0), None, TimeUnit.SAME_DAY, True,
                 id="2027-same-day"),
    pytest.param(local(2025, 12, 30, 9, 0), 5, TimeUnit.DAY, False,
                 id="2025-into-2026-both-decided"),
    pytest.param(local(2026, 12, 31, 14, 0), 4, TimeUnit.HOUR, True, id="hours-into-2027"),
])
def test_an_appointment_counted_over_an_undecided_year_is_provisional(
        cal, received, value, unit, provisional):
    appointment = cal.appointment(received, value, unit)
    assert appointment.at == cal.due(received, value, unit)
    assert appointment.provisional is provisional


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
    official = bundled_official_calendar().days
    central = [CalendarDay(date(2026, 1, 10), DayKind.OFF, "y", CENTRAL_SOURCE)]
    merged = {d.day: d for d in merge_days(package, official, central)}
    assert merged[date(2026, 1, 10)].kind == "off"
    assert merged[date(2026, 1, 10)].source == "central"


_moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                        timezones=st.just(LOCAL_TZ))


@settings(max_examples=300, deadline=None)
@given(received=_moments, a=st.integers(0, 40), b=st.integers(0, 40))
def test_more_days_never_give_an_earlier_date(cal, received, a, b):
    # 0 days is read as same-day: never later than one day.
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
