"""The files on the centre's dossiers: recording a verified file and its place."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Dossier, DossierFile, StoredFile


def record_stored(session: Session, sha256: str, size: int, now: datetime) -> StoredFile:
    """The file is in the file store, whole: say so once."""
    row = session.get(StoredFile, sha256)
    if row is None:
        row = StoredFile(sha256=sha256, size=size, stored_at=now)
        session.add(row)
        session.flush()
    return row


def place_file(session: Session, dossier: Dossier, *, sha256: str, role: str, name: str,
               source: str, now: datetime, paper: int = 0, pages: int = 0,
               media_type: str = "application/pdf") -> tuple[DossierFile, bool]:
    """The stored file's place on the dossier, and whether it is new (a desk that sends
    the same place again, after a lost answer, makes no second row)."""
    row = session.scalars(select(DossierFile).where(
        DossierFile.dossier_id == dossier.id, DossierFile.role == role,
        DossierFile.paper == paper, DossierFile.sha256 == sha256)).first()
    if row is not None:
        return row, False
    row = DossierFile(dossier_id=dossier.id, role=role, paper=paper, sha256=sha256,
                      name=name, media_type=media_type, pages=pages, source=source,
                      added_at=now)
    session.add(row)
    session.flush()
    return row, True


def files_of(session: Session, dossier: Dossier) -> list[tuple[DossierFile, int]]:
    """The dossier's files with their sizes, papers first in checklist order."""
    rows = session.execute(
        select(DossierFile, StoredFile.size)
        .join(StoredFile, StoredFile.sha256 == DossierFile.sha256)
        .where(DossierFile.dossier_id == dossier.id)
        .order_by(DossierFile.role, DossierFile.paper, DossierFile.id))
    return [(f, size) for f, size in rows]
