"""Rows of the files on dossiers (models.DossierFileRow); the bytes are in store/blobs.py."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ..domain.events import DOSSIER_CREATED
from ..domain.privacy import ANONYMISED
from .blobs import Blob
from .models import DossierFileRow, DossierRow, OutboxEvent
from .outbox import ACKED


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


# ---- the upload queue (sync/uploads.py, through the sync port) ----------------------------
# Files that came with a dossier from the centre (submitted online) are never sent back.
NOT_SENT_SOURCES = ("online",)


def _waiting():
    # A purged dossier's scans (privacy) are gone from the disk: nothing left to send.
    return (DossierFileRow.uploaded_at.is_(None),
            DossierFileRow.source.not_in(NOT_SENT_SOURCES),
            DossierFileRow.name != ANONYMISED)


def files_to_upload(session: Session, limit: int, now: datetime, *,
                    skip: Collection[int] = (), due_only: bool = True
                    ) -> list[tuple[DossierFileRow, str]]:
    """The oldest files the centre does not have yet, with their dossier's code: only of
    dossiers the centre knows (no dossier.created of theirs still unacknowledged: a
    dossier the centre sent, submitted online, has none), and, `due_only`, not waiting
    out a back-off after a refusal."""
    unknown = (select(OutboxEvent.event_id)
               .where(OutboxEvent.dossier_id == DossierFileRow.dossier_id,
                      OutboxEvent.kind == DOSSIER_CREATED, OutboxEvent.state != ACKED)
               .exists())
    query = (select(DossierFileRow, DossierRow.code)
             .join(DossierRow, DossierRow.id == DossierFileRow.dossier_id)
             .where(*_waiting(), ~unknown)
             .order_by(DossierFileRow.id).limit(limit))
    if skip:
        query = query.where(DossierFileRow.id.not_in(list(skip)))
    if due_only:
        query = query.where(or_(DossierFileRow.upload_retry_at.is_(None),
                                DossierFileRow.upload_retry_at <= now))
    return [(row, code) for row, code in session.execute(query)]


def mark_uploaded(session: Session, file_id: int, now: datetime) -> None:
    """The centre holds the bytes and recorded the file's place on the dossier."""
    session.execute(update(DossierFileRow).where(DossierFileRow.id == file_id)
                    .values(uploaded_at=now, upload_error=""))


def mark_refused(session: Session, file_id: int, message: str, retry_at: datetime) -> None:
    """The centre refused the file (or the desk could not read it): tried again from
    `retry_at`, the reason kept for the officer."""
    session.execute(update(DossierFileRow).where(DossierFileRow.id == file_id)
                    .values(upload_attempts=DossierFileRow.upload_attempts + 1,
                            upload_retry_at=retry_at, upload_error=message[:1000]))


def upload_queue(session: Session) -> tuple[int, int]:
    """(files the centre does not have yet, their bytes)."""
    count, size = session.execute(select(func.count(), func.coalesce(func.sum(
        DossierFileRow.size), 0)).where(*_waiting())).one()
    return int(count), int(size)
