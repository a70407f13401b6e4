"""the appointment by the law: the dossier's time limit and provisional flag, its
appointment history, the decision each calendar day comes from

Revision ID: 0009_calendar
Revises: 0008_identity
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0009_calendar'
down_revision = '0008_identity'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite adds them without copying the table (a desk holds years,
    # and other tables' rows refer to it). A default written as SQL text would make
    # alembic copy the table instead: the constant '0' keeps it an ADD COLUMN.
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('limit_unit', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('limit_value', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('due_provisional', sa.Boolean(), nullable=False,
                                      server_default='0'))
    with op.batch_alter_table('calendar_days', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision', sa.Text(), nullable=False,
                                      server_default=''))
    op.create_table(
        'due_changes',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('dossier_id', sa.String(length=36), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.Column('actor', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.String(length=16), nullable=False),
        sa.Column('old_due', sa.String(length=32), nullable=True),
        sa.Column('new_due', sa.String(length=32), nullable=True),
        sa.Column('provisional', sa.Boolean(), nullable=False),
        sa.Column('waited_from', sa.String(length=32), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('due_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_due_changes_dossier_id'), ['dossier_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('due_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_due_changes_dossier_id'))
    op.drop_table('due_changes')
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a copy of the table: dossiers is
    # referenced by other tables' rows, which a copy-and-drop would orphan.
    with op.batch_alter_table('calendar_days', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('decision')
    with op.batch_alter_table('dossiers', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('due_provisional')
        batch_op.drop_column('limit_value')
        batch_op.drop_column('limit_unit')
