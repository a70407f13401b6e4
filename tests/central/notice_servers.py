"""Real servers the notices go to in tests: an SMTP server (aiosmtpd) and an HTTP
gateway (the province's SMS / Zalo adapter), both on loopback ports in this process."""

from __future__ import annotations

import email
import json
import socket
import threading
import time
from email.message import EmailMessage
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """An SMTP server on 127.0.0.1:`port` keeping every message it is given."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    async def handle_DATA(self, _server, _session, envelope) -> str:  # aiosmtpd's hook
        message = email.message_from_bytes(envelope.original_content or envelope.content,
                                           policy=default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def start(self) -> Mailbox:
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def wait_for(self, count: int, timeout: float = 15.0) -> list[tuple[list[str], EmailMessage]]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.messages)} messages, {count} expected")
            time.sleep(0.05)
        return self.messages


class Gateway:
    """An HTTP gateway answering each POST with the next (status, body) of `answers`
    (the last one repeated), and keeping what it was sent."""

    def __init__(self, *answers: tuple[int, dict]):
        self.answers = list(answers) or [(200, {"id": "msg-1"})]
        self.requests: list[tuple[dict, dict[str, str]]] = []
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                gateway.requests.append((body, dict(self.headers)))
                status, answer = (gateway.answers.pop(0) if len(gateway.answers) > 1
                                  else gateway.answers[0])
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/send"

    def start(self) -> Gateway:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
