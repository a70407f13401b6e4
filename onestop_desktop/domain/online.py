"""Dossiers submitted online, as the desk holds them: rebuilt from the centre's payload
(the same dossier_to_dict a desk pushes, plus the time limit's unit and value), waiting in
the "Trực tuyến – chờ tiếp nhận" queue until an officer receives, completes or refuses one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .calendar import TimeUnit
from .dossier import (
    Applicant,
    ApplicantKind,
    Channel,
    Delivery,
    DeliveryMethod,
    Dossier,
    NoticeChannel,
    ReceivedDocument,
    Submitter,
)
from .errors import OfficerError
from .procedure import Fee, TimeLimit
from .status import Status

# A dossier is waiting online while it stands here (the list's filter and the actions).
WAITING_STATUS, WAITING_CHANNEL = Status.REGISTERED, Channel.ONLINE
# What the officer may do with it: receive (form 01), ask for papers (02), refuse (03).
DECISIONS = {Status.RECEIVED: "01", Status.SUPPLEMENT_REQUESTED: "02",
             Status.NOT_ACCEPTED: "03"}
FORM_FILE_NAMES = {"01": "Mẫu 01 - Giấy tiếp nhận.pdf",
                   "02": "Mẫu 02 - Phiếu yêu cầu bổ sung.pdf",
                   "03": "Mẫu 03 - Phiếu từ chối tiếp nhận.pdf"}


class NotWaitingOnline(OfficerError, ValueError):
    """The dossier is not (or no longer) an online one waiting to be received."""

    def __init__(self, code: str, status: Status):
        super().__init__(f"Hồ sơ {code} không còn chờ tiếp nhận trực tuyến (đang "
                         f"“{status.label}”).")


def is_waiting(channel: int, status: int) -> bool:
    return channel == WAITING_CHANNEL and status == WAITING_STATUS


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _time_limit(payload: dict[str, Any]) -> TimeLimit | None:
    unit = payload.get("time_limit_unit")
    if not unit:
        return None
    unit = TimeUnit(unit)
    return TimeLimit.same_day() if unit is TimeUnit.SAME_DAY else TimeLimit(
        payload.get("time_limit_value") or 0, unit)


def dossier_from_payload(payload: dict[str, Any]) -> Dossier:
    """The dossier of a `dossier.online` change (KeyError/ValueError when it is not one)."""
    a = payload["applicant"]
    submitter = payload.get("submitter")
    delivery = payload.get("delivery") or {}
    birth = a.get("birth_date")
    return Dossier(
        id=payload["id"], code=payload["code"], procedure_code=payload["procedure_code"],
        procedure_name=payload["procedure_name"], field_name=payload.get("field_name", ""),
        field_code=payload.get("field_code", ""), lead_agency=payload.get("lead_agency", ""),
        applicant=Applicant(a["name"], a["id_number"], a.get("phone", ""), a["address"],
                            ApplicantKind.from_name(a.get("kind", "citizen")),
                            a.get("email", ""), date.fromisoformat(birth) if birth else None,
                            a.get("gender", ""), a.get("nationality", ""),
                            a.get("organisation_type", "")),
        documents=[ReceivedDocument(d["name"], d.get("original", 0), d.get("certified", 0),
                                    d.get("photo", 0)) for d in payload.get("documents", [])],
        fees=[Fee.from_dict(f) for f in payload.get("fees", [])],
        sets=int(payload.get("sets", 1)), channel=Channel(int(payload["channel"])),
        received_at=_moment(payload["received_at"]), due_at=_moment(payload.get("due_at")),
        status=Status(int(payload["status"])), time_limit_text=payload.get("time_limit", ""),
        note=payload.get("note", ""), received_by=payload.get("received_by", ""),
        notify=tuple(NoticeChannel(c) for c in payload.get("notify", [])),
        submitter=None if not submitter else Submitter(
            submitter["name"], submitter["id_number"], submitter.get("phone", ""),
            bool(submitter.get("authorised", True))),
        delivery=Delivery(DeliveryMethod(delivery.get("method", "desk")),
                          delivery.get("address", "")),
        time_limit=_time_limit(payload))
