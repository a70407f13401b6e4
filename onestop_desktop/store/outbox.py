"""The outbox: events for the central server, written with the change they describe."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .fast import insert_rows
from .models import OutboxEvent

PENDING, SENDING, ACKED, FAILED = "pending", "sending", "acked", "failed"

# How an officer reads an event's state (the sync panel, a dossier's timeline).
STATE_LABELS = {PENDING: "Chờ gửi", SENDING: "Đang gửi", ACKED: "Đã đồng bộ",
                FAILED: "Lỗi, sẽ gửi lại", "conflict": "Xung đột"}


@dataclass(frozen=True)
class Enqueued:
    event_id: str


def enqueue(session: Session, kind: str, payload: dict, dossier_id: str | None = None,
            now: datetime | None = None) -> Enqueued:
    event_id = str(uuid.uuid4())
    insert_rows(session, OutboxEvent.__table__, [dict(
        event_id=event_id, dossier_id=dossier_id, kind=kind, payload=payload,
        created_at=now or datetime.now(UTC), state=PENDING, attempts=0, last_error="",
        error_code="")])
    return Enqueued(event_id)


def count_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxEvent.state, func.count()).group_by(OutboxEvent.state))
    return {state: count for state, count in rows}


def events_for(session: Session, dossier_id: str) -> list[OutboxEvent]:
    return list(session.scalars(select(OutboxEvent).where(OutboxEvent.dossier_id == dossier_id)
                                .order_by(OutboxEvent.created_at)))
