"""The sync run's upload step: the files of dossiers the centre knows reach it.

After the events are pushed (a file goes only once its dossier's dossier.created was
acknowledged), each file the centre does not have is sent in chunks (protocol.py,
"Files"): the centre says how much of it it holds and the rest is sent from there, a
chunk at a time, so an upload cut anywhere goes on from the centre's offset in the next
run and no byte is sent twice. A file the centre already holds (from any desk) costs no
bytes. Then the file's place on the dossier is recorded, and only then is the file
marked uploaded on the desk. A file the centre refuses (its hash, its size) or the desk
cannot read waits its own back-off, as a refused event does; anything else (network,
time-out, the server's errors, the token) stops the run like a failed push.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from . import protocol as p
from .client import ServerRefused, SyncClient
from .port import SyncPort, UploadItem

log = logging.getLogger(__name__)

FILES_PER_CLAIM = 50
# One run sends at most this much; the rest goes in the next runs (the window's sync
# holds its lock while it runs).
MAX_UPLOAD_BYTES_PER_RUN = 512 * 1024 * 1024
# What the centre answers about one file, not about the desk or the server: that file
# waits its back-off, the others go on.
FILE_REFUSALS = frozenset({"file_too_large", "hash_mismatch", "file_not_uploaded", "no_progress",
                           "not_found", "invalid_request", "bad_range", "body_too_large"})


class LocalFileMissing(Exception):
    """The desk's own copy of the file is missing or shorter than recorded."""


@dataclass
class UploadReport:
    uploaded: int = 0  # files placed on their dossiers at the centre in this run
    sent_bytes: int = 0  # bytes of chunks the centre took in this run
    refused: list[int] = field(default_factory=list)  # files set to wait a back-off


class Uploader:
    def __init__(self, port: SyncPort, client: SyncClient, clock: Callable[[], datetime],
                 retry_after: Callable[[int], float], chunk_size: int = p.MAX_UPLOAD_CHUNK):
        """`retry_after(attempts)`: seconds a refused file waits (the engine's back-off)."""
        self.port, self.client, self.clock = port, client, clock
        self.retry_after, self.chunk_size = retry_after, chunk_size

    def run(self, force: bool = False) -> UploadReport:
        report = UploadReport()
        done: set[int] = set()
        while report.sent_bytes < MAX_UPLOAD_BYTES_PER_RUN:
            items = self.port.files_to_upload(FILES_PER_CLAIM, self.clock(), skip=done,
                                              due_only=not force)
            if not items:
                break
            for item in items:
                done.add(item.file_id)
                if not self._upload(item, report):
                    return report  # the centre has no uploads: nothing to do
                if report.sent_bytes >= MAX_UPLOAD_BYTES_PER_RUN:
                    break
        return report

    def _upload(self, item: UploadItem, report: UploadReport) -> bool:
        """Send one file and place it; False: the server does not take uploads."""
        try:
            state = self.client.upload_state(item.sha256)
        except ServerRefused as exc:
            if exc.status == 404:  # a server from before uploads: the files wait
                log.info("the server takes no uploads (404); files wait")
                return False
            raise
        try:
            if not state.complete:
                self._send(item, state.offset, report)
            self.client.place_file(item.dossier_code, p.FilePlace(
                sha256=item.sha256, role=item.role, paper=item.paper, name=item.name[:300],
                pages=item.pages, media_type=item.media_type, source=item.source))
        except ServerRefused as exc:
            if exc.code not in FILE_REFUSALS and exc.status not in (413, 422):
                raise
            self._refused(item, report, f"Máy chủ không nhận tệp «{item.name}»: "
                                        f"{exc.message}")
            return True
        except LocalFileMissing as exc:
            self._refused(item, report, f"Không đọc được tệp «{item.name}» trên máy này "
                                        f"({exc}).")
            return True
        self.port.file_uploaded(item.file_id, self.clock())
        report.uploaded += 1
        return True

    def _send(self, item: UploadItem, offset: int, report: UploadReport) -> None:
        """The file from the centre's `offset` to its end, a chunk at a time."""
        while offset < item.size:
            length = min(self.chunk_size, item.size - offset)
            try:
                data = self.port.read_file(item.sha256, offset, length)
            except (LookupError, OSError) as exc:  # BlobMissing is a LookupError
                raise LocalFileMissing(type(exc).__name__) from exc
            if len(data) != length:
                raise LocalFileMissing(f"{offset + len(data)} / {item.size} byte")
            try:
                state = self.client.upload_chunk(item.sha256, offset, item.size, data)
            except ServerRefused as exc:
                if exc.code != "offset_mismatch":
                    raise
                # The centre holds another offset (an earlier answer was lost): ask it.
                state = self.client.upload_state(item.sha256)
            else:
                report.sent_bytes += length
            if state.complete:
                return
            if state.offset == offset:  # no progress: say so rather than loop
                raise ServerRefused("Máy chủ không nhận thêm phần nào của tệp.",
                                    "no_progress", 409)
            offset = state.offset

    def _refused(self, item: UploadItem, report: UploadReport, message: str) -> None:
        log.warning("file %s (%s) refused: %s", item.file_id, item.sha256[:12], message)
        retry_at = self.clock() + timedelta(seconds=self.retry_after(item.attempts + 1))
        self.port.file_refused(item.file_id, message, retry_at)
        report.refused.append(item.file_id)
