"""the applicant's nationality (a foreigner's passport), where a procedure's code was confirmed

Revision ID: 0008_identity
Revises: 0007_submitter
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0008_identity'
down_revision = '0007_submitter'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs with a default: SQLite adds them without copying the table.
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nationality', sa.String(length=3), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.Text(), nullable=False,
                                      server_default='unverified'))


def downgrade() -> None:
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_column('source')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_column('nationality')
