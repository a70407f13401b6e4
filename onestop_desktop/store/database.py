"""Opening the local store: one SQLite file in the data directory, encrypted (cipher.py),
migrated on open.

The store holds citizens' personal data: its folder is the owner's only (0700), the
database and its WAL and shared-memory files (which SQLite creates with the
database's own permissions) are 0600, and older stores are put right when opened.

A busy, full or read-only store is the officer's problem to hear about, not a defect:
every transaction turns SQLite's error into StoreBusy, StoreFull or StoreReadOnly
(domain/errors.py), each with its own exit status. SQLite rolls the transaction back,
so nothing is half written.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import (
    OfficerError,
    StoreBusy,
    StoreFull,
    StoreReadOnly,
    StoreUnavailable,
)
from . import DB_FILENAME, cipher
from .cipher import dbapi as cipher_dbapi
from .cipher import store_key_for
from .engine import busy_timeout, make_engine, make_session_factory
from .migrate import upgrade_to_head

log = logging.getLogger(__name__)

DIR_MODE, FILE_MODE = 0o700, 0o600
STORE_FILES = ("", "-wal", "-shm", "-journal")  # suffixes of the database's own files

# SQLite's primary result codes (the low byte of an extended one).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL = 10, 13


def store_problem(exc: BaseException, path: Path, timeout: float) -> StoreUnavailable | None:
    """The officer-facing problem a database error means, or None (then it is a defect)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreBusy(timeout)
    if primary == _SQLITE_FULL:
        return StoreFull(path)
    if primary == _SQLITE_IOERR:
        # SQLCipher reports a write that found no room as an I/O error.
        return StoreFull(path, full=_no_room(path))
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return StoreReadOnly(path)
    return None


def _no_room(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1 << 20
    except OSError:
        return False


def restrict_permissions(data_dir: Path) -> None:
    """The data directory 0700 and the store's files 0600, whatever made them (an older
    version, a copy). Where the OS has no such modes (Windows) chmod changes nothing.
    Only the directory's last part is made 0700 (its parents take the umask)."""
    data_dir = Path(data_dir)
    db_path = data_dir / DB_FILENAME
    # A folder the desk did not make and that holds no store yet (a home folder given
    # by mistake, a shared folder) keeps its mode: only the store's own files are ours.
    ours = not data_dir.exists() or db_path.exists()
    data_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if ours:
        _restrict(data_dir, DIR_MODE)
    if not db_path.exists() and not _encryption_interrupted(db_path):
        # Made 0600 before SQLite makes it (0644 by the umask). Not while an encryption
        # cut short waits to be finished: the file it left takes this name (cipher.py).
        os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
    restrict_files(db_path)


def restrict_files(db_path: Path) -> None:
    """The database's own files 0600."""
    for suffix in STORE_FILES:
        file = Path(f"{db_path}{suffix}")
        if file.exists():
            _restrict(file, FILE_MODE)


def _encryption_interrupted(db_path: Path) -> bool:
    return any(db_path.with_name(db_path.name + suffix).exists()
               for suffix in (cipher.ENCRYPTING_SUFFIX, cipher.PLAIN_SUFFIX))


def _restrict(path: Path, mode: int) -> None:
    """chmod when needed; a store on a read-only disk still opens for reading."""
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except OSError as exc:
        log.warning("cannot restrict %s to mode %o: %s", path, mode, exc)


class WritesBlocked(OfficerError):
    """The store failed its integrity check: writing could spread the damage."""


class Store:
    """The local database. Sessions are short and never shared across threads."""

    def __init__(self, db_path: Path, *, durable: bool = True, timeout: float | None = None):
        self.path = Path(db_path)
        self.timeout = busy_timeout(timeout)
        with self._translated():
            # A new store gets its key; an earlier version's plain store is encrypted first.
            self.key = store_key_for(self.path)
            restrict_files(self.path)  # the encrypted file made just now too
            self.engine = make_engine(self.path, self.key, durable=durable,
                                      timeout=self.timeout)
            upgrade_to_head(self.engine)
        self._writer = make_session_factory(self.engine)
        # Reads start a deferred transaction: they do not wait for the write lock.
        reader_engine = self.engine.execution_options(onestop_read_only=True)
        self._reader = sessionmaker(reader_engine, expire_on_commit=False)
        # Values derived from rarely-changing tables (the work calendar); whoever
        # writes those tables through this store clears the entry.
        self.cache: dict[str, object] = {}
        # Set when the integrity check fails: no write until the store is restored.
        self.writes_blocked: str | None = None

    @classmethod
    def open(cls, data_dir: Path, *, durable: bool = True,
             timeout: float | None = None) -> Store:
        data_dir = Path(data_dir)
        restrict_permissions(data_dir)
        return cls(data_dir / DB_FILENAME, durable=durable, timeout=timeout)

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        # store/fast.py's statements raise the driver's own errors
        except (sqlalchemy.exc.DBAPIError, sqlite3.Error, cipher_dbapi.Error) as exc:
            problem = store_problem(exc, self.path, self.timeout)
            if problem is None:
                raise
            # In the log only (the officer reads the message): what SQLite said.
            log.info("store unavailable (%s): %s", type(problem).__name__,
                     getattr(exc, "orig", None) or exc)
            raise problem from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE): commit on success, else roll back."""
        if self.writes_blocked is not None:
            raise WritesBlocked(self.writes_blocked)
        with self._translated(), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._translated(), self._reader() as session, session.begin():
            yield session

    def quick_check(self) -> str:
        """SQLite's quick_check: "ok", or the first problems it found."""
        # A read transaction (BEGIN, not IMMEDIATE): the desk goes on writing meanwhile.
        with self._reader() as session, session.begin():
            rows = session.connection().exec_driver_sql("PRAGMA quick_check(20)").fetchall()
        return "\n".join(str(row[0]) for row in rows)

    def close(self) -> None:
        self.engine.dispose()
