"""Returned results (dossier_returns) and the per-dossier print log read for timelines."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import DossierReturnRow, PrintRow


def add_return(session: Session, row: DossierReturnRow) -> DossierReturnRow:
    session.add(row)
    return row


def get_return(session: Session, dossier_id: str) -> DossierReturnRow | None:
    return session.get(DossierReturnRow, dossier_id)


def prints_for(session: Session, dossier_id: str) -> list[PrintRow]:
    return list(session.scalars(select(PrintRow).where(PrintRow.dossier_id == dossier_id)
                                .order_by(PrintRow.id)))
