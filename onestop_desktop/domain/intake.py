"""Checking an intake request: every problem is listed, nothing is guessed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from .dossier import Applicant, ApplicantKind, Channel, ReceivedDocument
from .errors import Problems
from .identity import email_problem, id_problem, normalize_id, normalize_phone, phone_problem
from .procedure import Procedure
from .status import INITIAL_STATUSES, Status
from .text import clean_text

MAX_SETS = 99
MAX_TEXT = 500


@dataclass(frozen=True)
class IntakeRequest:
    procedure: Procedure
    applicant: Applicant
    documents: list[ReceivedDocument]
    sets: int
    channel: Channel
    received_at: datetime | None  # None: now
    status: Status
    note: str


def _int(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def parse_intake(data: object, find_procedure: Callable[[str], Procedure | None]) -> IntakeRequest:
    """Validate the intake JSON shape (see README) and return a clean request.

    Raises ValidationFailed with every problem found.
    """
    p = Problems()
    if not isinstance(data, dict):
        p.add("", "Dữ liệu hồ sơ phải là một đối tượng JSON.")
        p.raise_if_any()
    code = clean_text(str(data.get("procedure_code") or ""))
    procedure = find_procedure(code) if code else None
    if not code:
        p.add("procedure_code", "Chưa chọn thủ tục hành chính.")
    elif procedure is None:
        p.add("procedure_code", f"Không có thủ tục mã {code} trong danh mục.")

    raw = data.get("applicant")
    if not isinstance(raw, dict):
        p.add("applicant", "Thiếu thông tin người nộp hồ sơ.")
        raw = {}
    kind_name = raw.get("kind", "citizen")
    kind = ApplicantKind.CITIZEN
    if kind_name not in ("citizen", "organisation"):
        p.add("applicant.kind", "Loại đối tượng phải là “citizen” hoặc “organisation”.")
    else:
        kind = ApplicantKind.from_name(kind_name)
    name = clean_text(raw.get("name"))
    if not name:
        p.add("applicant.name", "Chưa nhập họ tên người nộp.")
    elif len(name) > 200:
        p.add("applicant.name", "Họ tên quá dài (tối đa 200 ký tự).")
    id_number = normalize_id(str(raw.get("id_number") or ""))
    if problem := id_problem(id_number, kind.key):
        p.add("applicant.id_number", problem)
    phone = normalize_phone(str(raw.get("phone") or ""))
    if not phone:
        p.add("applicant.phone", "Chưa nhập số điện thoại.")
    elif problem := phone_problem(phone):
        p.add("applicant.phone", problem)
    address = clean_text(raw.get("address"))
    if not address:
        p.add("applicant.address", "Chưa nhập địa chỉ.")
    elif len(address) > MAX_TEXT:
        p.add("applicant.address", f"Địa chỉ quá dài (tối đa {MAX_TEXT} ký tự).")
    email = clean_text(raw.get("email"))
    if email and (problem := email_problem(email)):
        p.add("applicant.email", problem)

    documents: list[ReceivedDocument] = []
    raw_docs = data.get("documents")
    if raw_docs is None:
        documents = list(procedure.documents) if procedure else []
    elif not isinstance(raw_docs, list):
        p.add("documents", "Thành phần hồ sơ phải là một danh sách.")
    else:
        for index, entry in enumerate(raw_docs):
            where = f"documents[{index}]"
            if not isinstance(entry, dict) or not clean_text(entry.get("name")):
                p.add(where, "Giấy tờ phải có tên.")
                continue
            counts = [_int(entry.get(k, 0)) for k in ("original", "certified", "photo")]
            if any(c is None or c < 0 or c > 99 for c in counts):
                p.add(where, "Số bản chính/chứng thực/photo phải là số nguyên từ 0 đến 99.")
                continue
            if sum(counts) == 0:
                p.add(where, "Giấy tờ phải có ít nhất một bản.")
                continue
            documents.append(ReceivedDocument(clean_text(entry["name"]), *counts))

    sets = _int(data.get("sets", 1))
    if sets is None or not 1 <= sets <= MAX_SETS:
        p.add("sets", f"Số bộ hồ sơ phải là số nguyên từ 1 đến {MAX_SETS}.")
        sets = 1

    channel = Channel.DIRECT
    try:
        channel = Channel.from_name(data.get("channel", "direct"))
    except (KeyError, TypeError):
        p.add("channel", "Hình thức nộp phải là “direct”, “online” hoặc “postal”.")

    received_at = None
    if data.get("received_at") is not None:
        try:
            received_at = datetime.fromisoformat(str(data["received_at"]))
            if received_at.tzinfo is None:
                p.add("received_at", "Thời điểm nhận phải ghi múi giờ (ví dụ +07:00).")
        except ValueError:
            p.add("received_at", "Thời điểm nhận không đúng định dạng ISO 8601.")

    status = Status.RECEIVED
    raw_status = data.get("status", int(Status.RECEIVED))
    try:
        status = Status(raw_status)
        if status not in INITIAL_STATUSES:
            raise ValueError
    except (ValueError, TypeError):
        p.add("status", "Trạng thái ban đầu chỉ được là 1, 2, 3 hoặc 5.")

    note = clean_text(data.get("note"))
    if len(note) > 2000:
        p.add("note", "Ghi chú quá dài (tối đa 2000 ký tự).")

    p.raise_if_any()
    assert procedure is not None
    applicant = Applicant(name, id_number, phone, address, kind, email)
    return IntakeRequest(procedure, applicant, documents, sets, channel, received_at, status, note)
