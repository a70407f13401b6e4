"""Dossier codes: <agency identifier>-<YYMMDD>-<NNNN>, e.g. 000.00.01.H22-250312-0001.

Uniqueness across desks, online or offline, comes from partitioning the
daily sequence: the leading digit(s) of NNNN are the desk number, the rest a
counter that only that desk advances. With one desk digit (the default),
desks 1-9 each own 999 codes a day (desk 3: 3001..3999); with two, desks
1-99 own 99 each (desk 12: 1201..1299). All desks of one agency must use the
same width; it is part of the agency's configuration.

The centre numbers the dossiers submitted online itself, from a range no desk owns:
0001..0099 (CENTRE_NUMBERS), the block a "desk 0" would hold with two desk digits.
Desks are numbered from 1, so with one desk digit the smallest desk code is 1001 and
with two 0101: no width, no desk number reaches below 0100.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import OfficerError

AGENCY_CODE = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")
# The tail a citizen reads out from the appointment slip: YYMMDD-NNNN.
SHORT_CODE = re.compile(r"^(\d{6})-(\d{4})$")
BARE_SHORT_CODE = re.compile(r"^(\d{6})(\d{4})$")
DOSSIER_CODE = re.compile(r"^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{6})-(\d{4})$")
SEQUENCE_DIGITS = 4
# The numbers of a day the centre gives the dossiers submitted online (see above).
CENTRE_NUMBERS = range(1, 100)


class SequenceExhausted(OfficerError, ValueError):
    """The desk has issued every number of its block for the day."""


class CodeConflict(OfficerError, ValueError):
    """A new code would repeat one already issued: the desk's partition was changed."""


def describe_partition(partition: DeskPartition) -> str:
    return f"quầy {partition.desk}, {partition.desk_digits} chữ số quầy"


def partition_locked_message(agency: str, issued: DeskPartition, last_day: date) -> str:
    """Why a store cannot move to another partition on a day it has issued codes for.

    The daily counter is kept per desk: another desk number or width the same day
    would restart it inside a block that other desks own, or over codes this store
    already issued, so two dossiers could get the same code. A new day starts clean.
    """
    return (f"Máy này đã cấp mã hồ sơ của cơ quan {agency} ngày {last_day:%d/%m/%Y} với "
            f"{describe_partition(issued)}: đổi số quầy hoặc số chữ số quầy trong ngày có "
            f"thể làm trùng mã đã cấp. Chỉ đổi được từ ngày hôm sau, trước khi tiếp nhận "
            f"hồ sơ mới.")


def partition_since_message(day: date, since: date) -> str:
    """Why a back-dated intake before the desk's partition changed is refused."""
    return (f"Không tiếp nhận được hồ sơ ghi ngày {day:%d/%m/%Y}: số quầy của máy này đã "
            f"đổi từ ngày {since:%d/%m/%Y}, mã hồ sơ của những ngày trước có thể trùng mã "
            f"đã cấp.")


@dataclass(frozen=True, order=True)
class DossierCode:
    agency: str
    day: date
    number: int  # the full 4-digit NNNN

    def __str__(self) -> str:
        return f"{self.agency}-{self.day:%y%m%d}-{self.number:04d}"

    @property
    def short(self) -> str:
        """The part a citizen reads out and an officer scans the list for: 261203-2003
        (the agency is the desk's own)."""
        return f"{self.day:%y%m%d}-{self.number:04d}"

    def desk(self, desk_digits: int = 1) -> int:
        return self.number // 10 ** (SEQUENCE_DIGITS - desk_digits)


@dataclass(frozen=True)
class DeskPartition:
    """The block of the daily sequence that one desk owns."""

    desk: int
    desk_digits: int = 1

    def __post_init__(self) -> None:
        if self.desk_digits not in (1, 2):
            raise ValueError("desk_digits must be 1 or 2")
        if not 1 <= self.desk < 10**self.desk_digits:
            raise ValueError(f"desk must be 1..{10**self.desk_digits - 1} with "
                             f"{self.desk_digits} desk digit(s)")

    @property
    def capacity(self) -> int:
        """Codes a day for this desk (the counter 0 is never issued)."""
        return 10 ** (SEQUENCE_DIGITS - self.desk_digits) - 1

    def number(self, counter: int) -> int:
        """NNNN for the desk's counter-th code of a day (counter from 1)."""
        if not 1 <= counter <= self.capacity:
            raise SequenceExhausted(
                f"Quầy {self.desk} đã dùng hết {self.capacity} số hồ sơ của ngày.")
        return self.desk * 10 ** (SEQUENCE_DIGITS - self.desk_digits) + counter


def is_centre_number(number: int) -> bool:
    """Whether NNNN is one the centre gives (an online dossier), never a desk's."""
    return number in CENTRE_NUMBERS


def is_agency_code(value: str) -> bool:
    return AGENCY_CODE.fullmatch(value) is not None


def make_code(agency: str, day: date, number: int) -> DossierCode:
    if not is_agency_code(agency):
        raise ValueError(f"invalid agency identifier {agency!r} (expected ddd.dd.dd.Hdd)")
    if not 1 <= number <= 9999:
        raise ValueError("sequence number must be 1..9999")
    return DossierCode(agency, day, number)


def parse_code(text: str) -> DossierCode:
    match = DOSSIER_CODE.fullmatch(text.strip().upper())
    if match is None:
        raise ValueError(f"Mã hồ sơ không đúng định dạng: {text!r}")
    agency, yymmdd, number = match.groups()
    try:
        day = date(2000 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:]))
    except ValueError as exc:
        raise ValueError(f"Mã hồ sơ có ngày không hợp lệ: {text!r}") from exc
    if int(number) == 0:
        raise ValueError(f"Mã hồ sơ có số thứ tự 0000: {text!r}")
    return DossierCode(agency, day, int(number))


def is_dossier_code(text: str) -> bool:
    try:
        parse_code(text)
    except ValueError:
        return False
    return True


def resolve_code(text: str, agency: str, *, bare_digits: bool = True) -> str | None:
    """The full dossier code that `text` names, or None when it names none.

    `text` is a full code as printed or scanned, or the short form a citizen reads out
    from the slip, "261202-2002": the date and number of a dossier of `agency` (this
    desk's). With `bare_digits` the ten digits typed without the dash are taken too
    (a person at the keyboard; a scanner's ten digits may be any other barcode).
    """
    value = re.sub(r"\s+", "", text).upper()
    try:
        return str(parse_code(value))
    except ValueError:
        pass
    match = SHORT_CODE.fullmatch(value) or (
        BARE_SHORT_CODE.fullmatch(value) if bare_digits else None)
    if match is None or not is_agency_code(agency):
        return None
    try:
        return str(parse_code(f"{agency}-{match[1]}-{match[2]}"))
    except ValueError:  # no such day, or number 0000
        return None
