"""sync state: outbox error code and last attempt, conflicts from the centre

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('error_code', sa.String(length=32), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('last_attempt_at', sa.String(length=32), nullable=True))

    op.create_table('sync_conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('dossier_id', sa.String(length=36), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('resolved_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_dossier_id'), ['dossier_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_dossier_id'))
    op.drop_table('sync_conflicts')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('last_attempt_at')
        batch_op.drop_column('error_code')
