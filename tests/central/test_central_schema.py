"""The central server's Alembic migrations build exactly the tables its models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from onestop_central.db import Database
from onestop_central.models import Base


def test_migrations_match_the_models_and_rerun_cleanly(central_db_url):
    db = Database(central_db_url)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert context.get_current_revision() == "0007"
        assert {"devices", "dossiers", "events", "changes", "status_history",
                "audit_heads", "notices"} <= set(
            inspect(db.engine).get_table_names())
    finally:
        db.close()
    Database(central_db_url).close()  # opening again migrates nothing and fails nothing
