"""Feedback and petitions in the store: rows, their daily counters, keyset pages, and the
status and answer the centre sends back."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, literal, select, tuple_
from sqlalchemy.orm import Session

from ..domain.feedback import Feedback, FeedbackStatus, follows
from .counters import next_counter
from .models import FeedbackRow, PrintIntentRow, PrintRow
from .types import UtcDateTime

PRINT_FORM = "PA"  # prints.form of a feedback's acknowledgement


def next_number(session: Session, agency: str, day: date, desk: int) -> int:
    """Advance and return the desk's feedback counter of the day."""
    return next_counter(session, agency, day, desk, table="feedback_counters")


def code_taken(session: Session, code: str) -> bool:
    return session.scalar(select(FeedbackRow.id).where(FeedbackRow.code == code)) is not None


def add(session: Session, f: Feedback) -> None:
    session.add(FeedbackRow(
        id=f.id, code=f.code, name=f.name, phone=f.phone, email=f.email, content=f.content,
        procedure_code=f.procedure_code, procedure_name=f.procedure_name,
        dossier_code=f.dossier_code, dossier_id=f.dossier_id, received_at=f.received_at,
        received_by=f.received_by, status=str(f.status), answer=f.answer,
        answered_by=f.answered_by, answered_at=f.answered_at,
        updated_at=f.updated_at or f.received_at))


def to_feedback(row: FeedbackRow) -> Feedback:
    return Feedback(row.id, row.code, row.name, row.phone, row.email, row.content,
                    row.procedure_code, row.procedure_name, row.dossier_code, row.dossier_id,
                    row.received_at, row.received_by, FeedbackStatus(row.status), row.answer,
                    row.answered_by, row.answered_at, row.updated_at)


def get_row(session: Session, code: str) -> FeedbackRow | None:
    return session.scalar(select(FeedbackRow).where(FeedbackRow.code == code))


PageKey = tuple[datetime, str]  # (received_at, code) of the last row shown


def page(session: Session, *, after: PageKey | None = None, limit: int = 50,
         dossier_code: str | None = None) -> list[Feedback]:
    """Newest first, `limit` rows after `after` (along ix_feedback_received_code)."""
    stmt = select(FeedbackRow).order_by(FeedbackRow.received_at.desc(),
                                        FeedbackRow.code.desc()).limit(limit)
    if after is not None:
        stmt = stmt.where(tuple_(FeedbackRow.received_at, FeedbackRow.code)
                          < tuple_(literal(after[0], UtcDateTime()), literal(after[1])))
    if dossier_code:
        stmt = stmt.where(FeedbackRow.dossier_code == dossier_code)
    return [to_feedback(row) for row in session.scalars(stmt)]


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FeedbackRow)) or 0


def last_copy_no(session: Session, feedback_id: str) -> int:
    return session.scalar(select(func.max(PrintRow.copy_no))
                          .where(PrintRow.feedback_id == feedback_id,
                                 PrintRow.form == PRINT_FORM)) or 0


def copies(session: Session, feedback_id: str) -> int:
    """Confirmed prints of the feedback's acknowledgement."""
    pending = select(PrintIntentRow.print_id).where(PrintIntentRow.print_id == PrintRow.id)
    return session.scalar(select(func.count()).select_from(PrintRow)
                          .where(PrintRow.feedback_id == feedback_id, ~pending.exists())) or 0


def apply_central(session: Session, data: dict[str, Any], now: datetime) -> str | None:
    """What the centre says of one feedback ({id, code, status, answer, answered_by,
    answered_at, at}): taken when it moves the feedback forward. Returns the code of the
    feedback moved; None for one not on this desk (another desk of the agency took it)
    or a change already taken."""
    row = session.get(FeedbackRow, str(data.get("id", "")))
    try:
        told = FeedbackStatus(str(data.get("status", "")))
    except ValueError:
        return None
    if row is None or row.code != data.get("code") or not follows(
            FeedbackStatus(row.status), told):
        return None
    row.status = str(told)
    answer = data.get("answer")
    if isinstance(answer, str) and answer:
        row.answer = answer
        row.answered_by = str(data.get("answered_by", ""))[:100]
        answered_at = data.get("answered_at")
        row.answered_at = datetime.fromisoformat(answered_at) if answered_at else now
    row.updated_at = now
    return row.code
