"""notices the centre sent citizens (e-mail, SMS, Zalo), as the desks pull them: one row
per delivery attempt, shown on the dossier's timeline

Revision ID: 0021_notices
Revises: 0019_uploads
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0021_notices'
down_revision = '0019_uploads'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'notice_deliveries',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('dossier_id', sa.String(length=36), nullable=False),
        sa.Column('notice_id', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=10), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('address', sa.Text(), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('attempt', sa.Integer(), nullable=False),
        sa.Column('error', sa.Text(), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_notice_deliveries_dossier_id', 'notice_deliveries', ['dossier_id'])


def downgrade() -> None:
    op.drop_index('ix_notice_deliveries_dossier_id', table_name='notice_deliveries')
    op.drop_table('notice_deliveries')
