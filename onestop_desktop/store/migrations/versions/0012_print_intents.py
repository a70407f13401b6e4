"""print intents: a print is recorded before its PDF is moved into place

A print is committed with an intent row naming the file it is about to place; the row
goes once the file is there. A print left with its intent by a process that died is
confirmed or released at the next print or open (services/print_publication.py).
Prints made before this revision have no intent: they are confirmed.

Revision ID: 0012_print_intents
Revises: 0011_field_code
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = '0012_print_intents'
down_revision = '0011_field_code'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'print_intents',
        sa.Column('print_id', sa.Integer(), nullable=False),
        sa.Column('path', sa.Text(), nullable=False),
        sa.Column('staged', sa.Text(), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('token', sa.String(length=32), nullable=False),
        sa.Column('action', sa.String(length=32), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['print_id'], ['prints.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('print_id'),
    )


def downgrade() -> None:
    op.drop_table('print_intents')
