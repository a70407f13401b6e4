"""Store 0019 (uploads): a file's upload tries and back-off. Down to 0018 the columns go
and the files stay (the partial index of files still to upload with them); up again the
file waits for its dossier to reach the centre, tries afresh; the models match."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.store import file_repo
from onestop_desktop.store.blobs import BlobStore
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.models import OutboxEvent
from tests.conftest import local, migrate_store, sample_request, schema_drift

CLI = Officer("cli:test", "", "system")


def test_0019_down_and_up_again(data_dir, store):
    now = local(2026, 12, 3, 9, 0)
    desk = Desk(store, clock=lambda: now)
    dossier = desk.dossiers.take_in(sample_request(), CLI).value
    blob = BlobStore.of_data_dir(desk.data_dir).put_bytes(b"%PDF-1.4 scan")
    with store.transaction() as session:
        row = file_repo.add_file(session, dossier_id=dossier.id, role="paper", blob=blob,
                                 name="scan.pdf", source="scanner", actor=CLI.username,
                                 now=now)
        file_repo.mark_refused(session, row.id, "hash", now + timedelta(minutes=5))
    store.close()
    path = data_dir / "onestop.sqlite3"
    migrate_store(path, "0018_files", down=True)
    with raw_connection(path) as raw:
        columns = {r[1] for r in raw.execute("PRAGMA table_info(dossier_files)")}
        assert "upload_attempts" not in columns and "sha256" in columns
        assert raw.execute("SELECT sha256 FROM dossier_files").fetchall() == [(blob.sha256,)]
        [(index,)] = raw.execute("SELECT sql FROM sqlite_master "
                                 "WHERE name = 'ix_dossier_files_to_upload'").fetchall()
        assert "WHERE uploaded_at IS NULL" in index
    migrate_store(path, "head")
    with Desk.open(data_dir, clock=lambda: now) as reopened, reopened.store.transaction() as s:
        assert file_repo.files_to_upload(s, 10, now, due_only=False) == []  # not at the centre
        s.execute(update(OutboxEvent).values(state="acked"))  # now it is
        [(row, code)] = file_repo.files_to_upload(s, 10, now, due_only=False)
        assert (row.upload_attempts, row.upload_error, code) == (0, "", dossier.code)


def test_models_match_the_migrations(tmp_path):
    diff = schema_drift(tmp_path)
    assert [d for d in diff if "dossier_files" in repr(d)] == []
