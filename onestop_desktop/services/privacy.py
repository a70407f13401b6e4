"""Personal data: who opened or exported a citizen's record (the audit trail), and closed
dossiers anonymised once their retention period is over.

Decree 13/2023/NĐ-CP and the Law on Personal Data Protection ask that access to personal
data be traceable and that it be kept no longer than its purpose needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from ..domain.calendar import LOCAL_TZ
from ..domain.errors import InvalidInput
from ..domain.privacy import DEFAULT_RETENTION_YEARS, RETENTION_KEY, retention_cutoff
from ..store import audit, privacy_repo, settings_repo, store_key
from ..store.blobs import BlobStore, mirror_dir
from ..store.database import Store
from .backups import backup_folder

VIEWED = "dossier.viewed"
EXPORTED = "dossier.exported"
ANONYMISED_ACTION = "dossier.anonymised"
FEEDBACK_ANONYMISED = "feedback.anonymised"


def record_access(store: Store, actor: str, dossier_id: str, code: str, action: str,
                  now: datetime, detail: dict | None = None) -> None:
    """One audit row saying that `actor` opened (VIEWED) or took a copy of (EXPORTED)
    the citizen's record."""
    with store.transaction() as session:
        audit.record(session, actor, action, dossier_id, {"code": code, **(detail or {})}, now)


@dataclass(frozen=True)
class PurgePlan:
    before: date  # asked for
    retention_years: int
    cutoff: date  # dossiers closed before this local day go
    count: int
    waiting: int = 0  # closed as long, kept until the centre has all their events
    feedback: int = 0  # feedback answered or closed before the cutoff


@dataclass(frozen=True)
class PurgeResult:
    plan: PurgePlan
    anonymised: int
    feedback: int = 0


class RetentionInvalid(InvalidInput):
    def __init__(self) -> None:
        super().__init__("Thời hạn lưu trữ phải là số năm nguyên, từ 1 đến 100.")


def retention_years(store: Store) -> int:
    with store.read() as session:
        value = settings_repo.get_setting(session, RETENTION_KEY, DEFAULT_RETENTION_YEARS)
    return value if isinstance(value, int) and not isinstance(value, bool) \
        else DEFAULT_RETENTION_YEARS


def set_retention_years(store: Store, years: int, actor: str, now: datetime) -> None:
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= 100:
        raise RetentionInvalid()
    with store.transaction() as session:
        settings_repo.set_setting(session, RETENTION_KEY, years)
        audit.record(session, actor, "privacy.retention_set", None, {"years": years}, now)


def _closed_before(cutoff: date) -> datetime:
    return datetime.combine(cutoff, time(0), LOCAL_TZ)


def plan_purge(store: Store, before: date, now: datetime) -> PurgePlan:
    """Which dossiers `privacy purge --before` would anonymise: closed before `before`
    and at least the retention period ago."""
    years = retention_years(store)
    cutoff = retention_cutoff(before, now.astimezone(LOCAL_TZ).date(), years)
    with store.read() as session:
        count = privacy_repo.count_closed_before(session, _closed_before(cutoff))
        waiting = privacy_repo.count_waiting(session, _closed_before(cutoff))
        feedback = privacy_repo.count_feedback_settled_before(session, _closed_before(cutoff))
    return PurgePlan(before, years, cutoff, count, waiting, feedback)


def purge(store: Store, plan: PurgePlan, actor: str, now: datetime,
          progress: Callable[[int], None] | None = None, batch: int = 500) -> PurgeResult:
    """Anonymise the plan's dossiers, `batch` a transaction, each with its audit row (its
    digest: the dossier as anonymised), then one row for the whole purge."""
    done = 0
    closed_before = _closed_before(plan.cutoff)
    blobs = BlobStore.of_data_dir(store.path.parent)
    while True:
        with store.transaction() as session:
            ids = privacy_repo.closed_before(session, closed_before, batch)
            # The last batch also sweeps what an interrupted purge left on the disk.
            scans = privacy_repo.scans_of(session, ids) if ids else \
                privacy_repo.anonymised_only_scans(session)
            for row in privacy_repo.anonymise(session, ids):
                audit.record(session, actor, ANONYMISED_ACTION, row.id, {"code": row.code}, now)
            if not ids:
                feedback = _purge_feedback(session, closed_before, actor, now)
                audit.record(session, actor, "privacy.purged", None,
                             {"before": plan.before.isoformat(),
                              "cutoff": plan.cutoff.isoformat(),
                              "retention_years": plan.retention_years, "dossiers": done,
                              "feedback": feedback}, now)
        _remove_scans(store, blobs, scans)
        done += len(ids)
        if progress is not None:
            progress(done)
        if not ids:
            return PurgeResult(plan, done, feedback)


def _remove_scans(store: Store, blobs: BlobStore, scans: set[str]) -> None:
    """The bytes of the purged dossiers' scans (identity papers among them), once their
    names are gone from the store; bytes another dossier still needs stay. Their copies
    beside the daily backups go too (a backup made by hand elsewhere keeps its own)."""
    if not scans:
        return
    with store.read() as session:
        gone = privacy_repo.unreferenced_scans(session, scans)
    envelope = store_key.read_envelope(store.path.parent)
    mirror = None if envelope is None else mirror_dir(backup_folder(store), envelope.store_id)
    for sha256 in gone:
        blobs.path(sha256).unlink(missing_ok=True)
        if mirror is not None:
            (mirror / sha256[:2] / sha256).unlink(missing_ok=True)


def _purge_feedback(session, closed_before: datetime, actor: str, now: datetime) -> int:
    """The settled feedback past retention, anonymised in the purge's last transaction
    (a desk takes a few a day), each with its audit row."""
    ids = privacy_repo.feedback_settled_before(session, closed_before, limit=-1)
    for row in privacy_repo.anonymise_feedback(session, ids):
        audit.record(session, actor, FEEDBACK_ANONYMISED, None, {"code": row.code}, now)
    return len(ids)
