"""Checking an intake request: every problem is listed, nothing is guessed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from .calendar import LOCAL_TZ
from .countries import normalize_nationality
from .dossier import (
    Applicant,
    ApplicantKind,
    Channel,
    Delivery,
    DeliveryMethod,
    Gender,
    NoticeChannel,
    OrganisationType,
    ReceivedDocument,
    Submitter,
)
from .errors import Problems
from .fees import FEE_PLAN_KEYS, FeePlan, parse_fee_plan
from .identity import (
    IdKind,
    cccd_problem,
    classify_id,
    email_problem,
    id_problem,
    id_warning,
    implied_nationality,
    nationality_problem,
    normalize_id,
    normalize_phone,
    phone_problem,
)
from .json_input import unknown_keys
from .procedure import Procedure
from .status import INITIAL_STATUSES, Status
from .text import clean_text, text_problem
from .tickets import Ticket, parse_ticket

# Bounds of every field: what a real dossier needs and the forms can print, with room
# to spare; past them the input is a mistake (or an attack), refused naming the field.
MAX_SETS = 99
MAX_COPIES = 99  # of one paper: originals, certified copies, photocopies each
MAX_DOCUMENTS = 200  # papers in one dossier (the longest checklists have a few dozen)
MAX_NAME = 200
MAX_TEXT = 500  # addresses, the name of a paper
MAX_NOTE = 2000
MAX_EMAIL = 254  # RFC 5321's longest forward path, less its angle brackets
MAX_NUMBER = 30  # an ID number or a phone as typed, spaces and dots included
MAX_NATIONALITY = 60
MAX_CODE = 20  # a procedure code (1.000466)
MAX_NOTIFY = 10
MAX_AGE_YEARS = 130
# The code's YYMMDD is read back as 20YY (codes.parse_code), so a receipt
# before 2000 or from 2100 on would print a code naming the wrong century.
# DOMAIN.md sets no range; the future side is bounded tighter by the service
# (now + a few minutes of clock drift).
EARLIEST_RECEIPT = datetime(2000, 1, 1, tzinfo=LOCAL_TZ)
LATEST_RECEIPT = datetime(2100, 1, 1, tzinfo=LOCAL_TZ)


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
    notify: tuple[NoticeChannel, ...] = ()
    submitter: Submitter | None = None
    delivery: Delivery = field(default_factory=Delivery)
    warnings: tuple[str, ...] = ()  # accepted, but the officer should know (an old CMND)
    fees: FeePlan = field(default_factory=FeePlan)  # when the fee lines are collected
    ticket: Ticket | None = None  # the queue ticket the citizen held (domain/tickets.py)


def _int(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


# The keys the intake JSON knows, object by object (README: "The intake JSON").
INTAKE_KEYS = ("procedure_code", "applicant", "documents", "sets", "channel", "received_at",
               "status", "note", "notify", "submitter", "delivery", "fees", "ticket")
APPLICANT_KEYS = ("kind", "name", "id_number", "phone", "address", "email", "birth_date",
                  "gender", "nationality", "organisation_type")
DOCUMENT_KEYS = ("name", "original", "certified", "photo")
SUBMITTER_KEYS = ("name", "id_number", "phone", "authorised")
DELIVERY_KEYS = ("method", "address")


def _text(p: Problems, raw: dict, key: str, where: str, label: str, max_length: int, *,
          visible: bool = False) -> str | None:
    """The cleaned text of raw[key]; None (and a problem) when it is not usable text."""
    value = raw.get(key)
    if problem := text_problem(value, label, max_length=max_length, visible=visible):
        p.add(where, problem)
        return None
    return clean_text(value)


def _received_at(p: Problems, value: object) -> datetime | None:
    if not isinstance(value, str):
        p.add("received_at", "Thời điểm nhận phải là chuỗi ISO 8601, ví dụ "
                             "2026-11-30T09:15:00+07:00.")
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        p.add("received_at", "Thời điểm nhận không đúng định dạng ISO 8601.")
        return None
    if moment.tzinfo is None:
        p.add("received_at", "Thời điểm nhận phải ghi múi giờ (ví dụ +07:00).")
        return None
    # Compared as aware times: no conversion, so year 1 or 9999 cannot overflow.
    if not EARLIEST_RECEIPT <= moment < LATEST_RECEIPT:
        p.add("received_at", "Thời điểm nhận phải từ ngày 01/01/2000 đến hết năm 2099.")
        return None
    return moment


def _birth_date(p: Problems, value: object) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        p.add("applicant.birth_date", "Ngày sinh phải là chuỗi ngày dạng YYYY-MM-DD.")
        return None
    try:
        born = date.fromisoformat(value.strip())
    except ValueError:
        p.add("applicant.birth_date", "Ngày sinh không đúng dạng YYYY-MM-DD.")
        return None
    today = datetime.now(LOCAL_TZ).date()
    if born > today or born.year < today.year - MAX_AGE_YEARS:
        p.add("applicant.birth_date", f"Ngày sinh {born:%d/%m/%Y} không hợp lệ.")
        return None
    return born


def _gender(p: Problems, value: object) -> str:
    if value is None or value == "":
        return ""
    text = clean_text(value) if isinstance(value, str) else None
    for gender in Gender:
        if text is not None and text.lower() == gender.value.lower():
            return gender.value
    p.add("applicant.gender", "Giới tính phải là “Nam” hoặc “Nữ”.")
    return ""


def _nationality(p: Problems, value: object, kind: ApplicantKind) -> str | None:
    """The applicant's ISO 3166-1 alpha-3 nationality ("" when not given); None (and a
    problem) when it is not one. A foreigner's passport needs it; an organisation has none."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        p.add("applicant.nationality", "Quốc tịch phải là mã quốc gia ba chữ cái, ví dụ KOR.")
        return None
    if problem := text_problem(value, "Quốc tịch", max_length=MAX_NATIONALITY):
        p.add("applicant.nationality", problem)
        return None
    code = normalize_nationality(value)
    if kind is ApplicantKind.ORGANISATION:
        p.add("applicant.nationality", "Quốc tịch chỉ ghi cho cá nhân, không ghi cho tổ chức.")
        return None
    if problem := nationality_problem(code):
        p.add("applicant.nationality", problem)
        return None
    return code


def _notify(p: Problems, value: object) -> tuple[NoticeChannel, ...]:
    if value is None:
        return ()
    names = [str(c) for c in NoticeChannel]
    if not isinstance(value, list) or len(value) > MAX_NOTIFY or not all(
            isinstance(v, str) and v in names for v in value):
        p.add("notify", f"Kênh nhận thông báo phải là danh sách trong {', '.join(names)}.")
        return ()
    return tuple(NoticeChannel(v) for v in dict.fromkeys(value))


def _submitter(p: Problems, value: object, kind: ApplicantKind,
               channel: Channel) -> Submitter | None:
    """Who stood at the counter, when not the owner in person (an organisation at the
    counter always sends someone: its representative or a person it authorised)."""
    if value is None:
        if kind is ApplicantKind.ORGANISATION and channel is Channel.DIRECT:
            p.add("submitter", "Tổ chức nộp hồ sơ qua người đại diện hoặc người được ủy "
                               "quyền: nhập người nộp hồ sơ.")
        return None
    if not isinstance(value, dict):
        p.add("submitter", "Người nộp hồ sơ phải là một đối tượng JSON.")
        return None
    unknown_keys(p, value, SUBMITTER_KEYS, "submitter")
    name = _text(p, value, "name", "submitter.name", "Họ tên người nộp", MAX_NAME,
                 visible=True)
    if name == "":
        p.add("submitter.name", "Chưa nhập họ tên người nộp hồ sơ.")
    number = _text(p, value, "id_number", "submitter.id_number", "Số giấy tờ người nộp",
                   MAX_NUMBER)
    if number is not None:
        number = normalize_id(number)
        if problem := id_problem(number, "citizen"):
            p.add("submitter.id_number", _of_submitter(problem))
    phone = _text(p, value, "phone", "submitter.phone", "Số điện thoại người nộp",
                  MAX_NUMBER)
    if phone:
        phone = normalize_phone(phone)
        if problem := phone_problem(phone):
            p.add("submitter.phone", _of_submitter(problem))
    authorised = value.get("authorised", True)
    if not isinstance(authorised, bool):
        p.add("submitter.authorised", "“authorised” phải là true hoặc false.")
        authorised = True
    if None in (name, number, phone) or any(i.field.startswith("submitter") for i in p.items):
        return None
    return Submitter(name, number, phone or "", authorised)


def _of_submitter(problem: str) -> str:
    """An identity check's message, said of the one who submits (not the owner)."""
    return f"Người nộp thay: {problem[:1].lower()}{problem[1:]}"


def _organisation_type(p: Problems, value: object, kind: ApplicantKind) -> str:
    """An organisation's kind ("business" unless said otherwise); a citizen has none."""
    if kind is ApplicantKind.CITIZEN:
        if value not in (None, ""):
            p.add("applicant.organisation_type", "Chỉ tổ chức mới có loại tổ chức.")
        return ""
    if value is None:
        return str(OrganisationType.BUSINESS)
    try:
        return str(OrganisationType(value))
    except ValueError:
        p.add("applicant.organisation_type",
              "Loại tổ chức phải là “business” (doanh nghiệp), “state_agency” (cơ quan "
              "nhà nước) hoặc “other” (tổ chức khác).")
        return str(OrganisationType.BUSINESS)


def _delivery(p: Problems, value: object) -> Delivery:
    if value is None:
        return Delivery()
    if not isinstance(value, dict):
        p.add("delivery", "Cách nhận kết quả phải là một đối tượng JSON.")
        return Delivery()
    unknown_keys(p, value, DELIVERY_KEYS, "delivery")
    try:
        method = DeliveryMethod(value.get("method", "desk"))
    except ValueError:
        p.add("delivery.method", "Cách nhận kết quả phải là “desk” (tại quầy) hoặc “post” "
                                 "(qua bưu chính công ích).")
        return Delivery()
    address = _text(p, value, "address", "delivery.address", "Địa chỉ nhận kết quả",
                    MAX_TEXT, visible=True) or ""
    if method is DeliveryMethod.POST and not address:
        p.add("delivery.address", "Chưa nhập địa chỉ nhận qua bưu chính.")
    return Delivery(method, address if method is DeliveryMethod.POST else "")


def parse_intake(data: object, find_procedure: Callable[[str], Procedure | None]) -> IntakeRequest:
    """Validate the intake JSON shape (see README) and return a clean request.

    Raises ValidationFailed with every problem found.
    """
    p = Problems()
    if not isinstance(data, dict):
        p.add("", "Dữ liệu hồ sơ phải là một đối tượng JSON.")
        p.raise_if_any()
    unknown_keys(p, data, INTAKE_KEYS)
    code = _text(p, data, "procedure_code", "procedure_code", "Mã thủ tục", MAX_CODE)
    procedure = find_procedure(code) if code else None
    if code == "":
        p.add("procedure_code", "Chưa chọn thủ tục hành chính.")
    elif code is not None and procedure is None:
        p.add("procedure_code", f"Không có thủ tục mã {code} trong danh mục.")

    raw = data.get("applicant")
    if not isinstance(raw, dict):
        p.add("applicant", "Thiếu thông tin người nộp hồ sơ.")
        raw = {}
    unknown_keys(p, raw, APPLICANT_KEYS, "applicant")
    kind_name = raw.get("kind", "citizen")
    kind = ApplicantKind.CITIZEN
    if kind_name not in ("citizen", "organisation"):
        p.add("applicant.kind", "Loại đối tượng phải là “citizen” hoặc “organisation”.")
    else:
        kind = ApplicantKind.from_name(kind_name)
    name = _text(p, raw, "name", "applicant.name", "Họ tên", MAX_NAME, visible=True)
    if name == "":
        p.add("applicant.name", "Chưa nhập họ tên người nộp.")
    nationality = _nationality(p, raw.get("nationality"), kind)
    organisation_type = _organisation_type(p, raw.get("organisation_type"), kind)
    id_number = _text(p, raw, "id_number", "applicant.id_number", "Số giấy tờ", MAX_NUMBER)
    warnings: list[str] = []
    if id_number is not None:
        id_number = normalize_id(id_number)
        if nationality is not None and (problem := id_problem(id_number, kind.key,
                                                              nationality=nationality)):
            p.add("applicant.id_number", problem)
        elif warning := id_warning(id_number, kind.key, nationality or ""):
            warnings.append(warning)
        if kind is ApplicantKind.CITIZEN and nationality is not None:
            nationality = implied_nationality(id_number, nationality)
    notify = _notify(p, data.get("notify"))
    phone = _text(p, raw, "phone", "applicant.phone", "Số điện thoại", MAX_NUMBER)
    if phone is not None:
        phone = normalize_phone(phone)
        # Optional (many elderly citizens have none), unless notices by phone are asked for.
        by_phone = [c.label for c in notify if c.by_phone]
        if not phone and by_phone:
            p.add("applicant.phone", f"Cần số điện thoại để nhận thông báo qua "
                                     f"{', '.join(by_phone)}.")
        elif phone and (problem := phone_problem(phone)):
            p.add("applicant.phone", problem)
    address = _text(p, raw, "address", "applicant.address", "Địa chỉ", MAX_TEXT, visible=True)
    if address == "":
        p.add("applicant.address", "Chưa nhập địa chỉ.")
    email = _text(p, raw, "email", "applicant.email", "Email", MAX_EMAIL)
    if email and (problem := email_problem(email)):
        p.add("applicant.email", problem)
    elif email == "" and NoticeChannel.EMAIL in notify:
        p.add("applicant.email", "Cần địa chỉ email để nhận thông báo qua email.")
    birth_date = _birth_date(p, raw.get("birth_date"))
    gender = _gender(p, raw.get("gender"))
    # The card's number says the birth year and the gender: they must agree.
    if (id_number and (birth_date or gender)
            and classify_id(id_number, nationality or "") is IdKind.CCCD
            and not any(i.field == "applicant.id_number" for i in p.items)
            and (problem := cccd_problem(id_number, birth_date=birth_date,
                                         gender=gender or None))):
        p.add("applicant.id_number", problem)

    documents: list[ReceivedDocument] = []
    raw_docs = data.get("documents")
    if raw_docs is None:
        documents = list(procedure.documents) if procedure else []
    elif not isinstance(raw_docs, list):
        p.add("documents", "Thành phần hồ sơ phải là một danh sách.")
    elif len(raw_docs) > MAX_DOCUMENTS:
        p.add("documents", f"Thành phần hồ sơ có {len(raw_docs)} giấy tờ: "
                           f"tối đa {MAX_DOCUMENTS}.")
    else:
        for index, entry in enumerate(raw_docs):
            where = f"documents[{index}]"
            if not isinstance(entry, dict):
                p.add(where, "Giấy tờ phải có tên.")
                continue
            unknown_keys(p, entry, DOCUMENT_KEYS, where)
            doc_name = _text(p, entry, "name", where, "Tên giấy tờ", MAX_TEXT, visible=True)
            if doc_name is None:
                continue
            if not doc_name:
                p.add(where, "Giấy tờ phải có tên.")
                continue
            counts = [_int(entry.get(k, 0)) for k in ("original", "certified", "photo")]
            if any(c is None or c < 0 or c > MAX_COPIES for c in counts):
                p.add(where, f"Số bản chính/chứng thực/photo phải là số nguyên từ 0 đến "
                             f"{MAX_COPIES}.")
                continue
            if sum(counts) == 0:
                p.add(where, "Giấy tờ phải có ít nhất một bản.")
                continue
            documents.append(ReceivedDocument(doc_name, *counts))

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
        received_at = _received_at(p, data["received_at"])

    # Same integer rule as the counts: true/false and 2.0 are not status codes.
    status = Status.RECEIVED
    raw_status = _int(data.get("status", int(Status.RECEIVED)))
    if raw_status is None or raw_status not in {int(s) for s in INITIAL_STATUSES}:
        p.add("status", "Trạng thái ban đầu chỉ được là 1, 2, 3 hoặc 5.")
    else:
        status = Status(raw_status)

    # A dossier received as complete holds papers; one only registered (online, not
    # yet checked), refused or sent back to be completed may hold none.
    documents_reported = any(i.field.startswith("documents") for i in p.items)
    if (not documents and not documents_reported and procedure is not None
            and status == Status.RECEIVED):
        p.add("documents", "Hồ sơ được tiếp nhận phải có ít nhất một giấy tờ.")

    submitter = _submitter(p, data.get("submitter"), kind, channel)
    delivery = _delivery(p, data.get("delivery"))

    note = _text(p, data, "note", "note", "Ghi chú", MAX_NOTE) or ""

    raw_fees = data.get("fees")
    if isinstance(raw_fees, dict):
        unknown_keys(p, raw_fees, FEE_PLAN_KEYS, "fees")
    fees = parse_fee_plan(p, raw_fees, status)
    ticket = parse_ticket(p, data.get("ticket"))

    p.raise_if_any()
    assert procedure is not None
    assert None not in (name, id_number, phone, address, email, nationality)  # reported
    applicant = Applicant(name, id_number, phone, address, kind, email, birth_date, gender,
                          nationality, organisation_type)
    return IntakeRequest(procedure, applicant, documents, sets, channel, received_at, status, note,
                         notify, submitter, delivery, tuple(warnings), fees, ticket)
