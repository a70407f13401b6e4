"""the dossier list's indexes: keyset pages newest first (overall, by status, by
procedure) and soonest due among dossiers still being processed

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

from onestop_desktop.store.models import OPEN_CONDITION

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_dossiers_status_due', table_name='dossiers')
    op.drop_index('ix_dossiers_received_at', table_name='dossiers')
    op.create_index('ix_dossiers_received_code', 'dossiers', ['received_at', 'code'])
    op.create_index('ix_dossiers_status_received', 'dossiers', ['status', 'received_at', 'code'])
    op.create_index('ix_dossiers_procedure_received', 'dossiers',
                    ['procedure_code', 'received_at', 'code'])
    op.create_index('ix_dossiers_open_due', 'dossiers', ['due_at', 'code'],
                    sqlite_where=sa.text(OPEN_CONDITION))


def downgrade() -> None:
    for name in ('ix_dossiers_open_due', 'ix_dossiers_procedure_received',
                 'ix_dossiers_status_received', 'ix_dossiers_received_code'):
        op.drop_index(name, table_name='dossiers')
    op.create_index('ix_dossiers_received_at', 'dossiers', ['received_at'])
    op.create_index('ix_dossiers_status_due', 'dossiers', ['status', 'due_at'])
