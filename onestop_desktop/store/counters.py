"""The per-desk daily counter behind dossier codes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import CodeCounter


def next_counter(session: Session, agency: str, day: date, desk: int) -> int:
    """Advance and return the desk's counter for the day.

    Safe under concurrency because every write transaction holds SQLite's
    write lock from its start (BEGIN IMMEDIATE, see engine.py).
    """
    row = session.get(CodeCounter, (agency, day, desk))
    if row is None:
        row = CodeCounter(agency=agency, day=day, desk=desk, last=0)
        session.add(row)
    row.last += 1
    return row.last


def has_issued_codes(session: Session, agency: str) -> bool:
    """Whether this store ever issued a dossier code of `agency` (any day, any desk)."""
    return session.scalar(select(CodeCounter.day).where(CodeCounter.agency == agency)
                          .limit(1)) is not None
