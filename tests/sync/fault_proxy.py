"""A threaded HTTP/1.1 proxy on 127.0.0.1 that injects faults between desk and centre.

Faults (each for the next `times` requests, then it passes again):
- "refuse": the listening socket is closed, connections are refused;
- "drop_after_commit": the request reaches the server (which commits), then the
  desk's connection is reset before any reply;
- "delay": the server's reply is held back `delay` seconds (past the client timeout);
- "error500": answers 500 itself without forwarding;
- "error500_after_commit": forwards, then replaces the server's reply with a 500.
`on_request(n)` is called before the n-th request (1-based) is handled; the
restart-mid-push test stops the server from there.
`refuse_push(body)`, when set, is asked about every push: a status it returns
(413, 422, …) is answered at once, as a front server with a body-size limit
(413, in HTML) or a stricter server (an ErrorBody) would; the server never
sees the batch.
`unknown_paths`: paths answered 404 as FastAPI answers a route it does not have (a
server from before that route).
"""

from __future__ import annotations

import http.client
import socket
import struct
import threading
import time
from collections.abc import Callable

from onestop_desktop.sync import protocol as p

FAULTS = ("refuse", "drop_after_commit", "delay", "error500", "error500_after_commit")
_500_BODY = (b'{"error":"internal_error","message":"injected by the fault proxy",'
             b'"server_time":"2026-01-01T00:00:00Z"}')


class FaultProxy:
    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self.port = 0
        self.requests = 0
        self.faults_applied: list[str] = []
        self.on_request: Callable[[int], None] | None = None
        self.refuse_push: Callable[[bytes], int | None] | None = None
        self.refused_pushes: list[int] = []  # the batch size of each refused push
        self.unknown_paths: set[str] = set()
        self._fault: str | None = None
        self._times = 0
        self._delay = 0.0
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._closing = False
        self._open()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_fault(self, fault: str | None, times: int = 1, delay: float = 0.0) -> None:
        assert fault is None or fault in FAULTS
        with self._lock:
            self._fault, self._times, self._delay = fault, times, delay
        if fault == "refuse":
            self._close_listener()
        elif self._listener is None:
            self._open()

    def clear(self) -> None:
        self.set_fault(None)

    def close(self) -> None:
        self._closing = True
        self._close_listener()

    # The listener ----------------------------------------------------------
    def _open(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            listener.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    # One client connection (keep-alive: several requests) ------------------
    def _serve(self, connection: socket.socket) -> None:
        reader = connection.makefile("rb")
        try:
            while not self._closing:
                request = _read_request(reader)
                if request is None:
                    return
                if not self._handle(connection, *request):
                    return
        except OSError:
            return
        finally:
            reader.close()
            connection.close()

    def _take_fault(self) -> tuple[str | None, float]:
        with self._lock:
            self.requests += 1
            fault = self._fault if self._times > 0 and self._fault != "refuse" else None
            if fault:
                self._times -= 1
                self.faults_applied.append(fault)
                if self._times == 0:
                    self._fault = None
            return fault, self._delay

    def _handle(self, connection: socket.socket, method: str, target: str,
                headers: list[tuple[str, str]], body: bytes) -> bool:
        fault, delay = self._take_fault()
        if self.on_request is not None:
            self.on_request(self.requests)
        if fault == "error500":
            connection.sendall(_response(500, "Internal Server Error", [], _500_BODY))
            return True
        if target in self.unknown_paths:
            connection.sendall(_response(404, "Not Found", [], b'{"detail":"Not Found"}'))
            return True
        status = self.refuse_push(body) if self.refuse_push and target == "/v1/push" else None
        if status:
            self.refused_pushes.append(len(p.PushRequest.model_validate_json(body).events))
            connection.sendall(_response(status, "Refused", *_refusal(status)))
            return True
        try:
            status, reason, reply_headers, reply = self._forward(method, target, headers, body)
        except OSError:
            _reset(connection)  # the server is down: the desk sees a dropped connection
            return False
        if fault == "drop_after_commit":
            _reset(connection)
            return False
        if fault == "delay":
            time.sleep(delay)
        if fault == "error500_after_commit":
            status, reason, reply_headers, reply = 500, "Internal Server Error", [], _500_BODY
        connection.sendall(_response(status, reason, reply_headers, reply))
        return True

    def _forward(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes):
        upstream = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            upstream.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers:
                if name.lower() not in ("connection", "keep-alive"):
                    upstream.putheader(name, value)
            upstream.endheaders(body or None)
            reply = upstream.getresponse()
            data = reply.read()
            keep = [(k, v) for k, v in reply.getheaders()
                    if k.lower() not in ("content-length", "transfer-encoding", "connection")]
            return reply.status, reply.reason, keep, data
        finally:
            upstream.close()


def _read_request(reader) -> tuple[str, str, list[tuple[str, str]], bytes] | None:
    line = reader.readline()
    if not line:
        return None
    method, target, _version = line.decode("latin-1").split(" ", 2)
    headers: list[tuple[str, str]] = []
    length = 0
    while True:
        line = reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
        if name.strip().lower() == "content-length":
            length = int(value)
    return method, target, headers, reader.read(length) if length else b""


def _response(status: int, reason: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    head = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers]
    head += [f"Content-Length: {len(body)}", "Content-Type: application/json"
             if not any(k.lower() == "content-type" for k, _ in headers) else ""]
    return ("\r\n".join(h for h in head if h) + "\r\n\r\n").encode("latin-1") + body


def _refusal(status: int) -> tuple[list[tuple[str, str]], bytes]:
    """413 as a front server (nginx) says it, in HTML; others in the protocol's ErrorBody."""
    if status == 413:
        return [("Content-Type", "text/html")], (b"<html><head><title>413 Request Entity Too "
                                                 b"Large</title></head></html>")
    error, message = {422: ("invalid_request", "Yêu cầu không đúng định dạng của giao thức.")
                      }.get(status, ("refused", "Máy chủ từ chối yêu cầu."))
    body = p.ErrorBody(error=error, message=message, server_time="2026-01-01T00:00:00Z")
    return [], body.model_dump_json().encode("utf-8")


def _reset(connection: socket.socket) -> None:
    """Close with RST (SO_LINGER 0): the peer sees the connection drop, not a clean end."""
    try:
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    connection.close()
