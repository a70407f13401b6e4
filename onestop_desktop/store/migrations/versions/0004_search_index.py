"""full-text search: each dossier's place in the FTS5 index, and the index itself

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

from onestop_desktop.store import search_index

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN and an index: no copy of the table.
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_seq', sa.Integer(), nullable=True))
    op.create_index('ix_dossiers_search_seq', 'dossiers', ['search_seq'], unique=True)
    # Numbers the dossiers already there and indexes them (a store of the first wave
    # holds a few thousand: seconds).
    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    op.execute(f"DROP TABLE IF EXISTS {search_index.TABLE}")
    op.drop_index('ix_dossiers_search_seq', table_name='dossiers')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_column('search_seq')
