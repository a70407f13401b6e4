"""Helpers for upload tests: files put on a desk's dossiers as the desk keeps them."""

from __future__ import annotations

import hashlib
import random
from datetime import datetime

from sqlalchemy import select

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.store.blobs import BlobStore
from onestop_desktop.store.database import Store
from onestop_desktop.store.file_repo import add_file
from onestop_desktop.store.models import DossierFileRow, DossierRow

AT = datetime(2026, 11, 30, 9, 0, tzinfo=LOCAL_TZ)


def some_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def attach(store: Store, code: str, data: bytes, *, paper: int = 0, role: str = "paper",
           name: str = "", source: str = "scanner") -> str:
    """The bytes as a file on the dossier `code` (the desk's file store and its row)."""
    blob = BlobStore.of_data_dir(store.path.parent).put_bytes(data)
    with store.transaction() as session:
        dossier_id = session.scalar(select(DossierRow.id).where(DossierRow.code == code))
        add_file(session, dossier_id=dossier_id, role=role, paper=paper, blob=blob,
                 name=name or f"{blob.sha256[:8]}.pdf", source=source, actor="canbo1", now=AT)
    return blob.sha256


def file_rows(store: Store) -> list[DossierFileRow]:
    with store.read() as session:
        rows = list(session.scalars(select(DossierFileRow).order_by(DossierFileRow.id)))
        session.expunge_all()
    return rows


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
