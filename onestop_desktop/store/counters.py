"""The per-desk daily counter behind dossier codes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .fast import first_row
from .models import CodeCounter


def next_counter(session: Session, agency: str, day: date, desk: int,
                 table: str = "code_counters") -> int:
    """Advance and return the desk's counter for the day: dossier codes' by default, or
    another per-desk daily counter `table` (agency, day, desk, last) such as feedback's.

    Safe under concurrency because every write transaction holds SQLite's
    write lock from its start (BEGIN IMMEDIATE, see engine.py).
    """
    row = first_row(session, f"INSERT INTO {table} (agency, day, desk, last) "
                             "VALUES (?, ?, ?, 1) ON CONFLICT (agency, day, desk) "
                             "DO UPDATE SET last = last + 1 RETURNING last",
                    agency, day.isoformat(), desk)
    assert row is not None
    return row[0]


def last_code_day(session: Session, agency: str) -> date | None:
    """The latest day this store issued a dossier code of `agency` on (any desk)."""
    return session.scalar(select(func.max(CodeCounter.day)).where(CodeCounter.agency == agency))
