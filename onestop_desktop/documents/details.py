"""What a form says beyond the dossier (missing papers, reasons, dates): checked and
cleaned (NFC) before the first print stores it, so a reprint says the same."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from ..domain.calendar import LOCAL_TZ
from ..domain.errors import Problems
from ..domain.procedure import DocumentSpec
from ..domain.text import clean_text

_TEXT_KEYS = ("reason", "guide_url", "officer_name", "officer_phone", "note")


def _count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def normalise_details(form: str, details: Mapping[str, object] | None) -> dict:
    """A clean copy of `details` for `form`; ValidationFailed names every problem."""
    raw = dict(details or {})
    problems = Problems()
    out: dict[str, object] = {}
    for key in _TEXT_KEYS:
        if raw.get(key) not in (None, ""):
            out[key] = clean_text(str(raw[key]))
    if form in ("02", "03", "04", "05") and not out.get("reason"):
        problems.add("reason", "Chưa nhập lý do.")
    if form == "02":
        missing = raw.get("missing")
        if not isinstance(missing, list) or not missing:
            problems.add("missing", "Chưa liệt kê giấy tờ cần bổ sung.")
            missing = []
        out["missing"] = []
        for i, item in enumerate(missing):
            name = clean_text(str(item.get("name", ""))) if isinstance(item, Mapping) else ""
            counts = [_count(item.get(k, 0)) if isinstance(item, Mapping) else None
                      for k in ("original", "certified", "photo")]
            if not name or None in counts:
                problems.add(f"missing[{i}]", "Giấy tờ cần tên và số bản (số nguyên ≥ 0).")
                continue
            out["missing"].append({"name": name, "original": counts[0],
                                   "certified": counts[1], "photo": counts[2]})
    if form == "04":
        try:
            moment = datetime.fromisoformat(str(raw.get("new_due_at", "")))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=LOCAL_TZ)
            out["new_due_at"] = moment.isoformat()
        except ValueError:
            problems.add("new_due_at", "Ngày hẹn trả mới không hợp lệ (ISO 8601).")
    if form == "06":
        out["handovers"] = _handovers(raw.get("handovers") or [], problems)
    problems.raise_if_any()
    return out


def _handovers(items: object, problems: Problems) -> list[dict]:
    """Form 06 rows: {"from", "to", "at"?, "result"?, "note"?}."""
    if not isinstance(items, list):
        problems.add("handovers", "Danh sách giao nhận phải là một danh sách.")
        return []
    rows = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping) or not clean_text(str(item.get("to", ""))):
            problems.add(f"handovers[{i}]", "Mỗi lần giao nhận cần cơ quan nhận (to).")
            continue
        rows.append({k: clean_text(str(item.get(k, "")))
                     for k in ("from", "to", "at", "result", "note")})
    return rows


def missing_documents(details: Mapping[str, object]) -> list[DocumentSpec]:
    return [DocumentSpec(m["name"], m["original"], m["certified"], m["photo"])
            for m in details.get("missing", [])]  # type: ignore[union-attr]
