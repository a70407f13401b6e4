"""The cached work calendar follows changes made through another Store on the same file."""

from __future__ import annotations

from datetime import date

from onestop_desktop.domain.calendar import CalendarDay, DayKind
from onestop_desktop.domain.calendar_data import CENTRAL_SOURCE
from onestop_desktop.services.calendar_service import work_calendar
from onestop_desktop.services.setup import initialise
from onestop_desktop.store import calendar_repo, settings_repo
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, AGENCY_NAME

WEDNESDAY = date(2026, 12, 2)


def calendar_of(store: Store):
    with store.read() as session:
        return work_calendar(store, session, settings_repo.load_desk_config(session).hours)


def test_a_day_off_set_by_another_store_is_seen(store):
    # `other` stands for another process: the sync engine of a second instance, the CLI.
    other = Store(store.path)
    try:
        cached = calendar_of(store)
        assert cached.is_working_day(WEDNESDAY)
        assert calendar_of(store) is cached  # unchanged: the cache is used
        with other.transaction() as session:
            calendar_repo.upsert_days(session, [CalendarDay(WEDNESDAY, DayKind.OFF,
                                                            "Nghỉ đột xuất", CENTRAL_SOURCE)])
        assert not calendar_of(store).is_working_day(WEDNESDAY)
        with other.transaction() as session:
            calendar_repo.upsert_days(session, [CalendarDay(WEDNESDAY, DayKind.WORK,
                                                            "Làm bù", CENTRAL_SOURCE)])
        assert calendar_of(store).is_working_day(WEDNESDAY)
    finally:
        other.close()


def test_a_reseeded_calendar_from_another_store_is_seen(store):
    other = Store(store.path)
    try:
        with other.transaction() as session:
            calendar_repo.upsert_days(session, [CalendarDay(WEDNESDAY, DayKind.OFF, "x",
                                                            "official")])
        assert not calendar_of(store).is_working_day(WEDNESDAY)
        # init elsewhere reseeds from the bundled data, dropping the non-central day
        initialise(other, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
                   today=date(2026, 11, 28))
        assert calendar_of(store).is_working_day(WEDNESDAY)
    finally:
        other.close()


def test_an_empty_upsert_keeps_the_cache(store):
    cached = calendar_of(store)
    with store.transaction() as session:
        assert calendar_repo.upsert_days(session, []) == 0
    assert calendar_of(store) is cached
