"""Alembic migrations, applied automatically when a store is opened."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade_to_head(engine: Engine) -> None:
    config = alembic_config()
    # Most opens find the store up to date: seen in a read (no write lock), so opening a
    # store never waits for another process's long write.
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
