"""Identity numbers, phones, e-mail, and the CCCD QR payload."""

from __future__ import annotations

from datetime import date

import pytest

from onestop_desktop.domain.cccd_qr import looks_like_cccd_qr, parse_cccd_qr
from onestop_desktop.domain.identity import (
    IdKind,
    cccd_info,
    cccd_problem,
    classify_id,
    email_problem,
    id_problem,
    mask,
    normalize_phone,
    phone_problem,
)

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize("number", [
    "001090012345",  # Hà Nội, man born 1990
    "079301234567",  # Hồ Chí Minh, woman born 2001
    "048185000001",  # Đà Nẵng, woman born 1985
    "038226000001",  # Thanh Hóa, boy born 2026
])
def test_valid_cccd(number):
    assert cccd_problem(number, TODAY) is None
    assert id_problem(number, today=TODAY) is None


@pytest.mark.parametrize("number, why", [
    ("003090012345", "Mã tỉnh 003"),  # no province 003
    ("00109001234", "12 chữ số"),
    ("001290012345", "năm sinh"),  # born 2090: in the future
    ("001427012345", "năm sinh"),  # 2127
    ("001880012345", "năm sinh"),  # 1800s: too old
    ("00109001234a", "12 chữ số"),
])
def test_invalid_cccd(number, why):
    problem = cccd_problem(number, TODAY)
    assert problem is not None and why in problem


@pytest.mark.parametrize("number", [
    "038897012345",  # 8: a man of the 2300s (born 2397), not of 1897
    "038999012345",  # 9: a woman of the 2300s
    "001800000001",  # 2300 exactly
    "001600000001",  # 6: 2200
])
def test_century_digits_8_and_9_are_the_2300s_so_refused(number):
    problem = cccd_problem(number, TODAY)
    assert problem is not None and "năm sinh" in problem
    assert id_problem(number, today=TODAY) is not None


def test_century_digit_table_runs_forward_from_1900():
    assert [cccd_info(f"001{d}00000001").birth_year for d in "0123456789"] == [
        1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 2300, 2300]
    assert [cccd_info(f"001{d}00000001").gender for d in "89"] == ["Nam", "Nữ"]


def test_cccd_consistent_with_declared_birth_and_gender():
    assert cccd_problem("001190012345", TODAY, date(1990, 5, 1), "Nữ") is None
    assert "khác ngày sinh" in cccd_problem("001190012345", TODAY, date(1991, 5, 1))
    assert "giới tính" in cccd_problem("001190012345", TODAY, gender="Nam")
    info = cccd_info("079301234567")
    assert (info.province, info.gender, info.birth_year) == ("Hồ Chí Minh", "Nữ", 2001)


def test_other_documents():
    assert classify_id("012 345 678") is IdKind.CMND
    assert classify_id("c1234567") is IdKind.PASSPORT
    assert classify_id("0101234567-001") is IdKind.TAX_CODE
    assert id_problem("0101234567", "organisation") is None
    assert id_problem("0101234567-001", "organisation") is None
    assert id_problem("001090012345", "organisation") is not None
    assert id_problem("12345", today=TODAY) is not None
    assert id_problem("", today=TODAY) == "Chưa nhập số giấy tờ tùy thân."


@pytest.mark.parametrize("raw, normal", [
    ("+84 912 345 678", "0912345678"), ("84912345678", "0912345678"),
    ("0912.345.678", "0912345678"), ("(024) 3825 1234", "02438251234"),
    ("0084 987654321", "0987654321"),
])
def test_phone_normalisation(raw, normal):
    assert normalize_phone(raw) == normal
    assert phone_problem(raw) is None


@pytest.mark.parametrize("raw", ["0112345678", "091234567", "09123456789", "0212345678",
                                 "abc", "+1 202 555 0100"])
def test_invalid_phones(raw):
    assert phone_problem(raw) is not None


def test_email_and_mask():
    assert email_problem("a.b@so-tc.thanhhoa.gov.vn") is None
    assert email_problem("a@b") is not None
    assert mask("038190012345") == "*********345"


def test_cccd_qr_payload():
    text = ("038190012345|123456789|Đặng Thị Ngọc Hường|15081990|Nữ|"
            "Số 5 Lê Lợi, Hạc Thành, Thanh Hóa|20042021")
    assert looks_like_cccd_qr(text)
    card = parse_cccd_qr(text)
    assert card.id_number == "038190012345" and card.old_id_number == "123456789"
    assert card.full_name == "Đặng Thị Ngọc Hường"
    assert card.birth_date == date(1990, 8, 15) and card.issued_on == date(2021, 4, 20)
    assert card.gender == "Nữ"
    assert cccd_problem(card.id_number, TODAY, card.birth_date, card.gender) is None
    no_cmnd = parse_cccd_qr("001090012345||Nguyễn Văn Ẩn|01011990|Nam|Hà Nội|01012022")
    assert no_cmnd.old_id_number == ""
    for bad in ("001090012345|Nguyễn", "001090012345||A|32131990|Nam|HN|01012022"):
        with pytest.raises(ValueError):
            parse_cccd_qr(bad)
