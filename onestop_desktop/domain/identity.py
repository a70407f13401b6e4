"""Identity numbers, tax codes, phones and e-mail: validation and normal form.

No checksum is published for CCCD numbers, so none is checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .text import clean_text

# Province codes of the citizen identity number (Circular 07/2016/TT-BCA).
# They keep the pre-2025 provinces: numbers already issued do not change.
PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang",
    "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp",
    "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}

# Gender/century digit (Circular 07/2016/TT-BCA): (century start year, gender).
# The scheme starts at the 1900s and runs forward: 8/9 is the 2300s, not the
# 1800s, so those digits (like any future birth year) fail the age check below.
_CENTURY_DIGIT = {
    "0": (1900, "Nam"), "1": (1900, "Nữ"),
    "2": (2000, "Nam"), "3": (2000, "Nữ"),
    "4": (2100, "Nam"), "5": (2100, "Nữ"),
    "6": (2200, "Nam"), "7": (2200, "Nữ"),
    "8": (2300, "Nam"), "9": (2300, "Nữ"),
}
_MAX_AGE_YEARS = 130

_SEPARATORS = re.compile(r"[\s.\-()]")
_ID_SEPARATORS = re.compile(r"[\s.]")  # a branch tax code keeps its dash: 0101234567-001


class IdKind(StrEnum):
    CCCD = "cccd"
    CMND = "cmnd"
    PASSPORT = "passport"
    TAX_CODE = "tax_code"


@dataclass(frozen=True)
class CccdInfo:
    province_code: str
    province: str
    gender: str
    birth_year: int


def compact_number(value: str | None) -> str:
    """Drop spaces and the separators people type inside numbers."""
    return _SEPARATORS.sub("", clean_text(value))


def cccd_problem(number: str, today: date | None = None,
                 birth_date: date | None = None, gender: str | None = None) -> str | None:
    """Why a 12-digit citizen ID is invalid, or None when it is fine."""
    if not re.fullmatch(r"\d{12}", number):
        return "Số căn cước phải gồm đúng 12 chữ số."
    province = number[:3]
    if province not in PROVINCE_CODES:
        return f"Mã tỉnh {province} ở đầu số căn cước không tồn tại."
    century, digit_gender = _CENTURY_DIGIT[number[3]]
    birth_year = century + int(number[4:6])
    this_year = (today or date.today()).year
    if birth_year > this_year or birth_year < this_year - _MAX_AGE_YEARS:
        return (f"Chữ số giới tính/thế kỷ ({number[3]}) và năm sinh ({number[4:6]}) "
                f"cho năm sinh {birth_year}, không hợp lệ.")
    if birth_date is not None and birth_date.year != birth_year:
        return f"Số căn cước ghi năm sinh {birth_year}, khác ngày sinh {birth_date:%d/%m/%Y}."
    if gender and clean_text(gender) != digit_gender:
        return f"Số căn cước ghi giới tính {digit_gender}, khác giới tính đã khai."
    return None


def cccd_info(number: str) -> CccdInfo:
    century, gender = _CENTURY_DIGIT[number[3]]
    return CccdInfo(number[:3], PROVINCE_CODES.get(number[:3], "?"), gender,
                    century + int(number[4:6]))


def classify_id(value: str) -> IdKind | None:
    number = normalize_id(value)
    if re.fullmatch(r"\d{12}", number):
        return IdKind.CCCD
    if re.fullmatch(r"\d{9}", number):
        return IdKind.CMND
    if re.fullmatch(r"[A-Z]\d{7}", number):
        return IdKind.PASSPORT
    if re.fullmatch(r"\d{10}(-\d{3})?", number):
        return IdKind.TAX_CODE
    return None


def normalize_id(value: str) -> str:
    return _ID_SEPARATORS.sub("", clean_text(value)).upper()


def id_problem(value: str, applicant_kind: str = "citizen",
               today: date | None = None) -> str | None:
    """Why an applicant's identity number is invalid, or None.

    A citizen shows a CCCD (12), an old CMND (9) or a passport (letter + 7);
    an organisation shows its tax code (10, or 10-3 for a branch).
    """
    number = normalize_id(value)
    if not number:
        return "Chưa nhập số giấy tờ tùy thân."
    kind = classify_id(number)
    if applicant_kind == "organisation":
        if kind is IdKind.TAX_CODE:
            return None
        return "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số - 3 chữ số với chi nhánh."
    if kind is IdKind.CCCD:
        return cccd_problem(number, today)
    if kind in (IdKind.CMND, IdKind.PASSPORT):
        return None
    return ("Số giấy tờ không hợp lệ: căn cước 12 chữ số, CMND 9 chữ số, "
            "hoặc hộ chiếu 1 chữ cái và 7 chữ số.")


def normalize_phone(value: str | None) -> str:
    """Digits only, with the +84 / 84 country prefix turned into a leading 0."""
    number = compact_number(value)
    if number.startswith("+84"):
        number = "0" + number[3:]
    elif number.startswith("0084"):
        number = "0" + number[4:]
    elif number.startswith("84") and len(number) in (11, 12):
        number = "0" + number[2:]
    return number


def phone_problem(value: str) -> str | None:
    number = normalize_phone(value)
    if re.fullmatch(r"0[35789]\d{8}", number):
        return None
    if re.fullmatch(r"02\d{9}", number):
        return None
    return ("Số điện thoại không hợp lệ: di động 10 chữ số bắt đầu 03, 05, 07, 08, 09; "
            "cố định 11 chữ số bắt đầu 02.")


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def email_problem(value: str) -> str | None:
    if _EMAIL.fullmatch(clean_text(value)):
        return None
    return "Địa chỉ email không hợp lệ."


def mask(value: str | None, keep: int = 3) -> str:
    """For logs: every character but the last `keep` replaced by '*'."""
    if not value:
        return ""
    return "*" * max(len(value) - keep, 0) + value[-keep:]
