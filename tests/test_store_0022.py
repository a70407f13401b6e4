"""Store 0022 (report speed): down to 0018 the first ends and the reports' indexes go; up
again the first ends are filled from the status changes so far (the earliest end of each,
judged against its appointment) and the year's figures are as before; the models match."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.accounts import create_user
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.models import DossierRow, StatusChangeRow
from tests.conftest import local, migrate_store, sample_request, schema_drift

LAN = Officer("lan", "Nguyễn Thị Lan", "officer")
HEAD = Officer("tam", "Phạm Minh Tâm", "head")


def _ends(path):
    with raw_connection(path) as raw:
        return sorted(raw.execute("SELECT code, timing, procedure_code, received_by "
                                  "FROM dossier_ends").fetchall())


def test_0022_fills_the_first_ends_from_the_changes_so_far(data_dir, store):
    create_user(store, "lan", LAN.full_name, "mat-khau-quay-1")
    create_user(store, "tam", HEAD.full_name, "mat-khau-quay-1", role="head")
    taken = local(2026, 11, 30, 9, 15)  # 1.001612, 3 working days: due 03/12 11:30
    desk = Desk(store, clock=lambda: taken)
    early, late, open_ = (desk.dossiers.take_in(sample_request(), LAN).value
                          for _ in range(3))
    Desk(store, clock=lambda: local(2026, 12, 2, 9, 0)).dossiers.change_status(
        early.code, 4, LAN)
    for code, at in ((early.code, local(2026, 12, 2, 10, 0)),
                     (late.code, local(2026, 12, 4, 10, 0))):
        moving = Desk(store, clock=lambda at=at: at)
        if code == late.code:
            moving.dossiers.change_status(code, 4, LAN)
        moving.dossiers.change_status(code, 9, LAN)
    with store.transaction() as session:  # a later second end: the first one counts
        row_id = session.query(DossierRow.id).filter_by(code=early.code).scalar()
        session.add(StatusChangeRow(dossier_id=row_id, from_status=9, to_status=9,
                                    at=local(2026, 12, 9, 10, 0), actor="central",
                                    source="central"))
    period = (date(2026, 11, 30), date(2026, 12, 11))
    now = local(2026, 12, 14, 9, 0)
    before = Desk(store, clock=lambda: now).reports.period(*period, HEAD)
    store.close()
    path = data_dir / "onestop.sqlite3"
    kept_by_trigger = _ends(path)
    assert kept_by_trigger == [(early.code, "early", "1.001612", "lan"),
                               (late.code, "late", "1.001612", "lan")]
    migrate_store(path, "0018_files", down=True)
    with raw_connection(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert not {"dossier_ends", "ix_dossiers_report", "tr_status_changes_first_end"
                    } & tables
        assert "ix_status_changes_to_at" in tables
    migrate_store(path, "head")
    assert _ends(path) == kept_by_trigger
    with Desk.open(data_dir, clock=lambda: now) as reopened:
        after = reopened.reports.period(*period, HEAD)
        assert after == before and after.processed == {"early": 1, "on_time": 0, "late": 1}
        assert open_.code not in {c for c, *_ in _ends(path)}
        with reopened.store.read() as session:
            assert session.execute(text("SELECT count(*) FROM dossier_ends")).scalar() == 2


def test_models_match_the_migrations(tmp_path):
    diff = schema_drift(tmp_path)
    assert [d for d in diff if "dossier_ends" in repr(d) or "_report" in repr(d)
            or "ticket_received" in repr(d) or "returned_at" in repr(d)
            or "to_at" in repr(d)] == []
