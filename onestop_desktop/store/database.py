"""Opening the local store: one SQLite file in the data directory, encrypted (cipher.py),
migrated on open."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import OfficerError
from . import DB_FILENAME
from .cipher import store_key_for
from .engine import make_engine, make_session_factory
from .migrate import upgrade_to_head


class WritesBlocked(OfficerError):
    """The store failed its integrity check: writing could spread the damage."""


class Store:
    """The local database. Sessions are short and never shared across threads."""

    def __init__(self, db_path: Path, *, durable: bool = True):
        self.path = Path(db_path)
        # A new store gets its key; an earlier version's plain store is encrypted first.
        self.key = store_key_for(self.path)
        self.engine = make_engine(self.path, self.key, durable=durable)
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
    def open(cls, data_dir: Path, *, durable: bool = True) -> Store:
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        return cls(data_dir / DB_FILENAME, durable=durable)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE): commit on success, else roll back."""
        if self.writes_blocked is not None:
            raise WritesBlocked(self.writes_blocked)
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def quick_check(self) -> str:
        """SQLite's quick_check: "ok", or the first problems it found."""
        # A read transaction (BEGIN, not IMMEDIATE): the desk goes on writing meanwhile.
        with self._reader() as session, session.begin():
            rows = session.connection().exec_driver_sql("PRAGMA quick_check(20)").fetchall()
        return "\n".join(str(row[0]) for row in rows)

    def close(self) -> None:
        self.engine.dispose()

