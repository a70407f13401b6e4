"""online dossiers: the portal's devices, and dossiers no desk sent

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-03 20:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0004'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('portal', sa.Boolean(), server_default='0',
                                      nullable=False))
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.alter_column('device_id', existing_type=BigId, nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.alter_column('device_id', existing_type=BigId, nullable=False)
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('portal')
