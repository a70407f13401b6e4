"""The ledger as a book (form 07 and form 01's line pointing into it), on a real store:
numbering by year, each dossier's status and its form-06 handovers, read in a fixed
number of statements however many dossiers there are."""

from __future__ import annotations

import re
import time
import unicodedata
from datetime import date

import pytest
from sqlalchemy import event
from sqlalchemy import text as sql

from onestop_desktop.domain.ledger import year_start
from onestop_desktop.domain.status import Status
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.services.printing import (
    preview_ledger,
    print_form,
    print_ledger,
    print_receipt,
)
from onestop_desktop.services.returns import ReturnRequest, return_result
from onestop_desktop.store import print_repo
from tests.conftest import local
from tests.test_documents_pdfcheck import assert_nfc_contains, text
from tests.test_printing import NOW, take_in


def numbered_codes(pdf: bytes) -> dict[str, int]:
    """{dossier code: the number printed before it in the ledger's first column}."""
    found = re.findall(r"(\d+) (\d{3}\.\d{2}\.\d{2}\.H\d{2})- (\d{6}-\d{4})", text(pdf))
    return {f"{agency}-{rest}": int(n) for n, agency, rest in found}


def test_receipt_and_ledger_agree_on_the_book_and_the_row(store, tmp_path):
    last_year = take_in(store, clock=local(2025, 12, 31, 15, 0),
                        received_at="2025-12-31T14:00:00+07:00")
    first = take_in(store, received_at="2026-11-30T14:00:00+07:00")
    today = [take_in(store, received_at="2026-12-01T07:45:00+07:00") for _ in range(3)]

    receipt = print_receipt(store, today[-1].code, tmp_path / "r.pdf", actor="canbo1", now=NOW)
    content = text(receipt.path.read_bytes())
    assert f"Mã hồ sơ: {today[-1].code}" in content
    assert_nfc_contains(content, "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 4.")
    old = print_receipt(store, last_year.code, tmp_path / "o.pdf", actor="canbo1", now=NOW)
    assert_nfc_contains(text(old.path.read_bytes()),
                        "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2025, Số thứ tự: 1.")

    # The day's ledger numbers its rows on from the start of the year, as the receipt does.
    day = print_ledger(store, date(2026, 12, 1), date(2026, 12, 1), tmp_path / "d.pdf",
                       actor="canbo1", now=NOW)
    assert numbered_codes(day.read_bytes()) == {d.code: n for n, d in enumerate(today, 2)}
    # Across New Year the numbering starts again in the new book.
    both = print_ledger(store, date(2025, 12, 31), date(2026, 12, 1), tmp_path / "b.pdf",
                        actor="canbo1", now=NOW)
    assert numbered_codes(both.read_bytes()) == {
        last_year.code: 1, first.code: 1, **{d.code: n for n, d in enumerate(today, 2)}}
    assert_nfc_contains(text(both.read_bytes()), "Quyển số: 01/2025, 01/2026")

    # A reprint says the same, and the line is kept with the first print's details.
    again = print_receipt(store, today[-1].code, tmp_path / "r2.pdf", actor="canbo2")
    assert_nfc_contains(text(again.path.read_bytes()), "Quyển số: 01/2026, Số thứ tự: 4.")
    with store.read() as session:
        first_print = print_repo.first_print(session, today[-1].id, "01")
        assert first_print.details["ledger"] == {"book": "01/2026", "number": 4}


def test_the_ledger_shows_each_status_and_the_handovers_of_form_06(store, tmp_path):
    handed = take_in(store)
    print_form(store, "06", handed.code, tmp_path / "k.pdf", actor="canbo1", now=NOW,
               details={"handovers": [
                   {"from": "Bộ phận Một cửa", "to": "Phòng Tài chính – Kế hoạch",
                    "at": "2026-12-01T08:30"},
                   {"from": "Phòng Tài chính – Kế hoạch", "to": "Chi cục Thuế khu vực",
                    "at": "2026-12-02T14:00+07:00", "result": "Đúng hạn"}]})
    # A reprint of form 06 carries the same rows: listed once, not twice.
    print_form(store, "06", handed.code, tmp_path / "k2.pdf", actor="canbo1", now=NOW)
    change_status(store, handed.code, Status.PROCESSING, actor="canbo1", now=NOW)
    done = take_in(store)
    change_status(store, done.code, Status.DONE, actor="canbo1", now=NOW)
    return_result(store, ReturnRequest(done.code), actor="canbo1", now=NOW)
    refused = take_in(store, status=3)
    waiting = take_in(store, status=5)

    pdf = print_ledger(store, date(2026, 11, 30), date(2026, 11, 30), tmp_path / "l.pdf",
                       actor="canbo1", now=NOW).read_bytes()
    content = unicodedata.normalize("NFC", text(pdf))
    first = "08:30 01/12/2026: Bộ phận Một cửa → Phòng Tài chính – Kế hoạch"
    second = "14:00 02/12/2026: Phòng Tài chính – Kế hoạch → Chi cục Thuế khu vực"
    assert content.count(first) == 1 and content.count(second) == 1
    for status in ("Đang xử lý", "Đã trả kết quả (trước hạn)", "Không được tiếp nhận",
                   "Yêu cầu bổ sung giấy tờ"):
        assert status in content, status
    rows = numbered_codes(pdf)
    assert sorted(rows, key=rows.get) == [handed.code, done.code, refused.code, waiting.code]
    # The handovers sit in the row of their dossier, not another's.
    assert content.index(handed.code.partition("-")[2]) < content.index(first) \
        < content.index(done.code.partition("-")[2])


def _statements(store, work) -> list[str]:
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        work()
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    return seen


def test_the_ledger_reads_the_same_few_statements_for_any_number_of_dossiers(store,
                                                                            tmp_path):
    def add(count: int) -> None:
        for _ in range(count):
            d = take_in(store)
            print_form(store, "06", d.code, tmp_path / "k.pdf", actor="canbo1", now=NOW,
                       details={"handovers": [{"from": "Một cửa", "to": "Phòng TC-KH",
                                               "at": "2026-12-01T08:30"}]})

    def ledger() -> None:
        preview_ledger(store, date(2026, 11, 30), date(2026, 11, 30), tmp_path / "l.pdf",
                       now=NOW)

    add(2)
    few = _statements(store, ledger)
    add(18)
    many = _statements(store, ledger)
    assert len(many) == len(few) <= 4  # settings, rows, handovers, earlier prints
    assert text((tmp_path / "l.pdf").read_bytes()).count("08:30 01/12/2026") == 20


@pytest.mark.slow
def test_a_years_ledger_is_read_quickly(store):
    """A busy desk's year (demo data: 36,000 dossiers over three years), each with a
    form 06 of two handovers: the year's 12,000 rows, statuses and handovers are read
    in two statements and well under two seconds."""
    from onestop_desktop.services.demo_data import make_demo_data

    make_demo_data(store, 36_000, 3, actor="test", now=NOW)
    with store.transaction() as session:
        session.execute(sql(
            "INSERT INTO prints (dossier_id, form, copy_no, template_version, details, at, "
            "actor) SELECT id, '06', 1, 'TT03-2025', :details, received_at, 'test' "
            "FROM dossiers"),
            {"details": '{"handovers":[{"from":"Một cửa","to":"Phòng TC-KH",'
                        '"at":"2026-01-05T08:30:00+07:00","result":"","note":""},'
                        '{"from":"Phòng TC-KH","to":"UBND xã","at":"","result":"",'
                        '"note":""}]}'})
    start, end = year_start(2026), local(2026, 12, 1, 0, 0)
    with store.read() as session:
        began = time.perf_counter()
        entries = print_repo.ledger_entries(session, start, end, book_start=start,
                                            next_book=start)
        seconds = time.perf_counter() - began
    assert len(entries) > 9_000
    assert [e.number for e in entries] == list(range(1, len(entries) + 1))
    assert all(len(e.handovers) == 2 for e in entries)
    assert seconds < 2.0, seconds  # 0.6–0.7 s measured on the shared build machine
