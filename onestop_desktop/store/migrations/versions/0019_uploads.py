"""uploads of files to the centre: each file's tries and back-off

A file the centre refused (its hash, its size) waits its own back-off before it is tried
again, as a refused event does; the officer sees why.

Revision ID: 0019_uploads
Revises: 0018_files
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0019_uploads'
down_revision = '0018_files'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: the table (and its partial index) stays as it is.
    op.add_column('dossier_files', sa.Column('upload_attempts', sa.Integer(),
                                             server_default='0', nullable=False))
    op.add_column('dossier_files', sa.Column('upload_retry_at', sa.String(length=32),
                                             nullable=True))
    op.add_column('dossier_files', sa.Column('upload_error', sa.Text(), server_default='',
                                             nullable=False))


def downgrade() -> None:
    # The batch copy would lose the partial index's WHERE: dropped, and made again after.
    op.drop_index('ix_dossier_files_to_upload', table_name='dossier_files')
    with op.batch_alter_table('dossier_files') as batch:
        batch.drop_column('upload_error')
        batch.drop_column('upload_retry_at')
        batch.drop_column('upload_attempts')
    op.create_index('ix_dossier_files_to_upload', 'dossier_files', ['id'],
                    sqlite_where=sa.text('uploaded_at IS NULL'))
