"""Resumable uploads: a device's partial files on the centre's disk, until whole.

A desk sends a file in chunks (PUT /v1/uploads/{sha256}, sync/protocol.py). Each device
has its own directory of partial uploads, `<partials>/<device id>/<sha256>.<total size>`;
a chunk is appended only at the exact size the partial has, under a lock on the file, so
a chunk that is sent again (its answer was lost) is never taken twice. With the last
byte the whole is hashed: a match goes into the FileStore (files.py) and the database
(dossier_files.record_stored), a mismatch is dropped. A device's partials are bounded:
past `max_partial_bytes` the oldest others are dropped (the desk starts them again).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from .db import Database
from .dossier_files import record_stored
from .files import FileHashMismatch, FileStore, check_sha256, sha256_of
from .models import StoredFile

log = logging.getLogger(__name__)

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
LOCK_TIMEOUT_S = 10.0
_RANGE = re.compile(r"^bytes (\d{1,15})-(\d{1,15})/(\d{1,15})$")


class UploadRefused(Exception):
    """A chunk the centre does not take: HTTP status, stable code, message (Vietnamese)."""

    def __init__(self, status: int, error: str, message: str):
        super().__init__(message)
        self.status, self.error, self.message = status, error, message


@dataclass(frozen=True)
class Progress:
    offset: int
    complete: bool


@dataclass(frozen=True)
class ChunkRange:
    start: int
    end: int  # inclusive
    total: int

    @property
    def length(self) -> int:
        return self.end - self.start + 1


def parse_content_range(header: str | None) -> ChunkRange:
    found = _RANGE.match((header or "").strip())
    if not found:
        raise UploadRefused(400, "bad_range", "Thiếu hoặc sai tiêu đề Content-Range "
                                              "(dạng: bytes ĐẦU-CUỐI/TỔNG).")
    start, end, total = (int(x) for x in found.groups())
    if not start <= end < total:
        raise UploadRefused(400, "bad_range", f"Khoảng byte không hợp lệ: {header}.")
    return ChunkRange(start, end, total)


class Uploads:
    def __init__(self, partials: Path, files: FileStore, db: Database, *,
                 max_file_bytes: int, max_partial_bytes: int,
                 clock: Callable[[], datetime]):
        self.partials, self.files, self.db = Path(partials), files, db
        self.max_file_bytes, self.max_partial_bytes = max_file_bytes, max_partial_bytes
        self.clock = clock

    # What the centre holds ---------------------------------------------------------
    def progress(self, device_id: int, sha256: str) -> Progress:
        check_sha256(sha256)
        size = self._stored_size(sha256)
        if size is not None:
            return Progress(size, True)
        if sha256 == EMPTY_SHA256:  # nothing to send: kept at once
            return Progress(0, True) if self._keep(sha256, None, 0) else Progress(0, False)
        partial = self._find(device_id, sha256)
        return Progress(partial.stat().st_size if partial else 0, False)

    def _stored_size(self, sha256: str) -> int | None:
        """The file's size when the centre holds it whole. A file in the store that the
        database does not list yet (a crash between the two) is recorded now."""
        with self.db.read() as session:
            row = session.get(StoredFile, sha256)
            if row is not None:
                return row.size
        if not self.files.has(sha256):
            return None
        size = self.files.size(sha256)
        with self.db.transaction() as session:
            record_stored(session, sha256, size, self.clock())
        return size

    # Taking a chunk ----------------------------------------------------------------
    def append(self, device_id: int, sha256: str, chunk_range: ChunkRange,
               chunk: bytes) -> Progress:
        check_sha256(sha256)
        if chunk_range.total > self.max_file_bytes:
            raise UploadRefused(413, "file_too_large",
                                f"Tệp {chunk_range.total} byte vượt quá giới hạn "
                                f"{self.max_file_bytes} byte của máy chủ.")
        if len(chunk) != chunk_range.length:
            raise UploadRefused(400, "bad_range", f"Nội dung {len(chunk)} byte, không khớp "
                                                  f"Content-Range ({chunk_range.length} byte).")
        size = self._stored_size(sha256)
        if size is not None:  # someone sent it whole meanwhile: nothing more to take
            return Progress(size, True)
        directory = self.partials / str(device_id)
        directory.mkdir(parents=True, exist_ok=True)
        try:
            with FileLock(directory / f"{sha256}.lock", timeout=LOCK_TIMEOUT_S):
                return self._append_locked(directory, device_id, sha256, chunk_range, chunk)
        except Timeout:
            raise UploadRefused(409, "upload_busy", "Tệp này đang được gửi ở một yêu cầu "
                                                    "khác; hãy thử lại sau.") from None

    def _append_locked(self, directory: Path, device_id: int, sha256: str,
                       chunk_range: ChunkRange, chunk: bytes) -> Progress:
        partial = self._find(device_id, sha256)
        if partial is not None and not partial.name.endswith(f".{chunk_range.total}"):
            partial.unlink(missing_ok=True)  # another total for the same hash: start over
            partial = None
        offset = partial.stat().st_size if partial else 0
        if chunk_range.start != offset:
            raise UploadRefused(409, "offset_mismatch",
                                f"Máy chủ đang giữ {offset} byte của tệp; phần gửi bắt đầu "
                                f"từ byte {chunk_range.start}.")
        if partial is None:
            partial = directory / f"{sha256}.{chunk_range.total}"
            self._make_room(directory, chunk_range.total)
        with open(partial, "ab") as out:
            out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        _accepted(sha256, chunk_range.start, chunk_range.length)
        offset += len(chunk)
        if offset < chunk_range.total:
            return Progress(offset, False)
        try:
            self._keep(sha256, partial, offset)
        finally:
            partial.unlink(missing_ok=True)
        return Progress(offset, True)

    def _keep(self, sha256: str, partial: Path | None, size: int) -> bool:
        """The whole file into the store and the database; a hash mismatch is refused."""
        if partial is None:
            partial = self.partials / f".empty-{os.getpid()}"
            partial.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(b"")
        try:
            self.files.put_path(sha256, partial)
        except FileHashMismatch:
            actual, _ = sha256_of(partial)
            log.warning("upload %s: the bytes hash to %s, dropped", sha256, actual)
            raise UploadRefused(422, "hash_mismatch",
                                "Tệp nhận được không khớp mã SHA-256 đã báo; phần đã nhận bị "
                                "bỏ, hãy gửi lại từ đầu.") from None
        finally:
            if partial.name.startswith(".empty-"):
                partial.unlink(missing_ok=True)
        with self.db.transaction() as session:
            record_stored(session, sha256, size, self.clock())
        return True

    def _find(self, device_id: int, sha256: str) -> Path | None:
        directory = self.partials / str(device_id)
        if not directory.is_dir():
            return None
        for path in directory.glob(f"{sha256}.*"):
            if path.suffix != ".lock":
                return path
        return None

    def _make_room(self, directory: Path, total: int) -> None:
        """A new partial of `total` bytes: the device's oldest partials go while the
        device would hold more than max_partial_bytes (their locks are left)."""
        held = sorted((p for p in directory.iterdir()
                       if p.suffix != ".lock" and p.is_file()),
                      key=lambda p: p.stat().st_mtime)
        used = sum(p.stat().st_size for p in held)
        for old in held:
            if used + total <= self.max_partial_bytes:
                break
            used -= old.stat().st_size
            log.info("dropping the partial upload %s to make room", old.name)
            old.unlink(missing_ok=True)


def _accepted(sha256: str, start: int, length: int) -> None:
    """Every chunk taken, once: the log's trace of what was accepted (tests count it)."""
    log.debug("upload %s: accepted bytes %d-%d", sha256, start, start + length - 1)

