"""Handing a result back: the timing class and the citizen's satisfaction rating."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum, StrEnum

from .calendar import LOCAL_TZ


class Timing(StrEnum):
    """Trước hạn / Đúng hạn / Quá hạn, judged against the appointment."""

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"

    @property
    def label(self) -> str:
        return {"early": "Trước hạn", "on_time": "Đúng hạn", "late": "Quá hạn"}[self.value]


def timing_class(due_at: datetime | None, ended_at: datetime) -> Timing:
    """Early: before the appointed day; on time: on the appointed day, by its hour
    (or no appointment); late: after the appointed moment.

    `ended_at` is when processing ended (status 9, the portal's NgayKetThucXuLy), not
    when the result was handed back (DOMAIN.md). The day is compared in local time,
    because the appointment is a local half-day.
    """
    if due_at is None:
        return Timing.ON_TIME
    if ended_at > due_at:
        return Timing.LATE
    if ended_at.astimezone(LOCAL_TZ).date() < due_at.astimezone(LOCAL_TZ).date():
        return Timing.EARLY
    return Timing.ON_TIME


class Rating(IntEnum):
    """The citizen's satisfaction with the service, as kiosks ask it."""

    VERY_SATISFIED = 1
    SATISFIED = 2
    DISSATISFIED = 3

    @property
    def label(self) -> str:
        return RATING_LABELS[self]


RATING_LABELS: dict[Rating, str] = {
    Rating.VERY_SATISFIED: "Rất hài lòng",
    Rating.SATISFIED: "Hài lòng",
    Rating.DISSATISFIED: "Không hài lòng",
}
