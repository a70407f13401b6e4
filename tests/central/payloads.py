"""Dossier payloads exactly as a desk sends them (domain.dossier.dossier_to_dict)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from onestop_desktop.domain.codes import make_code
from onestop_desktop.domain.dossier import Applicant, Channel, Dossier, dossier_to_dict
from onestop_desktop.domain.procedure import DocumentSpec, Fee
from onestop_desktop.domain.status import Status
from onestop_desktop.sync import protocol as p

AGENCY = "000.00.01.H22"
OTHER_AGENCY = "000.00.02.H22"
DAY = date(2026, 11, 30)


def dossier_payload(number: int, agency: str = AGENCY, day: date = DAY,
                    name: str = "Đặng Thị Ngọc Hường") -> dict:
    dossier = Dossier(
        code=str(make_code(agency, day, number)), procedure_code="1.001612",
        procedure_name="Đăng ký thành lập hộ kinh doanh",
        field_name="Thành lập và hoạt động của hộ kinh doanh", field_code="MAU-HOKINHDOANH",
        lead_agency="UBND cấp xã", applicant=Applicant(name, "038190012345", "0912345678",
                                                      "Số 5 Lê Lợi, Thanh Hóa"),
        documents=[DocumentSpec("Giấy đề nghị đăng ký hộ kinh doanh", 1, 0, 0)],
        fees=[Fee("Lệ phí", 100_000)], sets=1, channel=Channel.DIRECT,
        received_at=datetime(2026, 11, 30, 2, 15, tzinfo=UTC),
        due_at=datetime(2026, 12, 3, 4, 30, tzinfo=UTC), status=Status.RECEIVED)
    return dossier_to_dict(dossier)


def created_event(payload: dict, event_id: str | None = None) -> dict:
    return p.PushEvent(event_id=event_id or str(uuid.uuid4()), kind=p.DOSSIER_CREATED,
                       dossier_id=payload["id"], created_at=datetime.now(UTC),
                       payload=payload).model_dump(mode="json")


def status_event(payload: dict, from_status: int, to_status: int,
                 kind: str = p.DOSSIER_STATUS_CHANGED) -> dict:
    body = {"id": payload["id"], "code": payload["code"], "from_status": from_status,
            "to_status": to_status, "at": datetime.now(UTC).isoformat(), "actor": "canbo1"}
    return p.PushEvent(event_id=str(uuid.uuid4()), kind=kind, dossier_id=payload["id"],
                       created_at=datetime.now(UTC), payload=body).model_dump(mode="json")


def push(client, *events: dict) -> list[dict]:
    response = client.post("/v1/push", json={"protocol": 1, "events": list(events)})
    assert response.status_code == 200, response.text
    return response.json()["results"]
