"""accounts and roles: the centre's head as a role beside officer and admin (the role
column holds it as it is), and the lock-out of an account after wrong passwords

Revision ID: 0013_roles
Revises: 0012_print_intents
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = '0013_roles'
down_revision = '0012_print_intents'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (the constant '0' keeps alembic from copying the table).
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_sign_ins', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('locked_until', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_sign_ins')
