"""Where the centre keeps the files desks send: whole, verified, once per SHA-256.

`FileStore` is what the rest of the server uses; `DiskFileStore` keeps them in a directory
(the default: beside the database), `S3FileStore` in S3-compatible object storage (MinIO,
as provincial systems run; `onestop-central serve --files s3://bucket/prefix?endpoint=URL`,
credentials from the standard AWS environment variables). A file is only ever put from a
local file whose hash was checked, so a file under its hash is always whole. Which files
a dossier has is in the database (models.DossierFile, models.StoredFile).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Protocol
from urllib.parse import parse_qs, urlsplit

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


class S3FileStore:
    """Files as objects `<prefix>/<first two hex digits>/<sha256>` in one bucket (boto3)."""

    def __init__(self, bucket: str, prefix: str = "", *, endpoint_url: str | None = None,
                 region: str | None = None, client=None):
        import boto3  # only a server that keeps its files in object storage needs it

        self.bucket, self.prefix = bucket, prefix.strip("/")
        self.endpoint_url = endpoint_url
        self.client = client or boto3.client("s3", endpoint_url=endpoint_url,
                                             region_name=region or None)

    @classmethod
    def from_url(cls, url: str) -> S3FileStore:
        """`s3://bucket/prefix?endpoint=http://host:9000&region=…`."""
        parts = urlsplit(url)
        if parts.scheme != "s3" or not parts.netloc:
            raise ValueError(f"not an s3://bucket/prefix address: {url!r}")
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        unknown = set(query) - {"endpoint", "region"}
        if unknown:
            raise ValueError(f"unknown option(s) in {url!r}: {', '.join(sorted(unknown))}")
        return cls(parts.netloc, parts.path, endpoint_url=query.get("endpoint"),
                   region=query.get("region"))

    def _key(self, sha256: str) -> str:
        check_sha256(sha256)
        name = f"{sha256[:2]}/{sha256}"
        return f"{self.prefix}/{name}" if self.prefix else name

    def _head(self, sha256: str) -> dict | None:
        from botocore.exceptions import ClientError

        try:
            return self.client.head_object(Bucket=self.bucket, Key=self._key(sha256))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise

    def has(self, sha256: str) -> bool:
        return self._head(sha256) is not None

    def size(self, sha256: str) -> int:
        head = self._head(sha256)
        if head is None:
            raise FileMissing(sha256)
        return int(head["ContentLength"])

    def open(self, sha256: str) -> BinaryIO:
        from botocore.exceptions import ClientError

        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(sha256))["Body"]
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey"):
                raise FileMissing(sha256) from None
            raise

    def put_path(self, sha256: str, path: Path) -> int:
        actual, size = sha256_of(path)
        if actual != sha256:
            raise FileHashMismatch(f"expected {sha256}, got {actual}")
        if not self.has(sha256):
            # An object appears whole or not at all (multipart uploads are completed last).
            self.client.upload_file(str(path), self.bucket, self._key(sha256))
        return size


def file_store_for(spec: str) -> FileStore:
    """`--files`: a directory, or `s3://bucket/prefix?endpoint=URL` for object storage."""
    if spec.startswith("s3://"):
        return S3FileStore.from_url(spec)
    return DiskFileStore(Path(spec))


FILES_ENV = "ONESTOP_CENTRAL_FILES"  # the file store's directory when --files is not given


def default_files_dir(db_url: str) -> Path:
    """$ONESTOP_CENTRAL_FILES, else beside a SQLite database (`<name>-files`), else
    `onestop-central-files` here."""
    from sqlalchemy.engine import make_url

    if given := os.environ.get(FILES_ENV):
        return Path(given)
    url = make_url(db_url)
    if url.drivername.startswith("sqlite") and url.database not in (None, "", ":memory:"):
        database = Path(url.database)
        return database.with_name(f"{database.stem}-files")
    return Path.cwd() / "onestop-central-files"


def partials_dir(spec: str, db_url: str) -> Path:
    """Where partial uploads wait on the centre's own disk: inside a files directory,
    else (object storage) beside the database."""
    root = default_files_dir(db_url) if spec.startswith("s3://") else Path(spec)
    return root / ".partial"
