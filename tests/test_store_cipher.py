"""The store encrypted at rest (SQLCipher): its key kept outside it, a plain store of
an earlier version encrypted on first open, whole after a kill at any step."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.setup import initialise
from onestop_desktop.store import DB_FILENAME, cipher, store_key
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, AGENCY_NAME, local, sample_request

NAME = "Đặng Thị Ngọc Hường"


def _take_in(store: Store, count: int = 1, **applicant) -> list[str]:
    service = IntakeService(store, clock=lambda: local(2026, 12, 1, 8, 0))
    request = sample_request()
    request["applicant"] = dict(request["applicant"], **applicant)
    return [service.intake(request, actor="canbo1").code for _ in range(count)]


def _store_bytes(data_dir: Path) -> bytes:
    """Every byte of the store's files (the main file, its WAL)."""
    return b"".join(p.read_bytes() for p in data_dir.glob(f"{DB_FILENAME}*"))


def test_the_store_s_files_hold_no_clear_text(store, data_dir):
    _take_in(store, 3)  # in the WAL, not yet checkpointed
    raw = _store_bytes(data_dir)
    for clear in (NAME.encode(), b"038190012345", "Hường".encode(), b"CREATE TABLE"):
        assert clear not in raw
    assert not raw.startswith(cipher.PLAIN_HEADER)
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(store.path) as plain:
        plain.execute("SELECT count(*) FROM dossiers").fetchone()
    with cipher.raw_connection(store.path) as keyed:
        assert keyed.execute("SELECT applicant_name FROM dossiers").fetchone() == (NAME,)
        assert keyed.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_full_text_search_works_under_sqlcipher(store):
    from onestop_desktop.desk import Desk

    code = _take_in(store, name="Lê Văn Thịnh")[0]
    desk = Desk(store)
    assert [r.code for r in desk.dossiers.search("thinh")] == [code]
    with cipher.raw_connection(store.path) as keyed:
        assert keyed.execute("SELECT count(*) FROM dossier_search "
                             "WHERE dossier_search MATCH 'thinh'").fetchone()[0] == 1


def test_without_a_keyring_the_key_is_an_owner_only_file(store, data_dir):
    key_file = data_dir / store_key.KEY_FILENAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    envelope = store_key.read_envelope(data_dir)
    assert store_key.load_key(data_dir, envelope.store_id) == store.key
    assert len(store.key) == 32
    assert store.key.hex() not in (data_dir / store_key.ENVELOPE_FILENAME).read_text()


def test_with_a_keyring_the_key_is_kept_there_by_store_id(os_keyring, tmp_path):
    store = Store.open(tmp_path / "desk")
    try:
        envelope = store_key.read_envelope(tmp_path / "desk")
        assert os_keyring.items == {
            ("onestop-desktop", f"store-key:{envelope.store_id}"): store.key.hex()}
        assert not (tmp_path / "desk" / store_key.KEY_FILENAME).exists()
    finally:
        store.close()
    os_keyring.items.clear()  # another Windows account, or the keyring lost
    with pytest.raises(store_key.StoreKeyMissing, match="Không tìm thấy khóa"):
        Store.open(tmp_path / "desk")


def _make_plain(data_dir: Path) -> None:
    """The store of data_dir as an earlier version left it: plain, no key anywhere."""
    plain = data_dir / "plain.sqlite3"
    with closing(cipher.raw_connection(data_dir / DB_FILENAME,
                                       isolation_level=None)) as keyed:
        keyed.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        keyed.execute("SELECT sqlcipher_export('plain')")
        keyed.execute("DETACH DATABASE plain")
    for path in data_dir.glob(f"{DB_FILENAME}*"):
        path.unlink()
    for name in (store_key.KEY_FILENAME, store_key.ENVELOPE_FILENAME):
        (data_dir / name).unlink()
    plain.rename(data_dir / DB_FILENAME)
    with closing(sqlite3.connect(data_dir / DB_FILENAME)) as check:  # as the old desk
        check.execute("PRAGMA journal_mode=WAL")
        assert check.execute("SELECT count(*) FROM dossiers").fetchone()[0] > 0


def _plain_store(data_dir: Path) -> list[str]:
    store = Store.open(data_dir)


    initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
               today=date(2026, 11, 28))
    codes = _take_in(store, 5)
    store.close()
    _make_plain(data_dir)
    return codes


def _assert_encrypted_with(data_dir: Path, codes: list[str]) -> None:
    store = Store.open(data_dir)
    try:
        from onestop_desktop.desk import Desk

        assert sorted(r.code for r in Desk(store).dossiers.search("huong")) == sorted(codes)
        assert store.quick_check() == "ok"
    finally:
        store.close()
    assert not cipher.is_plain(data_dir / DB_FILENAME)
    leftovers = {p.name for p in data_dir.iterdir()} - {
        DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm", "logs",
        store_key.KEY_FILENAME, store_key.ENVELOPE_FILENAME}
    assert leftovers == set()
    for path in data_dir.iterdir():
        if path.is_file():
            assert "Hường".encode() not in path.read_bytes(), path.name


def test_a_plain_store_of_an_earlier_version_is_encrypted_on_first_open(tmp_path):
    data_dir = tmp_path / "desk"
    codes = _plain_store(data_dir)
    assert "Hường".encode() in (data_dir / DB_FILENAME).read_bytes()
    _assert_encrypted_with(data_dir, codes)


CRASH = r"""
import os, sys
from pathlib import Path
from onestop_desktop.store import cipher

point, real_replace = sys.argv[2], os.replace

def crash():
    os._exit(17)

def replace(source, target):
    real_replace(source, target)
    if point == "moved-aside" and str(target).endswith(cipher.PLAIN_SUFFIX):
        crash()
    if point == "swapped" and str(source).endswith(cipher.ENCRYPTING_SUFFIX):
        crash()

def half_shred(path, chunk=1 << 20):
    with open(path, "r+b") as handle:
        handle.write(bytes(path.stat().st_size // 2))
        handle.flush()
        os.fsync(handle.fileno())
    crash()

if point == "exporting":
    cipher._fsync = lambda path: crash()
os.replace = replace
if point == "shredding":
    cipher.shred = half_shred
from onestop_desktop.store.database import Store
Store.open(Path(sys.argv[1]))
sys.exit(3)  # the crash point was never reached
"""


@pytest.mark.parametrize("point", ["exporting", "moved-aside", "swapped", "shredding"])
def test_a_kill_mid_encryption_leaves_one_whole_store(tmp_path, point):
    data_dir = tmp_path / "desk"
    codes = _plain_store(data_dir)
    killed = subprocess.run([sys.executable, "-c", CRASH, str(data_dir), point],
                            check=False, capture_output=True, text=True, timeout=120)
    assert killed.returncode == 17, killed.stderr
    names = {p.name for p in data_dir.iterdir()}
    assert names & {DB_FILENAME, DB_FILENAME + cipher.PLAIN_SUFFIX,
                    DB_FILENAME + cipher.ENCRYPTING_SUFFIX}
    _assert_encrypted_with(data_dir, codes)


def test_successive_work_goes_to_the_connection_used_last(store):
    """Its page cache holds decrypted pages; another connection's would have been dropped
    by the writes since (each page decrypted again: 4 ms more per intake)."""
    def driver(session):
        return session.connection().connection.driver_connection

    with store.read() as first, store.read() as second:  # two connections in the pool
        assert driver(first) is not driver(second)
    used = []
    for _ in range(4):
        with store.transaction() as session:
            used.append(driver(session))
        with store.read() as session:
            used.append(driver(session))
    assert all(c is used[0] for c in used)
    with store.read() as session:
        assert driver(session).execute("PRAGMA cache_size").fetchone()[0] == -8_192
