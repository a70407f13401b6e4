"""Benchmark: 10,000 pending dossiers pushed by the engine to the local central server,
beside bare HTTP POSTs of the same batch bodies to a do-nothing ASGI app on the same
loopback and server stack (uvicorn); the process's memory sampled after every batch.

Run: python -m pytest tests/benchmarks/test_bench_sync.py -m benchmark -s
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from dataclasses import replace
from datetime import timedelta

import httpx
import pytest
import uvicorn

from onestop_desktop.domain.codes import make_code
from onestop_desktop.domain.dossier import dossier_to_dict
from onestop_desktop.domain.events import DOSSIER_CREATED
from onestop_desktop.store import dossier_repo, outbox
from onestop_desktop.sync import protocol as p
from tests.central.live import LiveServer, db_url_for
from tests.sync.desks import DAY, engine, intake_many, make_desk, outbox_states

N = 10_000
BATCH = 200
PER_DAY = 999  # a desk's daily block of codes


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def seed(store, count: int) -> None:
    """`count` distinct dossiers with their outbox events, as intake writes them."""
    (template_code,) = intake_many(store, 1)
    with store.read() as session:
        template = dossier_repo.get_by_code(session, template_code)
    now = template.received_at
    with store.transaction() as session:
        for i in range(count - 1):
            day = DAY + timedelta(days=1 + i // PER_DAY)
            dossier = replace(template, id=str(uuid.uuid4()),
                              code=str(make_code("000.00.01.H22", day, 1000 + i % PER_DAY + 1)),
                              received_at=template.received_at + timedelta(days=1 + i // PER_DAY))
            dossier_repo.add_dossier(session, dossier, now)
            outbox.enqueue(session, DOSSIER_CREATED, dossier_to_dict(dossier), dossier.id,
                           now)


def push_bodies(store) -> list[bytes]:
    """The same batches the engine sent, as JSON bodies, from the outbox in order."""
    from sqlalchemy import literal_column, select

    from onestop_desktop.store.models import OutboxEvent

    with store.read() as session:
        rows = session.scalars(select(OutboxEvent).order_by(literal_column("outbox.rowid")))
        events = [p.PushEvent(event_id=r.event_id, kind=r.kind, dossier_id=r.dossier_id,
                              created_at=r.created_at, payload=r.payload) for r in rows]
    return [json.dumps(p.PushRequest(events=events[i:i + BATCH]).model_dump(mode="json"))
            .encode("utf-8") for i in range(0, len(events), BATCH)]


async def sink_app(scope, receive, send):
    """Bare HTTP: read the body, answer {}."""
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b"{}"})


def bare_posts(bodies: list[bytes]) -> float:
    server = uvicorn.Server(uvicorn.Config(sink_app, host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            started = time.perf_counter()
            for body in bodies:
                client.post("/v1/push", content=body,
                            headers={"content-type": "application/json"}).raise_for_status()
            return time.perf_counter() - started
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.mark.benchmark
def test_push_10000_dossiers(tmp_path, monkeypatch):
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")
    store = make_desk(tmp_path / "desk", 1)
    started = time.perf_counter()
    seed(store, N)
    seeded = time.perf_counter() - started
    assert outbox_states(store) == {"pending": N}

    central = LiveServer(db_url_for("sqlite", tmp_path)).start()
    token = central.add_device("Quầy 1", "000.00.01.H22", 1)
    sync = engine(store, central.url, token, timeout=60, batch_size=BATCH)
    samples: list[float] = []
    real_push = sync.client.push

    def measured_push(events):
        response = real_push(events)
        samples.append(rss_mb())
        return response

    sync.client.push = measured_push
    started = time.perf_counter()
    report = sync.run_once()
    engine_time = time.perf_counter() - started

    assert report.clean and report.pushed == N
    assert central.stats()["dossiers"] == N and outbox_states(store) == {"acked": N}
    central.stop()
    bodies = push_bodies(store)
    bare = bare_posts(bodies)
    store.close()

    warm = samples[len(samples) // 5]  # after the first fifth: caches and pools are warm
    growth = max(samples[len(samples) // 5:]) - warm
    print(f"\nseeded {N} dossiers in {seeded:.1f} s")
    print(f"engine push: {N} dossiers in {engine_time:.1f} s = {N / engine_time:,.0f} dossiers/s "
          f"({len(bodies)} batches of {BATCH}, durable desk store, SQLite central)")
    print(f"bare HTTP POSTs of the same {len(bodies)} bodies: {bare:.2f} s = "
          f"{N / bare:,.0f} dossiers/s")
    print(f"RSS while pushing: start {samples[0]:.0f} MB, after warm-up {warm:.0f} MB, "
          f"max {max(samples):.0f} MB, end {samples[-1]:.0f} MB (growth after warm-up "
          f"{growth:.1f} MB); pid {os.getpid()}")
    assert growth < 40, samples  # flat: no per-event accumulation
