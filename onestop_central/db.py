"""Engine, sessions and migrations for SQLite (default) or PostgreSQL (by URL).

Writes that touch the change log are serialised (SQLite: BEGIN IMMEDIATE;
PostgreSQL: a transaction-scoped advisory lock) so change sequence numbers
become visible in commit order: a desk that pulled up to N never misses a
change numbered below N that committed later. `Database.transaction` takes the
lock first thing; `lock_change_log` takes it again where a Change row is made
(service._log_change), so a writer on any other session is covered too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_DB_FILE = "onestop-central.sqlite3"
_WRITE_LOCK_KEY = 73_011_222  # any constant: the advisory lock of central writes


def lock_change_log(session: Session) -> None:
    """Hold the central write lock until this transaction ends (PostgreSQL; re-entrant).

    A PostgreSQL sequence hands out `seq` at insert, but transactions commit in
    any order: without the lock a desk that read seq 8 would never see a 7 that
    committed after. SQLite needs nothing: every transaction is BEGIN IMMEDIATE.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITE_LOCK_KEY})


def default_url() -> str:
    return f"sqlite:///{Path.cwd() / DEFAULT_DB_FILE}"


def normalise_url(url: str) -> str:
    """`postgresql://…` means psycopg 3, the driver this package depends on."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" below starts them
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


class Database:
    """One database: `with db.transaction() as session:` commits or rolls back."""

    def __init__(self, url: str, *, migrate: bool = True):
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        if migrate:
            upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            lock_change_log(session)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
