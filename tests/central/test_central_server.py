"""The central server over HTTP on a loopback port, on SQLite and (if set) PostgreSQL."""

from __future__ import annotations

from datetime import datetime

from onestop_central import portal_schema
from onestop_desktop.sync import protocol as p
from tests.central.payloads import (
    AGENCY,
    OTHER_AGENCY,
    created_event,
    dossier_payload,
    push,
    status_event,
)


def test_push_is_idempotent_by_event_id_and_refuses_reused_ids(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    payload = dossier_payload(1001)
    event = created_event(payload)
    with live_server.client(token) as client:
        first = push(client, event)
        again = push(client, event)
        changed = dict(event, payload=dict(payload, note="nội dung khác"))
        reused = push(client, changed)
    assert first[0]["outcome"] == p.ACCEPTED
    assert again[0]["outcome"] == p.DUPLICATE
    assert reused[0] == {"event_id": event["event_id"], "outcome": p.CONFLICT,
                         "http_status": 409, "error": "event_id_reused",
                         "message": reused[0]["message"]}
    assert reused[0]["message"]
    assert live_server.stats()["dossiers"] == 1
    assert live_server.stats()["events"] == 1


def test_one_refused_event_does_not_spoil_the_batch(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    good1, good2 = dossier_payload(1001), dossier_payload(1002)
    taken = dict(dossier_payload(1001), id="11111111-2222-3333-4444-555555555555")
    unknown = dict(created_event(dossier_payload(1003)), kind="dossier.teleported")
    with live_server.client(token) as client:
        results = push(client, created_event(good1), created_event(taken), unknown,
                       created_event(good2))
    assert [r["outcome"] for r in results] == [p.ACCEPTED, p.CONFLICT, p.REJECTED, p.ACCEPTED]
    assert results[1]["error"] == "code_taken"
    assert results[2]["error"] == "unknown_kind"
    assert live_server.stats()["dossiers"] == 2


def test_status_events_follow_the_status_rules(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    payload = dossier_payload(1001)
    with live_server.client(token) as client:
        push(client, created_event(payload))
        to_done_from_received = push(client, status_event(payload, 2, 9))  # 2 -> 9 allowed
        back_to_processing = push(client, status_event(payload, 9, 4))  # 9 -> 4 refused
        returned = push(client, status_event(payload, 9, 10, p.DOSSIER_RETURNED))
        portal = client.get(f"/v1/dossiers/{payload['code']}").json()["dossier"]
        orphan = push(client, status_event(dossier_payload(1999), 2, 4))
    assert to_done_from_received[0]["outcome"] == p.ACCEPTED
    assert back_to_processing[0]["outcome"] == p.CONFLICT
    assert back_to_processing[0]["error"] == "status_rule"
    assert "Đã xử lý xong" in back_to_processing[0]["message"]
    assert returned[0]["outcome"] == p.ACCEPTED
    assert portal["TrangThaiHoSo"] == 10 and portal["NgayTra"] is not None
    assert orphan[0]["outcome"] == p.REJECTED and orphan[0]["error"] == "unknown_dossier"


def test_portal_names_map_one_to_one(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    payload = dossier_payload(1001)
    with live_server.client(token) as client:
        push(client, created_event(payload))
        body = client.get(f"/v1/dossiers/{payload['code']}").json()
    d = body["dossier"]
    assert d["MaHoSo"] == payload["code"]
    assert d["MaTTHC"] == "1.001612"
    assert d["ChuHoSo"] == "Đặng Thị Ngọc Hường"
    assert d["LoaiDoiTuong"] == 1 and d["TrangThaiHoSo"] == 2
    # The channel is KenhThucHien (1 in person); HinhThuc is how the result goes back
    # (0 at the desk); MaLinhVuc is the field's code, TenLinhVuc its name.
    assert d["KenhThucHien"] == 1 and d["HinhThuc"] == 0
    assert d["MaLinhVuc"] == "MAU-HOKINHDOANH"
    assert d["TenLinhVuc"] == "Thành lập và hoạt động của hộ kinh doanh"
    # 02:15 UTC is 09:15 in Asia/Ho_Chi_Minh; the portal's format is yyyyMMddHHmmss.
    assert d["NgayTiepNhan"] == "20261130091500"
    assert set(p.PORTAL_FIELDS.values()) <= set(d)
    assert set(d) == set(portal_schema.schema()["required"])
    assert portal_schema.problems(d) == []


def test_agencies_are_kept_apart(live_server):
    own = live_server.add_device("Quầy 1", AGENCY, 1)
    other = live_server.add_device("Quầy A", OTHER_AGENCY, 1)
    payload = dossier_payload(1001)
    with live_server.client(own) as client:
        push(client, created_event(payload))
    with live_server.db.transaction() as session:
        from onestop_central import service

        service.set_status(session, payload["code"], 4)
    with live_server.client(other) as client:
        foreign = push(client, created_event(dossier_payload(1002)))
        meddling = push(client, status_event(payload, 4, 5))
        seen = client.get("/v1/dossiers/" + payload["code"])
        changes = client.get("/v1/changes", params={"since": 0}).json()
    assert foreign[0]["outcome"] == p.REJECTED and foreign[0]["error"] == "wrong_agency"
    assert meddling[0]["error"] == "unknown_dossier"
    assert seen.status_code == 404 and seen.json()["error"] == "not_found"
    assert changes["changes"] == []
    assert changes["cursor"] >= 1  # the other agency's change is skipped, not re-sent


def test_pull_pages_by_a_monotonic_cursor(live_server):
    from onestop_central import service

    token = live_server.add_device("Quầy 1", AGENCY, 1)
    payloads = [dossier_payload(1001 + i) for i in range(5)]
    with live_server.client(token) as client:
        push(client, *[created_event(x) for x in payloads])
        with live_server.db.transaction() as session:
            for x in payloads:
                service.set_status(session, x["code"], 4, note="chuyển phòng chuyên môn")
            service.publish_calendar(session, [{"day": "2026-12-31", "kind": "off",
                                                "name": "Nghỉ bù"}])
        seqs, cursor, pages = [], 0, 0
        while pages < 10:
            page = client.get("/v1/changes", params={"since": cursor, "limit": 2}).json()
            pages += 1
            seqs += [c["seq"] for c in page["changes"]]
            assert page["cursor"] >= cursor
            cursor = page["cursor"]
            if not page["has_more"]:
                break
        empty = client.get("/v1/changes", params={"since": cursor}).json()
    assert len(seqs) == 6 and seqs == sorted(seqs) and len(set(seqs)) == 6
    assert pages == 3
    assert empty["changes"] == [] and empty["cursor"] == cursor


def test_errors_have_clear_bodies_and_every_reply_has_server_time(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    with live_server.client() as anonymous:
        health = anonymous.get("/v1/health")
        missing = anonymous.post("/v1/push", json={"events": []})
        wrong = anonymous.get("/v1/changes", headers={"Authorization": "Bearer nope"})
    with live_server.client(token) as client:
        malformed = client.post("/v1/push", json={"events": [{"event_id": "x"}]})
        old_protocol = client.get("/v1/changes", headers={p.PROTOCOL_HEADER: "0"})
        openapi = client.get("/openapi.json").json()
    assert health.status_code == 200 and health.json()["protocol"] == p.PROTOCOL_VERSION
    for response, status, code in ((missing, 401, "unauthorized"), (wrong, 401, "unauthorized"),
                                   (malformed, 422, "invalid_request"),
                                   (old_protocol, 400, "protocol_mismatch")):
        assert response.status_code == status
        body = p.ErrorBody.model_validate(response.json())
        assert body.error == code and body.message
        assert datetime.fromisoformat(response.headers[p.SERVER_TIME_HEADER])
    assert malformed.json()["detail"]
    assert {"/v1/push", "/v1/changes", "/v1/health"} <= set(openapi["paths"])


def test_device_tokens_are_stored_only_as_hashes(live_server):
    from sqlalchemy import select

    from onestop_central.models import Device

    token = live_server.add_device("Quầy 1", AGENCY, 1)
    with live_server.db.read() as session:
        stored = session.scalars(select(Device.token_hash)).all()
    assert token not in stored and len(stored[0]) == 64


def test_a_batch_the_database_objects_to_is_redone_event_by_event(live_server, monkeypatch):
    """If the database refuses what the checks let through, only that event is refused."""
    from onestop_central import service

    token = live_server.add_device("Quầy 1", AGENCY, 1)
    first = dossier_payload(1001)
    with live_server.client(token) as client:
        push(client, created_event(first))
    real_known = service._Known
    calls: list[int] = []

    def blind_once(session, events):
        known = real_known(session, events)
        if not calls:  # the first look misses what is stored, as a race would
            known.by_id, known.by_code, known.events = {}, {}, {}
        calls.append(1)
        return known

    monkeypatch.setattr(service, "_Known", blind_once)
    again = dict(first, id="99999999-2222-3333-4444-555555555555")
    second = dossier_payload(1002)
    with live_server.client(token) as client:
        results = push(client, created_event(again), created_event(second))
    assert len(calls) == 2
    assert [r["outcome"] for r in results] == [p.CONFLICT, p.ACCEPTED]
    assert results[0]["error"] == "code_taken"
    assert live_server.stats()["dossiers"] == 2
