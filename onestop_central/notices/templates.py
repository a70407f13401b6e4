"""The Vietnamese wording of every notice: an e-mail (subject and body) and a short text
for SMS and Zalo, from the dossier as the desk sent it (its payload) and the step it
reached. Every text is NFC, so that what a phone or a mail reader shows is what the
officer would type."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.notices import NoticeKind

EMAIL = "email"
SHORT_NAME_CHARS = 60  # of the procedure's name in an SMS / Zalo text
SHORT_NOTE_CHARS = 120  # of the reason or the missing papers in an SMS / Zalo text


@dataclass(frozen=True, slots=True)
class StepFacts:
    """The step a notice tells of: the status the dossier reached, when, and the officer's
    note with it (the papers to bring, the reason of a refusal)."""

    kind: NoticeKind
    at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    subject: str  # "" for SMS and Zalo
    text: str


def compose(payload: dict[str, Any], step: StepFacts, channel: str) -> Message:
    """The notice of `step` of the dossier `payload` (dossier_to_dict) for `channel`."""
    facts = _Facts.of(payload, step)
    if channel == EMAIL:
        subject, body = _EMAILS[step.kind](facts)
        return Message(_nfc(subject), _nfc(_letter(facts, body)))
    return Message("", _nfc(_SHORT[step.kind](facts)))


@dataclass(frozen=True, slots=True)
class _Facts:
    code: str
    name: str
    procedure: str
    agency: str
    due: str  # "17:00 ngày 03/12/2026", or ""
    at: str  # of the step, as due
    note: str
    by_post: bool

    @classmethod
    def of(cls, payload: dict[str, Any], step: StepFacts) -> _Facts:
        applicant = payload.get("applicant") or {}
        delivery = payload.get("delivery") or {}
        return cls(code=str(payload.get("code", "")), name=str(applicant.get("name", "")),
                   procedure=str(payload.get("procedure_name", "")),
                   agency=str(payload.get("lead_agency", "")),
                   due=_moment(payload.get("due_at")), at=_moment(step.at),
                   note=" ".join(step.note.split()), by_post=delivery.get("method") == "post")


def _moment(value: datetime | str | None) -> str:
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M ngày %d/%m/%Y")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _letter(f: _Facts, body: list[str]) -> str:
    greeting = f"Kính gửi ông/bà {f.name}," if f.name else "Kính gửi ông/bà,"
    lines = [greeting, "", *body, "", f"Mã hồ sơ: {f.code}",
             f"Thủ tục: {f.procedure}"]
    if f.agency:
        lines.append(f"Cơ quan giải quyết: {f.agency}")
    lines += ["", "Ông/bà tra cứu tình trạng hồ sơ bằng mã hồ sơ trên tại Bộ phận Một cửa "
                  "hoặc trên Cổng Dịch vụ công.",
              "Đây là thư gửi tự động, xin đừng trả lời thư này."]
    return "\n".join(lines) + "\n"


def _received(f: _Facts) -> tuple[str, list[str]]:
    body = [f"Hồ sơ {f.code} của ông/bà đã được tiếp nhận lúc {f.at}."]
    if f.due:
        body.append(f"Thời hạn trả kết quả: {f.due}.")
    return f"Hồ sơ {f.code} đã được tiếp nhận", body


def _supplement(f: _Facts) -> tuple[str, list[str]]:
    body = [f"Hồ sơ {f.code} của ông/bà cần bổ sung giấy tờ trước khi được giải quyết."]
    if f.note:
        body.append(f"Nội dung cần bổ sung: {f.note}")
    body.append("Mời ông/bà mang giấy tờ bổ sung đến Bộ phận Một cửa; thời hạn giải quyết "
                "được tính lại từ khi nhận đủ giấy tờ.")
    return f"Hồ sơ {f.code} cần bổ sung giấy tờ", body


def _result_ready(f: _Facts) -> tuple[str, list[str]]:
    body = [f"Hồ sơ {f.code} của ông/bà đã có kết quả giải quyết."]
    body.append("Kết quả sẽ được gửi qua dịch vụ bưu chính công ích tới địa chỉ ông/bà đã "
                "đăng ký." if f.by_post else
                "Mời ông/bà đến Bộ phận Một cửa nhận kết quả, mang theo giấy tiếp nhận hồ sơ "
                "và hẹn trả kết quả cùng giấy tờ tùy thân.")
    return f"Hồ sơ {f.code} đã có kết quả", body


def _returned(f: _Facts) -> tuple[str, list[str]]:
    return (f"Hồ sơ {f.code} đã được trả kết quả",
            [f"Kết quả hồ sơ {f.code} đã được trả lúc {f.at}.",
             "Cảm ơn ông/bà đã sử dụng dịch vụ công."])


def _refused(f: _Facts) -> tuple[str, list[str]]:
    body = [f"Hồ sơ {f.code} của ông/bà không được tiếp nhận."]
    if f.note:
        body.append(f"Lý do: {f.note}")
    return f"Hồ sơ {f.code} không được tiếp nhận", body


_EMAILS = {NoticeKind.RECEIVED: _received, NoticeKind.SUPPLEMENT: _supplement,
           NoticeKind.RESULT_READY: _result_ready, NoticeKind.RETURNED: _returned,
           NoticeKind.REFUSED: _refused}


def _short(f: _Facts, what: str) -> str:
    return f"Hồ sơ {f.code} ({_cut(f.procedure, SHORT_NAME_CHARS)}) {what}"


_SHORT = {
    NoticeKind.RECEIVED: lambda f: _short(f, "đã được tiếp nhận"
                                          + (f", hẹn trả {f.due}." if f.due else ".")),
    NoticeKind.SUPPLEMENT: lambda f: _short(f, "cần bổ sung giấy tờ"
                                            + (f": {_cut(f.note, SHORT_NOTE_CHARS)}."
                                               if f.note else ".")),
    NoticeKind.RESULT_READY: lambda f: _short(
        f, "đã có kết quả, " + ("gửi qua bưu điện." if f.by_post
                                else "mời đến Bộ phận Một cửa nhận.")),
    NoticeKind.RETURNED: lambda f: _short(f, f"đã trả kết quả lúc {f.at}."),
    NoticeKind.REFUSED: lambda f: _short(f, "không được tiếp nhận"
                                         + (f": {_cut(f.note, SHORT_NOTE_CHARS)}."
                                            if f.note else ".")),
}
