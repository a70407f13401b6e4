"""The desk's content-addressed file store: each file's bytes once, named by SHA-256.

Files live under `<data dir>/files/<first two hex digits>/<sha256>`, the hash being the
plain bytes'. A file is written to a temporary name beside its place, flushed to disk and
renamed: a file under its hash is always whole, and the same scan attached twice is
stored once. The rows saying where a file belongs on a dossier are in the store
(models.DossierFileRow).

Scans hold citizens' identity papers, so they are encrypted as the store is: with a key
derived from the store's key (HKDF), in chunks of CHUNK bytes sealed by AES-256-GCM, each
bound to the file's hash, its place and the file's size, so a chunk cannot be moved,
dropped or swapped unseen, and a range is read without decrypting the whole file (the
upload sends chunks). A file is `MAGIC | size (8 bytes) | nonce prefix (8 bytes) |`
chunks of ciphertext and tag. A data directory without a store key keeps files plain.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import secrets
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
MAGIC = b"OSF1"
_HEADER = len(MAGIC) + 8 + 8
_TAG = 16
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
VIEWING_DIR = "viewing"  # copies opened in the system's viewer, pruned after a day
VIEWING_KEPT_S = 24 * 3600


class BlobMissing(LookupError):
    """No file with that hash in the store."""


class BlobDamaged(ValueError):
    """The stored bytes do not open with the key, or do not have their hash."""


@dataclass(frozen=True)
class Blob:
    sha256: str
    size: int


def check_sha256(sha256: str) -> str:
    """The hash as a file name may use it: 64 lower-case hex digits, nothing else."""
    if not _SHA256.match(sha256 or ""):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return sha256


@lru_cache(maxsize=16)
def _derived_key(data_dir: str, store_id: str) -> bytes | None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from . import store_key

    key = store_key.load_key(Path(data_dir), store_id)
    if key is None:
        raise store_key.StoreKeyMissing(Path(data_dir))
    return HKDF(hashes.SHA256(), 32, salt=None,
                info=b"onestop-desktop files v1").derive(key)


def files_key(data_dir: Path) -> bytes | None:
    """The files' key of the data directory's store (None: no store key, files plain)."""
    from . import store_key

    envelope = store_key.read_envelope(data_dir)
    return None if envelope is None else _derived_key(str(Path(data_dir)), envelope.store_id)


def mirror_dir(folder: Path, store_id: str) -> Path:
    """The scans kept beside a store's backups in `folder` (per store: two desks sharing
    a backup folder have the same scan under their own keys)."""
    return Path(folder) / f"onestop-scans-{store_id}"


def copy_missing(source: Path, target: Path) -> int:
    """Every stored file under `source` that `target` lacks (or holds cut short), copied
    as it is stored (encrypted: no key needed) by a temporary name and a rename: an
    incremental mirror, since a file's name is its content's hash. How many were copied."""
    copied = 0
    if not source.is_dir():
        return 0
    for path in source.glob("??/*"):
        if path.name.startswith(".") or not _SHA256.match(path.name):
            continue
        there = target / path.parent.name / path.name
        if there.is_file() and there.stat().st_size == path.stat().st_size:
            continue
        with open(path, "rb") as incoming:
            _write_whole(there, iter(lambda: incoming.read(CHUNK), b""))
        copied += 1
    return copied


def _write_whole(target: Path, pieces: Iterable[bytes],
                 check: Callable[[], None] | None = None) -> None:
    """`pieces` into `target` by a temporary name beside it, flushed to disk and renamed
    (after `check`, which may raise to keep nothing): the file is whole or not there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as out:
            for piece in pieces:
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        if check is not None:
            check()
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _rechunked(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The bytes of `pieces` again, in chunks of CHUNK (the last shorter)."""
    pending = bytearray()
    for piece in pieces:
        pending += piece
        while len(pending) >= CHUNK:
            yield bytes(pending[:CHUNK])
            del pending[:CHUNK]
    if pending:
        yield bytes(pending)


class BlobStore:
    def __init__(self, root: Path, key: bytes | None = None):
        self.root = Path(root)
        self._key = key

    @classmethod
    def of_data_dir(cls, data_dir: Path) -> BlobStore:
        return cls(Path(data_dir) / "files", files_key(Path(data_dir)))

    # ---- where and how big ---------------------------------------------------------------
    def path(self, sha256: str) -> Path:
        """Where the stored form of the file is (encrypted on a desk with a store key):
        for removing it; its bytes come through read, read_range, open and copy_to."""
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def size(self, sha256: str) -> int:
        """The plain file's size."""
        with self._raw(sha256) as raw:
            head = raw.read(_HEADER)
            if head[:len(MAGIC)] == MAGIC:
                return int.from_bytes(head[4:12], "big")
            return os.fstat(raw.fileno()).st_size

    # ---- reading -----------------------------------------------------------------------
    def read(self, sha256: str) -> bytes:
        return self.read_range(sha256, 0, self.size(sha256))

    def read_range(self, sha256: str, offset: int, length: int) -> bytes:
        with self._raw(sha256) as raw:
            head = raw.read(_HEADER)
            if head[:len(MAGIC)] != MAGIC:  # kept plain (no store key when it came)
                raw.seek(offset)
                return raw.read(length)
            size, prefix = int.from_bytes(head[4:12], "big"), head[12:20]
            end = min(offset + max(length, 0), size)
            if offset >= end:
                return b""
            out = bytearray()
            for index in range(offset // CHUNK, (end - 1) // CHUNK + 1):
                raw.seek(_HEADER + index * (CHUNK + _TAG))
                plain_len = min(CHUNK, size - index * CHUNK)
                plain = self._open_chunk(sha256, size, prefix, index,
                                         raw.read(plain_len + _TAG))
                start = index * CHUNK
                out += plain[max(offset - start, 0):end - start]
            return bytes(out)

    def open(self, sha256: str) -> BinaryIO:
        """The plain bytes as a seekable binary file (read as needed, chunk by chunk)."""
        return io.BufferedReader(_Reader(self, sha256, self.size(sha256)), CHUNK)

    def copy_to(self, sha256: str, target: Path) -> Path:
        """The plain file written to `target` (for the system's viewer, a test)."""
        size = self.size(sha256)
        with open(target, "wb") as out:
            for offset in range(0, size, CHUNK):
                out.write(self.read_range(sha256, offset, CHUNK))
        return target

    def viewable_copy(self, sha256: str, name: str) -> Path:
        """A plain copy under the file's own name (the viewer goes by its extension) in
        the data directory's viewing folder; copies older than a day are removed first,
        so the citizens' papers do not pile up in plain form."""
        folder = self.root.parent / VIEWING_DIR
        folder.mkdir(parents=True, exist_ok=True)
        cutoff = time.time() - VIEWING_KEPT_S
        for old in folder.iterdir():
            try:
                if old.stat().st_mtime < cutoff:
                    old.unlink()
            except OSError:  # open in a viewer (Windows): removed another time
                pass
        safe = "".join(c for c in name if c not in '<>:"/\\|?*').strip() or "tep.pdf"
        return self.copy_to(sha256, folder / f"{sha256[:8]}-{safe}")

    def verify(self, sha256: str) -> bool:
        """Whether the stored bytes open and still have their hash."""
        digest, size = hashlib.sha256(), self.size(sha256)
        try:
            for offset in range(0, size, CHUNK):
                digest.update(self.read_range(sha256, offset, CHUNK))
        except BlobDamaged:
            return False
        return digest.hexdigest() == sha256

    # ---- writing -----------------------------------------------------------------------
    def put_bytes(self, data: bytes) -> Blob:
        sha = hashlib.sha256(data).hexdigest()
        if not self.has(sha):
            self._write(sha, len(data), [data])
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
                self._write(sha, size, iter(lambda: f.read(CHUNK), b""), expect=sha)
        return Blob(sha, size)

    # ---- inside ------------------------------------------------------------------------
    def _raw(self, sha256: str) -> BinaryIO:
        try:
            return self.path(sha256).open("rb")
        except FileNotFoundError:
            raise BlobMissing(sha256) from None

    @staticmethod
    def _aad(sha256: str, size: int, index: int) -> bytes:
        return bytes.fromhex(sha256) + size.to_bytes(8, "big") + index.to_bytes(4, "big")

    def _open_chunk(self, sha256: str, size: int, prefix: bytes, index: int,
                    sealed: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if self._key is None:
            raise BlobDamaged(f"{sha256[:12]}… is encrypted and this desk has no key")
        try:
            return AESGCM(self._key).decrypt(prefix + index.to_bytes(4, "big"), sealed,
                                             self._aad(sha256, size, index))
        except InvalidTag:
            raise BlobDamaged(f"{sha256[:12]}…: chunk {index} does not open") from None

    def _sealed(self, sha256: str, size: int, chunks: Iterable[bytes]) -> Iterator[bytes]:
        if self._key is None:
            yield from chunks
            return
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        aead, prefix = AESGCM(self._key), secrets.token_bytes(8)
        yield MAGIC + size.to_bytes(8, "big") + prefix
        for index, chunk in enumerate(_rechunked(chunks)):
            yield aead.encrypt(prefix + index.to_bytes(4, "big"), chunk,
                               self._aad(sha256, size, index))

    def _write(self, sha256: str, size: int, chunks: Iterable[bytes],
               expect: str | None = None) -> None:
        digest = hashlib.sha256()

        def hashed() -> Iterator[bytes]:
            for chunk in chunks:
                digest.update(chunk)
                yield chunk

        def unchanged() -> None:
            if expect and digest.hexdigest() != expect:
                # The source changed between hashing and copying: keep nothing.
                raise OSError(f"file changed while being stored: {expect}")

        _write_whole(self.path(sha256), self._sealed(sha256, size, hashed()), unchanged)


class _Reader(io.RawIOBase):
    """A stored file's plain bytes, read through BlobStore.read_range."""

    def __init__(self, store: BlobStore, sha256: str, size: int):
        self._store, self._sha, self._size, self._at = store, sha256, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._at

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._at, io.SEEK_END: self._size}[whence]
        self._at = max(base + offset, 0)
        return self._at

    def readinto(self, buffer) -> int:
        data = self._store.read_range(self._sha, self._at, len(buffer))
        buffer[:len(data)] = data
        self._at += len(data)
        return len(data)
