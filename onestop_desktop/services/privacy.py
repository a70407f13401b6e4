"""Personal data: who opened or exported a citizen's record (the audit trail), and closed
dossiers anonymised once their retention period is over.

Decree 13/2023/NĐ-CP and the Law on Personal Data Protection ask that access to personal
data be traceable and that it be kept no longer than its purpose needs.
"""

from __future__ import annotations

from datetime import datetime

from ..store import audit
from ..store.database import Store

VIEWED = "dossier.viewed"
EXPORTED = "dossier.exported"


def record_access(store: Store, actor: str, dossier_id: str, code: str, action: str,
                  now: datetime, detail: dict | None = None) -> None:
    """One audit row saying that `actor` opened (VIEWED) or took a copy of (EXPORTED)
    the citizen's record."""
    with store.transaction() as session:
        audit.record(session, actor, action, dossier_id, {"code": code, **(detail or {})}, now)
