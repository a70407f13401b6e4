"""The sync panel's use cases: read what has not reached the centre, retry it, dismiss
conflicts. Each call opens its own session, so a background job can run it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..store import file_repo, sync_repo
from ..store.database import Store
from ..store.sync_repo import Problem

__all__ = ["Problem", "QueueView", "dismiss_conflicts", "queue_view", "retry_events"]


@dataclass(frozen=True)
class QueueView:
    problems: list[Problem]  # unsent and refused events first, then conflicts from the centre
    # still to push: pending + sending + failed (retried), the status bar's "chờ gửi"
    waiting: int
    failed: int
    conflicts: int  # refused as conflicting on push, plus unresolved ones from a pull
    acked: int
    files_waiting: int = 0  # files on dossiers the centre does not have yet
    files_bytes: int = 0


def queue_view(store: Store) -> QueueView:
    with store.read() as session:
        problems = sync_repo.problems(session)
        summary = sync_repo.outbox_summary(session)
        files, size = file_repo.upload_queue(session)
    return QueueView(problems=problems,
                     waiting=summary["to_push"],
                     failed=summary["failed"],
                     conflicts=summary[sync_repo.CONFLICT] + summary["pull_conflicts"],
                     acked=summary["acked"], files_waiting=files, files_bytes=size)


def retry_events(store: Store, event_ids: Sequence[str]) -> int:
    """"Thử lại": these events go back to the queue now; returns how many did."""
    if not event_ids:
        return 0
    with store.transaction() as session:
        return sync_repo.retry(session, list(event_ids))


def dismiss_conflicts(store: Store, conflict_ids: Sequence[int], now: datetime) -> int:
    """"Bỏ qua": the officer has seen these conflicts from the centre."""
    with store.transaction() as session:
        for conflict_id in conflict_ids:
            sync_repo.dismiss_conflict(session, conflict_id, now)
    return len(conflict_ids)
