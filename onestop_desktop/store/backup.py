"""Backups of the store, and a store restored from one.

A backup file is a zip archive (stored, not compressed: its database is encrypted) of
  manifest.json    the desk's identity (agency, desk number), the store's id, when it
                   was made, the schema revision, the database's size and SHA-256, and
                   the store key wrapped by the recovery secret (store_key.py);
  onestop.sqlite3  a SQLCipher database with the store's own key.
The scans (store/blobs.py), encrypted with a key derived from the store's, are mirrored
beside the backup file in `onestop-scans-<store id>/`, each once: a backup copies the
scans that folder lacks, a restore copies them back.
The database is copied with SQLite's online backup API inside one read transaction:
a writer (the window taking intakes) goes on meanwhile, and the copy is the store as
it was when the backup began. Nothing in the file is personal data in clear.

A restore refuses (OfficerError, nothing written) a file that is not whole, another
desk's backup, a data directory that is not empty, and a backup whose key this PC does
not have when no recovery secret is given.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import OfficerError
from ..keychain import sync_directory
from . import DB_FILENAME, blobs, cipher, store_key

BACKUP_FORMAT = "onestop-desktop-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "onestop.sqlite3"
BACKUP_SUFFIX = ".onestop-backup"
PAGES_PER_STEP = 1024  # about 4 MB a step: a progress bar that moves, few steps
# What may be in a data directory a backup is restored into: the log a command has
# just opened, and the files of a store set up but holding no dossier yet.
STORE_FILES = (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm",
               store_key.ENVELOPE_FILENAME, store_key.KEY_FILENAME)
IGNORED_IN_TARGET = {"logs"}

Progress = Callable[[int, int], None]  # pages copied, pages in all


class BackupCorrupt(OfficerError):
    def __init__(self, path: Path, reason: str):
        super().__init__(f"Tệp sao lưu {path} bị hỏng hoặc không phải bản sao lưu của quầy "
                         f"({reason}); không khôi phục gì. Hãy dùng một bản sao lưu khác.")


class BackupOfAnotherDesk(OfficerError):
    pass


class DataDirNotEmpty(OfficerError):
    pass


class RecoverySecretNeeded(OfficerError):
    def __init__(self):
        super().__init__("Máy này không có khóa của bản sao lưu (bản sao lưu của máy khác, "
                         "hoặc thư mục dữ liệu cũ đã mất): chạy lại với "
                         "--recovery-secret-stdin và nhập mã khôi phục mà quản trị viên giữ.")


@dataclass(frozen=True)
class BackupManifest:
    store_id: str
    agency_code: str
    agency_name: str
    desk: int
    created_at: str  # ISO 8601, UTC
    schema: str  # the store's migration revision
    size: int  # bytes of the database
    sha256: str
    # Where it was made, when the key is a file there (no keyring): on that PC the key is
    # found without a secret. Empty when a keyring keeps it (a path may name a person).
    source_data_dir: str
    recovery: dict | None  # the store key wrapped by the recovery secret, if one was set

    def to_json(self) -> dict:
        return {"format": BACKUP_FORMAT, "version": FORMAT_VERSION, **asdict(self)}

    @classmethod
    def from_json(cls, values: dict) -> BackupManifest:
        if values.get("format") != BACKUP_FORMAT:
            raise ValueError("not a desk backup")
        if int(values.get("version", 0)) > FORMAT_VERSION:
            raise ValueError(f"format version {values['version']} is newer than this desk's")
        return cls(str(values["store_id"]), str(values["agency_code"]),
                   str(values.get("agency_name", "")), int(values["desk"]),
                   str(values["created_at"]), str(values["schema"]), int(values["size"]),
                   str(values["sha256"]), str(values.get("source_data_dir", "")),
                   values.get("recovery"))


@dataclass(frozen=True)
class DeskIdentity:
    agency_code: str
    agency_name: str
    desk: int


def _identity(connection) -> DeskIdentity | None:
    row = connection.execute("SELECT value FROM settings WHERE key = 'desk_config'").fetchone()
    if row is None or row[0] is None:
        return None
    values = json.loads(row[0])
    return DeskIdentity(str(values["agency_code"]), str(values.get("agency_name", "")),
                        int(values["desk"]))


def _schema(connection) -> str:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else ""


def write_backup(db_path: Path, key: bytes, target: Path, *,
                 now: datetime | None = None, progress: Progress | None = None
                 ) -> BackupManifest:
    """A backup of the store at `db_path` into `target` (replaced whole, or left as it
    was): online, while other connections write."""
    db_path, target = Path(db_path), Path(target)
    data_dir = db_path.parent
    envelope = store_key.read_envelope(data_dir)
    if envelope is None:
        raise store_key.StoreKeyMissing(data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    tag = secrets.token_hex(4)
    copy = target.with_name(f".{target.name}.{tag}.db")
    part = target.with_name(f".{target.name}.{tag}.part")
    try:
        source = cipher.connect(db_path, key, isolation_level=None,
                                timeout=30, check_same_thread=False)
        try:
            # One read transaction for the whole copy: in WAL mode the writers go on, and
            # every step reads the same snapshot (no restart when they commit).
            source.execute("BEGIN")
            identity = _identity(source)
            schema = _schema(source)
            destination = cipher.connect(copy, key, isolation_level=None)
            try:
                source.backup(destination, pages=PAGES_PER_STEP,
                              progress=_progress(progress))
                destination.execute("PRAGMA journal_mode=DELETE")
                check = destination.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                destination.close()
            source.execute("ROLLBACK")
        finally:
            source.close()
        if check != "ok":
            raise OSError(f"the copy fails its check: {check}")
        if identity is None:
            raise OfficerError("Quầy chưa được cài đặt (chưa có cơ quan, số quầy): chưa có "
                               "gì để sao lưu.")
        manifest = BackupManifest(
            store_id=envelope.store_id, agency_code=identity.agency_code,
            agency_name=identity.agency_name, desk=identity.desk,
            created_at=(now or datetime.now(UTC)).astimezone(UTC).isoformat(),
            schema=schema, size=copy.stat().st_size, sha256=_sha256(copy),
            source_data_dir=(str(data_dir.resolve())
                             if (data_dir / store_key.KEY_FILENAME).exists() else ""),
            recovery=envelope.recovery)
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_STORED,
                             allowZip64=True) as archive:
            archive.writestr(MANIFEST_NAME, json.dumps(manifest.to_json(), indent=2,
                                                       ensure_ascii=False))
            archive.write(copy, DATABASE_NAME)
        with open(part, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(part, target)
        sync_directory(target.parent)
        # The scans beside it, once each (blobs.mirror_dir): a day's backup copies only
        # the day's new scans.
        blobs.copy_missing(data_dir / "files", blobs.mirror_dir(target.parent,
                                                                 envelope.store_id))
        return manifest
    finally:
        copy.unlink(missing_ok=True)
        part.unlink(missing_ok=True)


def _progress(progress: Progress | None):
    if progress is None:
        return None

    def report(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    return report


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(path: Path) -> BackupManifest:
    """The manifest of the backup at `path`; BackupCorrupt if it cannot be read."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = BackupManifest.from_json(json.loads(archive.read(MANIFEST_NAME)))
            if archive.getinfo(DATABASE_NAME).file_size != manifest.size:
                raise ValueError("the database's size differs from the manifest's")
    except FileNotFoundError as exc:
        raise OfficerError(f"Không có tệp sao lưu {path}.") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise BackupCorrupt(path, str(exc) or type(exc).__name__) from exc
    return manifest


def _extract_checked(path: Path, manifest: BackupManifest, into: Path) -> None:
    """The backup's database into `into`, its SHA-256 checked (zip's CRC on the way)."""
    digest = hashlib.sha256()
    try:
        with zipfile.ZipFile(path) as archive, archive.open(DATABASE_NAME) as member, \
                open(into, "wb") as out:
            for block in iter(lambda: member.read(1 << 20), b""):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise BackupCorrupt(path, str(exc) or type(exc).__name__) from exc
    if digest.hexdigest() != manifest.sha256:
        raise BackupCorrupt(path, "mã SHA-256 của dữ liệu không khớp")


def _key_for(manifest: BackupManifest, secret: str | None) -> bytes:
    if secret is not None:
        if not manifest.recovery:
            raise OfficerError("Bản sao lưu này được tạo khi chưa đặt mã khôi phục: chỉ khôi "
                               "phục được trên máy đã tạo ra nó.")
        return store_key.unwrap_key(manifest.recovery, secret, manifest.store_id)
    source = Path(manifest.source_data_dir) if manifest.source_data_dir else None
    key = store_key.load_key(source, manifest.store_id)
    if key is None:
        raise RecoverySecretNeeded()
    return key


def _check_target(data_dir: Path, manifest: BackupManifest) -> list[Path]:
    """What of `data_dir` the restore replaces (a store set up for the same desk but with
    no dossier yet); refuses another desk's configuration and anything else."""
    if not data_dir.exists():
        return []
    if not data_dir.is_dir():
        raise DataDirNotEmpty(f"{data_dir} không phải một thư mục.")
    entries = [p for p in data_dir.iterdir() if p.name not in IGNORED_IN_TARGET]
    others = [p.name for p in entries if p.name not in STORE_FILES]
    db_path = data_dir / DB_FILENAME
    if db_path.exists():
        with cipher.raw_connection(db_path) as existing:
            identity = _identity(existing)
            dossiers = existing.execute("SELECT count(*) FROM dossiers").fetchone()[0]
        if identity is not None and (identity.agency_code, identity.desk) != (
                manifest.agency_code, manifest.desk):
            raise BackupOfAnotherDesk(
                f"Bản sao lưu của quầy số {manifest.desk} ({manifest.agency_code}), còn thư "
                f"mục {data_dir} được cài đặt cho quầy số {identity.desk} "
                f"({identity.agency_code}): không khôi phục. Hãy chọn đúng bản sao lưu "
                f"hoặc một thư mục dữ liệu trống.")
        if dossiers:
            others.append(f"{DB_FILENAME} ({dossiers} hồ sơ)")
    if others:
        raise DataDirNotEmpty(
            f"Thư mục dữ liệu {data_dir} không trống ({', '.join(sorted(others)[:5])}): chỉ "
            f"khôi phục vào một thư mục trống, để không ghi đè dữ liệu đang có.")
    return entries


def restore_scans(path: Path, manifest: BackupManifest, data_dir: Path) -> int:
    """The scans kept beside the backup at `path` (blobs.mirror_dir) copied into the
    restored data directory: how many (0 when the backup has none beside it)."""
    return blobs.copy_missing(blobs.mirror_dir(Path(path).parent, manifest.store_id),
                              Path(data_dir) / "files")


def restore_backup(path: Path, data_dir: Path, *, secret: str | None = None
                   ) -> BackupManifest:
    """The backup at `path` becomes the store of `data_dir`. Either all of it is there
    afterwards (the store, its envelope, its key kept on this PC) or nothing new is."""
    path, data_dir = Path(path), Path(data_dir)
    manifest = read_manifest(path)
    replaced = _check_target(data_dir, manifest)
    key = _key_for(manifest, secret)
    made_dir = not data_dir.exists()
    data_dir.mkdir(parents=True, exist_ok=True)
    incoming = data_dir / f".restoring-{secrets.token_hex(4)}.sqlite3"
    try:
        _extract_checked(path, manifest, incoming)
        try:
            with cipher.connect(incoming, key) as restored:
                check = restored.execute("PRAGMA quick_check").fetchone()[0]
                identity = _identity(restored)
        except cipher.dbapi.DatabaseError as exc:
            raise BackupCorrupt(path, f"không mở được dữ liệu bằng khóa của nó: {exc}") \
                from exc
        if check != "ok":
            raise BackupCorrupt(path, f"kiểm tra toàn vẹn: {check}")
        if identity is None or (identity.agency_code, identity.desk) != (
                manifest.agency_code, manifest.desk):
            raise BackupCorrupt(path, "danh tính quầy trong dữ liệu khác với tệp kê khai")
        for old in replaced:  # a store set up for this desk, with no dossier yet
            if old.is_dir():
                shutil.rmtree(old)
            else:
                old.unlink()
        store_key.save_key(data_dir, manifest.store_id, key)
        store_key.write_envelope(data_dir, store_key.Envelope(manifest.store_id,
                                                              manifest.recovery))
        os.replace(incoming, data_dir / DB_FILENAME)  # the restore is done here
        sync_directory(data_dir)
    except BaseException:
        incoming.unlink(missing_ok=True)
        if not (data_dir / DB_FILENAME).exists():  # no key left without its store
            for name in (store_key.ENVELOPE_FILENAME, store_key.KEY_FILENAME):
                (data_dir / name).unlink(missing_ok=True)
        if made_dir and not (data_dir / DB_FILENAME).exists():
            shutil.rmtree(data_dir, ignore_errors=True)
        raise
    return manifest
