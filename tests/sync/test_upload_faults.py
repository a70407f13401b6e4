"""Acceptance: 100 files of 1 KB to 20 MB reach the centre through the fault proxy
(refused connections, connections dropped after the server took a chunk, replies late
past the desk's time-out, server errors, the central server restarted mid-upload):
every file on the centre once, its hash the desk's, and no chunk taken twice."""

from __future__ import annotations

import hashlib
import math
import random
import threading
import time

from sqlalchemy import func, select

from onestop_central.models import DossierFile, StoredFile
from tests.sync.desks import engine, intake_many, make_desk
from tests.sync.fault_proxy import FaultProxy
from tests.sync.test_uploads import AGENCY, Accepted
from tests.sync.uploading import attach, file_rows

FILES, DOSSIERS = 100, 10
SMALLEST, LARGEST = 1000, 20 * 1000 * 1000
TIMEOUT = 4.0  # the desk's time-out; a late reply waits longer


def file_sizes(seed: int = 20) -> list[int]:
    """Log-uniform between 1 KB and 20 MB, both ends included."""
    rng = random.Random(seed)
    low, high = math.log(SMALLEST), math.log(LARGEST)
    sizes = [SMALLEST, LARGEST] + [int(math.exp(rng.uniform(low, high)))
                                   for _ in range(FILES - 2)]
    rng.shuffle(sizes)
    return sizes


def test_a_hundred_files_through_faults_and_restarts(tmp_path, central, monkeypatch):
    accepted = Accepted(monkeypatch)
    store = make_desk(tmp_path / "desk1", 1)
    proxy = FaultProxy(central.port)
    token = central.add_device("Quầy 1", AGENCY, 1)
    started = time.monotonic()
    try:
        sizes = file_sizes()
        assert sum(sizes) < 300_000_000
        codes = intake_many(store, DOSSIERS)
        expected: dict[str, int] = {}
        rng = random.Random(7)
        for i, size in enumerate(sizes):
            sha = attach(store, codes[i % DOSSIERS], rng.randbytes(size), paper=i // DOSSIERS)
            expected[sha] = size
        assert len(expected) == FILES

        restarts: list[threading.Timer] = []

        def faults(n: int) -> None:
            """Before the n-th request: a fault for the one after it (or a restart now)."""
            if n in (60, 190):  # the server goes down under the desk, back shortly
                central.stop()
                restarts.append(threading.Timer(0.5, central.start))
                restarts[-1].start()
            elif n in (45, 150, 260):
                proxy.set_fault("delay", delay=TIMEOUT + 1.0)
            elif n % 17 == 0:
                proxy.set_fault("drop_after_commit")
            elif n % 29 == 0:
                proxy.set_fault("error500_after_commit")

        proxy.on_request = faults
        sync = engine(store, proxy.url, token, timeout=TIMEOUT)
        errors = []
        for run in range(200):
            if run % 4 == 3:  # now and then the centre cannot be reached at all
                proxy.set_fault("refuse")
                refused = sync.run_once(force=True)
                assert not refused.online and refused.error
                proxy.clear()
            for timer in restarts:
                timer.join(20)
            report = sync.run_once(force=True)
            if report.clean:
                break
            assert report.error, report  # a run stops only on a fault
            errors.append(report.error)
        else:
            raise AssertionError(f"not clean after 200 runs: {report}")
        proxy.on_request = None

        # Every file on the centre once, whole, with the desk's hash.
        with central.db.read() as session:
            stored = dict(session.execute(select(StoredFile.sha256, StoredFile.size)).all())
            placed = session.scalar(select(func.count()).select_from(DossierFile))
        assert stored == expected and placed == FILES
        files = central.app.state.files
        for sha in expected:
            digest = hashlib.sha256()
            with files.open(sha) as f:
                while chunk := f.read(1 << 20):
                    digest.update(chunk)
            assert digest.hexdigest() == sha
        # No chunk taken twice: the chunks the centre took tile each file exactly.
        accepted.assert_each_byte_once(expected)
        assert accepted.total() == sum(sizes)
        assert all(row.uploaded_at is not None for row in file_rows(store))
        # The faults did happen: refusals, drops, late replies, restarts.
        kinds = set(proxy.faults_applied)
        assert {"drop_after_commit", "delay", "error500_after_commit"} <= kinds
        assert len(restarts) == 2
        assert any("Không kết nối được" in e for e in errors)
        assert any("không trả lời kịp" in e for e in errors)
    finally:
        proxy.close()
        store.close()
    print(f"\n{FILES} files, {sum(sizes) / 1e6:.0f} MB, {len(errors)} runs cut by faults, "
          f"{time.monotonic() - started:.1f} s")
