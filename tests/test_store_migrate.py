"""Opening a store: Alembic runs when the schema is behind, and only then."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from onestop_desktop.store.database import Store
from onestop_desktop.store.migrate import MIGRATIONS_DIR, alembic_config, head_revision

ROOT = Path(__file__).resolve().parents[1]
OPEN_AND_SAY = ("import sys; from onestop_desktop.store.database import Store; "
                "Store.open(sys.argv[1]).close(); print('alembic' in sys.modules)")


def opened_with_alembic(data_dir: Path) -> bool:
    """Open the store in a fresh process: was Alembic imported to do it?"""
    result = subprocess.run([sys.executable, "-c", OPEN_AND_SAY, str(data_dir)],
                            capture_output=True, text=True, timeout=60, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    return result.stdout.strip() == "True"


def test_the_head_read_from_the_script_headers_is_alembics():
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()


def test_a_store_at_the_head_opens_without_alembic(tmp_path):
    data_dir = tmp_path / "desk"
    assert opened_with_alembic(data_dir)  # a new store: Alembic makes the schema
    assert not opened_with_alembic(data_dir)  # every later launch: not needed


def test_a_store_behind_the_head_is_upgraded_on_open(tmp_path):
    store = Store.open(tmp_path / "desk")
    try:
        with store.engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")  # as a desk one release older left it
            connection.commit()
    finally:
        store.close()
    store = Store.open(tmp_path / "desk")
    try:
        with store.engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar_one() == head_revision()
        indexes = {i["name"] for i in inspect(store.engine).get_indexes("dossiers")}
        assert "ix_dossiers_received_code" in indexes  # made by the newest script
    finally:
        store.close()


def test_no_clear_head_leaves_the_decision_to_alembic(tmp_path):
    for name, down in (("a", None), ("b", "a"), ("c", "a")):  # two heads: b and c
        (tmp_path / f"{name}.py").write_text(
            f"revision = {name!r}\ndown_revision = {down!r}\n", encoding="utf-8")
    assert head_revision(tmp_path) is None
    (tmp_path / "c.py").write_text("revision: str = 'c'\ndown_revision = 'b'\n",
                                   encoding="utf-8")
    assert head_revision(tmp_path) == "c"
    (tmp_path / "d.py").write_text("revision = make_one()\n", encoding="utf-8")
    assert head_revision(tmp_path) is None
    assert (MIGRATIONS_DIR / "versions").is_dir()
