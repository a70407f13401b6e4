"""the reports' indexes: dossiers whose processing ended in a period (status changes by
status and time), results handed back in a period, and dossiers paid online

Revision ID: 0016_report_indexes
Revises: 0015_feedback
Create Date: 2026-12-04
"""
from alembic import op

revision = '0016_report_indexes'
down_revision = '0015_feedback'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_status_changes_to_at', 'status_changes', ['to_status', 'at'])
    op.create_index('ix_dossier_returns_returned_at', 'dossier_returns', ['returned_at'])
    op.create_index('ix_fee_collections_method', 'fee_collections', ['method', 'dossier_id'])


def downgrade() -> None:
    op.drop_index('ix_fee_collections_method', table_name='fee_collections')
    op.drop_index('ix_dossier_returns_returned_at', table_name='dossier_returns')
    op.drop_index('ix_status_changes_to_at', table_name='status_changes')
