"""Running the app under uvicorn with the server's limits (`onestop-central serve`).

Uvicorn closes an idle keep-alive connection, but a connection that sends half a
request line or headers, a byte now and then, is held for ever: thousands of them
use up the process's file descriptors. `GuardedH11Protocol` gives every request
`header_timeout_s` from connecting (or from the previous reply) to its complete
headers; the body has its own deadline in guard.RequestGuard.
"""

from __future__ import annotations

import asyncio
import logging

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .limits import Limits

log = logging.getLogger(__name__)


class GuardedH11Protocol(H11Protocol):
    header_timeout_s = Limits.header_timeout_s  # set per server by protocol_for()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._request_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm_request_timer()

    def _arm_request_timer(self) -> None:
        self._cancel_request_timer()
        self._waiting_cycle = self.cycle  # a new cycle means the headers arrived
        self._request_timer = self.loop.call_later(self.header_timeout_s,
                                                   self._request_timed_out)

    def _cancel_request_timer(self) -> None:
        if self._request_timer is not None:
            self._request_timer.cancel()
            self._request_timer = None

    def _request_timed_out(self) -> None:
        self._request_timer = None
        if self.cycle is self._waiting_cycle and not self.transport.is_closing():
            self.transport.close()  # no complete request in time: nothing to answer

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not self._waiting_cycle:
            self._cancel_request_timer()

    def on_response_complete(self) -> None:
        if not self.transport.is_closing():
            self._arm_request_timer()  # the next request on this connection
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_request_timer()
        super().connection_lost(exc)


def protocol_for(limits: Limits) -> type[GuardedH11Protocol]:
    return type("GuardedH11Protocol", (GuardedH11Protocol,),
                {"header_timeout_s": limits.header_timeout_s})


def uvicorn_config(app, limits: Limits, *, host: str, port: int, **options) -> uvicorn.Config:
    """A uvicorn Config that keeps the limits (also what tests/central/live.py runs)."""
    return uvicorn.Config(app, host=host, port=port, http=protocol_for(limits),
                          timeout_keep_alive=limits.keep_alive_s,
                          limit_concurrency=limits.limit_concurrency,
                          h11_max_incomplete_event_size=limits.max_header_bytes,
                          **options)
