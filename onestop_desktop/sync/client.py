"""HTTP client of the central server (httpx), speaking sync/protocol.py.

Errors are split by what the engine should do: TransportError (network,
timeout, 5xx, garbled reply: retry later with backoff) and ServerRefused (a
4xx with the server's ErrorBody: the configuration or the desk must change).
"""

from __future__ import annotations

import hashlib
import json
import os
import ssl
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from pydantic import ValidationError

from . import protocol as p


def encode_json(value) -> bytes:
    """A request body as it goes on the wire (what httpx's `json=` does): UTF-8, no NaN.
    The engine checks each event with it, so what it lets through can be sent."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


class SyncError(Exception):
    def __init__(self, message: str, code: str = "error"):
        super().__init__(message)
        self.message, self.code = message, code


class TransportError(SyncError):
    """No usable answer: try again later."""


class ServerRefused(SyncError):
    """The server answered 4xx: retrying the same request will not help."""

    def __init__(self, message: str, code: str, status: int):
        super().__init__(message, code)
        self.status = status


class SyncClient:
    """One connection pool to the server; `last_skew` is server minus desk time.

    The server's certificate is always verified (sync/tls.py): against the system's
    authorities, or the province's CA bundle (`ca_bundle`, a PEM file)."""

    def __init__(self, base_url: str, token: str, *, timeout: float = 15.0,
                 transport: httpx.BaseTransport | None = None, ca_bundle: str = "",
                 tls: ssl.SSLContext | None = None):
        from .tls import context_for

        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url, timeout=timeout, transport=transport,
            # https certificates are always checked (no switch to turn it off): against
            # the system's authorities or the province's own CA bundle.
            verify=tls if tls is not None else context_for(ca_bundle),
            headers={"Authorization": f"Bearer {token}",
                     p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION),
                     "User-Agent": "onestop-desktop-sync"})
        self.last_skew: timedelta | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def health(self) -> p.Health:
        return self._call("GET", "/v1/health", p.Health)

    def push(self, events: list[p.PushEvent]) -> p.PushResponse:
        return self.push_encoded([e.model_dump_json().encode("utf-8") for e in events])

    def push_encoded(self, events: list[bytes]) -> p.PushResponse:
        """Push events already on their wire form (protocol.encode_push_event)."""
        return self._call("POST", "/v1/push", p.PushResponse,
                          content=p.push_request_body(events),
                          headers={"Content-Type": "application/json"})

    def pull(self, since: int, limit: int = 200) -> p.PullResponse:
        return self._call("GET", "/v1/changes", p.PullResponse,
                          params={"since": since, "limit": limit})

    def send_audit_head(self, head: dict) -> None:
        """The desk's audit chain head {"seq", "hash", "at"}: the centre keeps them, so a
        desk whose history was rewritten is seen there (409 "audit_diverged")."""
        self._call("POST", "/v1/audit-heads", None, content=encode_json(head),
                   headers={"Content-Type": "application/json"})

    def download_file(self, sha256: str, folder: Path) -> Path:
        """GET /v1/files/{sha256} streamed into a temporary file in `folder`, its hash
        checked: the file's path (the caller moves it into place). TransportError when the
        bytes are not whole (retried later), ServerRefused for a 4xx."""
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".fetch-")
        digest = hashlib.sha256()
        try:
            with os.fdopen(handle, "wb") as out:
                try:
                    with self._http.stream("GET", f"/v1/files/{sha256}") as response:
                        if response.status_code >= 400:
                            response.read()
                            self._raise_for(response)
                        for chunk in response.iter_bytes(1 << 20):
                            digest.update(chunk)
                            out.write(chunk)
                except httpx.TimeoutException as exc:
                    raise TransportError(f"Máy chủ không trả lời kịp ({type(exc).__name__}).",
                                         "timeout") from exc
                except httpx.TransportError as exc:
                    raise TransportError(f"Không kết nối được máy chủ: "
                                         f"{exc or type(exc).__name__}.", "network") from exc
            if digest.hexdigest() != sha256:
                raise TransportError(f"Tệp {sha256[:12]}… tải về không đúng mã băm.",
                                     "bad_file")
            return Path(temporary)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def _raise_for(self, response: httpx.Response) -> None:
        if response.status_code >= 500:
            raise TransportError(f"Máy chủ gặp lỗi {response.status_code}: "
                                 f"{self._error_message(response)}", "server_error")
        raise ServerRefused(self._error_message(response), self._error_code(response),
                            response.status_code)

    def upload_state(self, sha256: str) -> p.UploadState:
        """How much of the file the centre holds for this desk (complete: all of it)."""
        return self._call("GET", f"/v1/uploads/{sha256}", p.UploadState)

    def upload_chunk(self, sha256: str, start: int, total: int, data: bytes) -> p.UploadState:
        """`data` at `start` of the file's `total` bytes; ServerRefused "offset_mismatch"
        when the centre holds another offset (nothing was taken)."""
        return self._call("PUT", f"/v1/uploads/{sha256}", p.UploadState, content=data,
                          headers={"Content-Type": "application/octet-stream",
                                   "Content-Range": p.content_range(start, len(data), total)})

    def place_file(self, code: str, place: p.FilePlace) -> p.FilePlaced:
        return self._call("POST", f"/v1/dossiers/{code}/files", p.FilePlaced,
                          content=place.model_dump_json().encode("utf-8"),
                          headers={"Content-Type": "application/json"})

    def dossier_files(self, code: str) -> p.DossierFiles:
        return self._call("GET", f"/v1/dossiers/{code}/files", p.DossierFiles)

    def _call(self, method: str, path: str, model, **kwargs):
        started = time.time()
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise TransportError(f"Máy chủ không trả lời kịp ({type(exc).__name__}).",
                                 "timeout") from exc
        except httpx.TransportError as exc:
            raise TransportError(f"Không kết nối được máy chủ: {exc or type(exc).__name__}.",
                                 "network") from exc
        finished = time.time()
        if response.status_code >= 500:
            raise TransportError(f"Máy chủ gặp lỗi {response.status_code}: "
                                 f"{self._error_message(response)}", "server_error")
        if response.status_code >= 400:
            raise ServerRefused(self._error_message(response), self._error_code(response),
                                response.status_code)
        if model is None:  # an answer whose body the desk does not need
            return None
        try:
            result = model.model_validate_json(response.content)
        except ValidationError as exc:
            raise TransportError("Máy chủ trả lời không đúng giao thức.", "bad_reply") from exc
        # The server stamped its time somewhere between our send and receive.
        midpoint = datetime.fromtimestamp((started + finished) / 2, UTC)
        self.last_skew = result.server_time - midpoint
        return result

    @staticmethod
    def _body(response: httpx.Response) -> p.ErrorBody | None:
        try:
            return p.ErrorBody.model_validate_json(response.content)
        except ValidationError:
            return None

    def _error_message(self, response: httpx.Response) -> str:
        body = self._body(response)
        return body.message if body else f"HTTP {response.status_code}"

    def _error_code(self, response: httpx.Response) -> str:
        body = self._body(response)
        return body.error if body else f"http_{response.status_code}"
