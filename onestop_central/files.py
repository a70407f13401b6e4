"""Where the centre keeps the files desks send: whole, verified, once per SHA-256.

`FileStore` is what the rest of the server uses; `DiskFileStore` keeps them in a directory
(the default). A file is only ever put from a local file whose hash was checked, so a file
under its hash is always whole. Which files a dossier has is in the database
(models.DossierFile, models.StoredFile).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Protocol

CHUNK = 1 << 20
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class FileMissing(LookupError):
    """The store holds no file with that hash."""


class FileHashMismatch(ValueError):
    """The bytes do not have the SHA-256 they were given under."""


def check_sha256(sha256: str) -> str:
    if not _SHA256.match(sha256 or ""):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return sha256


def sha256_of(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class FileStore(Protocol):
    def has(self, sha256: str) -> bool: ...

    def size(self, sha256: str) -> int: ...

    def put_path(self, sha256: str, path: Path) -> int:
        """Stores the local file `path` under `sha256` after checking its hash (raises
        FileHashMismatch otherwise); returns its size. Putting a hash already held is a
        no-op."""
        ...

    def open(self, sha256: str) -> BinaryIO: ...


class DiskFileStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, sha256: str) -> Path:
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self._path(sha256).is_file()

    def size(self, sha256: str) -> int:
        try:
            return self._path(sha256).stat().st_size
        except FileNotFoundError:
            raise FileMissing(sha256) from None

    def open(self, sha256: str) -> BinaryIO:
        try:
            return self._path(sha256).open("rb")
        except FileNotFoundError:
            raise FileMissing(sha256) from None

    def put_path(self, sha256: str, path: Path) -> int:
        actual, size = sha256_of(path)
        if actual != sha256:
            raise FileHashMismatch(f"expected {sha256}, got {actual}")
        target = self._path(sha256)
        if target.is_file():
            return size
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as out, open(path, "rb") as source:
                shutil.copyfileobj(source, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return size


FILES_ENV = "ONESTOP_CENTRAL_FILES"  # the file store's directory


def default_files_root(db_url: str) -> Path:
    """$ONESTOP_CENTRAL_FILES, else `onestop-central-files` beside a SQLite database
    (in the current directory for any other)."""
    from sqlalchemy.engine import make_url

    if given := os.environ.get(FILES_ENV):
        return Path(given)
    url = make_url(db_url)
    if url.drivername.startswith("sqlite") and url.database not in (None, "", ":memory:"):
        return Path(url.database).resolve().parent / "onestop-central-files"
    return Path.cwd() / "onestop-central-files"
