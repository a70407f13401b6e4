"""The audit trail: who did what, when. Rows are only ever added, hash-chained.

`record` is the one way a command adds a row. Rows are put on the chain when their
transaction commits (a Session "before_commit" hook): by then the dossier rows the
command changed hold what it wrote, so each row's dossier digest is the dossier as the
command left it, whatever order the command wrote things in. The write transaction
(BEGIN IMMEDIATE) holds the store's write lock, so the head read there is the head:
concurrent writers get consecutive seq numbers. The rules of the hash are in
domain/audit_chain.py; `verify` walks the chain and the dossiers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ..domain import audit_chain as chain
from ..domain.audit_chain import AuditHead, AuditProblem, AuditVerdict
from .models import AuditRow
from .types import JsonText, UtcDateTime

_PENDING = "onestop_audit_pending"
# The head the centre last acknowledged (settings): a chain ending before it was cut.
HEAD_SENT_KEY = "audit_head_sent"
MAX_PROBLEMS = 20

_utc_text = UtcDateTime().process_bind_param
_json_text = JsonText().process_bind_param
_CREATED_AT = chain.DIGEST_COLUMNS.index("created_at")
_DIGEST_SELECT = f"SELECT {', '.join(chain.DIGEST_COLUMNS)} FROM dossiers"
_INSERT = ("INSERT INTO audit (seq, at, actor, action, dossier_id, detail, prev_hash, "
           "dossier_digest, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


@dataclass(frozen=True)
class Entry:
    """An audit row waiting for its place in the chain, its values in stored form."""

    at: str
    actor: str
    action: str
    dossier_id: str | None
    detail: str  # JSON text


def entry(actor: str, action: str, dossier_id: str | None = None,
          detail: dict | None = None, now: datetime | None = None) -> Entry:
    return Entry(_utc_text(now or datetime.now(UTC), None), actor, action, dossier_id,
                 _json_text(detail or {}, None))


def record(session: Session, actor: str, action: str, dossier_id: str | None = None,
           detail: dict | None = None, now: datetime | None = None) -> None:
    """Add an audit row to the session's transaction (chained when it commits)."""
    session.info.setdefault(_PENDING, []).append(entry(actor, action, dossier_id, detail, now))


def write_pending(session: Session) -> None:
    """Chain and insert the rows `record` queued. Runs as the transaction commits; a
    session that joins a transaction it does not commit calls it itself."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    session.flush()  # the ORM's changes to the dossiers are in the rows digested below
    append(session.connection().connection.driver_connection, pending)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    write_pending(session)


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, _transaction) -> None:
    session.info.pop(_PENDING, None)


def append(dbapi: Any, entries: Sequence[Entry]) -> AuditHead | None:
    """Chain `entries` after the current head on a DB-API connection inside a write
    transaction; returns the new head."""
    row = dbapi.execute("SELECT seq, hash FROM audit WHERE seq IS NOT NULL "
                        "ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0], row[1]) if row else (0, chain.GENESIS)
    digests: dict[str, str | None] = {}
    values = []
    for e in entries:
        digest = None
        if e.dossier_id is not None:
            if e.dossier_id not in digests:
                digests[e.dossier_id] = current_digest(dbapi, e.dossier_id)
            digest = digests[e.dossier_id]
        seq += 1
        own = chain.row_hash(seq, e.at, e.actor, e.action, e.dossier_id, json.loads(e.detail),
                             prev, digest)
        values.append((seq, e.at, e.actor, e.action, e.dossier_id, e.detail, prev, digest, own))
        prev = own
    dbapi.executemany(_INSERT, values)
    return AuditHead(seq, prev, values[-1][1]) if values else None


def current_digest(dbapi: Any, dossier_id: str) -> str | None:
    """The digest of the dossier's row as it is now; None when there is no such row."""
    row = dbapi.execute(f"{_DIGEST_SELECT} WHERE id = ?", (dossier_id,)).fetchone()
    return None if row is None else chain.dossier_digest(row)


def _dbapi(session: Session) -> Any:
    return session.connection().connection.driver_connection


def head(session: Session) -> AuditHead | None:
    row = _dbapi(session).execute("SELECT seq, hash, at FROM audit WHERE seq IS NOT NULL "
                                  "ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else AuditHead(row[0], row[1], row[2])


def trail(session: Session, dossier_id: str | None = None) -> list[AuditRow]:
    stmt = select(AuditRow).order_by(AuditRow.seq, AuditRow.id)
    if dossier_id is not None:
        stmt = stmt.where(AuditRow.dossier_id == dossier_id)
    return list(session.scalars(stmt))


# ---- verification ----------------------------------------------------------------------

def verify(session: Session, head_sent: AuditHead | None = None) -> AuditVerdict:
    """Walk the chain, then every dossier against its latest audit row's digest.

    `head_sent` is the head the centre last acknowledged: a chain without it was cut
    (deleting the last rows leaves no other trace in the file)."""
    dbapi = _dbapi(session)
    problems: list[AuditProblem] = []
    rows, last = _walk_chain(dbapi, problems)
    if head_sent is not None and not problems:
        sent = dbapi.execute("SELECT hash FROM audit WHERE seq = ?",
                             (head_sent.seq,)).fetchone()
        if sent is None or sent[0] != head_sent.hash:
            problems.append(AuditProblem(chain.TRUNCATED, head_sent.seq, head_sent.at, ""))
    # The chain's own break first: the dossiers' digests rest on it.
    found: list[AuditProblem] = []
    dossiers = _check_dossiers(dbapi, found)
    problems += sorted(found, key=lambda p: (p.seq is None, p.seq or 0))
    return AuditVerdict(rows, dossiers, last, tuple(problems[:MAX_PROBLEMS]))


def _walk_chain(dbapi: Any, problems: list[AuditProblem]) -> tuple[int, AuditHead | None]:
    """Report the first break of the chain (what follows a break cannot be judged)."""
    unchained = dbapi.execute("SELECT at, action FROM audit WHERE seq IS NULL OR hash IS NULL "
                              "ORDER BY id LIMIT 1").fetchone()
    if unchained is not None:
        problems.append(AuditProblem(chain.UNCHAINED, None, unchained[0], unchained[1]))
    expected, prev, rows, last = 1, chain.GENESIS, 0, None
    cursor = dbapi.execute("SELECT seq, at, actor, action, dossier_id, detail, prev_hash, "
                           "dossier_digest, hash FROM audit WHERE seq IS NOT NULL "
                           "AND hash IS NOT NULL ORDER BY seq, id")
    for seq, at, actor, action, dossier_id, detail, prev_hash, digest, own in cursor:
        rows += 1
        kind = None
        if seq > expected:
            kind = chain.MISSING
        elif seq < expected or prev_hash != prev:
            kind = chain.OUT_OF_ORDER
        else:
            try:
                value = json.loads(detail) if detail is not None else None
            except ValueError:
                kind = chain.EDITED
            else:
                if chain.row_hash(seq, at, actor, action, dossier_id, value, prev_hash,
                                  digest) != own:
                    kind = chain.EDITED
        if kind is not None:
            problems.append(AuditProblem(kind, seq, at, action))
            cursor.close()
            return rows, None
        expected, prev, last = seq + 1, own, AuditHead(seq, own, at)
    return rows, last


def _check_dossiers(dbapi: Any, problems: list[AuditProblem]) -> int:
    """Each dossier row against the digest of the latest audit row about it: both lists
    ordered by dossier id and merged, so memory does not grow with the store."""
    cleared = dbapi.execute("SELECT max(seq) FROM audit WHERE action = ?",
                            (chain.DOSSIERS_CLEARED,)).fetchone()[0] or 0
    # SQLite gives the bare columns of the row holding max(seq).
    vouched = dbapi.execute(
        "SELECT dossier_id, max(seq), dossier_digest, at, action FROM audit "
        "WHERE dossier_digest IS NOT NULL AND dossier_id IS NOT NULL "
        "GROUP BY dossier_id ORDER BY dossier_id")
    dossiers = dbapi.cursor().execute(f"{_DIGEST_SELECT} ORDER BY id")
    checked = 0

    def note(problem: AuditProblem) -> None:
        if len(problems) < MAX_PROBLEMS * 5:
            problems.append(problem)

    audit_row = next(vouched, None)
    for values in dossiers:
        checked += 1
        dossier_id, code = values[0], values[1]
        while audit_row is not None and audit_row[0] < dossier_id:
            if audit_row[1] > cleared:
                note(AuditProblem(chain.DOSSIER_REMOVED, audit_row[1], audit_row[3],
                                  audit_row[4]))
            audit_row = next(vouched, None)
        if audit_row is None or audit_row[0] != dossier_id:
            note(AuditProblem(chain.DOSSIER_UNRECORDED, None, values[_CREATED_AT], "", code))
            continue
        if chain.dossier_digest(values) != audit_row[2]:
            note(AuditProblem(chain.DOSSIER_EDITED, audit_row[1], audit_row[3], audit_row[4],
                              code))
        audit_row = next(vouched, None)
    for gone in _rest(audit_row, vouched):
        if gone[1] > cleared:
            note(AuditProblem(chain.DOSSIER_REMOVED, gone[1], gone[3], gone[4]))
    return checked


def _rest(first, cursor) -> Iterator:
    if first is not None:
        yield first
    yield from cursor
