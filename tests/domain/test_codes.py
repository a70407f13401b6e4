"""Dossier codes: format, round trip, the per-desk partition."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.codes import (
    DeskPartition,
    SequenceExhausted,
    is_dossier_code,
    make_code,
    parse_code,
    resolve_code,
)


def test_format_matches_the_national_example():
    code = make_code("000.00.01.H22", date(2025, 3, 12), 1)
    assert str(code) == "000.00.01.H22-250312-0001"
    assert parse_code("000.00.01.H22-250312-0001") == code


@pytest.mark.parametrize("text", [
    "000.00.01.H22-250312-001", "000.00.01.H2-250312-0001", "00.00.01.H22-250312-0001",
    "000.00.01.H22-251312-0001", "000.00.01.H22-250230-0001", "000.00.01.H22-250312-0000",
    "000.00.01.H22 250312 0001", "",
])
def test_malformed_codes_are_refused(text):
    assert not is_dossier_code(text)
    with pytest.raises(ValueError):
        parse_code(text)


def test_scanned_code_with_lower_case_and_spaces_is_accepted():
    assert str(parse_code("  000.00.01.h22-250312-0001\r\n")) == "000.00.01.H22-250312-0001"


agencies = st.builds(lambda a, b, c, letter, d: f"{a:03d}.{b:02d}.{c:02d}.{letter}{d:02d}",
                     st.integers(0, 999), st.integers(0, 99), st.integers(0, 99),
                     st.sampled_from("ABCDGHKTX"), st.integers(0, 99))


@given(agency=agencies, day=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
       number=st.integers(1, 9999))
def test_round_trip(agency, day, number):
    code = make_code(agency, day, number)
    assert parse_code(str(code)) == code
    assert is_dossier_code(str(code))


def test_desk_partitions_never_overlap():
    for digits in (1, 2):
        issued: dict[int, int] = {}
        for desk in range(1, 10**digits):
            part = DeskPartition(desk, digits)
            for counter in range(1, part.capacity + 1):
                number = part.number(counter)
                assert 1 <= number <= 9999
                assert number not in issued, (desk, issued.get(number))
                issued[number] = desk
                assert make_code("000.00.01.H22", date(2026, 1, 1), number).desk(digits) == desk


def test_a_desk_that_runs_out_is_refused_not_wrapped():
    part = DeskPartition(3)
    assert part.number(1) == 3001 and part.number(999) == 3999
    with pytest.raises(SequenceExhausted):
        part.number(1000)
    with pytest.raises(ValueError):
        DeskPartition(10)
    with pytest.raises(ValueError):
        DeskPartition(0)
    assert DeskPartition(12, 2).number(5) == 1205


AGENCY = "000.00.01.H22"


@pytest.mark.parametrize("typed", ["261202-2002", " 261202-2002 ", "261202 - 2002",
                                   "2612022002", "000.00.01.H22-261202-2002",
                                   "000.00.01.h22-261202-2002"])
def test_the_short_code_read_out_names_a_dossier_of_this_agency(typed):
    assert resolve_code(typed, AGENCY) == "000.00.01.H22-261202-2002"


def test_a_full_code_of_another_agency_stays_its_own():
    assert resolve_code("000.00.02.H22-261202-2002", AGENCY) == "000.00.02.H22-261202-2002"


@pytest.mark.parametrize("typed", ["", "261202", "261202-202", "261302-2002", "261202-0000",
                                   "26120-22002", "261202-2002-1", "abc", "0912345678x"])
def test_what_is_no_code_resolves_to_nothing(typed):
    assert resolve_code(typed, AGENCY) is None


def test_bare_digits_only_when_typed():
    assert resolve_code("2612022002", AGENCY, bare_digits=False) is None
    assert resolve_code("261202-2002", AGENCY, bare_digits=False) == \
        "000.00.01.H22-261202-2002"


def test_a_short_code_needs_an_agency():
    assert resolve_code("261202-2002", "") is None
