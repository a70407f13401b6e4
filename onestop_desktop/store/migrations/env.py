"""Alembic environment: runs on the connection the store hands over."""

from alembic import context

from onestop_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` command line on a developer machine
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

def _include(obj, name, type_, _reflected, _compare_to) -> bool:
    """The full-text index and its shadow tables are made by hand (search_index.py)."""
    return not (type_ == "table" and name and name.startswith("dossier_search"))


context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True, compare_type=True, include_object=_include)
with context.begin_transaction():
    context.run_migrations()
