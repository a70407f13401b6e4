"""the person who submits (when not the owner) and how the result goes back

Revision ID: 0007_submitter
Revises: 0006
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0007_submitter'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: no copy of the table.
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('submitter_name', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('submitter_id_number', sa.String(length=20),
                                      nullable=True))
        batch_op.add_column(sa.Column('submitter_phone', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('submitter_authorised', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('delivery_method', sa.String(length=8), nullable=False,
                                      server_default='desk'))
        batch_op.add_column(sa.Column('delivery_address', sa.Text(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        for name in ('delivery_address', 'delivery_method', 'submitter_authorised',
                     'submitter_phone', 'submitter_id_number', 'submitter_name'):
            batch_op.drop_column(name)
