"""The desk's content-addressed file store: each file's bytes once, named by SHA-256.

Files live under `<data dir>/files/<first two hex digits>/<sha256>`. A file is written to a
temporary name beside its place, flushed to disk and renamed: a file under its hash is
always whole, and the same scan attached twice is stored once. The rows saying where a
file belongs on a dossier are in the store (models.DossierFileRow).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BlobMissing(LookupError):
    """No file with that hash in the store."""


@dataclass(frozen=True)
class Blob:
    sha256: str
    size: int


def check_sha256(sha256: str) -> str:
    """The hash as a file name may use it: 64 lower-case hex digits, nothing else."""
    if not _SHA256.match(sha256 or ""):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return sha256


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    @classmethod
    def of_data_dir(cls, data_dir: Path) -> BlobStore:
        return cls(Path(data_dir) / "files")

    def path(self, sha256: str) -> Path:
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def size(self, sha256: str) -> int:
        try:
            return self.path(sha256).stat().st_size
        except FileNotFoundError:
            raise BlobMissing(sha256) from None

    def open(self, sha256: str) -> BinaryIO:
        try:
            return self.path(sha256).open("rb")
        except FileNotFoundError:
            raise BlobMissing(sha256) from None

    def read(self, sha256: str) -> bytes:
        with self.open(sha256) as f:
            return f.read()

    def read_range(self, sha256: str, offset: int, length: int) -> bytes:
        with self.open(sha256) as f:
            f.seek(offset)
            return f.read(length)

    def put_bytes(self, data: bytes) -> Blob:
        sha = hashlib.sha256(data).hexdigest()
        if not self.has(sha):
            self._write(sha, [data])
        return Blob(sha, len(data))

    def put_file(self, source: Path) -> Blob:
        """Stores a copy of `source` (read twice: hashed, then copied, so a big scan is
        never held in memory)."""
        digest, size = hashlib.sha256(), 0
        with open(source, "rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
        sha = digest.hexdigest()
        if not self.has(sha):
            with open(source, "rb") as f:
                self._write(sha, iter(lambda: f.read(CHUNK), b""), expect=sha)
        return Blob(sha, size)

    def verify(self, sha256: str) -> bool:
        """Whether the bytes stored under the hash still have it."""
        digest = hashlib.sha256()
        with self.open(sha256) as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def _write(self, sha256: str, chunks, expect: str | None = None) -> None:
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if expect and digest.hexdigest() != expect:
                # The source changed between hashing and copying: keep nothing.
                raise OSError(f"file changed while being stored: {expect}")
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
