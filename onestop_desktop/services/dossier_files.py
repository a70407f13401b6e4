"""Scanned papers and results on a dossier: attaching them, listing them.

The pages given for one paper become one PDF (documents/paper_pdf.py) before anything is
written: a bad file is refused with nothing stored. The PDF's bytes go to the data
directory's file store under their SHA-256 (store/blobs.py) and its row to the dossier, with
an audit row, in one transaction; bytes written for a transaction that did not commit are
taken away again unless a row already holds them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..documents.paper_pdf import PaperPdf, paper_pdf
from ..domain.errors import InvalidInput
from ..domain.files import (
    DossierFile,
    DossierFiles,
    FileRole,
    FileSource,
    NoSuchPaper,
    ResultNotReady,
    file_name,
)
from ..domain.status import Status
from ..store import audit, file_repo
from ..store.blobs import BlobStore
from ..store.database import Store
from ..store.models import DossierFileRow, DossierRow
from .dossier_actions import find_row

ATTACHED = "dossier.file_attached"  # the audit row's action
RESULT_STATUSES = frozenset({Status.DONE, Status.RETURNED})


@dataclass(frozen=True)
class Attachment:
    """Pages ready to go on a dossier: one PDF, and where it goes."""

    role: FileRole
    number: int  # the paper's checklist number (1-based); 0 for the result
    pdf: PaperPdf
    source: FileSource


def prepare(role: FileRole, number: int, paths: Sequence[Path],
            source: FileSource | str) -> Attachment:
    """The files' pages as one PDF, checked (PaperFileRefused) before anything is stored."""
    if role is FileRole.PAPER and number < 1:
        raise InvalidInput(f"Số giấy tờ {number} không có: giấy tờ đánh số từ 1 theo "
                           f"danh mục.")
    return Attachment(role, number if role is FileRole.PAPER else 0,
                      paper_pdf([Path(p) for p in paths]), FileSource(source))


def attach(store: Store, blobs: BlobStore, code: str, attachment: Attachment, *,
           actor: str, now: datetime) -> DossierFile:
    """Puts the prepared pages on the dossier `code`. DossierNotFound, NoSuchPaper or
    ResultNotReady (nothing written) when they have no place there."""
    with keeping_blobs(store, blobs) as written, store.transaction() as session:
        row = find_row(session, code)
        stored = store_on(session, blobs, row, attachment, actor=actor, now=now,
                          written=written)
        return _to_file(stored, _paper_names(row))


def store_on(session: Session, blobs: BlobStore, row: DossierRow, attachment: Attachment,
             *, actor: str, now: datetime, written: list[str]) -> DossierFileRow:
    """Inside the caller's transaction: the bytes stored, the dossier's row, the audit row.
    `written` collects the hashes stored for the first time (see keeping_blobs)."""
    names = _paper_names(row)
    if attachment.role is FileRole.PAPER and attachment.number not in names:
        raise NoSuchPaper(row.code, attachment.number, len(names))
    if attachment.role is FileRole.RESULT and Status(row.status) not in RESULT_STATUSES:
        raise ResultNotReady(row.code, Status(row.status).label)
    sha = hashlib.sha256(attachment.pdf.data).hexdigest()
    if not blobs.has(sha):
        written.append(sha)
    blob = blobs.put_bytes(attachment.pdf.data)
    position = attachment.number - 1 if attachment.role is FileRole.PAPER else 0
    stored = file_repo.add_file(
        session, dossier_id=row.id, role=str(attachment.role), blob=blob,
        name=file_name(row.code, attachment.role, attachment.number),
        source=str(attachment.source), actor=actor, now=now, paper=position,
        pages=attachment.pdf.pages)
    audit.record(session, actor, ATTACHED, row.id,
                 {"code": row.code, "role": str(attachment.role), "paper": attachment.number,
                  "sha256": blob.sha256, "pages": attachment.pdf.pages,
                  "source": str(attachment.source)}, now)
    return stored


@contextmanager
def keeping_blobs(store: Store, blobs: BlobStore) -> Iterator[list[str]]:
    """Yields the list a transaction adds its newly stored hashes to; when it fails, those
    no row holds are removed, so a failed save leaves no file behind."""
    written: list[str] = []
    try:
        yield written
    except BaseException:
        if written:
            with store.read() as session:
                held = set(session.scalars(select(DossierFileRow.sha256).where(
                    DossierFileRow.sha256.in_(written))))
            for sha in set(written) - held:
                blobs.path(sha).unlink(missing_ok=True)
        raise


def files_of(store: Store, code: str) -> DossierFiles:
    with store.read() as session:
        row = find_row(session, code)
        names = _paper_names(row)
        return DossierFiles(row.code, tuple(_to_file(f, names)
                                            for f in file_repo.files_of(session, row.id)))


def _paper_names(row: DossierRow) -> dict[int, str]:
    """The checklist's papers by number (1-based)."""
    return {d.position + 1: d.name for d in row.documents}


def _to_file(row: DossierFileRow, names: dict[int, str]) -> DossierFile:
    role = FileRole(row.role)
    number = row.paper + 1 if role is FileRole.PAPER else 0
    return DossierFile(row.id, role, number, names.get(number, "") if number else "",
                       row.sha256, row.size, row.pages, row.name, row.media_type,
                       FileSource(row.source), row.added_at, row.added_by,
                       row.uploaded_at is not None)
