"""Store 0014 (the audit chain) on a store that has an audit trail and dossiers: the rows
already there are chained in the order written, each dossier is vouched for as it stands
(one row added for a dossier no row spoke of), and the models match the migrations."""

from __future__ import annotations

from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.accounts import create_user
from onestop_desktop.store.cipher import raw_connection
from tests.conftest import AGENCY, local, migrate_store, sample_request, schema_drift


def test_0014_chains_the_rows_already_there(data_dir, store):
    desk = Desk(store, clock=lambda: local(2026, 12, 1, 9, 0))
    officer = Officer("lan", "Lan", "officer")
    create_user(store, officer.username, officer.full_name, "mat-khau-quay-1")
    codes = [desk.dossiers.take_in(sample_request(), officer).value.code for _ in range(3)]
    desk.dossiers.change_status(codes[0], 4, officer)
    store.close()
    path = data_dir / "onestop.sqlite3"
    migrate_store(path, "0013_roles", down=True)
    with raw_connection(path) as raw:
        assert "seq" not in {r[1] for r in raw.execute("PRAGMA table_info(audit)")}
        before = raw.execute("SELECT id, action FROM audit ORDER BY id").fetchall()
        # A dossier no audit row speaks of (loaded in bulk before the chain), and one
        # whose row was changed since its last audit row: both taken as they stand.
        columns = [r[1] for r in raw.execute("PRAGMA table_info(dossiers)")]
        row = dict(zip(columns, raw.execute("SELECT * FROM dossiers").fetchone(), strict=True))
        row.update(id="00000000-0000-4000-8000-000000000001", code=f"{AGENCY}-261130-9001",
                   search_seq=None)
        raw.execute(f"INSERT INTO dossiers ({', '.join(row)}) VALUES "
                    f"({', '.join('?' * len(row))})", list(row.values()))
        raw.execute("UPDATE dossiers SET note = 'sửa trước 0014' WHERE code = ?", (codes[1],))
    migrate_store(path, "head")
    with raw_connection(path) as raw:
        after = raw.execute("SELECT id, action, seq FROM audit ORDER BY seq").fetchall()
    assert [(i, a) for i, a, _ in after[:len(before)]] == before  # in the order written
    assert [s for _, _, s in after] == list(range(1, len(after) + 1))
    assert after[len(before):] == [(after[-1][0], "audit.chained", len(after))]
    with Desk.open(data_dir) as reopened:
        verdict = reopened.audit.verify()
        assert verdict.intact, verdict.message()
        assert verdict.dossiers == 4
    with raw_connection(path) as raw:  # and from now on an edit is seen
        raw.execute("UPDATE dossiers SET phone = '0900000000' WHERE code = ?", (codes[2],))
    with Desk.open(data_dir) as reopened:
        verdict = reopened.audit.verify()
    assert not verdict.intact and codes[2] in verdict.message()


def test_models_match_the_migrations(tmp_path):
    diff = schema_drift(tmp_path)
    assert [d for d in diff if "audit" in repr(d)] == []
