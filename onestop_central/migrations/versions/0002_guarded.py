"""devices' desk-number width; audit chain heads

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 03:10:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('desk_digits', sa.Integer(), server_default='1',
                                      nullable=False))

    op.create_table('audit_heads',
    sa.Column('id', BigId, autoincrement=True, nullable=False),
    sa.Column('device_id', BigId, nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('diverged', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_heads', schema=None) as batch_op:
        batch_op.create_index('ix_audit_heads_device_seq', ['device_id', 'seq'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_heads', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_heads_device_seq')
    op.drop_table('audit_heads')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('desk_digits')
