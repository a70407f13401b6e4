"""Running the app under uvicorn with the server's limits (`onestop-central serve`).

Uvicorn closes an idle keep-alive connection, but a connection that sends half a
request line or headers, a byte now and then, is held for ever: thousands of them
use up the process's file descriptors. `GuardedH11Protocol` gives every request
`header_timeout_s` from connecting (or from the previous reply) to its complete
headers; the body has its own deadline in guard.RequestGuard.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import json
import logging
import os

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from onestop_desktop.logs import FORMAT, RedactingFormatter

from .limits import Limits

log = logging.getLogger(__name__)
# This process's connections without a request under way (idle, headers or body still
# arriving), oldest first (a dict keeps insertion order):
# GuardedH11Protocol._evict_oldest_waiting.
_WAITING: dict[GuardedH11Protocol, None] = {}
# `serve --workers N`: the settings every worker process builds its app from.
WORKER_SETTINGS_ENV = "ONESTOP_CENTRAL_WORKER"


class GuardedH11Protocol(H11Protocol):
    # Set per server by protocol_for() (per worker process by worker_app()).
    header_timeout_s = Limits.header_timeout_s
    max_waiting = Limits().max_waiting_connections

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._request_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm_request_timer()
        self._evict_oldest_waiting()

    def _arm_request_timer(self) -> None:
        self._cancel_request_timer()
        self._waiting_cycle = self.cycle  # a new cycle means the headers arrived
        self._request_timer = self.loop.call_later(self.header_timeout_s,
                                                   self._request_timed_out)
        _WAITING[self] = None

    def _cancel_request_timer(self) -> None:
        _WAITING.pop(self, None)
        self._cancel_header_deadline()

    def _cancel_header_deadline(self) -> None:
        if self._request_timer is not None:
            self._request_timer.cancel()
            self._request_timer = None

    def _evict_oldest_waiting(self) -> None:
        """Connections without a request under way (idle, headers or body half-sent)
        are capped: past the cap the oldest is closed, so that thousands of them neither
        use up the file descriptors nor fill the concurrency limit (503) that the
        requests actually arriving need. A body still trickling in counts as waiting:
        uvicorn counts every open connection against the limit."""
        while len(_WAITING) > self.max_waiting:
            oldest = next(iter(_WAITING))
            oldest._cancel_request_timer()
            if not oldest.transport.is_closing():
                oldest.transport.close()
            # Closed for good: no longer counted against the limit, though uvicorn hears
            # of it (connection_lost) only a loop turn later.
            oldest.connections.discard(oldest)

    def _request_timed_out(self) -> None:
        self._request_timer = None
        if self.cycle is self._waiting_cycle and not self.transport.is_closing():
            self.transport.close()  # no complete request in time: nothing to answer

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not self._waiting_cycle:
            self._cancel_header_deadline()  # the body has its own (guard.RequestGuard)
            if self.conn.their_state is not h11.SEND_BODY:
                _WAITING.pop(self, None)  # the whole request is in: it is under way

    def on_response_complete(self) -> None:
        if not self.transport.is_closing():
            self._arm_request_timer()  # the next request on this connection
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_request_timer()
        super().connection_lost(exc)


def protocol_for(limits: Limits) -> type[GuardedH11Protocol]:
    return type("GuardedH11Protocol", (GuardedH11Protocol,),
                {"header_timeout_s": limits.header_timeout_s,
                 "max_waiting": limits.max_waiting_connections})


def uvicorn_options(limits: Limits) -> dict:
    return {"timeout_keep_alive": limits.keep_alive_s,
            "limit_concurrency": limits.limit_concurrency,
            "h11_max_incomplete_event_size": limits.max_header_bytes}


def uvicorn_config(app, limits: Limits, *, host: str, port: int, **options) -> uvicorn.Config:
    """A uvicorn Config that keeps the limits (also what tests/central/live.py runs)."""
    return uvicorn.Config(app, host=host, port=port, http=protocol_for(limits),
                          **uvicorn_options(limits), **options)


def configure_logging(level: str) -> None:
    """Uvicorn's loggers hand their records to ours (log_config=None): one format, and
    the ID numbers and phones a traceback may quote are masked."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(FORMAT))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)


def _app(db_url: str, limits: Limits, files: str | None = None):
    from .app import create_app
    from .db import Database
    from .files import default_files_dir, file_store_for, partials_dir

    files = files or str(default_files_dir(db_url))
    db = Database(db_url, migrate=False)  # `serve` migrated it before any worker
    app = create_app(db, limits=limits, files=file_store_for(files),
                     partials=partials_dir(files, db_url))
    # What start-up built (modules, the app, its models) lives as long as the server:
    # frozen out of the collector's sight, the full collections that a push of hundreds
    # of events sets off walk only what requests made (else some 0.3 s a 10,000 push).
    gc.collect()
    gc.freeze()
    return app, db


def run_worker(db_url: str, limits: Limits, *, host: str, port: int, log_level: str,
               files: str | None = None) -> None:
    """One process serving until stopped (`onestop-central serve`); `files` as --files."""
    configure_logging(log_level)
    app, db = _app(db_url, limits, files)
    try:
        uvicorn.Server(uvicorn_config(app, limits, host=host, port=port,
                                      log_level=log_level, log_config=None)).run()
    finally:
        db.close()


def run_workers(db_url: str, limits: Limits, workers: int, *, host: str, port: int,
                log_level: str, files: str | None = None) -> None:
    """`workers` processes on one socket under uvicorn's supervisor; each builds its
    app (worker_app) from the settings handed down in the environment."""
    configure_logging(log_level)
    os.environ[WORKER_SETTINGS_ENV] = json.dumps(
        {"db": db_url, "limits": dataclasses.asdict(limits), "log_level": log_level,
         "files": files})
    uvicorn.run("onestop_central.server:worker_app", factory=True, workers=workers,
                host=host, port=port, log_level=log_level, log_config=None,
                http="onestop_central.server:GuardedH11Protocol", **uvicorn_options(limits))


def worker_app():
    """The app of one of `serve --workers N`'s processes (a uvicorn factory)."""
    settings = json.loads(os.environ[WORKER_SETTINGS_ENV])
    limits = Limits(**settings["limits"])
    GuardedH11Protocol.header_timeout_s = limits.header_timeout_s  # this process's
    GuardedH11Protocol.max_waiting = limits.max_waiting_connections
    configure_logging(settings.get("log_level", "info"))
    app, _db = _app(settings["db"], limits, settings.get("files"))
    return app
