"""A hostile machine at intake: a store another process holds, a full disk, a read-only
store. Each is one Vietnamese line and its own exit status; nothing is half written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.domain.errors import StoreBusy, StoreFull, StoreReadOnly
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import DB_FILENAME
from tests.conftest import AGENCY, local, sample_request

TABLES = ["dossiers", "dossier_documents", "status_changes", "outbox", "audit",
          "code_counters", "fee_collections"]
ROOT = Path(__file__).resolve().parents[1]


def counts(db: Path) -> dict[str, int]:
    with raw_connection(db) as raw:
        return {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def init(data: Path) -> None:
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", "Trung tâm", "--desk", "2"]) == 0


def cli(data: Path, *argv: str, stdin: str | None = None,
        env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command in its own process (a second process is the point here)."""
    return subprocess.run([sys.executable, "-m", "onestop_desktop", "--data-dir", str(data),
                           *argv], input=stdin, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                          check=False)


def request_text() -> str:
    # received a moment ago: the real clock of the subprocess accepts it
    return json.dumps(sample_request(received_at=None), ensure_ascii=False)


@pytest.fixture
def desk_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = tmp_path / "desk"
    init(data)
    return data


class WriteLock:
    """Another process's long write: BEGIN IMMEDIATE held on the store."""

    def __init__(self, db: Path):
        self.raw = raw_connection(db, isolation_level=None, check_same_thread=False)
        self.raw.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.raw.execute("ROLLBACK")
        self.raw.close()


# ---- busy -------------------------------------------------------------------------------
def test_a_busy_store_waits_a_bounded_time_then_says_so_with_exit_75(desk_dir):
    db = desk_dir / DB_FILENAME
    before = counts(db)
    lock = WriteLock(db)
    try:
        started = time.monotonic()
        result = cli(desk_dir, "intake", "-", stdin=request_text(),
                     env={"ONESTOP_BUSY_TIMEOUT": "1"})
        elapsed = time.monotonic() - started
    finally:
        lock.release()
    assert result.returncode == 75, result.stderr
    assert result.stderr.startswith("Lỗi: Kho dữ liệu đang bận")
    assert "sau 1 giây" in result.stderr
    assert "thư mục dữ liệu" not in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert 1 <= elapsed < 30
    assert counts(db) == before


def test_reading_a_busy_store_does_not_wait(desk_dir):
    """Opening the store checks its schema in a read: `list` answers during a long write
    (it used to wait for the write lock to migrate, then fail as an unusable folder)."""
    lock = WriteLock(desk_dir / DB_FILENAME)
    try:
        started = time.monotonic()
        result = cli(desk_dir, "list", "--json", env={"ONESTOP_BUSY_TIMEOUT": "20"})
        elapsed = time.monotonic() - started
    finally:
        lock.release()
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert elapsed < 15


def test_a_writer_that_finishes_within_the_timeout_is_waited_for(desk_dir):
    lock = WriteLock(desk_dir / DB_FILENAME)
    threading.Timer(0.5, lock.release).start()
    with Desk.open(desk_dir) as desk:  # the default wait (10 s) outlasts the other writer
        assert desk.store.timeout == 10
        dossier = desk.dossiers.take_in(sample_request(received_at=None),
                                        _officer()).value
    assert dossier.code.startswith(AGENCY)


def test_the_window_is_told_the_same_message(desk_dir, monkeypatch):
    """The window shows an OfficerError's message as it is (ui/widgets.failure_text)."""
    from onestop_desktop.ui.widgets import failure_text

    monkeypatch.setenv("ONESTOP_BUSY_TIMEOUT", "0.2")
    lock = WriteLock(desk_dir / DB_FILENAME)
    try:
        with Desk.open(desk_dir) as desk, pytest.raises(StoreBusy) as busy:
            desk.dossiers.take_in(sample_request(received_at=None), _officer())
    finally:
        lock.release()
    assert failure_text(busy.value).startswith("Kho dữ liệu đang bận")


def _officer():
    from onestop_desktop.domain.officer import Officer

    return Officer("cli:canbo1", "", "system")  # the store is the subject here, not roles


# ---- full disk, read-only store (SQLite's own limits, always available) ---------------------
def _limited(desk: Desk, pragma: str) -> None:
    """Every new connection of the desk's store runs `pragma` (SQLite's own limits)."""
    @event.listens_for(desk.store.engine, "connect")
    def _limit(dbapi_connection, _record) -> None:
        dbapi_connection.execute(pragma)

    desk.store.engine.dispose()


def test_a_full_store_refuses_the_intake_whole(desk_dir):
    db = desk_dir / DB_FILENAME
    with Desk.open(desk_dir, clock=lambda: local(2026, 12, 1, 8)) as desk:
        with raw_connection(db) as raw:
            pages = raw.execute("PRAGMA page_count").fetchone()[0]
        before = counts(db)
        _limited(desk, f"PRAGMA max_page_count={pages}")
        request = sample_request(note="x" * 2000, documents=[
            {"name": f"Giấy tờ số {i} " + "y" * 400, "original": 1} for i in range(200)])
        with pytest.raises(StoreFull) as full:
            desk.dossiers.take_in(request, _officer())
    assert str(full.value).startswith("Ổ đĩa chứa kho dữ liệu đã đầy")
    assert full.value.exit_status == 74
    assert counts(db) == before


def test_a_read_only_store_refuses_the_intake_whole(desk_dir):
    db = desk_dir / DB_FILENAME
    before = counts(db)
    with Desk.open(desk_dir, clock=lambda: local(2026, 12, 1, 8)) as desk:
        _limited(desk, "PRAGMA query_only=ON")
        with pytest.raises(StoreReadOnly) as read_only:
            desk.dossiers.take_in(sample_request(), _officer())
        assert desk.dossiers.page  # reading still works
        assert desk.config() is not None
    assert str(read_only.value).startswith("Kho dữ liệu chỉ cho đọc")
    assert read_only.value.exit_status == 77
    assert counts(db) == before


# ---- a real small disk and a real read-only mount (where this machine lets us mount) -------
@pytest.fixture
def small_disk(tmp_path):
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs",
                           str(mount_point)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small filesystem here: " + done.stderr.decode().strip())
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass


def test_intake_on_a_full_disk_is_one_line_and_exit_74(small_disk, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = small_disk / "desk"
    init(data)
    db = data / DB_FILENAME
    before = counts(db)
    _fill(small_disk)
    request = sample_request(received_at=None, note="x" * 2000, documents=[
        {"name": f"Giấy tờ số {i} " + "y" * 400, "original": 1} for i in range(200)])
    result = cli(data, "intake", "-", stdin=json.dumps(request, ensure_ascii=False))
    assert result.returncode == 74, result.stderr
    assert result.stderr.startswith("Lỗi: Ổ đĩa chứa kho dữ liệu đã đầy")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    (small_disk / "filler").unlink()
    assert counts(db) == before
    # the disk freed, the same intake goes through: the store was left consistent
    again = cli(data, "intake", "-", stdin=json.dumps(request, ensure_ascii=False))
    assert again.returncode == 0, again.stderr
    with raw_connection(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_intake_on_a_read_only_disk_is_one_line_and_exit_77(small_disk, tmp_path,
                                                            monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    init(small_disk / "desk")
    before = counts(small_disk / "desk" / DB_FILENAME)
    # The same files seen through a read-only view (as a disk mounted read-only is).
    view = tmp_path / "read-only"
    view.mkdir()
    subprocess.run(["mount", "--bind", str(small_disk), str(view)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        result = cli(view / "desk", "intake", "-", stdin=request_text())
        shown = cli(view / "desk", "list", "--json")
    finally:
        subprocess.run(["umount", str(view)], check=False)
    assert result.returncode == 77, result.stderr
    assert result.stderr.startswith("Lỗi: Kho dữ liệu chỉ cho đọc")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert counts(small_disk / "desk" / DB_FILENAME) == before
    # An encrypted store in WAL mode cannot be read from a read-only disk either (SQLite
    # needs its shared-memory file): said the same way.
    assert shown.returncode == 77, shown.stderr
