"""The text a 2D scanner types from the QR code on a CCCD card.

Layout: ID12|CMND9|Họ và tên|ddmmyyyy(birth)|Nam/Nữ|Địa chỉ thường trú|ddmmyyyy(issued)
The CMND field may be empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import InvalidInput
from .text import clean_text

_QR = re.compile(r"^\s*(\d{12})\|(\d{9})?\|([^|]+)\|(\d{8})\|([^|]*)\|([^|]*)\|(\d{8})\s*$")


@dataclass(frozen=True)
class CccdCard:
    id_number: str
    old_id_number: str
    full_name: str
    birth_date: date
    gender: str
    address: str
    issued_on: date


def _ddmmyyyy(text: str) -> date:
    return date(int(text[4:]), int(text[2:4]), int(text[:2]))


def looks_like_cccd_qr(text: str) -> bool:
    return _QR.match(text) is not None


def parse_cccd_qr(text: str) -> CccdCard:
    """Parse the scanned text; ValueError when it is not a CCCD QR payload."""
    match = _QR.match(text)
    if match is None:
        raise InvalidInput("Không phải mã QR của thẻ căn cước.")
    number, old_number, name, birth, gender, address, issued = match.groups()
    try:
        birth_date, issued_on = _ddmmyyyy(birth), _ddmmyyyy(issued)
    except ValueError as exc:
        raise InvalidInput("Ngày trong mã QR căn cước không hợp lệ.") from exc
    return CccdCard(number, old_number or "", clean_text(name), birth_date,
                    clean_text(gender), clean_text(address), issued_on)
