"""Personal data on disk is the owner's only: the data directory 0700, the store, its WAL
and shared-memory files and the logs 0600, older stores put right when opened."""

from __future__ import annotations

import json
import logging
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.logs import LOG_FILE, configure_logging
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.setup import initialise
from onestop_desktop.store.database import DB_FILENAME, Store
from tests.conftest import AGENCY, AGENCY_NAME, local, sample_request

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_store_is_owner_only(tmp_path):
    data = tmp_path / "desk"
    store = Store.open(data)
    try:
        initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
                   today=date(2026, 11, 28))
        IntakeService(store, clock=lambda: local(2026, 12, 1, 8)).intake(sample_request(), "x")
        db = data / DB_FILENAME
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()  # open: WAL mode keeps them
        assert mode(data) == 0o700
        assert {p.name: mode(p) for p in (db, wal, shm)} == {
            DB_FILENAME: 0o600, f"{DB_FILENAME}-wal": 0o600, f"{DB_FILENAME}-shm": 0o600}
    finally:
        store.close()


def test_an_older_world_readable_store_is_put_right_on_open(tmp_path):
    data = tmp_path / "desk"
    Store.open(data).close()
    db = data / DB_FILENAME
    os.chmod(data, 0o755)
    os.chmod(db, 0o644)
    wal = Path(f"{db}-wal")
    wal.write_bytes(b"")  # an empty WAL, as a crash may leave
    os.chmod(wal, 0o644)
    Store.open(data).close()
    assert (mode(data), mode(db)) == (0o700, 0o600)


def test_the_log_is_owner_only(tmp_path):
    data = tmp_path / "desk"
    path = configure_logging(data)
    try:
        logging.getLogger("onestop_desktop.test").info("a line")
        assert path == data / LOG_FILE and path.exists()
        assert (mode(path.parent), mode(path)) == (0o700, 0o600)
        os.chmod(path, 0o644)
        configure_logging(data)
        logging.getLogger("onestop_desktop.test").info("another line")
        assert mode(path) == 0o600
    finally:
        configure_logging(tmp_path / "elsewhere")


def test_previews_are_owner_only(tmp_path, capsys):
    """A preview is a temporary file naming a citizen: 0600 (a PDF the officer saves
    where they choose follows their umask, for the print spooler)."""
    data = tmp_path / "desk"
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", AGENCY_NAME, "--desk", "2"]) == 0
    request = tmp_path / "r.json"
    request.write_text(json.dumps(sample_request(received_at=None), ensure_ascii=False),
                       encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "intake", str(request)]) == 0
    code = capsys.readouterr().out.strip()
    out = tmp_path / "preview.pdf"
    with Desk.open(data) as desk:
        desk.printing.preview_form("01", code, out, Officer("cli:canbo1", "", "system"))
    assert out.read_bytes().startswith(b"%PDF") and mode(out) == 0o600


def test_a_folder_given_by_mistake_keeps_its_mode(tmp_path):
    """--data-dir pointed at an existing folder that holds no store (a home folder, a
    shared one): its mode is not ours to change; the store's files are still 0600."""
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    Store.open(shared).close()
    assert mode(shared) == 0o755 and mode(shared / DB_FILENAME) == 0o600
