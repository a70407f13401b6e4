"""applicant's birth date and gender, the citizen's notice channels

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite adds them without copying the table (a desk holds years).
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('birth_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('gender', sa.String(length=8), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('notify', sa.Text(), nullable=False,
                                      server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_column('notify')
        batch_op.drop_column('gender')
        batch_op.drop_column('birth_date')
