"""Backups at the boundary: made by hand or daily, where they go, the recovery secret,
the store's integrity check (services/backups.py). A restore opens no desk: see
store/backup.py's restore_backup, which the command line calls."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.officer import Officer
from ..services import backups
from ..services.backups import DailyResult, IntegrityReport
from ..store.backup import BackupManifest, Progress
from .changes import Changes, Done

if TYPE_CHECKING:
    from .core import Desk


class Backups:
    def __init__(self, desk: Desk):
        self._desk = desk

    def make(self, target: Path, *, progress: Progress | None = None) -> BackupManifest:
        return backups.make_backup(self._desk.store, Path(target), progress=progress,
                                   now=self._desk.clock())

    def daily(self, keep: int = backups.KEEP_DAILY) -> DailyResult:
        """Today's backup unless it exists; old daily ones past `keep` removed."""
        return backups.daily_backup(self._desk.store, self._desk.clock(), keep)

    def folder(self) -> Path:
        return backups.backup_folder(self._desk.store)

    def set_folder(self, actor: Officer, folder: str) -> Done[Path | None]:
        path = backups.set_backup_folder(self._desk.store, actor.username, folder,
                                         by_admin=not actor.is_system, now=self._desk.clock())
        return Done(path, Changes(settings=True))

    def latest(self) -> Path | None:
        return backups.latest_backup(self.folder())

    def has_recovery_secret(self) -> bool:
        return backups.has_recovery_secret(self._desk.store)

    def new_recovery_secret(self, actor: Officer) -> str:
        return backups.new_recovery_secret(self._desk.store, actor.username,
                                           by_admin=not actor.is_system,
                                           now=self._desk.clock())

    def check_integrity(self) -> IntegrityReport:
        """quick_check; on failure the store takes no more writes (the report says why
        and names the latest backup)."""
        report = backups.check_integrity(self._desk.store)
        if not report.ok:
            self._desk.store.writes_blocked = report.message(self._desk.data_dir)
        return report
