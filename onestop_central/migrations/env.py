"""Alembic environment of the central server: runs on the connection handed over."""

from alembic import context

from onestop_central.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` command line on a developer machine
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
