"""files the centre holds (once per SHA-256) and their places on dossiers

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 19:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('stored_files',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('stored_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('dossier_files',
    sa.Column('id', BigId, autoincrement=True, nullable=False),
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('paper', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ),
    sa.ForeignKeyConstraint(['sha256'], ['stored_files.sha256'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dossier_id', 'role', 'paper', 'sha256')
    )
    with op.batch_alter_table('dossier_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_files_dossier_id'), ['dossier_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_files_sha256'), ['sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dossier_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_files_sha256'))
        batch_op.drop_index(batch_op.f('ix_dossier_files_dossier_id'))
    op.drop_table('dossier_files')
    op.drop_table('stored_files')
