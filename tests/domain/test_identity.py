"""Identity numbers, phones, e-mail, and the CCCD QR payload."""

from __future__ import annotations

from datetime import date

import pytest

from onestop_desktop.domain.cccd_qr import looks_like_cccd_qr, parse_cccd_qr
from onestop_desktop.domain.countries import all_countries, country_name, is_country
from onestop_desktop.domain.identity import (
    CMND_WARNING,
    UNKNOWN_PLACE,
    IdKind,
    cccd_info,
    cccd_problem,
    classify_id,
    email_problem,
    id_problem,
    id_warning,
    implied_nationality,
    mask,
    normalize_phone,
    phone_problem,
    tax_check_digit,
    tax_code_problem,
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
    assert classify_id("0100109106-001") is IdKind.TAX_CODE
    assert id_problem("0100109106", "organisation") is None
    assert id_problem("0100109106-001", "organisation") is None
    assert id_problem("001090012345", "organisation") is not None
    assert id_problem("12345", today=TODAY) is not None
    assert id_problem("", today=TODAY) == "Chưa nhập số giấy tờ tùy thân."


@pytest.mark.parametrize("number, place", [
    ("003090012345", UNKNOWN_PLACE),  # 003 is in no province's row: a birth abroad
    ("999190012345", UNKNOWN_PLACE),
    ("038190012345", "Thanh Hóa"),
])
def test_a_well_formed_cccd_with_an_unknown_place_code_is_accepted(number, place):
    """Circular 07/2016 Art. 7: the first three digits are the province's code or the
    country's where the birth was registered; a code outside our table is never refused,
    and its place is shown as unknown rather than guessed."""
    assert cccd_problem(number, TODAY) is None
    assert id_problem(number, today=TODAY) is None
    assert cccd_info(number).province == place


def test_an_old_cmnd_is_accepted_with_a_warning_and_a_cccd_without():
    assert id_problem("012345678", today=TODAY) is None
    assert id_warning("012 345 678") == CMND_WARNING
    assert "01/01/2025" in CMND_WARNING and "căn cước" in CMND_WARNING
    for number in ("038190012345", "C1234567"):
        assert id_warning(number) is None
    assert id_warning("0100109106", "organisation") is None
    # A foreigner's passport of 9 digits (as US ones are) is no CMND.
    assert classify_id("123456789", "USA") is IdKind.FOREIGN_PASSPORT
    assert id_warning("123456789", nationality="USA") is None


@pytest.mark.parametrize("number, nationality", [
    ("M12345678", "KOR"), ("TK1234567", "JPN"), ("E12345678", "CHN"), ("123456789", "USA"),
    ("12AB34567", "FRA"), ("C01X00T47", "DEU"), ("533380006", "GBR"), ("AB1234", "THA"),
    ("c1234567", "LAO"),  # a letter and 7 digits is a passport of any country
])
def test_foreign_passports_are_accepted_with_their_nationality(number, nationality):
    assert id_problem(number, today=TODAY, nationality=nationality) is None
    assert classify_id(number, nationality) is IdKind.FOREIGN_PASSPORT
    assert implied_nationality(number, nationality) == nationality


def test_a_foreign_passport_needs_a_nationality_and_the_right_length():
    assert "quốc tịch" in id_problem("M12345678", today=TODAY)
    assert "quốc tịch" in id_problem("AB1234", today=TODAY)
    for bad in ("AB123", "M123456789", "038190012345", "AB-12345Z!"):
        problem = id_problem(bad, today=TODAY, nationality="KOR")
        assert problem is not None and "6 đến 9" in problem, bad
    # Việt Nam given outright: the Vietnamese papers' rules.
    assert id_problem("038190012345", today=TODAY, nationality="VNM") is None
    assert id_problem("M12345678", today=TODAY, nationality="VNM") is not None


def test_a_vietnamese_paper_implies_vietnam():
    for number in ("038190012345", "012345678", "C1234567"):
        assert implied_nationality(number) == "VNM"
    assert implied_nationality("M12345678") == ""


def test_nationalities_come_from_the_iso_3166_list():
    assert is_country("KOR") and is_country("VNM") and is_country("USA")
    for bad in ("XXX", "KR", "kor", "VN", "ABCD", ""):
        assert not is_country(bad)
    codes = [code for code, _name in all_countries()]
    assert codes[0] == "VNM" and len(codes) == len(set(codes)) >= 249
    assert country_name("VNM") == "Việt Nam" and country_name("KOR") == "South Korea"


# Tax codes the companies print on their invoices and sites.
PUBLISHED_TAX_CODES = [
    "0100109106",  # Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)
    "0100112437",  # Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)
    "0300588569",  # Công ty CP Sữa Việt Nam (Vinamilk)
    "0101243150",  # Công ty CP MISA: remainder 10, check digit 0
    "0100100079",  # Tập đoàn Điện lực Việt Nam (EVN), state-owned
    "0100233488", "0314409058",  # python-stdnum's examples
    "0100112437-005",  # a Vietcombank branch
]


@pytest.mark.parametrize("number", PUBLISHED_TAX_CODES)
def test_published_tax_codes_pass_the_check_digit(number):
    assert tax_code_problem(number) is None
    assert id_problem(number, "organisation") is None


@pytest.mark.parametrize("number", [
    "0100109107", "0100112436", "0300588560", "0101243151",  # the last digit mistyped
    "0100190106",  # two digits swapped
    "0101234567",  # made up
    "0100000000",  # no sequence number
    "0100109106-000",  # no branch 000
])
def test_tax_codes_with_a_wrong_check_digit_are_refused(number):
    problem = tax_code_problem(number)
    assert problem is not None
    assert id_problem(number, "organisation") == problem


def test_tax_check_digit_rule():
    assert tax_check_digit("010010910") == 6
    assert tax_check_digit("010124315") == 0  # 10 - 10
    # A sum divisible by 11 leaves 10: no digit, such a code is never issued.
    assert tax_check_digit("000000000") is None
    assert tax_code_problem("0000000000") is not None


@pytest.mark.parametrize("raw, normal", [
    ("+84 912 345 678", "0912345678"), ("84912345678", "0912345678"),
    ("0912.345.678", "0912345678"), ("(024) 3825 1234", "02438251234"),
    ("0084 987654321", "0987654321"),
    ("+84 (0) 912 345 678", "0912345678"), ("(+84) 912 345 678", "0912345678"),
    ("0084 912 345 678", "0912345678"), ("0084 (0) 912 345 678", "0912345678"),
    ("+84 0912 345 678", "0912345678"), ("+84 (0) 24 3825 1234", "02438251234"),
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
