"""Who may create which dossier, what an agency sees of another's, and audit chain heads."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from onestop_central import service
from onestop_central.cli import main
from onestop_desktop.sync import protocol as p
from tests.central.payloads import (
    AGENCY,
    OTHER_AGENCY,
    created_event,
    dossier_payload,
    push,
    status_event,
)


def test_a_desk_creates_dossiers_only_in_its_own_number_block(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    wide = live_server.add_device("Quầy 12", AGENCY, 12, desk_digits=2)
    cases = {
        "own block": dossier_payload(1001),
        "another desk's block": dossier_payload(2001),
        "counter zero": dossier_payload(1000),
        "another agency": dossier_payload(1002, agency=OTHER_AGENCY),
        "no such day": dict(dossier_payload(1003), code=f"{AGENCY}-261345-1003"),
        "lower case": dict(dossier_payload(1004), code=f"{AGENCY.lower()}-261130-1004"),
        "not a code": dict(dossier_payload(1005), code="HS-1"),
    }
    with live_server.client(token) as client:
        results = dict(zip(cases, push(client, *map(created_event, cases.values())),
                           strict=True))
    with live_server.client(wide) as client:
        wide_own, wide_other = push(client, created_event(dossier_payload(1201)),
                                    created_event(dossier_payload(1301)))
    assert results["own block"]["outcome"] == p.ACCEPTED
    for name in ("another desk's block", "counter zero"):
        assert results[name]["outcome"] == p.CONFLICT, name
        assert results[name]["http_status"] == 403 and results[name]["error"] == "wrong_desk"
        assert "1001–1999" in results[name]["message"]
    assert results["another agency"]["http_status"] == 403
    assert results["another agency"]["error"] == "wrong_agency"
    for name in ("no such day", "lower case", "not a code"):
        assert results[name]["outcome"] == p.CONFLICT, name
        assert results[name]["error"] == "invalid_code", name
    assert wide_own["outcome"] == p.ACCEPTED
    assert wide_other["error"] == "wrong_desk" and "1201–1299" in wide_other["message"]
    assert live_server.stats()["dossiers"] == 2


def test_two_agencies_never_see_or_change_each_others_dossiers(live_server):
    tokens = {AGENCY: live_server.add_device("Quầy 1", AGENCY, 1),
              OTHER_AGENCY: live_server.add_device("Quầy A", OTHER_AGENCY, 1)}
    own = {AGENCY: dossier_payload(1001), OTHER_AGENCY: dossier_payload(1001, OTHER_AGENCY)}
    for agency, token in tokens.items():
        with live_server.client(token) as client:
            assert push(client, created_event(own[agency]))[0]["outcome"] == p.ACCEPTED
    with live_server.db.transaction() as session:
        for payload in own.values():
            service.set_status(session, payload["code"], 4)
    for agency, token in tokens.items():
        other = own[OTHER_AGENCY if agency == AGENCY else AGENCY]
        fee = {"id": other["id"], "code": other["code"], "amount": 1000,
               "at": datetime.now(UTC).isoformat()}
        due = {"id": other["id"], "code": other["code"], "at": datetime.now(UTC).isoformat()}
        with live_server.client(token) as client:
            seen = client.get(f"/v1/dossiers/{other['code']}")
            mine = client.get(f"/v1/dossiers/{own[agency]['code']}")
            feed = client.get("/v1/changes", params={"since": 0}).json()
            moves = push(client, status_event(other, 4, 9),
                         status_event(other, 4, 10, p.DOSSIER_RETURNED),
                         dict(created_event(other), kind=p.DOSSIER_FEE_COLLECTED, payload=fee),
                         dict(created_event(other), kind=p.DOSSIER_DUE_CHANGED, payload=due),
                         created_event(dict(other, id=str(uuid.uuid4()))))
        assert seen.status_code == 404 and other["code"] not in json.dumps(seen.json()["detail"])
        assert mine.status_code == 200
        assert [c["dossier_id"] for c in feed["changes"]] == [own[agency]["id"]]
        assert [m["outcome"] for m in moves] == [p.REJECTED] * 4 + [p.REJECTED]
        assert [m["error"] for m in moves] == ["unknown_dossier"] * 4 + ["wrong_agency"]
    with live_server.client(tokens[AGENCY]) as client:
        status = client.get(f"/v1/dossiers/{own[AGENCY]['code']}").json()["dossier"]
    with live_server.client(tokens[OTHER_AGENCY]) as client:
        other_status = client.get(f"/v1/dossiers/{own[OTHER_AGENCY]['code']}").json()
    assert status["TrangThaiHoSo"] == 4 and other_status["dossier"]["TrangThaiHoSo"] == 4
    assert live_server.stats()["events"] == 2


def _head(seq: int, digit: str) -> dict:
    return {"seq": seq, "hash": digit * 64, "at": datetime.now(UTC).isoformat()}


def test_audit_heads_are_kept_and_a_divergence_is_409(live_server, central_db_url, capsys):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    other = live_server.add_device("Quầy 2", AGENCY, 2)
    with live_server.client(token) as client:
        answers = [client.post("/v1/audit-heads", json=head) for head in (
            _head(5, "a"), _head(9, "b"), _head(9, "b"),  # recorded, recorded, known
            _head(9, "c"),  # another hash for seq 9
            _head(7, "d"),  # back from 9 to 7
            _head(12, "e"))]
        malformed = [client.post("/v1/audit-heads", json=bad) for bad in (
            dict(_head(1, "a"), hash="A" * 64), dict(_head(0, "a")),
            dict(_head(1, "a"), at="2026-12-01T08:00:00"), {"seq": 1})]
    with live_server.client(other) as client:  # heads are per device
        others = client.post("/v1/audit-heads", json=_head(3, "f"))
    with live_server.client() as anonymous:
        unauthorised = anonymous.post("/v1/audit-heads", json=_head(20, "a"))
    assert [a.status_code for a in answers] == [200, 200, 200, 409, 409, 200]
    assert [a.json().get("outcome") for a in answers if a.status_code == 200] == [
        p.AUDIT_RECORDED, p.AUDIT_RECORDED, p.AUDIT_KNOWN, p.AUDIT_RECORDED]
    for diverged in answers[3:5]:
        assert p.ErrorBody.model_validate(diverged.json()).error == "audit_diverged"
    assert [m.status_code for m in malformed] == [422] * 4
    assert others.status_code == 200 and unauthorised.status_code == 401

    assert main(["audit-heads", "--db", central_db_url, "--device", "Quầy 1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert [("DIVERGED" in line) for line in lines] == [False, False, True, True, False]
    assert "seq went back from 9 to 7" in lines[3] and "b" * 64 in lines[1]
    assert main(["audit-heads", "--db", central_db_url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {(x["device"], x["seq"], x["diverged"]) for x in listed} >= {
        ("Quầy 2", 3, False), ("Quầy 1", 9, True)}


def test_a_device_is_registered_only_with_a_valid_agency_and_desk(central_db_url, capsys):
    base = ["device", "add", "Quầy 1", "--db", central_db_url]
    assert main([*base, "--agency-code", "H22", "--desk", "1"]) == 2
    assert "Mã cơ quan không hợp lệ" in capsys.readouterr().err
    assert main([*base, "--agency-code", AGENCY, "--desk", "12"]) == 2
    assert "Số quầy không hợp lệ" in capsys.readouterr().err
    assert main([*base, "--agency-code", AGENCY, "--desk", "12", "--desk-digits", "2"]) == 0
    assert capsys.readouterr().out.startswith("osd_")
