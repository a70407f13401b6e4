"""outbox: an index on state alone, whose entries run in insertion order (rowid)

The sync engine claims the oldest events of a state in the order they were
written; with (state, created_at) SQLite read and sorted every pending event,
payload and all, for each batch of 200. An index on state keeps each state's
events in rowid order, so a claim reads only the rows it takes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_outbox_state_created', table_name='outbox')
    op.create_index('ix_outbox_state', 'outbox', ['state'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbox_state', table_name='outbox')
    op.create_index('ix_outbox_state_created', 'outbox', ['state', 'created_at'], unique=False)
