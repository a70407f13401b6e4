"""Administrative procedures (TTHC) and the catalogue file that lists them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .calendar import TimeUnit
from .errors import Problems
from .text import clean_text

PROCEDURE_CODE = re.compile(r"^\d\.\d{6}$")


@dataclass(frozen=True)
class Fee:
    name: str
    amount: int  # đồng

    def __post_init__(self) -> None:
        if not isinstance(self.amount, int) or isinstance(self.amount, bool) or self.amount < 0:
            raise ValueError("a fee is a non-negative whole number of đồng")


@dataclass(frozen=True)
class DocumentSpec:
    """One paper of a checklist and how many of each copy kind it takes."""

    name: str
    original: int = 0
    certified: int = 0
    photo: int = 0

    @property
    def total(self) -> int:
        return self.original + self.certified + self.photo


@dataclass(frozen=True)
class TimeLimit:
    value: float
    unit: TimeUnit

    def describe(self) -> str:
        amount = int(self.value) if self.value == int(self.value) else self.value
        return f"{amount} ngày làm việc" if self.unit is TimeUnit.DAY else f"{amount} giờ làm việc"


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    field: str
    agency: str
    time_limit: TimeLimit
    fees: tuple[Fee, ...] = ()
    documents: tuple[DocumentSpec, ...] = ()
    result: str = ""
    level: str = "province"
    legal_basis: str = ""

    @property
    def total_fee(self) -> int:
        return sum(fee.amount for fee in self.fees)


@dataclass
class Catalogue:
    version: str
    procedures: list[Procedure] = field(default_factory=list)
    sample: bool = False
    description: str = ""


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("counts are non-negative whole numbers")
    return value


def parse_procedure(entry: dict) -> Procedure:
    code = clean_text(entry.get("code"))
    if not PROCEDURE_CODE.fullmatch(code):
        raise ValueError(f"procedure code {code!r} does not match d.dddddd")
    limit = entry.get("time_limit") or {}
    value = limit.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"{code}: time_limit.value must be a non-negative number")
    return Procedure(
        code=code,
        name=clean_text(entry["name"]),
        field=clean_text(entry.get("field", "")),
        agency=clean_text(entry.get("agency", "")),
        time_limit=TimeLimit(value, TimeUnit(limit.get("unit", "day"))),
        fees=tuple(Fee(clean_text(f["name"]), f["amount"]) for f in entry.get("fees", [])),
        documents=tuple(
            DocumentSpec(clean_text(d["name"]), _count(d.get("original", 0)),
                         _count(d.get("certified", 0)), _count(d.get("photo", 0)))
            for d in entry.get("documents", [])),
        result=clean_text(entry.get("result", "")),
        level=clean_text(entry.get("level", "province")),
        legal_basis=clean_text(entry.get("legal_basis", "")),
    )


def parse_catalogue(document: dict) -> Catalogue:
    """Read the catalogue JSON; ValueError naming every bad entry."""
    problems = Problems()
    procedures: list[Procedure] = []
    seen: set[str] = set()
    for index, entry in enumerate(document.get("procedures", [])):
        try:
            procedure = parse_procedure(entry)
        except (KeyError, TypeError, ValueError) as exc:
            problems.add(f"procedures[{index}]", str(exc))
            continue
        if procedure.code in seen:
            problems.add(f"procedures[{index}]", f"mã thủ tục {procedure.code} bị trùng")
            continue
        seen.add(procedure.code)
        procedures.append(procedure)
    if not procedures and not problems:
        problems.add("procedures", "danh mục không có thủ tục nào")
    problems.raise_if_any()
    return Catalogue(str(document.get("version", "")), procedures,
                     bool(document.get("sample", False)),
                     clean_text(document.get("description", "")))
