"""What the sync engine needs of the desk's data, and nothing more (a port).

The engine, the command line's `sync` and the window's sync bridge speak to the
desk through this interface only: plain values in and out, never a session or a
row. Each call is one transaction of its own. services/sync_port.py implements
it over the store.

Outbox states: pending -> sending (claimed) -> acked | failed (retried later) |
conflict (the centre refused it: a person must look). An event is acked only
after the server acknowledged it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

# Outcomes the centre gives each pushed event (see protocol.py) that count as delivered.
ACK_OUTCOMES = frozenset({"accepted", "duplicate"})


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A claimed event, its payload as the JSON text the desk stored."""

    event_id: str
    kind: str
    dossier_id: str | None
    created_at: datetime
    payload_json: str
    attempts: int  # including this one


@dataclass(frozen=True, slots=True)
class EventOutcome:
    event_id: str
    outcome: str  # accepted | duplicate | conflict | rejected
    error: str = ""
    message: str = ""
    retry_at: datetime | None = None  # a rejected event is tried again from then


@dataclass(frozen=True, slots=True)
class Release:
    """Claimed events that got no answer go back to the queue, with why."""

    event_ids: Sequence[str]
    message: str
    code: str


@dataclass(frozen=True, slots=True)
class Claim:
    """Which events to claim next: the oldest `limit` pushable ones, less `skip` (ids
    refused earlier in the run); `due_only` leaves those waiting out a retry delay."""

    limit: int
    skip: Collection[str] = ()
    due_only: bool = True


@dataclass(frozen=True, slots=True)
class Settled:
    acked: int  # events the answers acknowledged
    claimed: list[OutboxItem] | None = None  # the next batch, when one was asked for


@dataclass(frozen=True)
class QueueCounts:
    pending: int = 0
    sending: int = 0
    acked: int = 0
    failed: int = 0
    conflict: int = 0  # pushed events the centre refused as conflicting
    pull_conflicts: int = 0  # unresolved changes from the centre the desk could not apply
    files_waiting: int = 0  # files on dossiers the centre does not have yet
    files_bytes: int = 0  # ...and their size

    @property
    def to_push(self) -> int:
        return self.pending + self.sending + self.failed

    @property
    def conflicts(self) -> int:
        return self.conflict + self.pull_conflicts

    @property
    def refused(self) -> int:
        """The status bar's second figure: failed events count here too (retried, and
        someone should look at them)."""
        return self.failed + self.conflicts


@dataclass(frozen=True, slots=True)
class UploadItem:
    """A file the centre does not have yet, and its place on its dossier."""

    file_id: int
    dossier_code: str
    sha256: str
    size: int
    role: str
    paper: int
    name: str
    pages: int
    media_type: str
    source: str
    attempts: int  # refusals so far


@dataclass(frozen=True)
class PageApplied:
    statuses: int = 0
    calendar_days: int = 0
    catalogue: int = 0
    conflicts: int = 0
    skipped: int = 0
    announcements: int = 0
    feedback: int = 0
    notices: int = 0
    online: int = 0


class SyncPort(Protocol):
    def requeue_stuck(self) -> int:
        """Events a crash left "sending" go back to the queue (under the sync lock)."""

    def claim(self, claim: Claim, now: datetime) -> list[OutboxItem]:
        """The oldest pushable events in the order written, marked "sending"."""

    def settle(self, outcomes: Sequence[EventOutcome], now: datetime,
               release: Release | None = None, then_claim: Claim | None = None) -> Settled:
        """The server's answers (and the claimed events it did not answer), and the next
        batch's claim when asked: one transaction (one durable commit for both). Only
        events still "sending" change."""

    def release(self, release: Release, now: datetime) -> None:
        """Claimed events back to pending with why (network, timeout, refusal…)."""

    def cursor(self) -> int:
        """Where the next pull starts."""

    def apply_page(self, changes: Sequence[Mapping[str, Any]], cursor: int,
                   now: datetime) -> PageApplied:
        """One page of the centre's changes ({seq, kind, at, dossier_id, data}) and the
        cursor after it, in one transaction."""

    def counts(self) -> QueueCounts:
        """The outbox by state, and the unresolved pull conflicts."""

    def set_last_success(self, at: datetime, audit_head: dict | None = None) -> None:
        """When a run last pushed and pulled all it could; with the audit chain's head
        the centre took in that run (a chain later found without it was cut)."""

    def server_url(self) -> str:
        """The central server's address ("" when not configured)."""

    def ca_bundle(self) -> str:
        """The province's CA bundle the server's certificate is verified against ("":
        the system's authorities)."""

    def audit_head(self) -> dict | None:
        """The audit chain's last row {"seq", "hash", "at"}; None while it is empty."""

    def files_to_fetch(self, limit: int) -> list[str]:
        """The SHA-256 of files that came with online dossiers (the newest `limit` looked
        at) whose bytes the desk lacks."""

    def keep_file(self, sha256: str, path: Path) -> None:
        """A fetched file, its hash checked, into the desk's file store."""


    def files_to_upload(self, limit: int, now: datetime, skip: Collection[int] = (),
                        due_only: bool = True) -> list[UploadItem]:
        """The oldest files to send, of dossiers the centre knows (their dossier.created
        acknowledged); `due_only` leaves those waiting out a back-off."""

    def read_file(self, sha256: str, offset: int, length: int) -> bytes:
        """Bytes of a stored file (store/blobs.py); BlobMissing when it is not there."""

    def file_uploaded(self, file_id: int, now: datetime) -> None:
        """The centre holds the file and its place on the dossier."""

    def file_refused(self, file_id: int, message: str, retry_at: datetime) -> None:
        """The file is tried again from `retry_at`; the reason kept."""
