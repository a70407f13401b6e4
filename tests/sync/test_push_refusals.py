"""Events the centre refuses whole-batch, and events the desk cannot even send.

Against the real server (through the fault proxy where a front server's refusal
is needed): the good events are acked, the bad one is failed with its reason,
shown on the desk, and never blocks the queue again.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from onestop_desktop.store import sync_repo
from onestop_desktop.store.models import DossierRow, OutboxEvent
from onestop_desktop.sync import engine as engine_module
from tests.sync.desks import engine, intake_many, make_desk, outbox_states, server_codes
from tests.sync.fault_proxy import FaultProxy

AGENCY = "000.00.01.H22"
MARK = "<<từ chối>>"
BODY_LIMIT = 40_000  # a front server's client_max_body_size, in bytes


def _spoil(store, code: str, **changes) -> str:
    """Change the stored creation event of `code`; returns its event id."""
    with store.transaction() as session:
        event = session.scalars(select(OutboxEvent).join(
            DossierRow, DossierRow.id == OutboxEvent.dossier_id)
            .where(DossierRow.code == code)).one()
        event.payload = dict(event.payload, **changes)
        return event.event_id


def _spoil_as_ascii_json(store, code: str, **changes) -> str:
    """As _spoil, but the payload written as ASCII-escaped JSON text (json.dumps's
    default: what an older version, a restore or a hand edit could leave). That is how
    a row can hold a lone surrogate: SQLite refuses it as UTF-8 text, not as `\\ud800`."""
    with store.transaction() as session:
        event = session.scalars(select(OutboxEvent).join(
            DossierRow, DossierRow.id == OutboxEvent.dossier_id)
            .where(DossierRow.code == code)).one()
        session.execute(text("UPDATE outbox SET payload = :payload WHERE event_id = :id"),
                        {"payload": json.dumps(dict(event.payload, **changes)),
                         "id": event.event_id})
        return event.event_id


REFUSALS = {
    # 413: a front server refuses any request body past its limit.
    413: (lambda body: 413 if len(body) > BODY_LIMIT else None,
          {"note": "Bản quét đính kèm " + "x" * (BODY_LIMIT + 1000)},
          "http_413", "quá lớn"),
    # 422: a server that cannot read one event refuses the whole request.
    422: (lambda body: 422 if MARK.encode() in body else None, {"note": MARK},
          "invalid_request", "không đúng định dạng"),
}


@pytest.mark.parametrize("status", sorted(REFUSALS))
def test_a_batch_refused_whole_is_halved_until_the_bad_event_is_alone(tmp_path, central,
                                                                      status):
    refuse, spoil, error_code, reason = REFUSALS[status]
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 7)
    bad_id = _spoil(store, codes[2], **spoil)
    token = central.add_device("Quầy 1", AGENCY, 1)
    proxy = FaultProxy(central.port)
    proxy.refuse_push = refuse
    try:
        report = engine(store, proxy.url, token, batch_size=10).run_once()
        # The run went on: the other six are on the server, the pull ran.
        assert report.online and not report.error
        assert report.pushed == 6 and report.failed == 1 and report.pending == 1
        assert sorted(server_codes(central)) == sorted(codes[:2] + codes[3:])
        assert proxy.refused_pushes[0] == 7 and proxy.refused_pushes[-1] == 1
        with store.read() as session:
            row = session.get(OutboxEvent, bad_id)
            assert row.state == "failed" and row.error_code == error_code
            assert f"HTTP {status}" in row.last_error and reason in row.last_error
            assert row.next_attempt_at > datetime.now(UTC)  # waits its own back-off
            (problem,) = sync_repo.problems(session)  # shown on the desk's sync panel
            assert problem.key == bad_id and problem.code == codes[2]
        assert outbox_states(store) == {"acked": 6, "failed": 1}
        # The queue is not blocked: a dossier taken afterwards goes straight through,
        # and a background run leaves the bad event to its retry time.
        (later,) = intake_many(store, 1, day=date(2026, 12, 1))
        again = engine(store, proxy.url, token, batch_size=10).run_once()
        assert again.pushed == 1 and later in server_codes(central)
        with store.read() as session:
            assert session.get(OutboxEvent, bad_id).attempts == 1
    finally:
        proxy.close()
        store.close()


def test_another_refusal_still_stops_the_run_and_releases_the_batch(tmp_path, central):
    """A 4xx that is not about the batch's content (here 403) is not split."""
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 4)
    proxy = FaultProxy(central.port)
    proxy.refuse_push = lambda body: 403
    try:
        report = engine(store, proxy.url, central.add_device("Quầy 1", AGENCY, 1),
                        batch_size=10).run_once()
    finally:
        proxy.close()
    assert report.error and report.pushed == 0
    assert proxy.refused_pushes == [4]  # asked once, not halved
    assert outbox_states(store) == {"pending": 4}
    store.close()


def test_an_event_that_does_not_fit_the_protocol_is_failed_not_sent(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 2)
    now = datetime.now(UTC)
    with store.transaction() as session:  # rows an older version or a bad restore left
        session.add(OutboxEvent(event_id="e" * 50, dossier_id=None, kind="dossier.note",
                                payload={}, created_at=now, state="pending", attempts=0,
                                last_error=""))
        session.add(OutboxEvent(event_id="f" * 36, dossier_id=None, kind="k" * 60,
                                payload={}, created_at=now, state="pending", attempts=0,
                                last_error=""))
    intake_many(store, 2, day=date(2026, 12, 1))
    token = central.add_device("Quầy 1", AGENCY, 1)
    report = engine(store, central.url, token).run_once()
    assert report.pushed == 4 and report.failed == 2 and not report.error
    assert central.stats()["events"] == 4  # the broken ones never left the desk
    with store.read() as session:
        long_id, long_kind = session.get(OutboxEvent, "e" * 50), session.get(OutboxEvent,
                                                                             "f" * 36)
        for row, field in ((long_id, "event_id"), (long_kind, "kind")):
            assert row.state == "failed" and row.error_code == "invalid_event"
            assert "không gửi được" in row.last_error and field in row.last_error
            assert row.next_attempt_at > datetime.now(UTC)
    assert outbox_states(store) == {"acked": 4, "failed": 2}
    store.close()


def test_an_unexpected_error_never_leaves_the_batch_sending(tmp_path, central, monkeypatch):
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 3)
    token = central.add_device("Quầy 1", AGENCY, 1)
    real = sync_repo.record_outcomes

    def disk_full(*args, **kwargs):
        raise OperationalError("UPDATE outbox", {}, Exception("database or disk is full"))

    monkeypatch.setattr(sync_repo, "record_outcomes", disk_full)
    with pytest.raises(OperationalError):
        engine(store, central.url, token).run_once()
    assert outbox_states(store) == {"pending": 3}  # released now, not at the next run
    with store.read() as session:
        assert all("bất thường" in p.reason for p in sync_repo.problems(session))
    monkeypatch.setattr(sync_repo, "record_outcomes", real)
    report = engine(store, central.url, token).run_once()  # the server says "duplicate"
    assert report.clean and report.pushed == 3
    assert sorted(server_codes(central)) == sorted(codes)
    store.close()


def test_a_dossier_created_in_a_later_status_is_a_visible_conflict(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 2)
    bad_id = _spoil(store, codes[0], status=4)  # "Đang xử lý" at the counter: not allowed
    token = central.add_device("Quầy 1", AGENCY, 1)
    report = engine(store, central.url, token).run_once()
    assert report.pushed == 1 and report.conflicts == 1
    assert server_codes(central) == [codes[1]]
    with store.read() as session:
        row = session.get(OutboxEvent, bad_id)
        assert row.state == "conflict" and row.error_code == "initial_status"
        assert sync_repo.dossier_sync_state(session, row.dossier_id) == "conflict"
        assert "Đang xử lý" in row.last_error and "Được tiếp nhận" in row.last_error
    store.close()


REFUSE_ALL = {413: "vượt giới hạn kích thước", 422: "không đúng định dạng"}


@pytest.mark.parametrize("status", sorted(REFUSE_ALL))
def test_a_server_that_refuses_every_event_stops_the_run_not_the_outbox(tmp_path, central,
                                                                         status):
    """A front server's body limit below one event's size, or a server refusing a field
    every event carries: no event is at fault, halving would fail the whole outbox at
    2n-1 requests. Three lone refusals in a row and the run stops; the rest stays pending."""
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 30)
    token = central.add_device("Quầy 1", AGENCY, 1)
    proxy = FaultProxy(central.port)
    proxy.refuse_push = lambda body: status
    try:
        sync = engine(store, proxy.url, token, batch_size=10)
        report = sync.run_once()
        assert f"HTTP {status}" in report.error and REFUSE_ALL[status] in report.error
        assert "Đã dừng gửi" in report.error
        assert report.online and report.stalled and report.back_off  # the server answers;
        assert report.pushed == 0  # runs back off all the same
        assert report.failed == 3 and report.pending == 30
        assert outbox_states(store) == {"failed": 3, "pending": 27}
        # 10 -> 5 -> 2 -> 1, 1, then 3 -> 1: seven requests, not 2n-1 per batch; no pull.
        assert proxy.refused_pushes == [10, 5, 2, 1, 1, 3, 1]
        assert proxy.requests == 7
        with store.read() as session:
            rows = session.scalars(select(OutboxEvent)).all()
            # The rest of the claimed batch is released with why, due at once; the
            # later batches were never claimed.
            released = [r for r in rows if r.state == "pending" and r.attempts == 1]
            assert len(released) == 7 and all(
                r.error_code == "refused_all" and r.last_error == report.error
                and r.next_attempt_at is None for r in released)
            assert sum(r.state == "pending" and r.attempts == 0 for r in rows) == 20
        # The server is fixed: the next background run sends every pending event.
        proxy.refuse_push = None
        again = sync.run_once()
        assert again.online and not again.error and again.pushed == 27
        assert outbox_states(store) == {"acked": 27, "failed": 3}
        # The three failed wait out their own short back-off (here: "Thử lại").
        assert sync.run_once(force=True).clean
        assert sorted(server_codes(central)) == sorted(codes)
    finally:
        proxy.close()
        store.close()


def test_bad_events_side_by_side_among_good_ones_are_each_failed(tmp_path, central):
    """Three refused alone in a row, but the batch got through elsewhere: the events are
    at fault, not the server; the run goes on."""
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 8)
    bad = {_spoil(store, code, note=MARK) for code in codes[2:5]}
    token = central.add_device("Quầy 1", AGENCY, 1)
    proxy = FaultProxy(central.port)
    proxy.refuse_push = lambda body: 422 if MARK.encode() in body else None
    try:
        report = engine(store, proxy.url, token, batch_size=10).run_once()
    finally:
        proxy.close()
    assert report.online and not report.error
    assert report.pushed == 5 and report.failed == 3
    assert sorted(server_codes(central)) == sorted(codes[:2] + codes[5:])
    with store.read() as session:
        assert {r.event_id for r in session.scalars(
            select(OutboxEvent).where(OutboxEvent.state == "failed"))} == bad
    store.close()


def test_a_run_sends_a_bounded_number_of_pushes(tmp_path, central, monkeypatch):
    monkeypatch.setattr(engine_module, "MAX_PUSH_REQUESTS_PER_RUN", 3)
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 10)
    bad_id = _spoil(store, codes[2], note=MARK)
    token = central.add_device("Quầy 1", AGENCY, 1)
    proxy = FaultProxy(central.port)
    pushes: list[bytes] = []

    def refuse(body: bytes) -> int | None:
        pushes.append(body)
        return 422 if MARK.encode() in body else None

    proxy.refuse_push = refuse
    try:
        sync = engine(store, proxy.url, token, batch_size=10)
        report = sync.run_once()
        # 10 refused, 5 refused, 2 sent: the budget is spent; the rest waits, unfailed.
        assert len(pushes) == 3 and report.pushed == 2
        assert report.online and not report.error and report.failed == 0
        assert outbox_states(store) == {"acked": 2, "pending": 8}
        with store.read() as session:
            assert session.get(OutboxEvent, bad_id).error_code == "deferred"
        monkeypatch.setattr(engine_module, "MAX_PUSH_REQUESTS_PER_RUN", 500)
        again = sync.run_once()
        assert again.pushed == 7 and again.failed == 1 and not again.error
    finally:
        proxy.close()
        store.close()


def test_an_event_that_cannot_be_encoded_is_failed_and_the_queue_moves_on(tmp_path, central):
    """A lone surrogate passes the protocol's validation but not UTF-8: sent in a batch,
    the request could not even be encoded, and every run would stop on it before its pull."""
    from onestop_central import service

    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 3)
    with pytest.raises(UnicodeEncodeError):  # the desk itself cannot write one...
        _spoil(store, codes[1], note="\ud800")
    bad_id = _spoil_as_ascii_json(store, codes[1], note="\ud800")  # ...a row can hold one
    with store.read() as session:
        assert session.get(OutboxEvent, bad_id).payload["note"] == "\ud800"
    with central.db.transaction() as session:  # something to pull
        service.publish_calendar(session, [{"day": "2026-12-03", "kind": "off",
                                            "name": "Nghỉ đột xuất"}])
    token = central.add_device("Quầy 1", AGENCY, 1)
    sync = engine(store, central.url, token)
    report = sync.run_once()
    assert report.online and not report.error and report.pulled >= 1
    assert report.pushed == 2 and report.failed == 1
    assert sorted(server_codes(central)) == sorted([codes[0], codes[2]])
    with store.read() as session:
        row = session.get(OutboxEvent, bad_id)
        assert row.state == "failed" and row.error_code == "invalid_event"
        assert "không gửi được" in row.last_error and "payload.note" in row.last_error
        assert sync_repo.get_cursor(session) > 0
    # Retried ("Thử lại"), it fails again on the desk and blocks nothing.
    later = intake_many(store, 1, day=date(2026, 12, 1))
    again = sync.run_once(force=True)
    assert again.online and not again.error and again.pushed == 1 and again.failed == 1
    assert later[0] in server_codes(central)
    store.close()


def test_a_payload_stored_as_broken_json_is_refused_alone_and_the_rest_goes(tmp_path, central):
    """The outbox's JSON text goes on the wire as stored; text that is not JSON (a bad
    restore, a hand edit) makes the server refuse the request: halving finds it."""
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 5)
    with store.transaction() as session:
        bad_id = session.scalars(select(OutboxEvent.event_id).join(
            DossierRow, DossierRow.id == OutboxEvent.dossier_id)
            .where(DossierRow.code == codes[1])).one()
        session.execute(text("UPDATE outbox SET payload = :broken WHERE event_id = :id"),
                        {"broken": '{"id": "x",, "code": "y"}', "id": bad_id})
    token = central.add_device("Quầy 1", AGENCY, 1)
    report = engine(store, central.url, token, batch_size=10).run_once()
    assert report.online and not report.error
    assert report.pushed == 4 and report.failed == 1
    assert sorted(server_codes(central)) == sorted(codes[:1] + codes[2:])
    with store.read() as session:
        row = session.execute(select(OutboxEvent.state, OutboxEvent.error_code,
                                     OutboxEvent.last_error)
                              .where(OutboxEvent.event_id == bad_id)).one()
    assert row.state == "failed" and row.error_code == "invalid_request"
    assert "HTTP 422" in row.last_error
    store.close()


def test_escaped_text_from_an_older_version_is_sent_as_what_it_says(tmp_path, central):
    """ASCII-escaped JSON (a surrogate pair among it) is looked at closely, found sound,
    and sent: the centre stores the characters themselves."""
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 2)
    note = "Hồ sơ gửi kèm ảnh 😀"
    _spoil_as_ascii_json(store, codes[0], note=note)
    with store.read() as session:
        raw = session.execute(text("SELECT payload FROM outbox ORDER BY rowid LIMIT 1")).scalar()
    assert "\\ud83d\\ude00" in raw and "Hồ" not in raw
    token = central.add_device("Quầy 1", AGENCY, 1)
    report = engine(store, central.url, token).run_once()
    assert report.clean and report.pushed == 2
    with central.client(token) as client:
        assert client.get(f"/v1/dossiers/{codes[0]}").status_code == 200
    from onestop_central.models import Dossier

    with central.db.read() as session:
        stored = session.scalars(select(Dossier.payload).where(Dossier.code == codes[0])).one()
    assert stored["note"] == note
    store.close()


def test_a_payload_that_is_not_an_object_is_failed_on_the_desk(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 3)
    bad_id = _spoil(store, codes[1])
    with store.transaction() as session:
        session.execute(text("UPDATE outbox SET payload = '[1, 2]' WHERE event_id = :id"),
                        {"id": bad_id})
    report = engine(store, central.url, central.add_device("Quầy 1", AGENCY, 1)).run_once()
    assert report.pushed == 2 and report.failed == 1 and not report.error
    with store.read() as session:
        row = session.get(OutboxEvent, bad_id)
        assert row.error_code == "invalid_event" and "payload" in row.last_error
    store.close()


def test_after_a_batch_too_large_the_run_claims_what_the_server_took(tmp_path, central):
    """A front server that takes at most three events a request: the first batch is
    halved down to what passes, and the run's later claims are that size: no batch is
    refused for its size again."""
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 20)
    proxy = FaultProxy(central.port)
    proxy.refuse_push = lambda body: 413 if body.count(b'"event_id"') > 3 else None
    try:
        sync = engine(store, proxy.url, central.add_device("Quầy 1", AGENCY, 1), batch_size=8)
        sizes: list[int] = []
        real = sync.client.push_encoded

        def counted(events):
            sizes.append(len(events))
            return real(events)

        sync.client.push_encoded = counted
        report = sync.run_once()
    finally:
        proxy.close()
    assert report.clean and report.pushed == 20 and report.failed == 0
    assert proxy.refused_pushes == [8, 4, 4]  # the first batch only
    assert sizes[:7] == [8, 4, 2, 2, 4, 2, 2] and set(sizes[7:]) == {2}
    assert sorted(server_codes(central)) == sorted(codes)
    store.close()
