"""A push is applied as a batch: one look-up, one statement per table, every rule kept.

On SQLite, and on PostgreSQL too when configured (the live_server fixture).
"""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import event, select
from sqlalchemy.dialects import sqlite

from onestop_central.models import Dossier, Event, StatusHistory, UtcDateTime
from onestop_desktop.sync import protocol as p
from tests.central.payloads import (
    AGENCY,
    created_event,
    dossier_payload,
    push,
    status_event,
)


@contextmanager
def statements(db):
    """The SQL the server runs meanwhile (an executemany counts once)."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _executemany):
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_a_batch_costs_the_same_statements_whatever_its_size(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    counts = []
    with live_server.client(token) as client:
        for start, size in ((1001, 3), (1100, 120)):
            payloads = [dossier_payload(start + i) for i in range(size)]
            events = [created_event(x) for x in payloads]
            events += [status_event(x, 2, 4) for x in payloads]
            with statements(live_server.db) as seen:
                results = push(client, *events)
            assert {r["outcome"] for r in results} == {p.ACCEPTED}
            writes = [s.split()[0] for s in seen if s.split()[0] in ("INSERT", "UPDATE")]
            looks = [s for s in seen if s.startswith("SELECT")
                     and ("FROM events" in s or "FROM dossiers" in s)]
            counts.append((len(looks), sorted(writes)))
    # The device, the batch's known events and dossiers; then dossiers, history and
    # events inserted once each (no UPDATE: the new dossiers go in as they end up).
    assert counts[0] == counts[1] == (2, ["INSERT", "INSERT", "INSERT"])
    assert live_server.stats() == {"dossiers": 123, "events": 246, "changes": 0,
                                   "devices": 1}


def test_a_dossier_created_and_moved_in_one_batch_ends_as_its_events_say(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    stored_before, new = dossier_payload(1001), dossier_payload(1002)
    with live_server.client(token) as client:
        push(client, created_event(stored_before))
        events = [created_event(new), status_event(new, 2, 9),
                  status_event(new, 9, 10, p.DOSSIER_RETURNED),
                  status_event(new, 10, 4),  # refused: the dossier is handed back
                  status_event(stored_before, 2, 4), status_event(stored_before, 4, 9)]
        events.append(dict(events[1]))  # the same event twice in one batch
        results = push(client, *events)
    assert [r["outcome"] for r in results] == [
        p.ACCEPTED, p.ACCEPTED, p.ACCEPTED, p.CONFLICT, p.ACCEPTED, p.ACCEPTED, p.DUPLICATE]
    assert results[3]["error"] == "status_rule" and results[3]["http_status"] == 409
    with live_server.db.read() as session:
        dossiers = {d.code: d for d in session.scalars(select(Dossier))}
        history = {code: [(h.from_status, h.to_status) for h in session.scalars(
            select(StatusHistory).where(StatusHistory.dossier_id == d.id)
            .order_by(StatusHistory.id))] for code, d in dossiers.items()}
        stored = {e.event_id: e for e in session.scalars(select(Event))}
    assert dossiers[new["code"]].status == 10 and dossiers[new["code"]].returned_at
    assert dossiers[stored_before["code"]].status == 9
    assert dossiers[stored_before["code"]].returned_at is None
    assert history == {new["code"]: [(None, 2), (2, 9), (9, 10)],
                       stored_before["code"]: [(None, 2), (2, 4), (4, 9)]}
    # Payloads are stored as the JSON objects the desk sent (not as text in JSON).
    assert dossiers[new["code"]].payload == new
    assert stored[events[0]["event_id"]].payload == new
    assert len(stored) == 6 and events[3]["event_id"] not in stored  # 1 + 5 new


def test_the_content_hash_is_the_one_stored_by_earlier_versions(live_server):
    """Same content = duplicate must hold for events an earlier server stored: the hash
    is still SHA-256 of json.dumps([kind, dossier_id, payload]) with sorted keys."""
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    payload = dict(dossier_payload(1001), note="Tab\there, “quotes”, \\ and \u2028 and 😀",
                   extra={"z": [1, 2.5, None, True], "a": {"đ": "Đặng"}})
    sent = [created_event(payload), status_event(payload, 2, 4)]
    with live_server.client(token) as client:
        push(client, *sent)
    with live_server.db.read() as session:
        hashes = dict(session.execute(select(Event.event_id, Event.content_hash)).all())
    for item in sent:
        text = json.dumps([item["kind"], item["dossier_id"], item["payload"]], sort_keys=True,
                          ensure_ascii=False, separators=(",", ":"))
        assert hashes[item["event_id"]] == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_push_body_is_documented_though_read_by_hand(live_server):
    with live_server.client() as client:
        document = client.get("/openapi.json").json()
    body = document["paths"]["/v1/push"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PushRequest"}
    schemas = document["components"]["schemas"]
    assert schemas["PushRequest"]["properties"]["events"]["items"] == {
        "$ref": "#/components/schemas/PushEvent"}
    assert "payload" in schemas["PushEvent"]["properties"]


def test_sqlite_times_are_written_as_sqlalchemy_would_write_them():
    dialect = sqlite.dialect()
    ours = UtcDateTime().bind_processor(dialect)
    plain = sqlite.DATETIME().bind_processor(dialect)
    for moment in (datetime(2026, 11, 30, 2, 15, tzinfo=UTC),
                   datetime(999, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
                   datetime(2026, 12, 31, 23, 59, 59, 999_999,
                            tzinfo=timezone(timedelta(hours=7)))):
        assert ours(moment) == plain(moment.astimezone(UTC).replace(tzinfo=None))
    assert ours(None) is None
