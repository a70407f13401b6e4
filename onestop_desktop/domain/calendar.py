"""The work calendar: working days and hours, and the appointment (due) time.

Rules (DOMAIN.md, "The appointment (due) time"), as implemented here:
- A receipt counts from its *effective* time. Before the morning session it
  counts from the morning start; during the lunch break, from the afternoon
  start; at or after the cut-off (default 15:00), after the working day, or on
  a day off, from the start of the next working day.
- Days: half-day granularity. Received in the morning with N >= 1 days, due
  at the end of the morning session of the N-th working day after; in the
  afternoon, the end of that day's afternoon session.
- Same day ("giải quyết ngay trong ngày", its own kind of limit): due at the end
  of the working day the receipt counts from. Before the cut-off on a working
  day that is the day itself (before opening and in the lunch break included,
  as for every limit); at or after the cut-off, after hours or on a day off, the
  next working day. A limit of 0 days is read as same-day: there is no other
  lawful meaning of "0 working days".
- Hours: N working hours counted from the effective time, skipping breaks,
  nights and days off.
- Days off are data: public holidays and official days off; official make-up
  days turn a weekend day into a working day.
- Provisional: an appointment counted over a year whose days off are not yet
  decided officially (not in `complete_years`) rests on an estimate.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import IntEnum, StrEnum
from zoneinfo import ZoneInfo

from .errors import InvalidInput

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_MAX_SCAN_DAYS = 3660  # no appointment is ten years away; guards a calendar with no working day
# Typo guards for a time limit: a year of working days or of working hours.
# Beyond them the loops below would run long and end past year 9999.
MAX_LIMIT_DAYS = 365
MAX_LIMIT_HOURS = 365 * 8
_OUT_OF_RANGE = "Thời điểm nằm ngoài phạm vi của lịch làm việc."


def parse_day(text: str) -> date:
    """A date as Vietnamese write it: 15/03/1990 (also 15-03-1990, 15.03.1990, 15031990).
    ValueError (Vietnamese) when it is not a real date."""
    digits = "".join(text.split())
    parts = digits.replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 1 and len(digits) == 8 and digits.isdigit():
        parts = [digits[:2], digits[2:4], digits[4:]]
    if len(parts) != 3 or not all(part.isdigit() for part in parts) or len(parts[2]) != 4:
        raise InvalidInput("Ngày phải viết dạng ngày/tháng/năm, ví dụ 15/03/1990.")
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        raise InvalidInput(f"Không có ngày {text.strip()}.") from None


def local_text(moment: datetime | None) -> str:
    """A stored (UTC) time as officers read it: 14:39 02/12/2026, local time; "—" if none."""
    return "—" if moment is None else moment.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y")


class DayKind(StrEnum):
    OFF = "off"  # a day off that would otherwise be worked (holiday, official day off)
    WORK = "work"  # a make-up working day on a weekend


class TimeUnit(StrEnum):
    DAY = "day"
    HOUR = "hour"
    SAME_DAY = "same_day"  # "in the day": the end of the working day, no count


class Half(IntEnum):
    MORNING = 0
    AFTERNOON = 1


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: DayKind
    name: str
    source: str  # "holidays-package", "official", "central"
    decision: str = ""  # the official decision or article of law the day comes from


@dataclass(frozen=True)
class WorkingHours:
    morning_start: time = time(7, 30)
    morning_end: time = time(11, 30)
    afternoon_start: time = time(13, 30)
    afternoon_end: time = time(17, 0)
    cutoff: time = time(15, 0)

    def __post_init__(self) -> None:
        if not (self.morning_start < self.morning_end <= self.afternoon_start
                < self.afternoon_end):
            raise ValueError("working sessions must be ordered: morning before afternoon")
        if not self.morning_start < self.cutoff:
            raise ValueError("the cut-off must come after the morning start")

    def session(self, half: Half) -> tuple[time, time]:
        if half is Half.MORNING:
            return self.morning_start, self.morning_end
        return self.afternoon_start, self.afternoon_end


@dataclass(frozen=True)
class EffectiveReceipt:
    day: date
    half: Half
    at: datetime  # local aware time from which the time limit runs


@dataclass(frozen=True)
class Appointment:
    """The appointment a receipt and a time limit give."""

    at: datetime
    # Counted over a year whose days off are not decided officially yet: an estimate.
    provisional: bool = False


@dataclass
class WorkCalendar:
    days: dict[date, DayKind] = field(default_factory=dict)
    hours: WorkingHours = field(default_factory=WorkingHours)
    tz: ZoneInfo = LOCAL_TZ
    weekend: frozenset[int] = frozenset({5, 6})  # Saturday, Sunday
    # Years whose days off and make-up days are all official decisions; other years
    # rest on an estimate (calendar_data.py).
    complete_years: frozenset[int] = frozenset()

    @classmethod
    def from_days(cls, rows: Iterable[CalendarDay], hours: WorkingHours | None = None,
                  tz: ZoneInfo = LOCAL_TZ, complete_years: Iterable[int] = ()) -> WorkCalendar:
        return cls({row.day: row.kind for row in rows}, hours or WorkingHours(), tz,
                   complete_years=frozenset(complete_years))

    # -- days ---------------------------------------------------------------
    def is_working_day(self, day: date) -> bool:
        kind = self.days.get(day)
        if kind is DayKind.WORK:
            return True
        if kind is DayKind.OFF:
            return False
        return day.weekday() not in self.weekend

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        for offset in range(1, _MAX_SCAN_DAYS):
            try:
                candidate = day + timedelta(days=offset)
            except OverflowError:  # past year 9999
                raise InvalidInput(_OUT_OF_RANGE) from None
            if self.is_working_day(candidate):
                return candidate
        raise InvalidInput("Lịch làm việc không còn ngày làm việc nào phía trước.")

    def add_working_days(self, day: date, count: int) -> date:
        for _ in range(count):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count

    # -- times --------------------------------------------------------------
    def _local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise ValueError("times must be timezone-aware")
        try:
            return moment.astimezone(self.tz)
        except OverflowError:  # year 1 or 9999 shifted across midnight by the offset
            raise InvalidInput(_OUT_OF_RANGE) from None

    def _at(self, day: date, clock: time) -> datetime:
        return datetime.combine(day, clock, self.tz)

    def _start_of_next_working_day(self, day: date) -> EffectiveReceipt:
        nxt = self.next_working_day(day)
        return EffectiveReceipt(nxt, Half.MORNING, self._at(nxt, self.hours.morning_start))

    def effective_receipt(self, received: datetime) -> EffectiveReceipt:
        local = self._local(received)
        day, clock, h = local.date(), local.timetz().replace(tzinfo=None), self.hours
        if not self.is_working_day(day):
            return self._start_of_next_working_day(day)
        if clock >= min(h.cutoff, h.afternoon_end):
            return self._start_of_next_working_day(day)
        if clock < h.morning_start:
            return EffectiveReceipt(day, Half.MORNING, self._at(day, h.morning_start))
        if clock < h.morning_end:
            return EffectiveReceipt(day, Half.MORNING, local)
        if clock < h.afternoon_start:
            return EffectiveReceipt(day, Half.AFTERNOON, self._at(day, h.afternoon_start))
        return EffectiveReceipt(day, Half.AFTERNOON, local)

    def due_same_day(self, received: datetime) -> datetime:
        """The end of the working day the receipt counts from: that day before the
        cut-off, the next working day at or after it, after hours or on a day off."""
        return self._at(self.effective_receipt(received).day, self.hours.afternoon_end)

    def due_in_days(self, received: datetime, days: int) -> datetime:
        """N working days; 0 is read as same-day (module docstring)."""
        if not 0 <= days <= MAX_LIMIT_DAYS:
            raise InvalidInput(f"Thời hạn giải quyết phải từ 0 đến {MAX_LIMIT_DAYS} ngày làm việc.")
        if days == 0:
            return self.due_same_day(received)
        start = self.effective_receipt(received)
        due_day = self.add_working_days(start.day, days)
        return self._at(due_day, self.hours.session(start.half)[1])

    def due_in_hours(self, received: datetime, hours: float) -> datetime:
        if not (math.isfinite(hours) and 0 <= hours <= MAX_LIMIT_HOURS):
            raise InvalidInput(f"Thời hạn giải quyết phải từ 0 đến {MAX_LIMIT_HOURS} giờ làm việc.")
        start = self.effective_receipt(received)
        remaining = timedelta(hours=hours)
        day, cursor = start.day, start.at
        while True:
            for half in Half:
                _, end_clock = self.hours.session(half)
                session_start = self._at(day, self.hours.session(half)[0])
                session_end = self._at(day, end_clock)
                begin = max(cursor, session_start)
                if begin >= session_end:
                    continue
                available = session_end - begin
                if remaining <= available:
                    return begin + remaining
                remaining -= available
            day = self.next_working_day(day)
            cursor = self._at(day, self.hours.morning_start)

    def due(self, received: datetime, value: float | None, unit: TimeUnit | str) -> datetime:
        """The due time of a limit: `value` working days or hours; none for same-day."""
        unit = TimeUnit(unit)
        if unit is TimeUnit.SAME_DAY:
            return self.due_same_day(received)
        if value is None:
            raise InvalidInput("Thiếu thời hạn giải quyết.")
        if unit is TimeUnit.HOUR:
            return self.due_in_hours(received, value)
        if not math.isfinite(value) or int(value) != value:
            raise InvalidInput("Thời hạn giải quyết tính theo ngày phải là số nguyên.")
        return self.due_in_days(received, int(value))

    def is_provisional(self, received: datetime, due: datetime) -> bool:
        """Whether counting from `received` to `due` crosses a year not officially decided."""
        first, last = self._local(received).year, self._local(due).year
        return any(year not in self.complete_years for year in range(first, last + 1))

    def appointment(self, received: datetime, value: float | None,
                    unit: TimeUnit | str) -> Appointment:
        due = self.due(received, value, unit)
        return Appointment(due, self.is_provisional(received, due))
