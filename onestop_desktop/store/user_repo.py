"""Local officer accounts in the store."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import UserRow


def get_user(session: Session, username: str) -> UserRow | None:
    return session.get(UserRow, username)


def add_user(session: Session, row: UserRow) -> UserRow:
    session.add(row)
    return row


def count_users(session: Session, *, active_only: bool = True) -> int:
    stmt = select(func.count()).select_from(UserRow)
    if active_only:
        stmt = stmt.where(UserRow.active.is_(True))
    return session.scalar(stmt) or 0


def list_users(session: Session) -> list[UserRow]:
    return list(session.scalars(select(UserRow).order_by(UserRow.username)))


def count_admins(session: Session) -> int:
    """Active admin accounts."""
    return session.scalar(select(func.count()).select_from(UserRow).where(
        UserRow.active.is_(True), UserRow.role == "admin")) or 0
