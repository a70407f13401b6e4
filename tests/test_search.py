"""Finding dossiers from what an officer types: names without their marks (đ too), typed
in NFD, parts of ID numbers and phones, codes and their tails, newest first, within the
desk's agency; the index follows each intake in its transaction and can be rebuilt."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from sqlalchemy import text

from onestop_desktop.domain.search import dossier_tokens, parse_query
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.search import search_rows
from onestop_desktop.store import search_index
from tests.conftest import AGENCY, local, sample_request

OTHER_AGENCY = "000.00.02.H22"
PEOPLE = [  # name, CCCD, phone, address
    ("Đặng Thị Ngọc Hường", "038190012345", "0912345678", "Số 5 Lê Lợi, phường Hạc Thành"),
    ("Nguyễn Văn An", "038090011111", "0987654321", "Thôn 3, xã Hoằng Hóa"),
    ("Nguyễn Thị Vân", "001190022222", "", "Phường Đông Sơn, Thanh Hóa"),
    ("Trần Đăng Khoa", "079085033333", "0334455667", "Xã Quảng Xương"),
]


@pytest.fixture
def taken(store):
    start = local(2026, 11, 30, 8, 0)
    dossiers = []
    for i, (name, number, phone, address) in enumerate(PEOPLE):
        at = start + timedelta(minutes=10 * i)
        service = IntakeService(store, clock=lambda at=at: at)
        request = sample_request(received_at=at.isoformat())
        request["applicant"] = {"name": name, "id_number": number, "phone": phone,
                                "address": address}
        dossiers.append(service.intake(request, "lan"))
    return dossiers


def _names(store, query: str, agency: str = AGENCY, limit: int = 50) -> list[str]:
    with store.read() as session:
        return [r.applicant_name for r in search_rows(session, query, agency, limit)]


@pytest.mark.parametrize(("query", "expected"), [
    # đ folded; the applicants so named first, newest first; then the rest, whose
    # procedure ("Đăng ký thành lập hộ kinh doanh") says "đăng"
    ("dang", ["Trần Đăng Khoa", "Đặng Thị Ngọc Hường", "Nguyễn Thị Vân", "Nguyễn Văn An"]),
    # Marks typed: the same. The applicant so named first; then one whose name has "thi"
    # and whose procedure has "đăng".
    ("Đặng thi", ["Đặng Thị Ngọc Hường", "Nguyễn Thị Vân"]),
    # Every word must match; the name holding them as typed comes first.
    ("nguyen van", ["Nguyễn Văn An", "Nguyễn Thị Vân"]),
    ("nguyen", ["Nguyễn Thị Vân", "Nguyễn Văn An"]),
    ("nguy", ["Nguyễn Thị Vân", "Nguyễn Văn An"]),  # the last word as it is being typed
    ("huong", ["Đặng Thị Ngọc Hường"]),
    ("thi van", ["Nguyễn Thị Vân"]),
    ("12345", ["Đặng Thị Ngọc Hường"]),  # the end of an ID number
    ("0381900", ["Đặng Thị Ngọc Hường"]),  # its start
    ("19001", ["Đặng Thị Ngọc Hường"]),  # any run of its digits
    ("0987 654", ["Nguyễn Văn An"]),  # a phone typed with its spaces
    ("0987654321", ["Nguyễn Văn An"]),  # ten digits: a phone, or a code tail without dash
    ("0334.455.667", ["Trần Đăng Khoa"]),
    ("hoang hoa", ["Nguyễn Văn An"]),  # the address
    ("ho kinh doanh", [p[0] for p in reversed(PEOPLE)]),  # the procedure's name
    ("xyz", []),
    ("", []),
])
def test_search_finds_what_was_typed(store, taken, query, expected):
    assert _names(store, query) == expected


def test_a_query_typed_in_nfd_finds_the_same(store, taken):
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn")
    assert nfd != "Nguyễn Văn"
    assert _names(store, nfd) == ["Nguyễn Văn An", "Nguyễn Thị Vân"]


def test_codes_and_their_tails_find_the_dossier(store, taken):
    code = taken[2].code  # 000.00.01.H22-261130-1003
    tail = code.split("-", 1)[1]
    for query in (code, code.lower(), tail, tail.replace("-", " "), tail.replace("-", "")):
        assert _names(store, query) == ["Nguyễn Thị Vân"], query


def test_another_agencys_dossiers_are_never_found(store, taken):
    assert _names(store, "nguyen", agency=OTHER_AGENCY) == []
    assert _names(store, taken[0].code, agency=OTHER_AGENCY) == []
    assert _names(store, taken[0].code.split("-", 1)[1], agency=OTHER_AGENCY) == []


def test_newest_first_with_a_limit(store, taken):
    assert _names(store, "ho kinh doanh", limit=2) == ["Trần Đăng Khoa", "Nguyễn Thị Vân"]


def test_the_index_is_written_with_the_intake_and_can_be_rebuilt(store, taken):
    with store.read() as session:
        indexed = session.scalar(text(f"SELECT count(*) FROM {search_index.TABLE} "
                                      f"WHERE {search_index.TABLE} MATCH 'nguyen'"))
    assert indexed == 2
    with store.transaction() as session:  # a broken index: emptied
        session.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) "
                             f"VALUES ('delete-all')"))
    assert _names(store, "nguyen") == []
    with store.transaction() as session:
        assert search_index.rebuild(session.connection()) == len(PEOPLE)
    assert _names(store, "nguyen") == ["Nguyễn Thị Vân", "Nguyễn Văn An"]


def test_a_refused_intake_leaves_nothing_in_the_index(store, taken):
    bad = sample_request()
    bad["applicant"] = {**bad["applicant"], "name": "Nguyễn Văn Bị Từ Chối",
                        "id_number": "123"}
    with pytest.raises(ValueError):
        IntakeService(store, clock=lambda: local(2026, 11, 30, 11, 0)).intake(bad, "lan")
    assert _names(store, "tu choi") == []


def test_tokens_and_query_parsing():
    tokens = dossier_tokens(code=f"{AGENCY}-261130-1003", name="Đặng Thị Hường",
                            id_number="038190012345", phone="0912345678", address="Hạc Thành",
                            procedure_name="Đăng ký")
    words = tokens.split()
    assert {"dang", "thi", "huong", "261130", "1003"} <= set(words)
    assert {"zhac", "zthanh", "zdang", "zky"} <= set(words)  # places and procedures: marked
    assert "038190012345" in words and "345" in words and "12345" in words
    assert parse_query("261130-1003").code_tail == "261130-1003"
    assert parse_query("0912 345 678").terms == ("0912345678",)
    assert parse_query('nguyen" OR *').terms == ("nguyen", "or")  # never the index's syntax
