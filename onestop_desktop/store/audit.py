"""The audit trail: who did what, when. Rows are only ever added."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .fast import insert_rows
from .models import AuditRow


def record(session: Session, actor: str, action: str, dossier_id: str | None = None,
           detail: dict | None = None, now: datetime | None = None) -> None:
    insert_rows(session, AuditRow.__table__, [dict(
        at=now or datetime.now(UTC), actor=actor, action=action, dossier_id=dossier_id,
        detail=detail or {})])


def trail(session: Session, dossier_id: str | None = None) -> list[AuditRow]:
    stmt = select(AuditRow).order_by(AuditRow.id)
    if dossier_id is not None:
        stmt = stmt.where(AuditRow.dossier_id == dossier_id)
    return list(session.scalars(stmt))
