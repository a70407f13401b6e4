"""Alembic migrations, applied automatically when a store is opened.

Opening a store that is already at the head revision is the common case (every launch
of the desk): the stored revision is compared with the head read from the migration
scripts' headers, without importing Alembic or loading the scripts. Alembic runs
only when they differ (a new store, a newer desk) or the head cannot be told.
"""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


# `revision = '0005'` or `down_revision: str | None = '0004'`, at the start of a line.
_HEADER = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def _header_values(path: Path) -> dict[str, object]:
    """The module-level `revision` and `down_revision` of one script (its first ones)."""
    values: dict[str, object] = {}
    for name, value in _HEADER.findall(path.read_text(encoding="utf-8")):
        values.setdefault(name, ast.literal_eval(value))
    return values


def head_revision(versions: Path = MIGRATIONS_DIR / "versions") -> str | None:
    """The one revision no script revises; None when there is not exactly one or a
    script's header cannot be read (Alembic then decides, as it always did)."""
    revisions: set[str] = set()
    revised: set[str] = set()
    try:
        for path in versions.glob("*.py"):
            values = _header_values(path)
            revision, down = values.get("revision"), values.get("down_revision")
            if not isinstance(revision, str):
                return None
            revisions.add(revision)
            revised.update(down if isinstance(down, tuple | list) else [down] if down else [])
    except (OSError, SyntaxError, ValueError):
        return None
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def stored_revisions(engine: Engine) -> set[str]:
    """What alembic_version holds (empty for a new store)."""
    try:
        # A read (no write lock): opening never waits for another process's long write.
        with engine.connect().execution_options(onestop_read_only=True) as connection:
            return {row[0] for row in connection.execute(
                text("SELECT version_num FROM alembic_version"))}
    except OperationalError:  # no such table: nothing migrated yet
        return set()


def upgrade_to_head(engine: Engine) -> None:
    head = head_revision()
    if head is not None and stored_revisions(engine) == {head}:
        return  # up to date: no need for Alembic
    _alembic_upgrade(engine)


def _alembic_upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    # Seen in a read first (no write lock), as above.
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect().execution_options(onestop_read_only=True) as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    if current == heads:
        return
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        before = MigrationContext.configure(connection).get_current_revision()
        command.upgrade(config, "head")
        connection.commit()
        after = MigrationContext.configure(connection).get_current_revision()
    if after != before:  # alembic's own lines say the same on every open: kept quiet
        log.info("store schema upgraded from %s to %s", before or "an empty store", after)
