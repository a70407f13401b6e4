"""Store 0018 (files): down to 0017 the dossier_files table goes and the dossiers stay; up
again a file is placed on a dossier as before; the models match."""

from __future__ import annotations

from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.store.blobs import BlobStore
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.file_repo import add_file, files_of
from tests.conftest import local, migrate_store, sample_request, schema_drift

CLI = Officer("cli:test", "", "system")


def _place(desk: Desk, dossier_id: str, data: bytes):
    blob = BlobStore.of_data_dir(desk.data_dir).put_bytes(data)
    with desk.store.transaction() as session:
        add_file(session, dossier_id=dossier_id, role="paper", paper=1, blob=blob,
                 name="Tờ khai.pdf", source="file", actor=CLI.username,
                 now=local(2026, 12, 3, 9, 5))
        add_file(session, dossier_id=dossier_id, role="paper", paper=1, blob=blob,
                 name="Tờ khai.pdf", source="file", actor=CLI.username,
                 now=local(2026, 12, 3, 9, 6))
    with desk.store.read() as session:
        return [(f.role, f.paper, f.sha256, f.uploaded_at) for f in files_of(session, dossier_id)]


def test_0018_down_and_up_again(data_dir, store):
    desk = Desk(store, clock=lambda: local(2026, 12, 3, 9, 0))
    dossier = desk.dossiers.take_in(sample_request(), CLI).value
    [(role, paper, sha, uploaded)] = _place(desk, dossier.id, b"%PDF-1.4 one")
    assert (role, paper, uploaded) == ("paper", 1, None)
    store.close()
    path = data_dir / "onestop.sqlite3"
    migrate_store(path, "0017_queue_tickets", down=True)
    with raw_connection(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "dossier_files" not in tables
        assert raw.execute("SELECT code FROM dossiers").fetchall() == [(dossier.code,)]
    migrate_store(path, "head")
    with Desk.open(data_dir, clock=lambda: local(2026, 12, 3, 10, 0)) as reopened:
        [(_, _, again, _)] = _place(reopened, dossier.id, b"%PDF-1.4 two")
        assert again != sha


def test_models_match_the_migrations(tmp_path):
    diff = schema_drift(tmp_path)
    assert [d for d in diff if "dossier_files" in repr(d)] == []
