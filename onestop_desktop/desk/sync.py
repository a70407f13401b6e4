"""Sync at the boundary: what has not reached the centre and why, retries, conflicts,
the counts of the status bar, the centre's notices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain.versions import UpdateNotice
from ..services import dossier_queries, sync_queue
from ..services.sync_port import StoreSyncPort
from ..services.sync_queue import QueueView
from .changes import Changes, Done

if TYPE_CHECKING:
    from .core import Desk

SYNCED = Changes(sync=True)


class Sync:
    def __init__(self, desk: Desk):
        self._desk = desk

    def port(self) -> StoreSyncPort:
        """The sync engine's narrow way into the desk's outbox, cursor and settings."""
        return StoreSyncPort(self._desk.store)

    def counts(self) -> tuple[int, int]:
        """(events still to push, events refused or in conflict): the status bar's."""
        return dossier_queries.sync_counts(self._desk.store)

    def update_notice(self) -> UpdateNotice | None:
        return dossier_queries.update_notice(self._desk.store)

    def queue(self) -> QueueView:
        return sync_queue.queue_view(self._desk.store)

    def retry(self, event_ids: Sequence[str]) -> Done[int]:
        return Done(sync_queue.retry_events(self._desk.store, event_ids), SYNCED)

    def dismiss(self, conflict_ids: Sequence[int]) -> Done[int]:
        return Done(sync_queue.dismiss_conflicts(self._desk.store, conflict_ids,
                                                 self._desk.clock()), SYNCED)
