"""The SQLite engine: encrypted (SQLCipher), WAL, foreign keys, durable commits, writers
serialised.

Each transaction starts with BEGIN IMMEDIATE so that two writers (threads,
processes, or two app instances on one data directory) take the write lock
before reading what they will change: the dossier-code counter cannot be read
twice. synchronous=FULL makes a commit durable across power loss in WAL mode. The key is the
first statement on every connection (cipher.py): nothing is read before it.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from . import cipher

# How long a write waits for another writer (a window, a command, the sync) before it
# is refused as busy: long enough for any ordinary transaction, short enough that the
# officer is told rather than left waiting. ONESTOP_BUSY_TIMEOUT (seconds) overrides it.
DEFAULT_BUSY_TIMEOUT = 10.0
BUSY_TIMEOUT_ENV = "ONESTOP_BUSY_TIMEOUT"


def busy_timeout(explicit: float | None = None) -> float:
    """Seconds a write waits for the lock: `explicit`, else the environment's, else 10."""
    if explicit is not None:
        return explicit
    try:
        value = float(os.environ.get(BUSY_TIMEOUT_ENV, ""))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT
    return value if 0 <= value <= 3600 else DEFAULT_BUSY_TIMEOUT


# Pages are decrypted as they enter SQLite's own cache; one that falls out is decrypted
# again on its next read (the OS cache holds only ciphertext). 8 MB per connection, as
# SQLCipher's default (SQLite's is 2): 32 MB sped up scans but the window on a million
# dossiers then held 221 MB (target < 200; 171 MB at 8, 153 MB unencrypted).
CACHE_KIB = -8_192


def make_engine(db_path: Path, key: bytes, *, durable: bool = True,
                timeout: float | None = None) -> Engine:
    seconds = busy_timeout(timeout)
    # hide_parameters: a database error's message (logged with its traceback) never
    # quotes the values of the statement, which may be a name or an address.
    # pool_use_lifo: the connection used last is used again. A connection's page cache
    # is dropped when another connection has written since its last transaction; taken
    # in turn (the default), each intake found the other's cache stale and decrypted
    # every page it touched again (without fsync: 1.7 ms plain, 6.7 ms encrypted in turn,
    # 3 ms last-first).
    engine = create_engine(f"sqlite+pysqlite:///{db_path}", module=cipher.dbapi,
                           hide_parameters=True, pool_use_lifo=True,
                           connect_args={"timeout": seconds, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's "begin" below decide when a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(cipher.key_pragma(key))
        cursor.execute(f"PRAGMA cache_size={CACHE_KIB}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        cursor.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        read_only = connection.get_execution_options().get("onestop_read_only", False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)

