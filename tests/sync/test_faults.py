"""Faults between desk and centre, through a real proxy to the real server.

After recovery: the server holds each dossier exactly once, every desk event is
acked, nothing is lost, and the desk's store is intact.
"""

from __future__ import annotations

import threading
import time

import pytest

from tests.sync.desks import (
    desk_codes,
    engine,
    intake_many,
    integrity_ok,
    make_desk,
    outbox_states,
    server_codes,
)
from tests.sync.fault_proxy import FaultProxy

N = 12


@pytest.fixture
def setup(tmp_path, central_any):
    store = make_desk(tmp_path / "desk1", 1)
    codes = intake_many(store, N)
    proxy = FaultProxy(central_any.port)
    token = central_any.add_device("Quầy 1", "000.00.01.H22", 1)
    yield store, central_any, proxy, token, codes
    proxy.close()
    store.close()


def assert_recovered(store, server, codes) -> None:
    assert sorted(server_codes(server)) == sorted(codes)  # each dossier exactly once
    assert server.stats()["events"] == len(codes)
    assert outbox_states(store) == {"acked": len(codes)}
    assert desk_codes(store) == set(codes)
    assert integrity_ok(store)


def sync_until_clean(sync, attempts: int = 8):
    for _ in range(attempts):
        report = sync.run_once(force=True)
        if report.clean:
            return report
        time.sleep(0.2)
    raise AssertionError(f"not clean after {attempts} runs: {report}")


def test_refused_connections_then_recovery(setup):
    store, server, proxy, token, codes = setup
    proxy.set_fault("refuse")
    sync = engine(store, proxy.url, token, batch_size=5)
    report = sync.run_once()
    assert not report.online and "Không kết nối được" in report.error
    assert report.pending == N and report.pushed == 0
    assert outbox_states(store) == {"pending": N}  # nothing stuck "sending"
    assert server.stats()["dossiers"] == 0
    proxy.clear()
    report = sync.run_once()
    assert report.clean and report.pushed == N
    assert_recovered(store, server, codes)


def test_connection_dropped_after_the_server_committed(setup):
    store, server, proxy, token, codes = setup
    proxy.set_fault("drop_after_commit", times=2)
    sync = engine(store, proxy.url, token, batch_size=5)
    first = sync.run_once()
    assert first.error and first.pushed == 0
    assert server.stats()["dossiers"] == 5  # committed, but the desk never heard it
    with store.read() as session:
        from onestop_desktop.store import sync_repo

        waiting = sync_repo.problems(session)
    assert all(p.state == "pending" for p in waiting) and waiting[0].reason
    report = sync_until_clean(sync)
    assert report.pending == 0
    assert proxy.faults_applied == ["drop_after_commit", "drop_after_commit"]
    assert_recovered(store, server, codes)


def test_reply_delayed_past_the_client_timeout(setup):
    store, server, proxy, token, codes = setup
    proxy.set_fault("delay", times=1, delay=1.5)
    sync = engine(store, proxy.url, token, timeout=0.5, batch_size=N)
    first = sync.run_once()
    assert "không trả lời kịp" in first.error
    assert outbox_states(store) == {"pending": N}
    time.sleep(1.2)  # let the held reply finish so the proxy thread is idle
    sync_until_clean(sync)
    assert_recovered(store, server, codes)


@pytest.mark.parametrize("fault", ["error500", "error500_after_commit"])
def test_server_errors(setup, fault):
    store, server, proxy, token, codes = setup
    proxy.set_fault(fault, times=3)
    sync = engine(store, proxy.url, token, batch_size=4)
    for _ in range(3):
        report = sync.run_once()
        assert "500" in report.error and not report.online
    assert outbox_states(store) == {"pending": N}
    sync_until_clean(sync)
    assert_recovered(store, server, codes)


def test_server_restarted_mid_push(setup):
    store, server, proxy, token, codes = setup
    restarter: list[threading.Timer] = []

    def restart_before_third(n: int) -> None:
        if n == 3 and not restarter:  # two batches are in; the third finds the server down
            server.stop()
            restarter.append(threading.Timer(0.3, server.start))
            restarter[0].start()

    proxy.on_request = restart_before_third
    sync = engine(store, proxy.url, token, batch_size=2)
    first = sync.run_once()
    assert first.error and first.pushed == 4
    restarter[0].join(20)
    proxy.on_request = None
    sync_until_clean(sync)
    assert_recovered(store, server, codes)


def test_events_left_sending_by_a_crash_are_requeued(setup):
    store, server, proxy, token, codes = setup
    from sqlalchemy import update

    from onestop_desktop.store.models import OutboxEvent

    with store.transaction() as session:  # a crash between claim and answer
        session.execute(update(OutboxEvent).values(state="sending", attempts=1))
    report = engine(store, proxy.url, token).run_once()
    assert report.clean and report.pushed == N
    assert_recovered(store, server, codes)
