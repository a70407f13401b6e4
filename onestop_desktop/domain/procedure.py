"""Administrative procedures (TTHC) and the catalogue file that lists them."""

from __future__ import annotations

import re
import reprlib
from dataclasses import dataclass, field
from enum import StrEnum

from .calendar import MAX_LIMIT_DAYS, MAX_LIMIT_HOURS, TimeUnit
from .errors import Problems, ValidationFailed
from .json_input import unknown_keys
from .text import clean_text, fold, text_problem

PROCEDURE_CODE = re.compile(r"^\d\.\d{6}$")
UNVERIFIED = "unverified"


class FeeKind(StrEnum):
    """Phí (a fee for a service) or lệ phí (a charge for the State's act): the portal's
    LoaiPhiLePhi. They are accounted apart, so each line says which it is."""

    FEE = "fee"  # phí
    CHARGE = "charge"  # lệ phí

    @property
    def label(self) -> str:
        return "Phí" if self is FeeKind.FEE else "Lệ phí"

    @classmethod
    def of_name(cls, name: str) -> FeeKind:
        """What a line's name says: "Lệ phí …" is lệ phí, anything else ("Phí …") phí."""
        return cls.CHARGE if fold(name).startswith("le phi") else cls.FEE


@dataclass(frozen=True)
class Fee:
    """One fee line of a procedure (the portal's DanhSachLePhi entry)."""

    name: str
    amount: int  # đồng
    kind: FeeKind | None = None  # None: as the name says (FeeKind.of_name)
    code: str = ""  # MaPhiLePhi, when the catalogue gives one

    def __post_init__(self) -> None:
        if not isinstance(self.amount, int) or isinstance(self.amount, bool) or self.amount < 0:
            raise ValueError("a fee is a non-negative whole number of đồng")
        kind = FeeKind.of_name(self.name) if self.kind is None else FeeKind(self.kind)
        object.__setattr__(self, "kind", kind)

    def to_dict(self) -> dict:
        """As the catalogue, the store and the outbox write a line."""
        return {"name": self.name, "amount": self.amount, "kind": str(self.kind),
                "code": self.code}

    @classmethod
    def from_dict(cls, data: dict) -> Fee:
        """A stored line; lines stored before kinds were kept take the name's."""
        return cls(data["name"], data["amount"], data.get("kind") or None,
                   data.get("code") or "")


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

    @property
    def optional(self) -> bool:
        """Asked for only when it applies ("… (nếu có)"): not ticked as received by default."""
        return "neu co" in fold(self.name)


@dataclass(frozen=True)
class TimeLimit:
    value: int  # whole days or hours (checked when the catalogue is read); 0 for same-day
    unit: TimeUnit

    @classmethod
    def same_day(cls) -> TimeLimit:
        return cls(0, TimeUnit.SAME_DAY)

    def describe(self) -> str:
        if self.unit is TimeUnit.SAME_DAY:
            return "Trong ngày"
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
    # Where the code was confirmed to name this procedure (an address), or UNVERIFIED.
    source: str = "unverified"
    # The field's code in the national catalogue (the portal's MaLinhVuc); `field` is its
    # name (TenLinhVuc). "" in catalogues from before codes were kept.
    field_code: str = ""

    @property
    def total_fee(self) -> int:
        return sum(fee.amount for fee in self.fees)


@dataclass
class Catalogue:
    version: str
    procedures: list[Procedure] = field(default_factory=list)
    sample: bool = False
    description: str = ""


MAX_COPIES = 99  # same bound as a received document's counts at intake
MAX_FEE = 10**12  # đồng; a typo guard that also keeps totals inside SQLite's integers


def _text(entry: dict, key: str, label: str, *, required: bool = False) -> str:
    value = entry.get(key)
    if problem := text_problem(value, label):
        raise ValueError(problem)
    text = clean_text(value)
    if required and not text:
        raise ValueError(f"thiếu {label.lower()}")
    return text


def _whole(value: object, low: int, high: int, what: str) -> int:
    """An integer in [low, high]; 3.0 is taken as 3, but not 2.5, true or "3"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what} phải là số nguyên từ {low} đến {high} "
                         f"(đang là {reprlib.repr(value)})")
    return value


def _entries(entry: dict, key: str, what: str) -> list[dict]:
    items = entry.get(key)
    if items is None:
        return []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError(f"{what} phải là một danh sách các đối tượng")
    return items


def _time_limit(value: object) -> TimeLimit:
    """{"value": N, "unit": "day" | "hour"} or {"unit": "same_day"} (no value).

    Same-day ("giải quyết ngay trong ngày") is its own kind, not a count. A limit of
    0 days, as older catalogues write same-day procedures, is read as same-day: it has
    no other lawful meaning, and refusing it would refuse a whole catalogue (the
    centre's too) over a spelling. An hour-based limit of 0 would be due at the very
    time of receipt, so hours start at 1."""
    if not isinstance(value, dict):
        raise ValueError("thiếu thời hạn giải quyết (time_limit: {value, unit})")
    try:
        unit = TimeUnit(value.get("unit", "day"))
    except (ValueError, TypeError):
        raise ValueError("đơn vị thời hạn giải quyết phải là “day”, “hour” hoặc "
                         "“same_day” (trong ngày)") from None
    if unit is TimeUnit.SAME_DAY:
        raw = value.get("value")
        if raw is not None and (isinstance(raw, bool) or raw != 0):
            raise ValueError("thời hạn “same_day” (trong ngày) không ghi số ngày, giờ "
                             f"(đang là {reprlib.repr(raw)})")
        return TimeLimit.same_day()
    if unit is TimeUnit.DAY:
        amount = _whole(value.get("value"), 0, MAX_LIMIT_DAYS, "thời hạn giải quyết (ngày)")
        return TimeLimit.same_day() if amount == 0 else TimeLimit(amount, unit)
    amount = _whole(value.get("value"), 1, MAX_LIMIT_HOURS, "thời hạn giải quyết (giờ)")
    return TimeLimit(amount, unit)


MAX_FEE_CODE = 50
MAX_FIELD_CODE = 50


def _fee(item: dict) -> Fee:
    name = _text(item, "name", "Tên phí, lệ phí", required=True)
    amount = _whole(item.get("amount"), 0, MAX_FEE, "số tiền phí, lệ phí (đồng)")
    kind = item.get("kind")
    if kind is not None and kind not in {str(k) for k in FeeKind}:
        raise ValueError(f"loại của “{name}” phải là “fee” (phí) hoặc “charge” (lệ phí)")
    code = _text(item, "code", "Mã phí, lệ phí")
    if len(code) > MAX_FEE_CODE:
        raise ValueError(f"mã phí, lệ phí của “{name}” quá dài (tối đa {MAX_FEE_CODE} ký tự)")
    return Fee(name, amount, FeeKind(kind) if kind is not None else None, code)


def _document(item: dict) -> DocumentSpec:
    name = _text(item, "name", "Tên giấy tờ", required=True)
    counts = [_whole(item.get(k, 0), 0, MAX_COPIES, f"số bản ({k}) của “{name}”")
              for k in ("original", "certified", "photo")]
    return DocumentSpec(name, *counts)


def parse_procedure(entry: object) -> Procedure:
    """One catalogue entry; ValueError in Vietnamese, naming the procedure's code."""
    if not isinstance(entry, dict):
        raise ValueError("mỗi thủ tục phải là một đối tượng JSON")
    code = _text(entry, "code", "Mã thủ tục")
    if not PROCEDURE_CODE.fullmatch(code):
        raise ValueError(f"mã thủ tục {code!r} không có dạng d.dddddd")
    try:
        field_code = _text(entry, "field_code", "Mã lĩnh vực")
        if len(field_code) > MAX_FIELD_CODE:
            raise ValueError(f"mã lĩnh vực quá dài (tối đa {MAX_FIELD_CODE} ký tự)")
        return Procedure(
            code=code,
            name=_text(entry, "name", "Tên thủ tục", required=True),
            field=_text(entry, "field", "Lĩnh vực"),
            agency=_text(entry, "agency", "Cơ quan thực hiện"),
            time_limit=_time_limit(entry.get("time_limit")),
            fees=tuple(_fee(f) for f in _entries(entry, "fees", "fees")),
            documents=tuple(_document(d) for d in _entries(entry, "documents", "documents")),
            result=_text(entry, "result", "Kết quả"),
            level=_text(entry, "level", "Cấp thực hiện") or "province",
            legal_basis=_text(entry, "legal_basis", "Căn cứ pháp lý"),
            source=_text(entry, "source", "Nguồn xác nhận mã thủ tục") or UNVERIFIED,
            field_code=field_code,
        )
    except ValueError as exc:
        raise ValueError(f"thủ tục {code}: {exc}") from None


CATALOGUE_KEYS = ("format", "version", "sample", "description", "procedures")
PROCEDURE_KEYS = ("code", "name", "field", "agency", "time_limit", "fees", "documents",
                  "result", "level", "legal_basis", "source", "field_code")
_PART_KEYS = {"documents": ("name", "original", "certified", "photo"),
              "fees": ("name", "amount", "kind", "code")}


def catalogue_key_problems(document: object) -> Problems:
    """Keys a catalogue file written by people does not know (a typo would be dropped).

    Only for files loaded by hand: a catalogue from the central server is read with
    parse_catalogue alone, so that a newer server may add fields."""
    p = Problems()
    if not isinstance(document, dict):
        return p
    what = "danh mục thủ tục"
    unknown_keys(p, document, CATALOGUE_KEYS, what=what)
    entries = document.get("procedures")
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict):
            continue
        where = f"procedures[{index}]"
        unknown_keys(p, entry, PROCEDURE_KEYS, where, what)
        if isinstance(entry.get("time_limit"), dict):
            unknown_keys(p, entry["time_limit"], ("value", "unit"), f"{where}.time_limit",
                         what)
        for part, keys in _PART_KEYS.items():
            items = entry.get(part)
            for i, item in enumerate(items if isinstance(items, list) else []):
                if isinstance(item, dict):
                    unknown_keys(p, item, keys, f"{where}.{part}[{i}]", what)
    return p


def parse_catalogue(document: object) -> Catalogue:
    """Read the catalogue JSON; ValidationFailed (a ValueError) naming every bad entry."""
    problems = Problems()
    if not isinstance(document, dict):
        raise ValidationFailed.single(
            "catalogue", "Tệp danh mục phải là một đối tượng JSON có mục “procedures”.")
    entries = document.get("procedures", [])
    if not isinstance(entries, list):
        raise ValidationFailed.single("procedures", "“procedures” phải là một danh sách.")
    version = document.get("version", "")
    if isinstance(version, bool) or not isinstance(version, str | int) or len(str(version)) > 64:
        problems.add("version", "Phiên bản danh mục phải là chuỗi ký tự (tối đa 64).")
    if problem := text_problem(document.get("description"), "Mô tả danh mục"):
        problems.add("description", problem)
    procedures: list[Procedure] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        try:
            procedure = parse_procedure(entry)
        except ValueError as exc:
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
    return Catalogue(clean_text(str(version)), procedures,
                     bool(document.get("sample", False)),
                     clean_text(document.get("description")))
