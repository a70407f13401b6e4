"""Identity numbers, tax codes, phones and e-mail: validation and normal form.

No checksum is published for CCCD numbers, so none is checked; a tax code's tenth
digit is a check digit and is checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .countries import VIETNAM, country_name, is_country
from .text import clean_text

# Province codes of the citizen identity number (Circular 07/2016/TT-BCA, Annex I).
# They keep the pre-2025 provinces: numbers already issued do not change. Art. 7 of the
# same circular starts the number with "the code of the province, or of the country,
# where the birth was registered": births registered abroad carry a country code whose
# table we could not find published, so an unknown code is accepted, never refused, and
# its place shown as unknown.
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

UNKNOWN_PLACE = "không rõ"

_SEPARATORS = re.compile(r"[\s.\-()]")
_ID_SEPARATORS = re.compile(r"[\s.]")  # a branch tax code keeps its dash: 0101234567-001


class IdKind(StrEnum):
    CCCD = "cccd"
    CMND = "cmnd"  # invalid since 2025-01-01: accepted with a warning
    PASSPORT = "passport"  # Vietnamese: a letter and 7 digits
    FOREIGN_PASSPORT = "foreign_passport"  # 6 to 9 letters and digits (ICAO 9303)
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
    """What the number says; the place is UNKNOWN_PLACE for a code not in the table."""
    century, gender = _CENTURY_DIGIT[number[3]]
    return CccdInfo(number[:3], PROVINCE_CODES.get(number[:3], UNKNOWN_PLACE), gender,
                    century + int(number[4:6]))


_FOREIGN_PASSPORT = re.compile(r"[A-Z0-9]{6,9}")


def classify_id(value: str, nationality: str = "") -> IdKind | None:
    """What kind of paper the number is. With a nationality other than Việt Nam it can
    only be a foreign passport (whose number may look like a CMND: 9 digits)."""
    number = normalize_id(value)
    if nationality and nationality != VIETNAM:
        return IdKind.FOREIGN_PASSPORT if _FOREIGN_PASSPORT.fullmatch(number) else None
    if re.fullmatch(r"\d{12}", number):
        return IdKind.CCCD
    if re.fullmatch(r"\d{9}", number):
        return IdKind.CMND
    if re.fullmatch(r"[A-Z]\d{7}", number):
        return IdKind.PASSPORT
    if re.fullmatch(r"\d{10}(-\d{3})?", number):
        return IdKind.TAX_CODE
    if _FOREIGN_PASSPORT.fullmatch(number):
        return IdKind.FOREIGN_PASSPORT
    return None


# The tax code's tenth digit is its check digit (Circular 105/2020/TT-BTC, Art. 5, names
# it so without giving the rule). The rule, N10 = 10 - (31·N1 + 29·N2 + 23·N3 + 19·N4
# + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11, a remainder of 0 giving no digit (no code
# has it), is python-stdnum's (stdnum/vn/mst.py, doctests 0100233488 and 0314409058) and
# that of independent published validators (weights 31, 29, 23, 19, 17, 13, 7, 5, 3 and
# "10 - sum mod 11"); tests check it against tax codes the companies publish.
_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_check_digit(first_nine: str) -> int | None:
    """The tenth digit of a tax code starting with these nine digits; None if none can be."""
    check = 10 - sum(w * int(d) for w, d in zip(_TAX_WEIGHTS, first_nine, strict=True)) % 11
    return check if check < 10 else None


def tax_code_problem(value: str) -> str | None:
    """Why a tax code (10 digits, or 10-3 for a branch) is invalid, or None."""
    number = normalize_id(value)
    if not re.fullmatch(r"\d{10}(-\d{3})?", number):
        return "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số - 3 chữ số với chi nhánh."
    if number[2:9] == "0000000" or number.endswith("-000"):
        return f"Mã số thuế {number} không hợp lệ."
    if tax_check_digit(number[:9]) != int(number[9]):
        return f"Mã số thuế {number} sai chữ số kiểm tra (chữ số thứ 10): kiểm tra lại."
    return None


def normalize_id(value: str) -> str:
    return _ID_SEPARATORS.sub("", clean_text(value)).upper()


def nationality_problem(code: str) -> str | None:
    if is_country(code):
        return None
    return f"Quốc tịch “{code}” không phải mã quốc gia ISO 3166 ba chữ cái (ví dụ KOR, USA)."


def id_problem(value: str, applicant_kind: str = "citizen",
               today: date | None = None, nationality: str = "") -> str | None:
    """Why an applicant's identity number is invalid, or None.

    A citizen shows a CCCD (12), an old CMND (9, with a warning: see id_warning) or a
    Vietnamese passport (letter + 7); a foreigner a passport (6 to 9 letters and digits)
    with the nationality; an organisation its tax code (10, or 10-3 for a branch).
    """
    number = normalize_id(value)
    if not number:
        return "Chưa nhập số giấy tờ tùy thân."
    if applicant_kind == "organisation":
        return tax_code_problem(number)
    foreign = bool(nationality) and nationality != VIETNAM
    kind = classify_id(number, nationality)
    if foreign:
        if kind is IdKind.FOREIGN_PASSPORT:
            return None
        return (f"Hộ chiếu của người quốc tịch {country_name(nationality)} phải gồm 6 đến 9 "
                f"chữ cái hoặc chữ số.")
    if kind is IdKind.CCCD:
        return cccd_problem(number, today)
    if kind in (IdKind.CMND, IdKind.PASSPORT):
        return None
    if kind is IdKind.FOREIGN_PASSPORT and not nationality:
        return "Hộ chiếu nước ngoài: chọn quốc tịch của người nộp."
    return ("Số giấy tờ không hợp lệ: căn cước 12 chữ số, hộ chiếu Việt Nam 1 chữ cái và "
            "7 chữ số, hộ chiếu nước ngoài 6 đến 9 chữ cái hoặc chữ số (kèm quốc tịch).")


CMND_WARNING = ("Chứng minh nhân dân (9 số) hết giá trị sử dụng từ 01/01/2025: đề nghị "
                "người nộp cung cấp số định danh cá nhân (thẻ căn cước).")


def id_warning(value: str, applicant_kind: str = "citizen", nationality: str = "") -> str | None:
    """What the officer should know about an accepted number: an old CMND is no longer
    valid (Law on Identification 2023), yet accepted so the dossier is not turned away."""
    if applicant_kind == "citizen" and classify_id(value, nationality) is IdKind.CMND:
        return CMND_WARNING
    return None


def implied_nationality(value: str, nationality: str = "") -> str:
    """The nationality given, or Việt Nam for a Vietnamese paper (CCCD, CMND, passport)."""
    if nationality:
        return nationality
    kind = classify_id(value)
    return VIETNAM if kind in (IdKind.CCCD, IdKind.CMND, IdKind.PASSPORT) else ""


def normalize_phone(value: str | None) -> str:
    """Digits only, with the +84 / 0084 / 84 country prefix turned into a leading 0.
    A trunk 0 written after the prefix ("+84 (0) 912 …") is the same 0, kept once."""
    number = compact_number(value)
    for prefix in ("+84", "0084", "84"):
        rest = number[len(prefix):]
        if number.startswith(prefix) and (prefix != "84" or len(number) in (11, 12)
                                          or (len(number) == 13 and rest.startswith("0"))):
            return rest if rest.startswith("0") else "0" + rest
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
