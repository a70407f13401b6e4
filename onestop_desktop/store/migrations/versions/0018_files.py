"""files on dossiers: scanned papers, scanned results and forms sent back to the centre

The bytes live in the data directory's content-addressed file store; the table says where
each file belongs on its dossier and whether the centre has it.

Revision ID: 0018_files
Revises: 0017_queue_tickets
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0018_files'
down_revision = '0017_queue_tickets'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'dossier_files',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('dossier_id', sa.String(length=36), nullable=False),
        sa.Column('role', sa.String(length=8), nullable=False),
        sa.Column('paper', sa.Integer(), server_default='0', nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('pages', sa.Integer(), server_default='0', nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('media_type', sa.String(length=64), server_default='application/pdf',
                  nullable=False),
        sa.Column('source', sa.String(length=8), nullable=False),
        sa.Column('added_at', sa.String(length=32), nullable=False),
        sa.Column('added_by', sa.String(length=64), nullable=False),
        sa.Column('uploaded_at', sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('dossier_id', 'role', 'paper', 'sha256'),
    )
    op.create_index('ix_dossier_files_dossier_id', 'dossier_files', ['dossier_id'])
    op.create_index('ix_dossier_files_sha256', 'dossier_files', ['sha256'])
    op.create_index('ix_dossier_files_to_upload', 'dossier_files', ['id'],
                    sqlite_where=sa.text('uploaded_at IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_dossier_files_to_upload', table_name='dossier_files')
    op.drop_index('ix_dossier_files_sha256', table_name='dossier_files')
    op.drop_index('ix_dossier_files_dossier_id', table_name='dossier_files')
    op.drop_table('dossier_files')
