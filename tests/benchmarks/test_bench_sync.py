"""Benchmark: 10,000 pending dossiers pushed by the engine to the local central server
(both stores durable: the desk's SQLite with synchronous=FULL, the centre on SQLite, and
on PostgreSQL too when ONESTOP_TEST_PG_URL is set), beside bare HTTP POSTs of the same
batch bodies to a do-nothing ASGI app on the same loopback and server stack (uvicorn);
the process's CPU time, and its memory sampled after every batch.

Two placements of the centre: in a thread of this process ("thread": desk and centre
share one interpreter lock and one garbage collector; the CPU figure is both sides'
work), and as `onestop-central serve` in a process of its own ("process": as in the
field; each side's CPU time is given). The desk is seeded once and copied for each run.

Run: python -m pytest tests/benchmarks/test_bench_sync.py -m benchmark -s
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta

import httpx
import pytest
import uvicorn

from onestop_central.db import Database
from onestop_desktop.domain.codes import make_code
from onestop_desktop.domain.dossier import dossier_to_dict
from onestop_desktop.domain.events import DOSSIER_CREATED
from onestop_desktop.store import dossier_repo, outbox
from onestop_desktop.store.database import Store
from onestop_desktop.sync import protocol as p
from tests.central.live import BACKENDS, LiveServer, db_url_for
from tests.sync.desks import DAY, engine, intake_many, make_desk, outbox_states

N = 10_000
BATCH = p.MAX_PUSH_BATCH  # the engine's own batch size
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
    """The same batches the engine sent, as their JSON bodies, from the outbox in order
    (each event encoded as the engine encodes it)."""
    from sqlalchemy import text

    with store.read() as session:
        rows = session.execute(text("SELECT event_id, kind, dossier_id, created_at, payload "
                                    "FROM outbox ORDER BY rowid")).all()
    events = [p.encode_push_event(event_id, kind, dossier_id, datetime.fromisoformat(at),
                                  payload) for event_id, kind, dossier_id, at, payload in rows]
    return [p.push_request_body(events[i:i + BATCH]) for i in range(0, len(events), BATCH)]


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


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A desk with N pending dossiers, closed; each test pushes a copy."""
    os.environ["ONESTOP_NO_KEYRING"] = "1"
    directory = tmp_path_factory.mktemp("seeded") / "desk"
    store = make_desk(directory, 1)
    started = time.perf_counter()
    seed(store, N)
    print(f"\nseeded {N} dossiers in {time.perf_counter() - started:.1f} s")
    store.close()
    return directory


class CentralProcess:
    """`onestop-central serve` on a free loopback port, in a process of its own."""

    def __init__(self, db_url: str):
        self.db_url = db_url
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.db = Database(db_url)  # migrated before the server opens it
        self.process: subprocess.Popen | None = None

    def start(self) -> CentralProcess:
        self.process = subprocess.Popen(
            [sys.executable, "-c", "import sys; from onestop_central.cli import main; "
             "sys.exit(main(sys.argv[1:]))", "serve", "--db", self.db_url,
             "--port", str(self.port), "--log-level", "warning"])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("central server did not start")

    def cpu_seconds(self) -> float:
        with open(f"/proc/{self.process.pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def add_device(self, name: str, agency: str, desk: int) -> str:
        from onestop_central import service

        with self.db.transaction() as session:
            return service.add_device(session, name, agency, desk)

    def stats(self) -> dict[str, int]:
        from onestop_central import service

        with self.db.read() as session:
            return service.stats(session)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(15)
        self.db.close()


@pytest.mark.benchmark
@pytest.mark.parametrize("placement", ["thread", "process"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_push_10000_dossiers(seeded, tmp_path, backend, placement, monkeypatch):
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")
    shutil.copytree(seeded, tmp_path / "desk")
    store = Store.open(tmp_path / "desk")
    assert outbox_states(store) == {"pending": N}

    url = db_url_for(backend, tmp_path)
    central = (LiveServer(url) if placement == "thread" else CentralProcess(url)).start()
    token = central.add_device("Quầy 1", "000.00.01.H22", 1)
    sync = engine(store, central.url, token, timeout=60)
    assert sync.batch_size == BATCH
    samples: list[float] = []
    real_push = sync.client.push_encoded

    def measured_push(events):
        response = real_push(events)
        samples.append(rss_mb())
        return response

    sync.client.push_encoded = measured_push
    central_cpu = central.cpu_seconds() if placement == "process" else 0.0
    started, cpu, desk_cpu = time.perf_counter(), time.process_time(), time.thread_time()
    report = sync.run_once()
    engine_time = time.perf_counter() - started
    cpu, desk_cpu = time.process_time() - cpu, time.thread_time() - desk_cpu
    if placement == "process":
        central_cpu = central.cpu_seconds() - central_cpu

    assert report.clean and report.pushed == N
    assert central.stats()["dossiers"] == N and outbox_states(store) == {"acked": N}
    central.stop()
    bodies = push_bodies(store)
    bare = bare_posts(bodies)
    store.close()

    warm = samples[len(samples) // 5]  # after the first fifth: caches and pools are warm
    growth = max(samples[len(samples) // 5:]) - warm
    where = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[backend]
    print(f"\nengine push: {N} dossiers in {engine_time:.2f} s = "
          f"{N / engine_time:,.0f} dossiers/s ({len(bodies)} batches of {BATCH}, durable desk "
          f"store, {where} central in a {placement})")
    print(f"bare HTTP POSTs of the same {len(bodies)} bodies: {bare:.2f} s = "
          f"{N / bare:,.0f} dossiers/s; the push runs at {100 * bare / engine_time:.1f} % "
          f"of bare")
    if placement == "thread":
        print(f"CPU time of desk and centre together: {cpu:.2f} s (the desk's thread "
              f"{desk_cpu:.2f} s)", end="")
    else:
        print(f"CPU time: desk {cpu:.2f} s, centre {central_cpu:.2f} s", end="")
    print(f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"RSS while pushing: start {samples[0]:.0f} MB, after warm-up {warm:.0f} MB, "
          f"max {max(samples):.0f} MB, end {samples[-1]:.0f} MB (growth after warm-up "
          f"{growth:.1f} MB); pid {os.getpid()}")
    assert growth < 40, samples  # flat: no per-event accumulation
