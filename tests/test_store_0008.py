"""Stores 0007 and 0008 on a store that has dossiers and a catalogue: the submitter and
delivery, the applicant's nationality and a procedure's source are added with their
defaults, and the models match the migrations."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from onestop_desktop.store.migrate import alembic_config
from onestop_desktop.store.models import Base


def _upgrade(engine, revision: str) -> None:
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()


def test_0008_adds_nationality_and_source_with_their_defaults(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    _upgrade(engine, "0006")
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO procedures (code, name, search_key, field_name, agency, level,"
                    " limit_value, limit_unit, fees, documents, result, legal_basis,"
                    " catalogue_version) VALUES ('1.001612', 'Đăng ký thành lập hộ kinh doanh',"
                    " 'x', '', '', 'commune', 3, 'day', '[]', '[]', '', '', 'old')")
    _upgrade(engine, "head")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT source FROM procedures").fetchone() == ("unverified",)
        columns = {row[1]: row for row in raw.execute("PRAGMA table_info(dossiers)")}
        assert columns["nationality"][4] == "''"  # the default kept for old dossiers
        assert columns["delivery_method"][4] == "'desk'"
        assert columns["submitter_name"][3] == 0  # nullable: nobody else stood there
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    added = ("nationality", "source", "submitter", "delivery")
    touched = [d for d in diff if any(name in repr(d) for name in added)]
    assert touched == []
    engine.dispose()
