"""The desk's side of sync in the store: outbox claims and acks, the pull cursor,
changes from the centre, conflicts, and each dossier's sync state.

Outbox states: pending -> sending (claimed) -> acked | failed (retried later) |
conflict (the centre refused it: a person must look). An event is acked only
after the server acknowledged it. Takes plain values, never protocol objects,
so the store does not depend on the sync package.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, literal_column, or_, select, update
from sqlalchemy.orm import Session

from ..domain.calendar import CalendarDay, DayKind
from ..domain.calendar_data import CENTRAL_SOURCE
from ..domain.procedure import parse_catalogue
from ..domain.status import Status, can_transition
from . import audit, calendar_repo, catalogue_repo, settings_repo
from .models import DossierRow, OutboxEvent, StatusChangeRow, SyncConflictRow
from .outbox import ACKED, FAILED, PENDING, SENDING

CONFLICT = "conflict"
CURSOR_KEY = "sync.cursor"
SERVER_URL_KEY = "sync.server_url"
LAST_SYNC_KEY = "sync.last_success"
LATEST_DESK_VERSION_KEY = "sync.latest_desk_version"  # announced by the centre
# Outcomes the centre gives each pushed event (see sync/protocol.py).
ACK_OUTCOMES = frozenset({"accepted", "duplicate"})
# Events go out in the order they were written (SQLite's rowid), not by their
# timestamps: a desk clock set back must not send a status change before its dossier.
_INSERTION_ORDER = literal_column("outbox.rowid")


@dataclass(frozen=True)
class ClaimedEvent:
    event_id: str
    kind: str
    dossier_id: str | None
    created_at: datetime
    payload: dict


@dataclass(frozen=True)
class EventOutcome:
    event_id: str
    outcome: str  # accepted | duplicate | conflict | rejected
    error: str = ""
    message: str = ""


def requeue_stuck(session: Session) -> int:
    """Events left "sending" by a crash go back to the queue (call under the sync lock)."""
    result = session.execute(update(OutboxEvent).where(OutboxEvent.state == SENDING)
                             .values(state=PENDING))
    return result.rowcount or 0


def claim_batch(session: Session, limit: int, now: datetime, *,
                skip: Collection[str] = (), due_only: bool = True) -> list[ClaimedEvent]:
    """The oldest pushable events, marked "sending". `skip`: ids already refused in
    this run (so a run never loops on a bad event; wall-clock free, as desk clocks jump)."""
    stmt = (select(OutboxEvent).where(OutboxEvent.state.in_((PENDING, FAILED)))
            .order_by(_INSERTION_ORDER).limit(limit))
    if skip:
        stmt = stmt.where(OutboxEvent.event_id.not_in(list(skip)))
    if due_only:
        stmt = stmt.where(or_(OutboxEvent.next_attempt_at.is_(None),
                              OutboxEvent.next_attempt_at <= now))
    rows = list(session.scalars(stmt))
    for row in rows:
        row.state, row.attempts, row.last_attempt_at = SENDING, row.attempts + 1, now
    return [ClaimedEvent(r.event_id, r.kind, r.dossier_id, r.created_at, r.payload) for r in rows]


def record_outcomes(session: Session, outcomes: Iterable[EventOutcome], now: datetime,
                    retry_delay: Callable[[int], float]) -> dict[str, int]:
    """Apply the server's per-event answers. A rejected event waits retry_delay(attempts)
    seconds before it is tried again; a conflict waits for a person."""
    counts = {"acked": 0, "conflict": 0, "failed": 0}
    outcomes = list(outcomes)
    rows = {row.event_id: row for row in session.scalars(
        select(OutboxEvent).where(OutboxEvent.event_id.in_([o.event_id for o in outcomes])))}
    for item in outcomes:
        row = rows.get(item.event_id)
        if row is None or row.state != SENDING:
            continue
        if item.outcome in ACK_OUTCOMES:
            row.state, row.acked_at, row.last_error, row.error_code = ACKED, now, "", ""
            row.next_attempt_at = None
            counts["acked"] += 1
        elif item.outcome == CONFLICT:
            row.state, row.error_code, row.last_error = CONFLICT, item.error, item.message
            counts["conflict"] += 1
        else:
            row.state, row.error_code, row.last_error = FAILED, item.error, item.message
            row.next_attempt_at = now + timedelta(seconds=retry_delay(row.attempts))
            counts["failed"] += 1
    return counts


def release(session: Session, event_ids: Sequence[str], message: str, error_code: str,
            now: datetime, *, retry_at: datetime | None = None) -> None:
    """Claimed events that got no answer (network, timeout, 5xx, a refused token, an
    unexpected error): back to pending, with why. Only events still "sending" move, so
    releasing a whole claim after part of it was answered is safe. The server may have
    applied them: the retry is safe because pushes are idempotent."""
    session.execute(update(OutboxEvent)
                    .where(OutboxEvent.event_id.in_(list(event_ids)),
                           OutboxEvent.state == SENDING)
                    .values(state=PENDING, last_error=message, error_code=error_code,
                            next_attempt_at=retry_at))


def retry(session: Session, event_ids: Sequence[str] | None = None) -> int:
    """A person's "Thử lại": failed and conflicting events go back to the queue now."""
    stmt = (update(OutboxEvent).where(OutboxEvent.state.in_((FAILED, CONFLICT, PENDING)))
            .values(state=PENDING, next_attempt_at=None, last_attempt_at=None))
    if event_ids is not None:
        stmt = stmt.where(OutboxEvent.event_id.in_(list(event_ids)))
    return session.execute(stmt).rowcount or 0


def get_cursor(session: Session) -> int:
    return int(settings_repo.get_setting(session, CURSOR_KEY, 0) or 0)


def set_cursor(session: Session, cursor: int) -> None:
    settings_repo.set_setting(session, CURSOR_KEY, int(cursor))


def latest_desk_version(session: Session) -> str:
    return str(settings_repo.get_setting(session, LATEST_DESK_VERSION_KEY, "") or "")


def get_server_url(session: Session) -> str:
    return str(settings_repo.get_setting(session, SERVER_URL_KEY, "") or "")


def set_server_url(session: Session, url: str) -> None:
    settings_repo.set_setting(session, SERVER_URL_KEY, url)


@dataclass
class AppliedChanges:
    statuses: int = 0
    calendar_days: int = 0
    catalogue: int = 0
    conflicts: int = 0
    skipped: int = 0
    announcements: int = 0  # e.g. a newer desk release

    @property
    def total(self) -> int:
        return (self.statuses + self.calendar_days + self.catalogue + self.conflicts
                + self.skipped + self.announcements)


def apply_changes(session: Session, changes: Sequence[dict[str, Any]], cursor: int,
                  now: datetime) -> AppliedChanges:
    """Apply one page of changes and the new cursor (the caller's one transaction).

    Each change is {"seq", "kind", "data", "at"}. Calendar days stamp a new calendar
    version (calendar_repo), which every cached WorkCalendar is checked against.
    """
    applied = AppliedChanges()
    for change in changes:
        kind, data = change["kind"], change["data"]
        if kind == "dossier.status":
            _apply_status(session, change, now, applied)
        elif kind == "calendar.days":
            days = [CalendarDay(date.fromisoformat(d["day"]), DayKind(d["kind"]),
                                d.get("name", ""), CENTRAL_SOURCE) for d in data["days"]]
            applied.calendar_days += calendar_repo.upsert_days(session, days)
        elif kind == "catalogue.replace":
            try:
                catalogue = parse_catalogue(data)
            except (ValueError, TypeError, KeyError) as exc:  # shown; the cursor moves on
                session.add(SyncConflictRow(at=now, change_seq=change.get("seq"),
                                            reason=f"Danh mục từ máy chủ không hợp lệ: {exc}",
                                            detail={"version": data.get("version")}))
                applied.conflicts += 1
                continue
            applied.catalogue += catalogue_repo.replace_catalogue(session, catalogue)
            settings_repo.set_setting(session, catalogue_repo.CATALOGUE_VERSION_KEY,
                                      catalogue.version)
            audit.record(session, "central", "catalogue.replaced", None,
                         {"version": catalogue.version, "count": len(catalogue.procedures)}, now)
        elif kind == "desk.version":
            settings_repo.set_setting(session, LATEST_DESK_VERSION_KEY,
                                      str(data.get("latest_desk_version", "")))
            applied.announcements += 1
        else:  # a newer server's change kind: skip it rather than stall the cursor
            applied.skipped += 1
    set_cursor(session, cursor)
    return applied


def _apply_status(session: Session, change: dict[str, Any], now: datetime,
                  applied: AppliedChanges) -> None:
    data = change["data"]
    row = session.get(DossierRow, data["id"])
    if row is None:  # another desk's dossier of the same agency
        applied.skipped += 1
        return
    target = int(data["to_status"])
    if row.status == target:
        applied.skipped += 1
        return
    at = datetime.fromisoformat(data["at"]) if data.get("at") else now
    if not can_transition(Status(row.status), Status(target)):
        session.add(SyncConflictRow(
            at=now, dossier_id=row.id, code=row.code, change_seq=change.get("seq"),
            reason=(f"Máy chủ chuyển hồ sơ sang “{Status(target).label}” nhưng tại quầy hồ sơ "
                    f"đang “{Status(row.status).label}”."),
            detail=dict(data)))
        applied.conflicts += 1
        return
    session.add(StatusChangeRow(dossier_id=row.id, from_status=row.status, to_status=target,
                                at=at, actor=str(data.get("actor", "central"))[:64],
                                source="central", note=str(data.get("note", ""))))
    row.status, row.updated_at = target, now
    applied.statuses += 1


def dismiss_conflict(session: Session, conflict_id: int, now: datetime) -> None:
    row = session.get(SyncConflictRow, conflict_id)
    if row is not None and row.resolved_at is None:
        row.resolved_at = now


def dossier_sync_states(session: Session, dossier_ids: Sequence[str]) -> dict[str, str]:
    """"conflict" > "failed" > "pending" > "synced", per dossier (no events: "synced")."""
    rank = {"synced": 0, "pending": 1, "failed": 2, CONFLICT: 3}
    as_state = {PENDING: "pending", SENDING: "pending", FAILED: "failed", CONFLICT: CONFLICT,
                ACKED: "synced"}
    states = dict.fromkeys(dossier_ids, "synced")
    ids = list(dossier_ids)
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        rows = session.execute(select(OutboxEvent.dossier_id, OutboxEvent.state)
                               .where(OutboxEvent.dossier_id.in_(chunk),
                                      OutboxEvent.state != ACKED).distinct())
        for dossier_id, state in rows:
            candidate = as_state.get(state, "pending")
            if rank[candidate] > rank[states[dossier_id]]:
                states[dossier_id] = candidate
        for (dossier_id,) in session.execute(
                select(SyncConflictRow.dossier_id).where(SyncConflictRow.dossier_id.in_(chunk),
                                                         SyncConflictRow.resolved_at.is_(None))):
            states[dossier_id] = CONFLICT
    return states


def dossier_sync_state(session: Session, dossier_id: str) -> str:
    return dossier_sync_states(session, [dossier_id])[dossier_id]


def outbox_summary(session: Session) -> dict[str, int]:
    counts = dict.fromkeys((PENDING, SENDING, ACKED, FAILED, CONFLICT), 0)
    for state, count in session.execute(select(OutboxEvent.state, func.count())
                                        .group_by(OutboxEvent.state)):
        counts[state] = count
    counts["pull_conflicts"] = session.scalar(
        select(func.count()).select_from(SyncConflictRow)
        .where(SyncConflictRow.resolved_at.is_(None))) or 0
    counts["to_push"] = counts[PENDING] + counts[SENDING] + counts[FAILED]
    return counts


def status_counts(session: Session) -> tuple[int, int]:
    """The status bar's two figures: (still to push, refused or in conflict).

    Failed events count in both: they are retried, and someone should look at them.
    """
    summary = outbox_summary(session)
    return (summary["to_push"],
            summary[FAILED] + summary[CONFLICT] + summary["pull_conflicts"])


@dataclass(frozen=True)
class Problem:
    """One line of the sync panel: an event still to send, or a conflict."""

    source: str  # "event" | "pull"
    key: str  # event id, or the conflict's id as text
    state: str  # pending | sending | failed | conflict
    kind: str
    code: str
    attempts: int
    reason: str
    at: datetime


def problems(session: Session, limit: int = 500) -> list[Problem]:
    """Unsent and refused events (conflicts and failures first), then pull conflicts."""
    order = {CONFLICT: 0, FAILED: 1, SENDING: 2, PENDING: 3}
    rows = session.execute(
        select(OutboxEvent, DossierRow.code)
        .outerjoin(DossierRow, DossierRow.id == OutboxEvent.dossier_id)
        .where(OutboxEvent.state != ACKED)
        .order_by(_INSERTION_ORDER).limit(limit))
    items = [Problem("event", e.event_id, e.state, e.kind, code or e.payload.get("code", ""),
                     e.attempts, e.last_error, e.created_at) for e, code in rows]
    items.sort(key=lambda p: order.get(p.state, 9))
    for c in session.scalars(select(SyncConflictRow).where(SyncConflictRow.resolved_at.is_(None))
                             .order_by(SyncConflictRow.id).limit(limit)):
        items.append(Problem("pull", str(c.id), CONFLICT, "dossier.status", c.code, 0, c.reason,
                             c.at))
    return items


def utc_now() -> datetime:
    return datetime.now(UTC)
