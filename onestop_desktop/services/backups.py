"""Backups of the desk: made on demand and daily, kept for a number of days, in the
data directory's `backups` folder or the folder set (a network share); the recovery
secret; the store's integrity check at start-up.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ..domain.calendar import LOCAL_TZ
from ..domain.errors import OfficerError
from ..domain.permissions import Action
from ..store import audit, store_key
from ..store.backup import BACKUP_SUFFIX, BackupManifest, Progress, write_backup
from ..store.database import Store
from ..store.settings_repo import get_setting, set_setting
from .accounts import require

log = logging.getLogger(__name__)

BACKUP_DIR_KEY = "backup_dir"
DEFAULT_FOLDER = "backups"
KEEP_DAILY = 14
DAILY_PREFIX = "daily-"
_DAILY_NAME = re.compile(rf"^{DAILY_PREFIX}(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(BACKUP_SUFFIX)}$")

Clock = Callable[[], datetime]


def backup_folder(store: Store) -> Path:
    """Where backups go: the folder set, else `<data dir>/backups`."""
    with store.read() as session:
        configured = get_setting(session, BACKUP_DIR_KEY)
    return Path(configured) if configured else store.path.parent / DEFAULT_FOLDER


def set_backup_folder(store: Store, actor: str, folder: str, *, by_admin: bool,
                      now: datetime | None = None) -> Path | None:
    """The folder for backups (empty: back to the data directory's own); None when the
    default is used. Only an admin changes it from the window."""
    text = folder.strip()
    path = Path(text).expanduser() if text else None
    if path is not None:
        if not path.is_absolute():
            raise OfficerError(f"Thư mục sao lưu phải là đường dẫn đầy đủ: {text}")
        if path.exists() and not path.is_dir():
            raise OfficerError(f"{path} không phải một thư mục.")
    with store.transaction() as session:
        if by_admin:
            require(session, actor, Action.DEVICES)
        set_setting(session, BACKUP_DIR_KEY, str(path) if path else "")
        audit.record(session, actor, "backup.folder_set",
                     detail={"backup_dir": str(path) if path else ""},
                     now=now or datetime.now(UTC))
    return path


def make_backup(store: Store, target: Path, *, progress: Progress | None = None,
                now: datetime | None = None) -> BackupManifest:
    try:
        return write_backup(store.path, store.key, target, now=now, progress=progress)
    except OSError as exc:
        from ..domain.errors import os_reason

        raise OfficerError(f"Không ghi được bản sao lưu {target}: {os_reason(exc)}.") from exc


def daily_backups(folder: Path) -> list[tuple[date, Path]]:
    """The daily backups in `folder`, oldest first (other files are never touched)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):  # none yet; a bad folder: said on writing
        return []
    for path in entries:
        match = _DAILY_NAME.match(path.name)
        if match:
            found.append((date.fromisoformat(match.group(1)), path))
    return sorted(found)


def latest_backup(folder: Path) -> Path | None:
    """The newest backup file in `folder` (daily or made by hand), if any."""
    try:
        files = [p for p in folder.iterdir() if p.name.endswith(BACKUP_SUFFIX)]
    except OSError:
        return None
    return max(files, key=lambda p: p.stat().st_mtime, default=None)


@dataclass(frozen=True)
class DailyResult:
    path: Path | None  # the backup made now; None when today's was already there
    removed: tuple[Path, ...]  # older daily backups past the number kept


def daily_backup(store: Store, now: datetime | None = None, keep: int = KEEP_DAILY
                 ) -> DailyResult:
    """Today's backup (the centre's day) if there is none yet, and the daily ones past
    the last `keep` removed."""
    now = now or datetime.now(UTC)
    today = now.astimezone(LOCAL_TZ).date()
    folder = backup_folder(store)
    made = None
    if not any(day == today for day, _ in daily_backups(folder)):
        made = folder / f"{DAILY_PREFIX}{today.isoformat()}{BACKUP_SUFFIX}"
        started = time.monotonic()
        make_backup(store, made, now=now)
        log.info("daily backup made in %.1f s: %s", time.monotonic() - started, made)
    removed = []
    for _day, old in daily_backups(folder)[:-keep] if keep > 0 else []:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            log.warning("could not remove an old daily backup %s", old, exc_info=True)
    return DailyResult(made, tuple(removed))


def has_recovery_secret(store: Store) -> bool:
    envelope = store_key.read_envelope(store.path.parent)
    return bool(envelope and envelope.recovery)


def new_recovery_secret(store: Store, actor: str, *, by_admin: bool,
                        now: datetime | None = None) -> str:
    """A new recovery secret (shown once: only the key it wraps is kept); the earlier
    one no longer opens backups made from now on."""
    data_dir = store.path.parent
    envelope = store_key.read_envelope(data_dir)
    if envelope is None:
        raise store_key.StoreKeyMissing(data_dir)
    secret = store_key.new_recovery_secret()
    wrapped = store_key.wrap_key(store.key, secret, envelope.store_id)
    with store.transaction() as session:
        if by_admin:
            require(session, actor, Action.DEVICES)
        # Inside the transaction: a secret that cannot be kept leaves no audit row.
        store_key.write_envelope(data_dir, store_key.Envelope(envelope.store_id, wrapped))
        audit.record(session, actor, "backup.recovery_secret_set",
                     now=now or datetime.now(UTC))
    return secret


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    detail: str  # quick_check's answer
    seconds: float
    latest_backup: Path | None

    def headline(self, data_dir: Path) -> str:
        return (f"Dữ liệu của quầy tại {data_dir} bị hỏng (kiểm tra toàn vẹn không đạt). "
                f"Quầy không ghi thêm gì cho đến khi dữ liệu được khôi phục.")

    def way_back(self) -> str:
        if self.latest_backup is None:
            return "Chưa có bản sao lưu nào: hãy báo quản trị viên ngay."
        return (f"Bản sao lưu gần nhất: {self.latest_backup}\n"
                f"Để khôi phục: đóng chương trình, chạy lệnh\n"
                f"onestop-desktop --data-dir THƯ_MỤC_MỚI restore \"{self.latest_backup}\"\n"
                f"rồi mở quầy trên thư mục mới.")

    def message(self, data_dir: Path) -> str:
        """What the officer and the administrator read when the check fails."""
        return f"{self.headline(data_dir)}\n{self.way_back()}"


def check_integrity(store: Store) -> IntegrityReport:
    started = time.monotonic()
    try:
        detail = store.quick_check()
    except Exception as exc:
        log.error("integrity check could not run", exc_info=True)
        detail = str(exc)
    seconds = time.monotonic() - started
    ok = detail == "ok"
    if not ok:
        log.error("integrity check failed: %s", detail)
    if ok:
        return IntegrityReport(True, detail, seconds, None)
    try:
        folder = backup_folder(store)
    except Exception:  # noqa: BLE001 - a damaged store may not give its setting
        folder = store.path.parent / DEFAULT_FOLDER
    return IntegrityReport(False, detail, seconds, latest_backup(folder))
