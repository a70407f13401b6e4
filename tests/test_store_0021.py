"""Store 0021 (notices): the deliveries of notices the desk pulled; down to 0018 the table
goes and the dossiers stay, up again deliveries are kept as before; the models match.
The privacy purge blanks where the notices went."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.sync_port import StoreSyncPort
from onestop_desktop.store import privacy_repo
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from onestop_desktop.store.models import NoticeDeliveryRow
from onestop_desktop.sync import protocol as p
from tests.conftest import local, migrate_store, sample_request, schema_drift

CLI = Officer("cli:test", "", "system")
EMAIL = "huong@example.vn"


def _delivered(store, dossier, seq: int) -> None:
    at = datetime.now(UTC)
    data = p.NoticeDeliveryData(id=dossier.id, code=dossier.code, notice_id=seq,
                                channel="email", kind="received", address=EMAIL,
                                state="failed", error=f"550 {EMAIL}: không có hộp thư", at=at)
    change = p.Change(seq=seq, kind=p.CHANGE_NOTICE, at=at, dossier_id=dossier.id,
                      data=data.model_dump(mode="json")).model_dump(mode="json")
    assert StoreSyncPort(store).apply_page([change], seq, at).notices == 1


def _take_in(desk: Desk):
    request = sample_request(notify=["email"])
    request["applicant"]["email"] = EMAIL
    return desk.dossiers.take_in(request, CLI).value


def test_0021_down_and_up_again(data_dir, store):
    dossier = _take_in(Desk(store, clock=lambda: local(2026, 12, 3, 9, 0)))
    _delivered(store, dossier, 1)
    store.close()
    path = data_dir / "onestop.sqlite3"
    migrate_store(path, "0018_files", down=True)
    with raw_connection(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "notice_deliveries" not in tables
        assert raw.execute("SELECT code FROM dossiers").fetchall() == [(dossier.code,)]
    migrate_store(path, "head")
    reopened = Store.open(data_dir)
    try:
        _delivered(reopened, dossier, 2)
        with reopened.read() as session:
            assert list(session.scalars(select(NoticeDeliveryRow.notice_id))) == [2]
    finally:
        reopened.close()


def test_the_models_match_the_migrations(tmp_path):
    # (the full-text index's virtual tables are no model's: other differences only)
    assert [d for d in schema_drift(tmp_path) if "notice" in repr(d)] == []


def test_the_privacy_purge_blanks_where_the_notices_went(store):
    dossier = _take_in(Desk(store, clock=lambda: local(2026, 12, 3, 9, 0)))
    _delivered(store, dossier, 1)
    with store.transaction() as session:
        privacy_repo.anonymise(session, [dossier.id])
    with store.read() as session:
        row = session.scalars(select(NoticeDeliveryRow)).one()
        assert (row.address, row.error, row.state, row.kind) == ("", "", "failed", "received")
