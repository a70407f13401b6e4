"""Store 0015 (feedback): down to 0014 the feedback tables and the prints' feedback column
go and the dossiers stay; up again a feedback is taken as before; the models match."""

from __future__ import annotations

from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.store.cipher import raw_connection
from tests.conftest import local, migrate_store, sample_request, schema_drift

CLI = Officer("cli:test", "", "system")
PETITION = {"name": "Trần Văn Bình", "email": "binh@example.vn", "content": "Góp ý."}



def _tables(raw) -> set[str]:
    return {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_0015_down_and_up_again(data_dir, store, tmp_path):
    desk = Desk(store, clock=lambda: local(2026, 12, 3, 9, 0))
    dossier = desk.dossiers.take_in(sample_request(), CLI).value
    first = desk.feedback.take_in(PETITION, CLI).value
    desk.feedback.print_slip(first.code, tmp_path / "pa.pdf", CLI)
    store.close()
    path = data_dir / "onestop.sqlite3"
    migrate_store(path, "0014_audit_chain", down=True)
    with raw_connection(path) as raw:
        assert not {"feedback", "feedback_counters"} & _tables(raw)
        assert "feedback_id" not in {r[1] for r in raw.execute("PRAGMA table_info(prints)")}
        assert raw.execute("SELECT code FROM dossiers").fetchall() == [(dossier.code,)]
        assert raw.execute("SELECT form FROM prints").fetchall() == [("PA",)]
    migrate_store(path, "head")
    with Desk.open(data_dir, clock=lambda: local(2026, 12, 3, 10, 0)) as reopened:
        again = reopened.feedback.take_in(PETITION, CLI).value
        assert again.code.endswith("-1001")  # the counters went with the table
        assert [f.code for f in reopened.feedback.page()] == [again.code]
        assert reopened.dossiers.get(dossier.code).id == dossier.id


def test_models_match_the_migrations(tmp_path):
    diff = schema_drift(tmp_path)
    assert [d for d in diff if "feedback" in repr(d) or "prints" in repr(d)] == []
