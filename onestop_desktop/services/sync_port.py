"""The sync engine's port (sync/port.py) over the desk's store: one transaction a call.

`StoreSyncPort(store)` is what the command line's `sync` and the window's sync
bridge hand the engine; only plain values cross it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..store import audit, file_repo, online_repo, settings_repo, sync_repo
from ..store.blobs import BlobStore
from ..store.database import Store
from ..sync.port import (
    Claim,
    EventOutcome,
    OutboxItem,
    PageApplied,
    QueueCounts,
    Release,
    Settled,
    UploadItem,
)


class StoreSyncPort:
    """A SyncPort (sync/port.py) over one store."""

    def __init__(self, store: Store):
        self.store = store
        self.blobs = BlobStore.of_data_dir(store.path.parent)

    def requeue_stuck(self) -> int:
        with self.store.transaction() as session:
            return sync_repo.requeue_stuck(session)

    def claim(self, claim: Claim, now: datetime) -> list[OutboxItem]:
        with self.store.transaction() as session:
            return _claim(session, claim, now)

    def settle(self, outcomes: Sequence[EventOutcome], now: datetime,
               release: Release | None = None, then_claim: Claim | None = None) -> Settled:
        with self.store.transaction() as session:
            counts = sync_repo.record_outcomes(
                session, [sync_repo.EventOutcome(o.event_id, o.outcome, o.error, o.message,
                                                 o.retry_at) for o in outcomes], now)
            if release is not None and release.event_ids:
                sync_repo.release(session, release.event_ids, release.message, release.code,
                                  now)
            claimed = None if then_claim is None else _claim(session, then_claim, now)
        return Settled(counts["acked"], claimed)

    def release(self, release: Release, now: datetime) -> None:
        with self.store.transaction() as session:
            sync_repo.release(session, release.event_ids, release.message, release.code, now)

    def cursor(self) -> int:
        with self.store.read() as session:
            return sync_repo.get_cursor(session)

    def apply_page(self, changes: Sequence[Mapping[str, Any]], cursor: int,
                   now: datetime) -> PageApplied:
        with self.store.transaction() as session:
            applied = sync_repo.apply_changes(session, changes, cursor, now)
        return PageApplied(**asdict(applied))

    def files_to_fetch(self, limit: int) -> list[str]:
        with self.store.read() as session:
            known = online_repo.files_to_fetch(session, limit)
        return [sha256 for sha256, _size in known if not self.blobs.has(sha256)]

    def keep_file(self, sha256: str, path: Path) -> None:
        stored = self.blobs.put_file(path)
        if stored.sha256 != sha256:  # checked as it came: the disk changed it since
            raise OSError(f"file {sha256[:12]} changed on disk while being kept")

    def counts(self) -> QueueCounts:
        with self.store.read() as session:
            summary = sync_repo.outbox_summary(session)
            files, size = file_repo.upload_queue(session)
        return QueueCounts(pending=summary[sync_repo.PENDING], sending=summary[sync_repo.SENDING],
                           acked=summary[sync_repo.ACKED], failed=summary[sync_repo.FAILED],
                           conflict=summary[sync_repo.CONFLICT],
                           pull_conflicts=summary["pull_conflicts"],
                           files_waiting=files, files_bytes=size)

    def set_last_success(self, at: datetime, audit_head: dict | None = None) -> None:
        with self.store.transaction() as session:
            settings_repo.set_setting(session, sync_repo.LAST_SYNC_KEY, at.isoformat())
            if audit_head is not None:
                settings_repo.set_setting(session, audit.HEAD_SENT_KEY, dict(audit_head))

    def server_url(self) -> str:
        with self.store.read() as session:
            return sync_repo.get_server_url(session)

    def ca_bundle(self) -> str:
        with self.store.read() as session:
            return sync_repo.get_ca_bundle(session)

    def audit_head(self) -> dict | None:
        with self.store.read() as session:
            head = audit.head(session)
        return None if head is None else head.to_dict()

    def files_to_upload(self, limit: int, now: datetime, skip: Collection[int] = (),
                        due_only: bool = True) -> list[UploadItem]:
        with self.store.read() as session:
            rows = file_repo.files_to_upload(session, limit, now, skip=skip,
                                             due_only=due_only)
            return [UploadItem(f.id, code, f.sha256, f.size, f.role, f.paper, f.name,
                               f.pages, f.media_type, f.source, f.upload_attempts)
                    for f, code in rows]

    def read_file(self, sha256: str, offset: int, length: int) -> bytes:
        return self.blobs.read_range(sha256, offset, length)

    def file_uploaded(self, file_id: int, now: datetime) -> None:
        with self.store.transaction() as session:
            file_repo.mark_uploaded(session, file_id, now)

    def file_refused(self, file_id: int, message: str, retry_at: datetime) -> None:
        with self.store.transaction() as session:
            file_repo.mark_refused(session, file_id, message, retry_at)


def _claim(session: Session, claim: Claim, now: datetime) -> list[OutboxItem]:
    claimed = sync_repo.claim_batch(session, claim.limit, now, skip=claim.skip,
                                    due_only=claim.due_only)
    return [OutboxItem(e.event_id, e.kind, e.dossier_id, e.created_at, e.payload_json,
                       e.attempts) for e in claimed]
