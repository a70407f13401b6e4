"""The engine against the live server: conflicts, bad events, two desks, pulls, skew."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from onestop_desktop.cli import main
from onestop_desktop.domain.dossier import dossier_to_dict
from onestop_desktop.services.calendar_service import work_calendar
from onestop_desktop.store import catalogue_repo, dossier_repo, outbox, settings_repo, sync_repo
from onestop_desktop.store.models import OutboxEvent, StatusChangeRow
from onestop_desktop.sync.engine import backoff_delay
from tests.central.live import LiveServer, db_url_for
from tests.conftest import all_dossiers
from tests.sync.desks import (
    desk_codes,
    engine,
    intake_many,
    integrity_ok,
    make_desk,
    outbox_states,
    server_codes,
)

AGENCY = "000.00.01.H22"


def test_one_bad_event_never_blocks_the_rest(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 3)
    with store.transaction() as session:  # a kind this server does not know, in the middle
        bad = outbox.enqueue(session, "dossier.teleported", {"id": "x"}, None)
        bad_id = bad.event_id
    intake_many(store, 3, day=date(2026, 12, 1))
    token = central.add_device("Quầy 1", AGENCY, 1)
    report = engine(store, central.url, token, batch_size=2).run_once()
    assert report.pushed == 6 and report.failed == 1 and report.pending == 1
    assert not report.clean
    with store.read() as session:
        row = session.get(OutboxEvent, bad_id)
        assert row.state == "failed" and row.error_code == "unknown_kind"
        assert "không được hỗ trợ" in row.last_error
        assert row.next_attempt_at > datetime.now(UTC)  # waits its own back-off
    # A background run leaves it alone until its time; the others are done.
    again = engine(store, central.url, token).run_once()
    with store.read() as session:
        assert session.get(OutboxEvent, bad_id).attempts == 1
    assert again.pushed == 0 and central.stats()["dossiers"] == 6


def test_a_refused_event_becomes_a_visible_conflict(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    (code,) = intake_many(store, 1)
    token = central.add_device("Quầy 1", AGENCY, 1)
    sync = engine(store, central.url, token)
    assert sync.run_once().clean
    with store.transaction() as session:  # the same event id, other content
        event = session.scalars(select(OutboxEvent)).one()
        event.payload = dict(event.payload, note="sửa sau khi đã gửi")
        event.state = "pending"
        dossier_id = event.dossier_id
    report = sync.run_once()
    assert report.conflicts == 1 and not report.clean
    with store.read() as session:
        assert sync_repo.dossier_sync_state(session, dossier_id) == "conflict"
        (problem,) = sync_repo.problems(session)
        assert problem.state == "conflict" and problem.code == code
        assert "nội dung khác" in problem.reason
    # "Thử lại" sends it again; still refused, still shown, never dropped.
    with store.transaction() as session:
        assert sync_repo.retry(session) == 1
    assert sync.run_once().conflicts == 1
    assert central.stats()["dossiers"] == 1


def test_two_desks_offline_for_a_day_then_syncing_at_once(tmp_path, central):
    desks = [make_desk(tmp_path / f"desk{n}", n) for n in (1, 2)]
    codes = [intake_many(store, 25) for store in desks]  # same agency, same day, offline
    assert not set(codes[0]) & set(codes[1])
    engines = [engine(store, central.url, central.add_device(f"Quầy {n}", AGENCY, n),
                      batch_size=5) for n, store in zip((1, 2), desks, strict=True)]
    reports: list = [None, None]
    barrier = threading.Barrier(2)

    def run(i: int) -> None:
        barrier.wait()
        reports[i] = engines[i].run_once()

    threads = [threading.Thread(target=run, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(r.clean and r.pushed == 25 for r in reports)
    on_server = server_codes(central)
    assert len(on_server) == 50 and set(on_server) == set(codes[0]) | set(codes[1])
    for store, own in zip(desks, codes, strict=True):
        assert outbox_states(store) == {"acked": 25} and desk_codes(store) == set(own)
        store.close()


def test_back_office_statuses_reach_the_desk(tmp_path, central, capsys):
    from onestop_central import service

    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 3)
    token = central.add_device("Quầy 1", AGENCY, 1)
    sync = engine(store, central.url, token, pull_page=2)
    sync.run_once()
    with central.db.transaction() as session:
        service.set_status(session, codes[0], 4, note="Chuyển phòng chuyên môn")
        service.set_status(session, codes[1], 5, note="Thiếu bản sao CCCD")
        service.set_status(session, codes[2], 4)
        service.set_status(session, codes[2], 9, actor="phong-tnmt")
    report = sync.run_once()
    assert report.pulled == 4 and report.clean
    with store.read() as session:
        listed = {d.code: int(d.status) for d in all_dossiers(store)}
        assert listed == {codes[0]: 4, codes[1]: 5, codes[2]: 9}
        assert [int(d.status) for d in all_dossiers(store, status=9)] == [9]
        row = dossier_repo.get_row_by_code(session, codes[2])
        history = [(h.from_status, h.to_status, h.source, h.actor)
                   for h in dossier_repo.status_history(session, row.id)]
        assert history[-2:] == [(2, 4, "central", "back-office"), (4, 9, "central", "phong-tnmt")]
        note = session.scalar(select(StatusChangeRow.note).where(StatusChangeRow.to_status == 5))
        assert note == "Thiếu bản sao CCCD"
        cursor = sync_repo.get_cursor(session)
    code = main(["--data-dir", str(store.path.parent), "list", "--json"])
    shown = {d["code"]: d["status"] for d in json.loads(capsys.readouterr().out)}
    assert code == 0 and shown == listed  # what the officer's list shows
    assert sync.run_once().pulled == 0  # the cursor moved: nothing twice
    with store.read() as session:
        assert sync_repo.get_cursor(session) == cursor


def test_calendar_and_catalogue_from_the_centre(tmp_path, central):
    from onestop_central import service

    store = make_desk(tmp_path / "d", 1)
    token = central.add_device("Quầy 1", AGENCY, 1)
    day = datetime(2026, 12, 2).date()  # a Wednesday
    with store.read() as session:
        config = settings_repo.load_desk_config(session)
        assert work_calendar(store, session, config.hours).is_working_day(day)
    with central.db.transaction() as session:
        service.publish_calendar(session, [{"day": day.isoformat(), "kind": "off",
                                            "name": "Nghỉ đột xuất"}])
        service.publish_catalogue(session, {"version": "2026.12", "procedures": [
            {"code": "1.000001", "name": "Thủ tục từ trung tâm", "field": "Thử",
             "time_limit": {"value": 5, "unit": "day"}}]})
    assert engine(store, central.url, token).run_once().pulled == 2
    with store.read() as session:
        assert not work_calendar(store, session, config.hours).is_working_day(day)
        assert [p.code for p in catalogue_repo.search_procedures(session)] == ["1.000001"]


def test_a_status_the_desk_cannot_follow_is_a_conflict(tmp_path, central):
    from onestop_central import service

    store = make_desk(tmp_path / "d", 1)
    (code,) = intake_many(store, 1)
    token = central.add_device("Quầy 1", AGENCY, 1)
    sync = engine(store, central.url, token)
    sync.run_once()
    with store.transaction() as session:  # the desk moved on meanwhile (not yet pushed)
        row = dossier_repo.get_row_by_code(session, code)
        row.status = 7
        dossier_id = row.id
    with central.db.transaction() as session:
        service.set_status(session, code, 4)
    report = sync.run_once()
    assert report.conflicts == 1
    with store.read() as session:
        assert dossier_repo.get_row_by_code(session, code).status == 7
        assert sync_repo.dossier_sync_state(session, dossier_id) == "conflict"
        problem = next(p for p in sync_repo.problems(session) if p.source == "pull")
        assert "Đang xử lý" in problem.reason


def test_clock_skew_is_reported(tmp_path):
    server = LiveServer(db_url_for("sqlite", tmp_path),
                        clock=lambda: datetime.now(UTC) + timedelta(minutes=12)).start()
    try:
        store = make_desk(tmp_path / "d", 1)
        token = server.add_device("Quầy 1", AGENCY, 1)
        report = engine(store, server.url, token).run_once()
    finally:
        server.stop()
    assert 700 < report.skew_seconds < 740
    assert "chậm hơn máy chủ khoảng 12 phút" in report.skew_warning
    assert report.to_dict()["skew_warning"] == report.skew_warning


def test_a_code_collision_between_misconfigured_desks_is_a_conflict(tmp_path, central):
    # Two desks wrongly given the same desk number issue the same code: the centre
    # keeps the first and the second desk sees a conflict instead of losing it.
    a, b = make_desk(tmp_path / "a", 1), make_desk(tmp_path / "b", 1)
    (code_a,), (code_b,) = intake_many(a, 1), intake_many(b, 1)
    assert code_a == code_b
    assert engine(a, central.url, central.add_device("A", AGENCY, 1)).run_once().clean
    report = engine(b, central.url, central.add_device("B", AGENCY, 1)).run_once()
    assert report.conflicts == 1
    with b.read() as session:
        (problem,) = sync_repo.problems(session)
    assert problem.state == "conflict" and code_b in problem.reason
    assert integrity_ok(b)


def test_events_go_out_in_the_order_written_even_if_the_clock_went_back(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    (code,) = intake_many(store, 1)
    with store.transaction() as session:
        row = dossier_repo.get_row_by_code(session, code)
        dossier = dossier_repo.to_dossier(row)
        now = row.created_at - timedelta(days=1)  # the desk clock was set back a day
        for kind, a, b in (("dossier.status_changed", 2, 9), ("dossier.returned", 9, 10)):
            outbox.enqueue(session, kind, {"id": row.id, "code": code, "from_status": a,
                                           "to_status": b, "at": now.isoformat(),
                                           "actor": "canbo1"}, row.id, now)
    assert dossier_to_dict(dossier)["code"] == code
    token = central.add_device("Quầy 1", AGENCY, 1)
    assert engine(store, central.url, token).run_once().pushed == 3
    with central.client(token) as client:
        portal = client.get(f"/v1/dossiers/{code}").json()["dossier"]
    assert portal["TrangThaiHoSo"] == 10 and portal["NgayTra"]


def test_backoff_grows_exponentially_with_full_jitter():
    assert backoff_delay(0, rng=lambda: 1.0) == 2.0
    assert backoff_delay(3, rng=lambda: 1.0) == 16.0
    assert backoff_delay(50, rng=lambda: 1.0) == 600.0  # capped
    assert backoff_delay(5, rng=lambda: 0.25) == 16.0
    assert {backoff_delay(4) for _ in range(20)} != {backoff_delay(4)}  # jittered
    assert str(uuid.uuid4())  # ids are client-made UUIDs


def test_a_revoked_token_is_said_plainly_and_nothing_is_lost(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 2)
    report = engine(store, central.url, "not-a-device-token").run_once()
    assert report.online and "Mã thiết bị không hợp lệ" in report.error
    assert report.pending == 2 and outbox_states(store) == {"pending": 2}
    with store.read() as session:
        assert all("Mã thiết bị" in p.reason for p in sync_repo.problems(session))


def test_run_forever_repeats_until_stopped(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 2)
    sync = engine(store, central.url, central.add_device("Quầy 1", AGENCY, 1))
    stop = threading.Event()
    reports: list = []

    def on_report(report) -> None:
        reports.append(report)
        if len(reports) == 1:  # something new arrives between two runs
            intake_many(store, 1, day=date(2026, 12, 1))
        if len(reports) == 3:
            stop.set()

    worker = threading.Thread(target=sync.run_forever, args=(stop, 0.05, on_report))
    worker.start()
    worker.join(30)
    assert not worker.is_alive()
    assert [r.pushed for r in reports] == [2, 1, 0]
    assert central.stats()["dossiers"] == 3


def test_a_desk_clock_set_back_does_not_strand_events(tmp_path, central):
    from tests.sync.fault_proxy import FaultProxy

    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 3)
    token = central.add_device("Quầy 1", AGENCY, 1)
    proxy = FaultProxy(central.port)
    try:
        ahead = engine(store, proxy.url, token)
        ahead.clock = lambda: datetime.now(UTC) + timedelta(hours=3)  # wrong, fixed later
        proxy.set_fault("refuse")
        assert ahead.run_once().pending == 3
        proxy.clear()
        # The officer corrects the clock: a background run (not forced) still sends all.
        report = engine(store, proxy.url, token).run_once(force=False)
    finally:
        proxy.close()
    assert report.clean and report.pushed == 3


def test_run_forever_outlives_an_unexpected_error(tmp_path, central, monkeypatch):
    from sqlalchemy.exc import OperationalError

    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 2)
    sync = engine(store, central.url, central.add_device("Quầy 1", AGENCY, 1))
    real = sync_repo.record_outcomes
    calls = {"n": 0}

    def full_once(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OperationalError("UPDATE outbox", {}, Exception("database or disk is full"))
        return real(*args, **kwargs)

    monkeypatch.setattr(sync_repo, "record_outcomes", full_once)
    stop = threading.Event()
    reports: list = []

    def on_report(report) -> None:
        reports.append(report)
        if report.clean:
            stop.set()

    worker = threading.Thread(target=sync.run_forever, args=(stop, 0.05, on_report))
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert "bất thường" in reports[0].error and not reports[0].pushed
    assert reports[-1].clean and outbox_states(store) == {"acked": 2}
    assert sorted(server_codes(central)) == sorted(codes)


def test_each_batch_costs_the_desk_one_durable_commit(tmp_path, central):
    """A batch's answers are written with the next batch's claim: per run, one commit to
    requeue, one for the first claim, one per batch, one per pulled page, one to note
    the success; never one per event."""
    from sqlalchemy import event

    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 10)
    sync = engine(store, central.url, central.add_device("Quầy 1", AGENCY, 1), batch_size=2)
    writing: dict[int, bool] = {}
    commits: list[int] = []

    def note(conn, _cursor, statement, *_):
        if statement.split()[0] in ("INSERT", "UPDATE", "DELETE"):
            writing[id(conn)] = True

    def commit(conn):
        if writing.pop(id(conn), False):
            commits.append(1)

    event.listen(store.engine, "before_cursor_execute", note)
    event.listen(store.engine, "commit", commit)
    report = sync.run_once()
    assert report.clean and report.pushed == 10
    assert len(commits) == 1 + 1 + 5 + 1 + 1
    store.close()
