"""Rows of the files on dossiers (models.DossierFileRow); the bytes are in store/blobs.py."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .blobs import Blob
from .models import DossierFileRow


def add_file(session: Session, *, dossier_id: str, role: str, blob: Blob, name: str,
             source: str, actor: str, now: datetime, paper: int = 0, pages: int = 0,
             media_type: str = "application/pdf") -> DossierFileRow:
    """The file's row on the dossier; the same bytes in the same place are one row."""
    row = session.scalars(select(DossierFileRow).where(
        DossierFileRow.dossier_id == dossier_id, DossierFileRow.role == role,
        DossierFileRow.paper == paper, DossierFileRow.sha256 == blob.sha256)).first()
    if row is None:
        row = DossierFileRow(dossier_id=dossier_id, role=role, paper=paper,
                             sha256=blob.sha256, size=blob.size, pages=pages, name=name,
                             media_type=media_type, source=source, added_at=now,
                             added_by=actor)
        session.add(row)
        session.flush()
    return row


def files_of(session: Session, dossier_id: str) -> list[DossierFileRow]:
    return list(session.scalars(select(DossierFileRow)
                                .where(DossierFileRow.dossier_id == dossier_id)
                                .order_by(DossierFileRow.role, DossierFileRow.paper,
                                          DossierFileRow.id)))
