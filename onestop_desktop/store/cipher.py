"""SQLCipher: the store encrypted at rest, and a plain store of an earlier version
encrypted when it is first opened.

The driver is sqlcipher3 (the `sqlcipher3-wheels` build: SQLite 3.5x with SQLCipher 4,
FTS5 included); its DB-API module stands in for the standard sqlite3. The key is a raw
256-bit key (`PRAGMA key = "x'…'"`, no passphrase derivation on each connection).

Encrypting a plain store (sqlcipher_export into a new file, then a swap) is crash-safe:
  1. `onestop.sqlite3.encrypting` is written and synced; a crash leaves the plain store
     untouched (the half-made file is removed at the next open);
  2. the plain store is renamed `onestop.sqlite3.plain`, and the new file takes its name;
     a crash between the two renames leaves both side files: the next open finishes;
  3. the plain file is overwritten with zeros, synced, and removed.
At every step one of the two stores is whole under a name the next open looks for.
Overwriting is what an ordinary file system allows; a flash disk may keep old blocks.
"""

from __future__ import annotations

import logging
import os
from contextlib import closing
from pathlib import Path

import sqlcipher3.dbapi2 as dbapi

from ..keychain import sync_directory
from . import store_key

log = logging.getLogger(__name__)

PLAIN_HEADER = b"SQLite format 3\x00"
ENCRYPTING_SUFFIX = ".encrypting"
PLAIN_SUFFIX = ".plain"


def key_pragma(key: bytes, schema: str = "") -> str:
    prefix = f"{schema}." if schema else ""
    return f"PRAGMA {prefix}key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, **kwargs) -> dbapi.Connection:
    """A DB-API connection to the encrypted database `path`, keyed and checked: a wrong
    key or a file that is no database raises dbapi.DatabaseError here."""
    connection = dbapi.connect(str(path), **kwargs)
    try:
        connection.execute(key_pragma(key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def raw_connection(db_path: Path, **kwargs) -> dbapi.Connection:
    """The store's file opened with its key, below SQLAlchemy (repairs, tests, tools)."""
    db_path = Path(db_path)
    envelope = store_key.read_envelope(db_path.parent)
    key = envelope and store_key.load_key(db_path.parent, envelope.store_id)
    if key is None:
        raise store_key.StoreKeyMissing(db_path.parent)
    return connect(db_path, key, **kwargs)


def is_plain(path: Path) -> bool:
    """Whether `path` is an unencrypted SQLite database (an earlier version's store)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def store_key_for(db_path: Path) -> bytes:
    """The key of the store at `db_path`: made for a new store, made and applied for a
    plain one (encrypting it), read for an encrypted one (StoreKeyMissing if absent)."""
    db_path = Path(db_path)
    data_dir = db_path.parent
    finish_interrupted_encryption(db_path)
    envelope = store_key.read_envelope(data_dir)
    key = envelope and store_key.load_key(data_dir, envelope.store_id)
    exists = db_path.is_file() and db_path.stat().st_size > 0
    if exists and not is_plain(db_path):
        if envelope is None:  # no store of ours: a broken file, said as SQLite says it
            with closing(dbapi.connect(str(db_path))) as unknown:
                unknown.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if key is None:
            raise store_key.StoreKeyMissing(data_dir)
        return key
    if key is None:
        if envelope is None or exists:  # a plain store is a new store to the envelope
            envelope = store_key.new_envelope()
        key = store_key.new_key()
        # The key is kept before any file depends on it.
        store_key.save_key(data_dir, envelope.store_id, key)
        store_key.write_envelope(data_dir, envelope)
    if exists:
        encrypt_plain_store(db_path, key)
    return key


def encrypt_plain_store(db_path: Path, key: bytes) -> None:
    """The plain store at `db_path` replaced by an encrypted copy (see the module's doc)."""
    encrypting = db_path.with_name(db_path.name + ENCRYPTING_SUFFIX)
    plain = db_path.with_name(db_path.name + PLAIN_SUFFIX)
    encrypting.unlink(missing_ok=True)
    source = dbapi.connect(str(db_path), isolation_level=None)
    try:
        # Everything in the main file: the export reads it, the -wal goes away.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"",
                       (str(encrypting),))
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        source.execute("DETACH DATABASE encrypted")
        source.execute("PRAGMA journal_mode=DELETE")  # removes the plain -wal and -shm
    finally:
        source.close()
    _fsync(encrypting)
    os.replace(db_path, plain)
    os.replace(encrypting, db_path)
    sync_directory(db_path.parent)
    shred(plain)
    log.info("store encrypted at rest (a plain store of an earlier version)")


def finish_interrupted_encryption(db_path: Path) -> None:
    """After a crash in encrypt_plain_store: whichever store is whole takes the name."""
    encrypting = db_path.with_name(db_path.name + ENCRYPTING_SUFFIX)
    plain = db_path.with_name(db_path.name + PLAIN_SUFFIX)
    if not db_path.exists():
        if encrypting.exists():  # synced before the plain store was moved aside
            os.replace(encrypting, db_path)
        elif plain.exists():
            os.replace(plain, db_path)
        sync_directory(db_path.parent)
    if plain.exists() and db_path.exists() and not is_plain(db_path):
        shred(plain)
    # A half-made copy beside its plain store: made again from it. (Looked for first: on
    # a read-only disk even removing a file that is not there fails.)
    if encrypting.exists():
        encrypting.unlink()


def shred(path: Path, chunk: int = 1 << 20) -> None:
    """Overwrite `path` with zeros, sync, remove: no clear page left in the file."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        zeros = bytes(chunk)
        for _ in range(0, size, chunk):
            handle.write(zeros)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
