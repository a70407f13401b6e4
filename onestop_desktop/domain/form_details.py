"""What a form says beyond the dossier (missing papers, reasons, dates): checked and
cleaned (NFC) before the first print stores it, so a reprint says the same."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from .calendar import LOCAL_TZ
from .dossier import Dossier
from .errors import Problems
from .json_input import unknown_keys
from .procedure import DocumentSpec
from .text import clean_text, text_problem

# The forms whose first print needs the officer's words (a reason, missing papers, a
# new date); 01 and 06 need none (the control slip's handovers are written by hand).
NEEDS_DETAILS = ("02", "03", "04", "05")
# Printed on form 02 when the officer gives no reason of their own.
DEFAULT_MISSING_REASON = "Hồ sơ chưa đủ thành phần theo quy định."

_TEXT_KEYS = ("reason", "guide_url", "officer_name", "officer_phone", "note")
DETAIL_KEYS = (*_TEXT_KEYS, "missing", "new_due_at", "handovers")
_MISSING_KEYS = ("name", "original", "certified", "photo")
_HANDOVER_KEYS = ("from", "to", "at", "result", "note")
# Bounds, as at intake (domain/intake.py): what the forms can print, with room to spare.
MAX_REASON = 2000
_MAX_LENGTH = {"reason": MAX_REASON, "note": 2000, "guide_url": 500, "officer_name": 200,
               "officer_phone": 30, "from": 500, "to": 500, "result": 20, "name": 500}
MAX_ROWS = 200  # papers missing, handovers
MAX_COPIES = 99

# Dates a form or the ledger may speak of. Outside them a date is a typing error, and
# the far ends (year 1, 9999) overflow when converted between time zones.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)

# Form 06's result column, as the form itself labels it.
HANDOVER_RESULTS = ("Trước hạn", "Đúng hạn", "Quá hạn")


def _count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COPIES:
        return None
    return value


def _local_text(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M ngày %d/%m/%Y")


def _moment(value: object, key: str, label: str, problems: Problems) -> datetime | None:
    """An ISO 8601 date-time within FIRST_DAY..LAST_DAY (local time when no offset)."""
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        problems.add(key, f"{label} không hợp lệ (ngày giờ ISO 8601, "
                          "ví dụ 2026-12-10T16:00).")
        return None
    # Checked on the year as written: converting year 1 or 9999 would overflow.
    if not FIRST_DAY.year <= moment.year <= LAST_DAY.year:
        problems.add(key, f"{label} phải trong khoảng năm {FIRST_DAY.year}–{LAST_DAY.year}.")
        return None
    return moment.replace(tzinfo=LOCAL_TZ) if moment.tzinfo is None else moment


_LABELS = {"reason": "Lý do", "guide_url": "Địa chỉ hướng dẫn", "officer_name": "Tên cán bộ",
           "officer_phone": "Số điện thoại cán bộ", "note": "Ghi chú", "from": "Nơi giao",
           "to": "Nơi nhận", "result": "Kết quả"}


def _text(value: object, key: str, problems: Problems) -> str:
    """Optional text: absent or empty gives ""; non-text and control characters are
    refused, as at intake (they would be stored and printed)."""
    if value is None:
        return ""
    name = key.rsplit(".", 1)[-1]
    label = _LABELS.get(name, "Nội dung")
    if problem := text_problem(value, label, max_length=_MAX_LENGTH.get(name, 2000)):
        problems.add(key, problem)
        return ""
    return clean_text(value)


def normalise_details(form: str, details: Mapping[str, object] | None,
                      dossier: Dossier | None = None) -> dict:
    """A clean copy of `details` for `form`; ValidationFailed names every problem.

    With `dossier`, dates are also checked against it (a new due date must come after
    the current one, a handover cannot precede the day of receipt)."""
    raw = dict(details or {})
    problems = Problems()
    unknown_keys(problems, raw, DETAIL_KEYS, what=f"nội dung mẫu {form}")
    out: dict[str, object] = {}
    for key in _TEXT_KEYS:
        value = _text(raw.get(key), key, problems)
        if value:
            out[key] = value
    reason_reported = any(p.field == "reason" for p in problems.items)
    if form in NEEDS_DETAILS and not out.get("reason") and not reason_reported:
        problems.add("reason", "Chưa nhập lý do.")
    if form == "02":
        out["missing"] = _missing(raw.get("missing"), problems)
    if form == "04":
        moment = _moment(raw.get("new_due_at"), "new_due_at", "Ngày hẹn trả mới", problems)
        if moment is not None:
            due = dossier.due_at if dossier is not None else None
            if due is not None and moment <= due:
                problems.add("new_due_at", "Ngày hẹn trả mới phải sau thời hạn trả kết quả "
                                           f"hiện tại ({_local_text(due)}).")
            out["new_due_at"] = moment.astimezone(LOCAL_TZ).isoformat()
    if form == "06":
        received = dossier.received_at if dossier is not None else None
        out["handovers"] = _handovers(raw.get("handovers") or [], received, problems)
    problems.raise_if_any()
    return out


def _missing(items: object, problems: Problems) -> list[dict]:
    """Form 02 rows: {"name", "original"?, "certified"?, "photo"?}, at least one copy."""
    if not isinstance(items, list) or not items:
        problems.add("missing", "Chưa liệt kê giấy tờ cần bổ sung.")
        return []
    if len(items) > MAX_ROWS:
        problems.add("missing", f"Danh sách có {len(items)} giấy tờ: tối đa {MAX_ROWS}.")
        return []
    rows = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            problems.add(f"missing[{i}]", "Giấy tờ cần tên và số bản (số nguyên ≥ 0).")
            continue
        unknown_keys(problems, item, _MISSING_KEYS, f"missing[{i}]", "giấy tờ cần bổ sung")
        if problem := text_problem(item.get("name"), "Tên giấy tờ", max_length=_MAX_LENGTH[
                "name"], visible=True):
            problems.add(f"missing[{i}]", problem)
            continue
        name = clean_text(item.get("name"))
        counts = [_count(item.get(k, 0)) for k in ("original", "certified", "photo")]
        if not name or None in counts:
            problems.add(f"missing[{i}]", "Giấy tờ cần tên và số bản (số nguyên từ 0 đến "
                                          f"{MAX_COPIES}).")
            continue
        if not any(counts):
            # A paper asked for in no copy at all tells the applicant nothing to bring.
            problems.add(f"missing[{i}]", f"“{name}”: cần ít nhất một bản (bản chính, "
                                          "bản chứng thực hoặc bản photo).")
            continue
        rows.append({"name": name, "original": counts[0], "certified": counts[1],
                     "photo": counts[2]})
    return rows


def _handovers(items: object, received: datetime | None, problems: Problems) -> list[dict]:
    """Form 06 rows: {"from"?, "to", "at"?, "result"?, "note"?}.

    `at` is an ISO date-time, `result` one of HANDOVER_RESULTS; both may be left out
    for the officers to write by hand."""
    if not isinstance(items, list):
        problems.add("handovers", "Danh sách giao nhận phải là một danh sách.")
        return []
    if len(items) > MAX_ROWS:
        problems.add("handovers", f"Danh sách có {len(items)} lần giao nhận: tối đa "
                                  f"{MAX_ROWS}.")
        return []
    rows = []
    for i, item in enumerate(items):
        where = f"handovers[{i}]"
        if not isinstance(item, Mapping):
            problems.add(where, "Mỗi lần giao nhận cần cơ quan nhận (to).")
            continue
        unknown_keys(problems, item, _HANDOVER_KEYS, where, "lần giao nhận")
        row = {k: _text(item.get(k), f"{where}.{k}", problems)
               for k in ("from", "to", "result", "note")}
        to_reported = any(p.field == f"{where}.to" for p in problems.items)
        if not row["to"] and not to_reported:
            problems.add(where, "Mỗi lần giao nhận cần cơ quan nhận (to).")
        row["at"] = ""
        if item.get("at") not in (None, ""):
            moment = _moment(item["at"], f"{where}.at", "Thời gian giao nhận", problems)
            if moment is not None:
                if received is not None and \
                        moment.astimezone(LOCAL_TZ).date() < received.astimezone(LOCAL_TZ).date():
                    problems.add(f"{where}.at", "Thời gian giao nhận không được trước ngày "
                                                "tiếp nhận hồ sơ.")
                row["at"] = moment.astimezone(LOCAL_TZ).isoformat()
        if row["result"]:
            known = {r.casefold(): r for r in HANDOVER_RESULTS}
            if row["result"].casefold() not in known:
                problems.add(f"{where}.result", "Kết quả phải là một trong: "
                                                f"{', '.join(HANDOVER_RESULTS)}.")
            else:
                row["result"] = known[row["result"].casefold()]
        rows.append({k: row[k] for k in ("from", "to", "at", "result", "note")})
    return rows


def missing_documents(details: Mapping[str, object]) -> list[DocumentSpec]:
    return [DocumentSpec(m["name"], m["original"], m["certified"], m["photo"])
            for m in details.get("missing", [])]  # type: ignore[union-attr]
