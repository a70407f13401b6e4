"""Who may replay an event, and the status a pushed dossier may start in."""

from __future__ import annotations

from onestop_desktop.domain.status import Status
from onestop_desktop.sync import protocol as p
from tests.central.payloads import (
    AGENCY,
    OTHER_AGENCY,
    created_event,
    dossier_payload,
    push,
    status_event,
)


def test_a_re_registered_desk_replaying_its_events_gets_duplicates(live_server):
    old_token = live_server.add_device("Quầy 1", AGENCY, 1)
    payload = dossier_payload(1001)
    events = [created_event(payload), status_event(payload, 2, 4)]
    with live_server.client(old_token) as client:
        assert [r["outcome"] for r in push(client, *events)] == [p.ACCEPTED, p.ACCEPTED]
    # The desk is reinstalled and registered again: a new token, same agency and desk.
    new_token = live_server.add_device("Quầy 1 (cài lại)", AGENCY, 1)
    with live_server.client(new_token) as client:
        replayed = push(client, *events)
        changed = push(client, dict(events[0], payload=dict(payload, note="sửa")))
    assert [r["outcome"] for r in replayed] == [p.DUPLICATE, p.DUPLICATE]
    assert changed[0]["outcome"] == p.CONFLICT and changed[0]["error"] == "event_id_reused"
    # Another agency sending the very same event learns nothing about it.
    foreign_token = live_server.add_device("Quầy A", OTHER_AGENCY, 1)
    with live_server.client(foreign_token) as client:
        (foreign,) = push(client, events[1])
    assert foreign["outcome"] == p.CONFLICT and foreign["error"] == "event_id_reused"
    assert payload["code"] not in foreign["message"] and payload["id"] not in foreign["message"]
    assert live_server.stats()["dossiers"] == 1 and live_server.stats()["events"] == 2


def test_a_new_dossier_starts_only_in_a_status_the_counter_can_give(live_server):
    """DOMAIN.md: the counter receives (2), asks for more papers (5) or refuses (3);
    online dossiers arrive as 1. Anything further is the back office's to decide."""
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    payloads = {status: dict(dossier_payload(1000 + int(status)), status=int(status))
                for status in Status}
    with live_server.client(token) as client:
        results = push(client, *[created_event(x) for x in payloads.values()])
        shown = {status: client.get(f"/v1/dossiers/{x['code']}")
                 for status, x in payloads.items()}
    by_status = dict(zip(payloads, results, strict=True))
    accepted = {int(s) for s, r in by_status.items() if r["outcome"] == p.ACCEPTED}
    assert accepted == {1, 2, 3, 5}
    for status, result in by_status.items():
        if int(status) in accepted:
            assert shown[status].json()["dossier"]["TrangThaiHoSo"] == int(status)
            continue
        assert result["outcome"] == p.CONFLICT and result["http_status"] == 409
        assert result["error"] == "initial_status"
        assert status.label in result["message"] and "Được tiếp nhận" in result["message"]
        assert shown[status].status_code == 404
    stats = live_server.stats()
    assert stats["dossiers"] == 4 and stats["events"] == 4
