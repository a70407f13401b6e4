"""The outermost layer of the HTTP app (pure ASGI): nothing reaches a route unchecked.

For each request, before any byte of its body is read:
- a route that needs a device is answered 401 unless the Bearer token is a live
  device's (the device is handed to the route in the request's state);
- a declared Content-Length above the limit is answered 413.
Then the body is counted as it streams in: past the limit the request is cut with a
413, and a body that has not arrived within the body time-out with a 408, without
waiting for the rest (the connection is closed). An exception no handler took is
logged once with its traceback and answered 500; a client that went away is one
line of log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import anyio
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onestop_desktop.sync import protocol as p

from .limits import Limits

log = logging.getLogger(__name__)
_SERVER_TIME = p.SERVER_TIME_HEADER.lower().encode("ascii")

# Paths anyone may read: the health check and the API's own description.
PUBLIC_PATHS = frozenset({"/v1/health", "/openapi.json", "/docs", "/docs/oauth2-redirect",
                          "/redoc"})

ErrorResponder = Callable[[int, str, str, dict[str, str] | None], Response]


class Refused(HTTPException):
    """A request the guard ends, answered with the project's ErrorBody. An HTTP error,
    so that raised from `receive` inside a route it passes FastAPI's body parsing
    untouched and reaches the app's HTTP error handler (which closes the connection:
    the rest of the body is never read)."""

    def __init__(self, status: int, error: str, message: str):
        super().__init__(status, {"error": error, "message": message},
                         headers={"Connection": "close"})
        self.error, self.message = error, message


def needs_device(path: str) -> bool:
    return path not in PUBLIC_PATHS


class RequestGuard:
    def __init__(self, app: ASGIApp, *, limits: Limits,
                 authenticate: Callable[[str], Any | None], error: ErrorResponder,
                 clock: Callable[[], datetime]):
        """`authenticate(token)` (blocking: run in a worker thread) returns the device
        or None; `error(status, code, message, headers)` builds the ErrorBody reply;
        `clock` gives the server time every reply carries in its header."""
        self.app, self.limits, self.authenticate, self.error = app, limits, authenticate, error
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def stamped_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (
                    _SERVER_TIME, self.clock().isoformat().encode("ascii"))]
            await send(message)

        headers = Headers(scope=scope)
        try:
            await self._admit(scope, headers)
        except Refused as refusal:  # nothing of the app has run
            await self._refuse(refusal, headers, scope, receive, stamped_send)
            return
        try:
            await self.app(scope, self._limited(receive, scope["path"]), stamped_send)
        except ClientDisconnect:
            log.info("%s %s: client went away mid-request", scope["method"], scope["path"])
        except Exception:
            log.exception("%s %s failed", scope["method"], scope["path"])
            if not started:
                reply = self.error(500, "internal_error", "Lỗi máy chủ, đã được ghi lại.",
                                   None)
                await reply(scope, receive, stamped_send)

    async def _admit(self, scope: Scope, headers: Headers) -> None:
        if needs_device(scope["path"]):
            scheme, _, token = headers.get("authorization", "").partition(" ")
            token = token.strip()
            if scheme.lower() != "bearer" or not token:
                raise Refused(401, "unauthorized", "Thiếu mã thiết bị (Bearer token).")
            device = await anyio.to_thread.run_sync(self.authenticate, token)
            if device is None:
                raise Refused(401, "unauthorized",
                              "Mã thiết bị không hợp lệ hoặc đã bị thu hồi.")
            scope.setdefault("state", {})["device"] = device
        declared = headers.get("content-length")
        limit = self.limits.body_limit(scope["path"])
        if declared is not None and declared.isascii() and declared.isdigit() and \
                int(declared) > limit:
            raise self._too_large(limit)

    def _too_large(self, limit: int) -> Refused:
        return Refused(413, "body_too_large",
                       f"Yêu cầu vượt quá {limit} byte; hãy gửi ít sự kiện hơn mỗi lần.")

    def _limited(self, receive: Receive, path: str) -> Callable[[], Awaitable[Message]]:
        """`receive` with the body counted against the limit and the deadline."""
        limit = self.limits.body_limit(path)
        deadline = time.monotonic() + self.limits.body_timeout_s
        received, complete = 0, False

        async def limited() -> Message:
            nonlocal received, complete
            if complete:  # afterwards only a disconnect can come: no deadline
                return await receive()
            with anyio.move_on_after(max(deadline - time.monotonic(), 0)) as scope:
                message = await receive()
            if scope.cancelled_caught:
                raise Refused(408, "body_timeout",
                              f"Nội dung yêu cầu không đến đủ trong "
                              f"{self.limits.body_timeout_s:g} giây.")
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise self._too_large(limit)
                complete = not message.get("more_body", False)
            return message

        return limited

    async def _refuse(self, refusal: Refused, headers: Headers, scope: Scope,
                      receive: Receive, send: Send) -> None:
        extra = None
        if headers.get("content-length", "0") != "0" or "transfer-encoding" in headers:
            extra = refusal.headers  # the unread body is not drained: the connection ends
        await self.error(refusal.status_code, refusal.error, refusal.message, extra)(
            scope, receive, send)
