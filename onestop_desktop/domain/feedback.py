"""Feedback and petitions ("phản ánh, kiến nghị") about a procedure or a dossier.

Taken at the desk: who (a name and at least one way to reach them: a phone or an
e-mail), what about (a procedure of the catalogue and/or a dossier code), the content.
The centre handles it and answers; the status and the answer come back to the desk.

Codes: `<agency>-PA-<YYMMDD>-<NNNN>` (e.g. `000.00.01.H22-PA-261203-1001`): the agency
and day of receipt, and a number in the desk's own block of the day's sequence, as a
dossier code (domain/codes.py: desk 1 owns 1001–1999 with one desk digit), counted
apart from the dossiers. Two desks can never issue the same code, online or offline;
"PA" keeps it from ever being read as a dossier code.

Status: received → being handled → answered → closed. The centre moves it (the desk
takes what the centre says, never going back); an answer is given once, with its text,
who gave it and when.

A dossier code must be a whole dossier code (or the tail of one of this agency's,
"261203-1001"); the dossier need not be on this desk (it may have been taken at another
counter): when it is, the feedback is linked to it and, if no procedure was named, takes
the dossier's procedure. A procedure code must be one of the catalogue's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .codes import AGENCY_CODE, resolve_code
from .errors import OfficerError, Problems
from .identity import email_problem, normalize_phone, phone_problem
from .json_input import unknown_keys
from .text import clean_text, text_problem

FEEDBACK_KEYS = ("name", "phone", "email", "content", "procedure_code", "dossier_code")
MAX_NAME = 200
MAX_NUMBER = 30  # a phone as typed
MAX_EMAIL = 254
MAX_CONTENT = 4000  # a page of the acknowledgement, and the centre's bound on notes
MAX_ANSWER = 4000
MAX_CODE_INPUT = 64  # a procedure or dossier code as typed
PROCEDURE_CODE = re.compile(r"^\d\.\d{6}$")
FEEDBACK_CODE = re.compile(r"^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-PA-(\d{6})-(\d{4})$")
FEEDBACK_CODE_LENGTH = 28
TAG = "PA"  # phản ánh


class FeedbackStatus(StrEnum):
    RECEIVED = "received"
    HANDLING = "handling"
    ANSWERED = "answered"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def rank(self) -> int:
        return list(FeedbackStatus).index(self)


STATUS_LABELS = {FeedbackStatus.RECEIVED: "Đã tiếp nhận",
                 FeedbackStatus.HANDLING: "Đang xử lý",
                 FeedbackStatus.ANSWERED: "Đã trả lời",
                 FeedbackStatus.CLOSED: "Đã đóng"}
# The centre's moves: an answer may come at once or after handling began; a feedback is
# closed once answered.
MOVES = {FeedbackStatus.RECEIVED: {FeedbackStatus.HANDLING, FeedbackStatus.ANSWERED},
         FeedbackStatus.HANDLING: {FeedbackStatus.ANSWERED},
         FeedbackStatus.ANSWERED: {FeedbackStatus.CLOSED},
         FeedbackStatus.CLOSED: set()}


class FeedbackNotFound(OfficerError, LookupError):
    def __init__(self, code: str):
        super().__init__(f"Không có phản ánh, kiến nghị mã {code}.")


class FeedbackMoveRefused(OfficerError, ValueError):
    def __init__(self, code: str, current: FeedbackStatus, target: FeedbackStatus):
        allowed = ", ".join(f"“{s.label}”" for s in sorted(MOVES[current], key=lambda s: s.rank))
        then = f" Từ trạng thái này chỉ chuyển được sang {allowed}." if allowed else \
            " Phản ánh đã đóng, không chuyển được nữa."
        super().__init__(f"Phản ánh, kiến nghị {code} đang “{current.label}”, không chuyển "
                         f"sang “{target.label}” được.{then}")


def check_move(code: str, current: FeedbackStatus, target: FeedbackStatus) -> None:
    if target not in MOVES[current]:
        raise FeedbackMoveRefused(code, current, target)


def follows(current: FeedbackStatus, told: FeedbackStatus) -> bool:
    """Whether the desk takes the status the centre tells: only a step forward (a change
    pulled again, or out of order, never takes a feedback back)."""
    return told.rank > current.rank


# ---- codes --------------------------------------------------------------------------------
@dataclass(frozen=True, order=True)
class FeedbackCode:
    agency: str
    day: date
    number: int

    def __str__(self) -> str:
        return f"{self.agency}-{TAG}-{self.day:%y%m%d}-{self.number:04d}"


def make_feedback_code(agency: str, day: date, number: int) -> FeedbackCode:
    if AGENCY_CODE.fullmatch(agency) is None:
        raise ValueError(f"invalid agency identifier {agency!r} (expected ddd.dd.dd.Hdd)")
    if not 1 <= number <= 9999:
        raise ValueError("sequence number must be 1..9999")
    return FeedbackCode(agency, day, number)


def parse_feedback_code(text: str) -> FeedbackCode:
    match = FEEDBACK_CODE.fullmatch(text.strip().upper())
    if match is None:
        raise ValueError(f"Mã phản ánh, kiến nghị không đúng định dạng "
                         f"<mã cơ quan>-PA-<YYMMDD>-<NNNN>: {text!r}")
    agency, yymmdd, number = match.groups()
    try:
        day = date(2000 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:]))
    except ValueError as exc:
        raise ValueError(f"Mã phản ánh, kiến nghị có ngày không hợp lệ: {text!r}") from exc
    if int(number) == 0:
        raise ValueError(f"Mã phản ánh, kiến nghị có số thứ tự 0000: {text!r}")
    return FeedbackCode(agency, day, int(number))


# ---- text ---------------------------------------------------------------------------------
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")
_INNER_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_paragraphs(value: str | None) -> str:
    """As clean_text, keeping line breaks: a citizen's petition has paragraphs. NFC,
    each line's runs of spaces folded and trimmed, at most one empty line in a row."""
    if value is None:
        return ""
    text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", value))
    lines = [_INNER_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def paragraphs_problem(value: object, label: str, max_length: int) -> str | None:
    """The text rules of domain/text.py (types, control, invisible and direction
    characters), the bound counted on the text as kept (its line breaks too)."""
    if problem := text_problem(value, label, max_length=max_length, visible=True):
        return problem
    if isinstance(value, str) and len(clean_paragraphs(value)) > max_length:
        return f"{label} quá dài (tối đa {max_length} ký tự)."
    return None


# ---- the request ------------------------------------------------------------------------
@dataclass(frozen=True)
class FeedbackRequest:
    name: str
    phone: str
    email: str
    content: str
    procedure_code: str  # "" when none named
    dossier_code: str  # "" when none named; a whole dossier code otherwise


def _text(p: Problems, raw: dict, key: str, label: str, max_length: int, *,
          visible: bool = False) -> str | None:
    value = raw.get(key)
    if problem := text_problem(value, label, max_length=max_length, visible=visible):
        p.add(key, problem)
        return None
    return clean_text(value)


def parse_feedback(data: object, agency: str) -> FeedbackRequest:
    """The feedback JSON checked (README: `feedback add`): every problem is listed
    (ValidationFailed). `agency`: this desk's, for a dossier code's short tail."""
    p = Problems()
    if not isinstance(data, dict):
        p.add("", "Dữ liệu phản ánh, kiến nghị phải là một đối tượng JSON.")
        p.raise_if_any()
    unknown_keys(p, data, FEEDBACK_KEYS, what="dữ liệu phản ánh, kiến nghị")
    name = _text(p, data, "name", "Họ tên", MAX_NAME, visible=True)
    if name == "":
        p.add("name", "Chưa nhập họ tên người phản ánh, kiến nghị.")
    phone = _text(p, data, "phone", "Số điện thoại", MAX_NUMBER)
    if phone:
        phone = normalize_phone(phone)
        if problem := phone_problem(phone):
            p.add("phone", problem)
    email = _text(p, data, "email", "Email", MAX_EMAIL)
    if email and (problem := email_problem(email)):
        p.add("email", problem)
    if phone == "" and email == "":
        p.add("phone", "Cần ít nhất một cách liên hệ: số điện thoại hoặc email.")
    content = None
    raw_content = data.get("content")
    if problem := paragraphs_problem(raw_content, "Nội dung", MAX_CONTENT):
        p.add("content", problem)
    else:
        content = clean_paragraphs(raw_content)
        if not content:
            p.add("content", "Chưa nhập nội dung phản ánh, kiến nghị.")
    procedure = _text(p, data, "procedure_code", "Mã thủ tục", MAX_CODE_INPUT)
    if procedure and PROCEDURE_CODE.fullmatch(procedure) is None:
        p.add("procedure_code", f"Mã thủ tục {procedure} không đúng dạng (ví dụ 1.000466).")
    dossier = _text(p, data, "dossier_code", "Mã hồ sơ", MAX_CODE_INPUT)
    if dossier:
        full = resolve_code(dossier, agency, bare_digits=False)
        if full is None:
            p.add("dossier_code", f"“{dossier}” không phải mã hồ sơ (ví dụ "
                                  f"000.00.01.H22-261202-2002, hoặc phần cuối 261202-2002).")
        dossier = full
    p.raise_if_any()
    return FeedbackRequest(name or "", phone or "", email or "", content or "",
                           procedure or "", dossier or "")


def answer_problem(value: object) -> str | None:
    """Why `value` cannot be the centre's answer (None: it can)."""
    if problem := paragraphs_problem(value, "Nội dung trả lời", MAX_ANSWER):
        return problem
    if not clean_paragraphs(value if isinstance(value, str) else ""):
        return "Chưa nhập nội dung trả lời."
    return None


# ---- the record -------------------------------------------------------------------------
@dataclass(frozen=True)
class Feedback:
    id: str  # client-made UUID: the centre stores it by this
    code: str
    name: str
    phone: str
    email: str
    content: str
    procedure_code: str
    procedure_name: str
    dossier_code: str
    dossier_id: str | None  # the dossier on this desk, when it is here
    received_at: datetime
    received_by: str
    status: FeedbackStatus = FeedbackStatus.RECEIVED
    answer: str = ""
    answered_by: str = ""
    answered_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def about(self) -> str:
        """What it is about, in a line: the procedure and/or the dossier."""
        parts = []
        if self.procedure_code:
            parts.append(f"Thủ tục {self.procedure_code}"
                         + (f" – {self.procedure_name}" if self.procedure_name else ""))
        if self.dossier_code:
            parts.append(f"Hồ sơ {self.dossier_code}")
        return "; ".join(parts) or "Chung (không gắn thủ tục, hồ sơ)"

    @property
    def contact(self) -> str:
        return " · ".join(x for x in (self.phone, self.email) if x)


def feedback_to_dict(f: Feedback) -> dict:
    """The feedback.created payload (and the command line's JSON), times in UTC ISO."""
    return {"id": f.id, "code": f.code, "name": f.name, "phone": f.phone, "email": f.email,
            "content": f.content, "procedure_code": f.procedure_code,
            "procedure_name": f.procedure_name, "dossier_code": f.dossier_code,
            "received_at": f.received_at.isoformat(), "received_by": f.received_by,
            "status": str(f.status)}
