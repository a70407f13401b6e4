"""queue tickets on the dossier: the number the citizen held, when the queue system issued
it (only when the ticket's barcode says so) and when this desk called it; the serving time
is from the call to the dossier's save (its created_at)

Revision ID: 0017_queue_tickets
Revises: 0016_report_indexes
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0017_queue_tickets'
down_revision = '0016_report_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain nullable ADD COLUMNs: no copy of the table (dossiers before have no ticket).
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ticket', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('ticket_issued_at', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('ticket_called_at', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('ticket_called_at')
        batch_op.drop_column('ticket_issued_at')
        batch_op.drop_column('ticket')
