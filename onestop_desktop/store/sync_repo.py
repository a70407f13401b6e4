"""The desk's side of sync in the store: outbox claims and acks, the pull cursor,
changes from the centre, conflicts, and each dossier's sync state.

Outbox states: pending -> sending (claimed) -> acked | failed (retried later) |
conflict (the centre refused it: a person must look). An event is acked only
after the server acknowledged it. Takes plain values, never protocol objects,
so the store does not depend on the sync package. Claims, answers and pulled
pages are written set-wise: one statement per kind of change, not per row.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Text,
    bindparam,
    func,
    insert,
    literal_column,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from ..domain.calendar import CalendarDay, DayKind
from ..domain.calendar_data import CENTRAL_SOURCE
from ..domain.procedure import parse_catalogue
from ..domain.sync_rules import (
    CentralStatusAction,
    CentralStatusDecision,
    decide_central_status,
)
from . import audit, calendar_repo, catalogue_repo, feedback_repo, online_repo, settings_repo
from .models import (
    DossierRow,
    NoticeDeliveryRow,
    OutboxEvent,
    StatusChangeRow,
    SyncConflictRow,
)
from .outbox import ACKED, FAILED, PENDING, SENDING

CONFLICT = "conflict"
CURSOR_KEY = "sync.cursor"
SERVER_URL_KEY = "sync.server_url"
CA_BUNDLE_KEY = "sync.ca_bundle"  # the province's CA (PEM path); "" for the system's
LAST_SYNC_KEY = "sync.last_success"
LATEST_DESK_VERSION_KEY = "sync.latest_desk_version"  # announced by the centre
# Outcomes the centre gives each pushed event (see sync/protocol.py).
ACK_OUTCOMES = frozenset({"accepted", "duplicate"})
# Events go out in the order they were written (SQLite's rowid), not by their
# timestamps: a desk clock set back must not send a status change before its dossier.
_INSERTION_ORDER = literal_column("outbox.rowid")


@dataclass(frozen=True, slots=True)
class ClaimedEvent:
    event_id: str
    kind: str
    dossier_id: str | None
    created_at: datetime
    payload_json: str  # as stored: the JSON text the outbox was given
    attempts: int  # including this one


@dataclass(frozen=True, slots=True)
class EventOutcome:
    event_id: str
    outcome: str  # accepted | duplicate | conflict | rejected
    error: str = ""
    message: str = ""
    retry_at: datetime | None = None  # a rejected event: when to try it again


_OUTBOX = OutboxEvent.__table__
_BY_ID_STILL_SENDING = (_OUTBOX.c.event_id == bindparam("b_id")) & (_OUTBOX.c.state == SENDING)
_TO_CONFLICT = (update(_OUTBOX).where(_BY_ID_STILL_SENDING)
                .values(state=CONFLICT, error_code=bindparam("b_error"),
                        last_error=bindparam("b_message")))
_TO_FAILED = (update(_OUTBOX).where(_BY_ID_STILL_SENDING)
              .values(state=FAILED, error_code=bindparam("b_error"),
                      last_error=bindparam("b_message"), next_attempt_at=bindparam("b_retry_at")))


def requeue_stuck(session: Session) -> int:
    """Events left "sending" by a crash go back to the queue (call under the sync lock)."""
    result = session.execute(update(_OUTBOX).where(_OUTBOX.c.state == SENDING)
                             .values(state=PENDING))
    return result.rowcount or 0


def claim_batch(session: Session, limit: int, now: datetime, *,
                skip: Collection[str] = (), due_only: bool = True) -> list[ClaimedEvent]:
    """The oldest pushable events, marked "sending". `skip`: ids already refused in
    this run (so a run never loops on a bad event; wall-clock free, as desk clocks jump).
    Each state is read along its index in insertion order up to `limit` (never the
    whole backlog), then one update; payloads come back as their stored JSON text."""
    c = _OUTBOX.c
    rows = []
    for state in (PENDING, FAILED):
        stmt = (select(_INSERTION_ORDER, c.event_id, c.kind, c.dossier_id, c.created_at,
                       type_coerce(c.payload, Text), c.attempts)
                .where(c.state == state).order_by(_INSERTION_ORDER).limit(limit))
        if skip:
            stmt = stmt.where(c.event_id.not_in(list(skip)))
        if due_only:
            stmt = stmt.where(or_(c.next_attempt_at.is_(None), c.next_attempt_at <= now))
        rows += session.execute(stmt).all()
    rows = sorted(rows, key=lambda row: row[0])[:limit]
    if not rows:
        return []
    session.execute(update(_OUTBOX).where(_INSERTION_ORDER.in_([r[0] for r in rows]))
                    .values(state=SENDING, attempts=c.attempts + 1, last_attempt_at=now))
    return [ClaimedEvent(event_id, kind, dossier_id, created_at, payload, attempts + 1)
            for _, event_id, kind, dossier_id, created_at, payload, attempts in rows]


def record_outcomes(session: Session, outcomes: Iterable[EventOutcome],
                    now: datetime) -> dict[str, int]:
    """Apply the server's per-event answers to events still "sending": one statement
    per kind of answer. A rejected event waits until its `retry_at`; a conflict waits
    for a person."""
    acked, conflicts, failed = [], [], []
    for item in outcomes:
        if item.outcome in ACK_OUTCOMES:
            acked.append(item.event_id)
        elif item.outcome == CONFLICT:
            conflicts.append({"b_id": item.event_id, "b_error": item.error,
                              "b_message": item.message})
        else:
            failed.append({"b_id": item.event_id, "b_error": item.error,
                           "b_message": item.message, "b_retry_at": item.retry_at or now})
    counts = {"acked": 0, "conflict": 0, "failed": 0}
    if acked:
        counts["acked"] = session.execute(
            update(_OUTBOX).where(_OUTBOX.c.event_id.in_(acked), _OUTBOX.c.state == SENDING)
            .values(state=ACKED, acked_at=now, last_error="", error_code="",
                    next_attempt_at=None)).rowcount or 0
    if conflicts:
        counts["conflict"] = session.execute(_TO_CONFLICT, conflicts).rowcount or 0
    if failed:
        counts["failed"] = session.execute(_TO_FAILED, failed).rowcount or 0
    return counts


def release(session: Session, event_ids: Sequence[str], message: str, error_code: str,
            now: datetime, *, retry_at: datetime | None = None) -> None:
    """Claimed events that got no answer (network, timeout, 5xx, a refused token, an
    unexpected error): back to pending, with why. Only events still "sending" move, so
    releasing a whole claim after part of it was answered is safe. The server may have
    applied them: the retry is safe because pushes are idempotent."""
    session.execute(update(_OUTBOX)
                    .where(_OUTBOX.c.event_id.in_(list(event_ids)),
                           _OUTBOX.c.state == SENDING)
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


def get_ca_bundle(session: Session) -> str:
    return str(settings_repo.get_setting(session, CA_BUNDLE_KEY, "") or "")


def set_ca_bundle(session: Session, path: str) -> None:
    settings_repo.set_setting(session, CA_BUNDLE_KEY, path)


@dataclass
class AppliedChanges:
    statuses: int = 0
    calendar_days: int = 0
    catalogue: int = 0
    conflicts: int = 0
    skipped: int = 0
    announcements: int = 0  # e.g. a newer desk release
    feedback: int = 0  # feedback of this desk moved (handled, answered, closed)
    notices: int = 0  # deliveries of notices to citizens of this desk's dossiers
    online: int = 0  # dossiers submitted online, new in the queue

    @property
    def total(self) -> int:
        return (self.statuses + self.calendar_days + self.catalogue + self.conflicts
                + self.skipped + self.announcements + self.feedback + self.notices
                + self.online)


def apply_changes(session: Session, changes: Sequence[dict[str, Any]], cursor: int,
                  now: datetime) -> AppliedChanges:
    """Apply one page of changes and the new cursor (the caller's one transaction).

    Each change is {"seq", "kind", "data", "at"}. Status changes are decided in
    domain/sync_rules.py against the dossiers read in one query, then written with one
    statement per table. Calendar days stamp a new calendar version (calendar_repo),
    which every cached WorkCalendar is checked against.
    """
    applied = AppliedChanges()
    statuses = _CentralStatuses(session, [c["data"]["id"] for c in changes
                                          if c["kind"] == "dossier.status"], now)
    deliveries = _NoticeDeliveries(session, [c["data"]["id"] for c in changes
                                             if c["kind"] == "notice.delivery"])
    for change in changes:
        kind, data = change["kind"], change["data"]
        if kind == "dossier.status":
            statuses.decide(change, applied)
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
        elif kind == "feedback.status":
            # Another desk's feedback, or a change taken already: nothing to do here.
            moved = feedback_repo.apply_central(session, data, now)
            if moved is None:
                applied.skipped += 1
                continue
            applied.feedback += 1
            audit.record(session, "central", "feedback.status_from_central", None,
                         {"code": moved, "status": data.get("status")}, now)
        elif kind == "dossier.online":
            if online_repo.take_online(session, data, now, change.get("seq")):
                statuses.known(data["dossier"]["id"], data["dossier"]["code"],
                               int(data["dossier"]["status"]))
                applied.online += 1
            else:  # taken already (a replayed page), or not one this desk can hold
                applied.skipped += 1
        elif kind == "desk.version":
            settings_repo.set_setting(session, LATEST_DESK_VERSION_KEY,
                                      str(data.get("latest_desk_version", "")))
            applied.announcements += 1
        elif kind == "notice.delivery":
            deliveries.add(data, applied)
        else:  # a newer server's change kind: skip it rather than stall the cursor
            applied.skipped += 1
    statuses.write(session)
    deliveries.write(session)
    set_cursor(session, cursor)
    return applied


_DOSSIERS = DossierRow.__table__
_MOVE_DOSSIER = (update(_DOSSIERS).where(_DOSSIERS.c.id == bindparam("b_id"))
                 .values(status=bindparam("b_status"), updated_at=bindparam("b_now")))


class _CentralStatuses:
    """A page's status changes: the dossiers they name read at once, each change decided
    by the domain in order (a page may move one dossier twice), the results written
    together by `write`."""

    def __init__(self, session: Session, dossier_ids: Sequence[str], now: datetime):
        self.now = now
        self.current: dict[str, tuple[str, int]] = {}  # id -> (code, status) at this desk
        ids = list(dict.fromkeys(dossier_ids))
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            for row_id, code, status in session.execute(
                    select(_DOSSIERS.c.id, _DOSSIERS.c.code, _DOSSIERS.c.status)
                    .where(_DOSSIERS.c.id.in_(ids[start:start + 500]))):
                self.current[row_id] = (code, status)
        self.moved: dict[str, int] = {}
        self.history: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []

    def known(self, dossier_id: str, code: str, status: int) -> None:
        """A dossier this page inserted (an online one): later changes of the page see it."""
        self.current[dossier_id] = (code, status)

    def decide(self, change: dict[str, Any], applied: AppliedChanges) -> None:
        data = change["data"]
        dossier_id, target = data["id"], int(data["to_status"])
        code, status = self.current.get(dossier_id, ("", None))
        decision = decide_central_status(status, target)
        if data.get("source") == "desk" and status != data.get("from_status"):
            # Another desk's move of an online dossier: only followed from where that desk
            # found it (this desk's own move, or one it made meanwhile, is not undone).
            decision = CentralStatusDecision(CentralStatusAction.SKIP)
        if decision.action is CentralStatusAction.SKIP:
            applied.skipped += 1
        elif decision.action is CentralStatusAction.CONFLICT:
            self.conflicts.append({"at": self.now, "dossier_id": dossier_id, "code": code,
                                   "change_seq": change.get("seq"),
                                   "reason": decision.reason, "detail": dict(data)})
            applied.conflicts += 1
        else:
            at = datetime.fromisoformat(data["at"]) if data.get("at") else self.now
            self.history.append({"dossier_id": dossier_id, "from_status": status,
                                 "to_status": target, "at": at,
                                 "actor": str(data.get("actor", "central"))[:64],
                                 "source": "central", "note": str(data.get("note", ""))})
            self.current[dossier_id] = (code, target)
            self.moved[dossier_id] = target
            applied.statuses += 1

    def write(self, session: Session) -> None:
        if self.history:
            session.execute(insert(StatusChangeRow.__table__), self.history)
        if self.moved:
            session.execute(_MOVE_DOSSIER, [{"b_id": i, "b_status": s, "b_now": self.now}
                                            for i, s in self.moved.items()])
            for dossier_id, status in self.moved.items():
                audit.record(session, "central", "dossier.status_from_central", dossier_id,
                             {"code": self.current[dossier_id][0], "to": status}, self.now)
        if self.conflicts:
            session.execute(insert(SyncConflictRow.__table__), self.conflicts)


class _NoticeDeliveries:
    """A page's notice deliveries: kept for the dossiers this desk holds (another desk's
    of the agency are skipped), written together."""

    def __init__(self, session: Session, dossier_ids: Sequence[str]):
        ids = list(dict.fromkeys(dossier_ids))
        self.held: set[str] = set()
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            self.held.update(session.scalars(select(_DOSSIERS.c.id).where(
                _DOSSIERS.c.id.in_(ids[start:start + 500]))))
        self.rows: list[dict[str, Any]] = []

    def add(self, data: dict[str, Any], applied: AppliedChanges) -> None:
        if data["id"] not in self.held:
            applied.skipped += 1
            return
        self.rows.append({"dossier_id": data["id"], "notice_id": int(data["notice_id"]),
                          "channel": str(data["channel"])[:10], "kind": str(data["kind"])[:20],
                          "address": str(data.get("address", "")),
                          "state": str(data["state"])[:12],
                          "attempt": int(data.get("attempt", 1)),
                          "error": str(data.get("error", "")),
                          "at": datetime.fromisoformat(data["at"])})
        applied.notices += 1

    def write(self, session: Session) -> None:
        if self.rows:
            session.execute(insert(NoticeDeliveryRow.__table__), self.rows)


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
        .where(OutboxEvent.state.in_(tuple(order)))  # along the index: never the acked
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
