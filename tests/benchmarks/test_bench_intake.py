"""Benchmark: intakes per second through the service (durable commits), beside raw
SQLite inserts of the same rows, one durable transaction per dossier, on the same disk.

Run: python -m pytest tests/benchmarks/test_bench_intake.py -m benchmark -s
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.setup import initialise
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, AGENCY_NAME, local, sample_request

N = 500
PER_DOSSIER_TABLES = ["dossiers", "dossier_documents", "status_changes", "outbox", "audit"]


@pytest.mark.benchmark
def test_intake_throughput_vs_raw_sqlite(tmp_path):
    store = Store.open(tmp_path / "service")
    initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
               today=date(2026, 11, 28))
    service = IntakeService(store, clock=lambda: local(2026, 12, 1, 8, 0))
    service.intake(sample_request(), "bench")  # warm caches (calendar, mappers)

    started = time.perf_counter()
    for _ in range(N):
        service.intake(sample_request(), "bench")
    service_seconds = time.perf_counter() - started
    store.close()

    # The same rows, replayed with the driver alone into an identical empty schema (same key).
    source = raw_connection(tmp_path / "service" / "onestop.sqlite3")
    rows = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in PER_DOSSIER_TABLES}
    columns = {t: len(rows[t][0]) for t in PER_DOSSIER_TABLES}
    source.close()
    Store.open(tmp_path / "raw").close()  # same schema, migrated
    raw = raw_connection(tmp_path / "raw" / "onestop.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")
    per_dossier = {t: len(rows[t]) // (N + 1) for t in PER_DOSSIER_TABLES}
    started = time.perf_counter()
    for i in range(N + 1):
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT OR REPLACE INTO code_counters VALUES (?, ?, ?, ?)",
                    (AGENCY, "2026-11-30", 1, i + 1))
        for table in PER_DOSSIER_TABLES:
            chunk = rows[table][i * per_dossier[table]:(i + 1) * per_dossier[table]]
            marks = ",".join("?" * columns[table])
            raw.executemany(f"INSERT INTO {table} VALUES ({marks})", chunk)
        raw.execute("COMMIT")
    raw_seconds = (time.perf_counter() - started) * N / (N + 1)
    raw.close()

    service_rate, raw_rate = N / service_seconds, N / raw_seconds
    print(f"\nintake service: {N} dossiers in {service_seconds:.2f} s = {service_rate:.0f}/s "
          f"({1000 * service_seconds / N:.2f} ms each)")
    print(f"raw sqlite3:    {N} dossiers in {raw_seconds:.2f} s = {raw_rate:.0f}/s "
          f"({1000 * raw_seconds / N:.2f} ms each)")
    print(f"ratio raw/service: {raw_rate / service_rate:.1f}x")
    assert service_rate > 0 and raw_rate > 0
