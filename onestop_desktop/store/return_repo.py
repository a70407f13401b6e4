"""Returned results (dossier_returns)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .models import DossierReturnRow


def add_return(session: Session, row: DossierReturnRow) -> DossierReturnRow:
    session.add(row)
    return row


def get_return(session: Session, dossier_id: str) -> DossierReturnRow | None:
    return session.get(DossierReturnRow, dossier_id)

