"""Online dossiers in the desk's store: taken from a pulled `dossier.online` change once,
with the rows of their files (the bytes come afterwards: sync engine, GET /v1/files)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.online import WAITING_CHANNEL, WAITING_STATUS, dossier_from_payload
from . import audit, dossier_repo, file_repo
from .blobs import Blob, check_sha256
from .models import DossierFileRow, DossierRow, SyncConflictRow, of_agency

ONLINE_SOURCE = "online"


def take_online(session: Session, data: dict[str, Any], now: datetime,
                seq: int | None = None) -> bool:
    """Insert the dossier and its files' rows; False when it is here already (a replayed
    page) or cannot be read (then a conflict a person sees; the cursor moves on)."""
    try:
        dossier = dossier_from_payload(data["dossier"])
        files = [(check_sha256(str(f["sha256"])), int(f["size"]), int(f.get("paper", 0)),
                  str(f["name"]), str(f.get("media_type") or "application/pdf"))
                 for f in data.get("files", [])]
    except (KeyError, TypeError, ValueError) as exc:
        session.add(SyncConflictRow(at=now, change_seq=seq,
                                    reason=f"Hồ sơ trực tuyến từ máy chủ không đọc được: {exc}",
                                    detail={"code": str(data.get("dossier", {}).get("code"))
                                            if isinstance(data.get("dossier"), dict) else ""}))
        return False
    if session.scalar(select(DossierRow.id).where(
            (DossierRow.id == dossier.id) | (DossierRow.code == dossier.code))) is not None:
        return False
    dossier_repo.add_dossier(session, dossier, now)
    for sha256, size, paper, name, media_type in files:
        row = file_repo.add_file(session, dossier_id=dossier.id, role="paper",
                                 blob=Blob(sha256, size), name=name, source=ONLINE_SOURCE,
                                 actor="central", now=now, paper=paper, media_type=media_type)
        row.uploaded_at = now  # the centre has it: never sent back
    audit.record(session, "central", "dossier.online", dossier.id,
                 {"code": dossier.code, "files": len(files)}, now)
    return True


def files_to_fetch(session: Session, limit: int = 200) -> list[tuple[str, int]]:
    """(sha256, size) of the newest files that came with online dossiers; the engine
    fetches those whose bytes the file store lacks."""
    rows = session.execute(
        select(DossierFileRow.sha256, func.max(DossierFileRow.size))
        .where(DossierFileRow.source == ONLINE_SOURCE)
        .group_by(DossierFileRow.sha256).order_by(func.max(DossierFileRow.id).desc())
        .limit(limit))
    return [(sha, size) for sha, size in rows]


def waiting_count(session: Session, agency: str) -> int:
    """How many online dossiers wait to be received (ix_dossiers_status_received: only
    online dossiers stand in status 1 at a desk)."""
    return session.scalar(select(func.count()).select_from(DossierRow).where(
        DossierRow.status == int(WAITING_STATUS), DossierRow.channel == int(WAITING_CHANNEL),
        of_agency(agency))) or 0
