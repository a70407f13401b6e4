"""feedback and petitions taken at the desk, their daily counters, and the prints of
their acknowledgements

A plain ADD COLUMN on prints (no copy of the table): the feedback an acknowledgement
was printed for.

Revision ID: 0015_feedback
Revises: 0014_audit_chain
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = '0015_feedback'
down_revision = '0014_audit_chain'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'feedback',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('code', sa.String(length=32), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('phone', sa.String(length=16), nullable=False),
        sa.Column('email', sa.Text(), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('procedure_code', sa.String(length=16), nullable=False),
        sa.Column('procedure_name', sa.Text(), nullable=False),
        sa.Column('dossier_code', sa.String(length=32), nullable=False),
        sa.Column('dossier_id', sa.String(length=36), nullable=True),
        sa.Column('received_at', sa.String(length=32), nullable=False),
        sa.Column('received_by', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('answer', sa.Text(), nullable=False),
        sa.Column('answered_by', sa.String(length=100), nullable=False),
        sa.Column('answered_at', sa.String(length=32), nullable=True),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('code'),
    )
    op.create_index('ix_feedback_received_code', 'feedback', ['received_at', 'code'])
    op.create_table(
        'feedback_counters',
        sa.Column('agency', sa.String(length=16), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('desk', sa.Integer(), nullable=False),
        sa.Column('last', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('agency', 'day', 'desk'),
    )
    with op.batch_alter_table('prints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('feedback_id', sa.String(length=36), nullable=True))
    op.create_index('ix_prints_feedback_id', 'prints', ['feedback_id'])


def downgrade() -> None:
    op.drop_index('ix_prints_feedback_id', table_name='prints')
    with op.batch_alter_table('prints', schema=None) as batch_op:
        batch_op.drop_column('feedback_id')
    op.drop_table('feedback_counters')
    op.drop_index('ix_feedback_received_code', table_name='feedback')
    op.drop_table('feedback')
