"""Shared fixtures: a real SQLite store in a temporary data directory."""

from __future__ import annotations

import gc
import os
from datetime import date, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The store keys of the tests' desks go to owner-only files, never the machine's keyring.
os.environ.setdefault("ONESTOP_NO_KEYRING", "1")

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.services.setup import initialise
from onestop_desktop.store.database import Store
from onestop_desktop.ui.collector import collect_due

AGENCY = "000.00.01.H22"
AGENCY_NAME = "Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa"


def local(*parts: int) -> datetime:
    """A wall-clock time at the centre (Asia/Ho_Chi_Minh)."""
    return datetime(*parts, tzinfo=LOCAL_TZ)


@pytest.fixture(autouse=True, scope="session")
def _no_collection_in_worker_threads():
    """As the desk runs (ui/collector.py): Python's cycle collector never runs in a worker
    thread, where garbage holding a Qt object (a window a test has closed, its job
    helper) would be destroyed off the GUI thread. It runs after each test instead."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    collect_due()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "desk"


@pytest.fixture
def store(data_dir: Path):
    store = Store.open(data_dir)
    initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
               today=date(2026, 11, 28))
    yield store
    store.close()


def sample_request(**overrides) -> dict:
    request = {
        "procedure_code": "1.001612",
        "applicant": {"name": "Đặng Thị Ngọc Hường", "id_number": "038190012345",
                      "phone": "0912 345 678",
                      "address": "Số 5 Lê Lợi, phường Hạc Thành, Thanh Hóa",
                      "kind": "citizen"},
        "received_at": "2026-11-30T09:15:00+07:00",
    }
    # A refusal states its reason; a request to complete names papers still missing
    # (form 03 and form 02 are checked with the intake).
    if overrides.get("status") == 3:
        request["note"] = "Thủ tục không thuộc thẩm quyền giải quyết"
    if overrides.get("status") == 5:
        request["documents"] = [{"name": "Giấy đề nghị đăng ký hộ kinh doanh", "original": 1}]
    request.update(overrides)
    return request


def all_dossiers(store, status: int | None = None) -> list:
    """Every dossier of a (small) test store, oldest first: what the tests look at."""
    from sqlalchemy import select

    from onestop_desktop.store.dossier_repo import to_dossier
    from onestop_desktop.store.models import DossierRow

    stmt = select(DossierRow).order_by(DossierRow.received_at, DossierRow.code)
    if status is not None:
        stmt = stmt.where(DossierRow.status == status)
    with store.read() as session:
        return [to_dossier(row) for row in session.scalars(stmt)]


class MemoryKeyring(KeyringBackend):
    """A keyring backend of this process (the machine's own is never touched)."""

    priority = 10

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def os_keyring(monkeypatch):
    monkeypatch.delenv("ONESTOP_NO_KEYRING", raising=False)
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def store_engine(db_path: Path):
    """An engine on an encrypted store file as Alembic needs it (its key from the data
    directory), for tests that move a store between revisions."""
    from sqlalchemy import create_engine

    from onestop_desktop.store.cipher import dbapi, raw_connection

    return create_engine("sqlite://", module=dbapi, creator=lambda: raw_connection(db_path))


def migrate_store(db_path: Path, revision: str, *, down: bool = False) -> None:
    """Move the encrypted store at `db_path` down or up to `revision` with Alembic."""
    from alembic import command

    from onestop_desktop.store.migrate import alembic_config

    engine = store_engine(db_path)
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
        connection.commit()
    engine.dispose()


def schema_drift(tmp_path: Path) -> list:
    """What differs between the models and a plain database the migrations made (only
    the schema is compared, so no key is needed)."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from onestop_desktop.store.migrate import alembic_config
    from onestop_desktop.store.models import Base

    engine = create_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    return diff
