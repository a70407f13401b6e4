"""The audit trail at the boundary: whether the hash chain and the dossiers it vouches for
are intact (`audit verify`, and the window when it shows it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.audit_chain import AuditHead, AuditVerdict
from ..store import audit, settings_repo

if TYPE_CHECKING:
    from .core import Desk


class Audit:
    def __init__(self, desk: Desk):
        self._desk = desk

    def verify(self) -> AuditVerdict:
        """The chain walked row by row, each dossier against its latest audit row, and the
        chain's end against the head the centre last acknowledged."""
        with self._desk.store.read() as session:
            sent = settings_repo.get_setting(session, audit.HEAD_SENT_KEY)
            return audit.verify(session, AuditHead.from_dict(sent)
                                if isinstance(sent, dict) else None)

    def head(self) -> AuditHead | None:
        with self._desk.store.read() as session:
            return audit.head(session)
