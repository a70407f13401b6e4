"""A real central server in-process (uvicorn on a loopback port), and its databases.

Like Anki's with_active_server: the server runs in a thread on 127.0.0.1, port
0 the first time, the same port after a restart. Database URLs: a temporary
SQLite file always; PostgreSQL when ONESTOP_TEST_PG_URL is set (its tables are
dropped first, so each test starts empty).
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlalchemy import create_engine, text

from onestop_central.app import _utc_now, create_app
from onestop_central.db import Database, normalise_url
from onestop_central.files import DiskFileStore, FileStore
from onestop_central.limits import Limits
from onestop_central.models import Base
from onestop_central.server import uvicorn_config

PG_ENV = "ONESTOP_TEST_PG_URL"
START_TIMEOUT_S = 15


class LiveServer:
    def __init__(self, db_url: str, clock: Callable[[], datetime] = _utc_now,
                 limits: Limits | None = None, *, tls: tuple[Path, Path] | None = None,
                 files: FileStore | None = None, partials: Path | None = None):
        """tls: (certificate, key) PEM files to serve https:// with. files / partials:
        where uploaded files are kept (default: beside a SQLite database, else in a
        temporary directory)."""
        self.db_url, self.clock, self.limits = db_url, clock, limits or Limits()
        self.tls = tls
        if files is None and not db_url.startswith("sqlite"):
            files = DiskFileStore(Path(tempfile.mkdtemp(prefix="central-files-")))
        self.files, self.partials = files, partials
        self.port = 0
        self.db: Database | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = "localhost" if self.tls else "127.0.0.1"  # the name its certificate holds
        return f"{'https' if self.tls else 'http'}://{host}:{self.port}"

    def start(self) -> LiveServer:
        self.db = Database(self.db_url)
        # The server's own limits and connection handling, as `onestop-central serve`.
        self.app = app = create_app(self.db, clock=self.clock, limits=self.limits,
                                    files=self.files, partials=self.partials)
        config = uvicorn_config(app, self.limits, host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off",
                                timeout_graceful_shutdown=1,
                                ssl_certfile=str(self.tls[0]) if self.tls else None,
                                ssl_keyfile=str(self.tls[1]) if self.tls else None)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True,
                                        name="central-server")
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("central server did not start")
            time.sleep(0.01)
        if self.port == 0:
            self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(START_TIMEOUT_S)
            self._server = None
        if self.db is not None:
            self.db.close()
            self.db = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def add_device(self, name: str, agency: str, desk: int, desk_digits: int = 1, *,
                   portal: bool = False) -> str:
        from onestop_central import service

        with self.db.transaction() as session:
            return service.add_device(session, name, agency, desk, desk_digits=desk_digits,
                                      portal=portal)

    def stats(self) -> dict[str, int]:
        from onestop_central import service

        with self.db.read() as session:
            return service.stats(session)

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=10)


def reset_postgres(url: str) -> None:
    engine = create_engine(normalise_url(url))
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def db_url_for(kind: str, tmp_path: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite3'}"
    url = os.environ[PG_ENV]
    reset_postgres(url)
    return url


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set (see .ci/start_postgres.sh)"))]
