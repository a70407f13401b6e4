"""Status changes made at the desk: checked against the rules, written with their event.

Each change writes, in one transaction: the dossier's new status, a
status_changes row, an outbox event and an audit row.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from ..domain import events
from ..domain.appointments import PAPERS_ARRIVED
from ..domain.calendar import LOCAL_TZ
from ..domain.dossier import Dossier, DossierNotFound
from ..domain.status import Status, check_transition
from ..domain.text import clean_text
from ..store import audit, dossier_repo, outbox
from ..store.database import Store
from ..store.models import DossierRow, StatusChangeRow
from .appointments import recount_after_supplement


def find_row(session: Session, code: str) -> DossierRow:
    row = dossier_repo.get_row_by_code(session, code)
    if row is None:
        raise DossierNotFound(code)
    return row


def apply_status_change(session: Session, row: DossierRow, target: Status, *, actor: str,
                        now: datetime, kind: str = events.DOSSIER_STATUS_CHANGED, note: str = "",
                        extra: dict | None = None) -> dict:
    """Move `row` to `target` inside the caller's transaction; returns the event payload.

    Raises TransitionRefused (nothing written) when the rules forbid the move.
    """
    current = Status(row.status)
    check_transition(current, target)
    row.status = int(target)
    row.updated_at = now
    session.add(StatusChangeRow(dossier_id=row.id, from_status=int(current),
                                to_status=int(target), at=now, actor=actor, source="desk",
                                note=note))
    payload = {"id": row.id, "code": row.code, "from_status": int(current),
               "to_status": int(target), "at": now.astimezone(LOCAL_TZ).isoformat(),
               "actor": actor, **({"note": note} if note else {}), **(extra or {})}
    outbox.enqueue(session, kind, payload, row.id, now)
    audit.record(session, actor, kind, row.id,
                 {"code": row.code, "from": int(current), "to": int(target)}, now)
    return payload


def change_status(store: Store, code: str, target: Status | int, *, actor: str,
                  note: str = "", now: datetime | None = None) -> Dossier:
    """A desk-made status change (e.g. supplemented papers taken: 5 -> 2). Papers that
    were asked for arriving (5 -> 2 or 4) count the appointment again from `now`."""
    now = now or datetime.now(UTC)
    target = Status(target)
    with store.transaction() as session:
        row = find_row(session, code)
        current = Status(row.status)
        apply_status_change(session, row, target, actor=actor, now=now, note=clean_text(note))
        if (current, target) in PAPERS_ARRIVED:
            recount_after_supplement(store, session, row, actor=actor, now=now)
        return dossier_repo.to_dossier(row)
