"""Two desks issuing codes at the same time, in separate processes, never collide."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import date

from onestop_desktop.domain.codes import parse_code
from onestop_desktop.services.setup import initialise
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, AGENCY_NAME
from tests.intake_worker import take_in

PER_PROCESS = 25


def _init(path, desk: int) -> None:
    store = Store.open(path)
    initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=desk,
               today=date(2026, 11, 28))
    store.close()


def _run_concurrently(dirs: list[str]) -> list[list[str]]:
    ctx = multiprocessing.get_context("spawn")
    manager = ctx.Manager()
    barrier = manager.Barrier(len(dirs))
    with ctx.Pool(len(dirs)) as pool:
        results = [pool.apply_async(take_in, (d, PER_PROCESS, barrier)) for d in dirs]
        codes = [r.get(timeout=120) for r in results]
    manager.shutdown()
    return codes


def test_two_processes_on_one_store_share_the_counter(tmp_path):
    _init(tmp_path / "desk", 1)
    first, second = _run_concurrently([str(tmp_path / "desk")] * 2)
    everything = first + second
    assert len(set(everything)) == 2 * PER_PROCESS
    assert sorted(parse_code(c).number for c in everything) == list(
        range(1001, 1001 + 2 * PER_PROCESS))


def test_two_desks_offline_then_merged_have_no_collision(tmp_path):
    _init(tmp_path / "desk1", 1)
    _init(tmp_path / "desk2", 2)
    desk1, desk2 = _run_concurrently([str(tmp_path / "desk1"), str(tmp_path / "desk2")])
    # Merge both stores into one table with a UNIQUE code, as the centre does.
    merged = sqlite3.connect(tmp_path / "merged.sqlite3")
    merged.execute("CREATE TABLE dossiers (code TEXT PRIMARY KEY, id TEXT UNIQUE)")
    for name in ("desk1", "desk2"):
        with raw_connection(tmp_path / name / "onestop.sqlite3") as src:
            rows = src.execute("SELECT code, id FROM dossiers").fetchall()
        merged.executemany("INSERT INTO dossiers VALUES (?, ?)", rows)
        merged.commit()
    total = merged.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    merged.close()
    assert total == 2 * PER_PROCESS
    assert {parse_code(c).desk() for c in desk1} == {1}
    assert {parse_code(c).desk() for c in desk2} == {2}
    assert {parse_code(c).day for c in desk1 + desk2} == {date(2026, 11, 30)}
