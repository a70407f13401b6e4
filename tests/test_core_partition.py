"""The code partition (desk number and width) cannot change on a day with codes.

The daily counter is kept per desk number: moving a store that already issued
codes that day to another desk number or width would restart it inside another
desk's block (a collision across PCs) or over its own codes (a UNIQUE failure).
A new day starts clean; intakes dated before the change are then refused.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from onestop_desktop.domain.codes import CodeConflict, DeskPartition, parse_code
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.setup import initialise
from onestop_desktop.store import settings_repo
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, AGENCY_NAME, local, sample_request

OTHER_AGENCY = "000.00.02.H22"
TODAY = date(2026, 11, 30)  # the day sample_request's dossiers are received


def take(store: Store, **overrides) -> str:
    return IntakeService(store, clock=lambda: local(2026, 12, 1, 8, 0)).intake(
        sample_request(**overrides), "canbo1").code


def init(store: Store, **kwargs):
    kwargs = {"agency_code": AGENCY, "agency_name": AGENCY_NAME, "today": TODAY, **kwargs}
    return initialise(store, **kwargs)


def config_of(store: Store):
    with store.read() as session:
        return settings_repo.load_desk_config(session)


def counts(store: Store) -> tuple[int, int]:
    with raw_connection(store.path) as raw:
        return (raw.execute("SELECT count(*) FROM dossiers").fetchone()[0],
                raw.execute("SELECT count(*) FROM audit").fetchone()[0])


@pytest.mark.parametrize("change", [{"desk": 2}, {"desk": 1, "desk_digits": 2},
                                    {"desk": 10, "desk_digits": 2}])
def test_init_refuses_a_new_partition_once_codes_were_issued(store, change):
    assert take(store) == f"{AGENCY}-261130-1001"
    before = counts(store)
    with pytest.raises(ValidationFailed) as failed:
        init(store, **change)
    (problem,) = failed.value.problems
    assert problem.field == "desk"
    assert "quầy 1, 1 chữ số quầy" in problem.message and AGENCY in problem.message
    assert "30/11/2026" in problem.message and "ngày hôm sau" in problem.message
    assert (config_of(store).desk, config_of(store).desk_digits) == (1, 1)
    assert counts(store) == before
    assert take(store) == f"{AGENCY}-261130-1002"  # the desk goes on in its own block


def test_the_partition_may_change_before_any_code(store):
    init(store, desk=3)
    init(store, desk=12, desk_digits=2)
    assert take(store) == f"{AGENCY}-261130-1201"
    with pytest.raises(ValidationFailed):
        init(store, desk=3, desk_digits=1)


def test_init_without_desk_digits_keeps_the_stored_width(tmp_path):
    store = Store.open(tmp_path / "d")
    init(store, desk=12, desk_digits=2)
    take(store)
    again = init(store, desk=12, agency_name="Tên mới")  # e.g. `init` run again
    assert (again.config.desk, again.config.desk_digits) == (12, 2)
    assert take(store) == f"{AGENCY}-261130-1202"
    store.close()


def test_a_new_agency_has_its_own_partition(store):
    take(store)
    init(store, agency_code=OTHER_AGENCY, desk=2)
    assert take(store) == f"{OTHER_AGENCY}-261130-2001"
    with pytest.raises(ValidationFailed):
        init(store, desk=2)  # back to the first agency, whose codes came from desk 1
    init(store, desk=1)
    assert take(store) == f"{AGENCY}-261130-1002"
    with store.read() as session:
        assert settings_repo.code_partition(session, AGENCY) == DeskPartition(1, 1)
        assert settings_repo.code_partition(session, OTHER_AGENCY) == DeskPartition(2, 1)


def _forget_partitions(store: Store) -> None:
    """As a store written before partitions were recorded."""
    with store.transaction() as session:
        settings_repo.set_setting(session, settings_repo.CODE_PARTITIONS_KEY, {})


def test_a_store_from_before_partitions_is_locked_to_its_configuration(store):
    take(store)
    _forget_partitions(store)
    with pytest.raises(ValidationFailed):
        init(store, desk=2)
    init(store, desk=1)  # the same partition is fine, and now recorded
    with store.read() as session:
        assert settings_repo.code_partition(session, AGENCY) == DeskPartition(1, 1)


def test_intake_refuses_a_partition_changed_behind_setup(store):
    take(store)
    with store.transaction() as session:  # e.g. a hand-edited or restored settings row
        settings_repo.save_desk_config(session, replace(config_of(store), desk=2))
    before = counts(store)
    with pytest.raises(CodeConflict, match="quầy 1"):
        take(store)
    assert counts(store) == before


def test_a_code_issued_before_is_a_clear_refusal_not_an_integrity_error(store):
    # Desk 1 with one digit issues 1001; an old release then let the store move to
    # desk 10 with two digits, whose first number is 1001 again.
    first = take(store)
    _forget_partitions(store)
    with store.transaction() as session:
        settings_repo.save_desk_config(session, replace(config_of(store), desk=10,
                                                        desk_digits=2))
    before = counts(store)
    with pytest.raises(CodeConflict, match=first):
        take(store)
    assert counts(store) == before
    assert parse_code(first).number == 1001


@pytest.mark.parametrize("change, first", [({"desk": 1, "desk_digits": 2}, "0101"),
                                           ({"desk": 12, "desk_digits": 2}, "1201"),
                                           ({"desk": 3}, "3001")])
def test_the_partition_may_change_from_a_day_without_codes(store, change, first):
    """An agency that grows past nine desks moves every desk to two digits overnight."""
    assert take(store) == f"{AGENCY}-261130-1001"
    next_day = date(2026, 12, 1)
    init(store, today=next_day, **change)
    received = "2026-12-01T08:00:00+07:00"
    assert take(store, received_at=received) == f"{AGENCY}-261201-{first}"
    before = counts(store)
    with pytest.raises(CodeConflict, match="đã đổi từ ngày 01/12/2026"):
        take(store)  # dated 30/11, the old partition's day: its numbers could clash
    assert counts(store) == before
    with pytest.raises(ValidationFailed):  # and not back again on a day with codes
        init(store, today=next_day, desk=1, desk_digits=1)
