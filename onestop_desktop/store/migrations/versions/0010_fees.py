"""fees at the counter: each dossier's fee plan, collections with their receipt numbers,
refunds, and the desk's receipt counters

Dossiers taken in before this revision get no plan row: their fees are collected at the
hand-back (domain/fees.py). Their fee lines keep the JSON they had; a line without a
kind takes the one its name says.

Revision ID: 0010_fees
Revises: 0009_calendar
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = '0010_fees'
down_revision = '0009_calendar'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'dossier_fees',
        sa.Column('dossier_id', sa.String(length=36), nullable=False),
        sa.Column('collect', sa.String(length=10), nullable=False),
        sa.Column('method', sa.String(length=10), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('dossier_id'),
    )
    op.create_table(
        'fee_collections',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('dossier_id', sa.String(length=36), nullable=False),
        sa.Column('receipt_form', sa.String(length=20), nullable=False),
        sa.Column('receipt_series', sa.String(length=20), nullable=False),
        sa.Column('receipt_number', sa.String(length=8), nullable=False),
        sa.Column('desk', sa.Integer(), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('method', sa.String(length=10), nullable=False),
        sa.Column('lines', sa.Text(), nullable=False),
        sa.Column('occasion', sa.String(length=10), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.Column('actor', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('receipt_form', 'receipt_series', 'receipt_number',
                            name='uq_fee_collections_receipt'),
    )
    op.create_index('ix_fee_collections_dossier_id', 'fee_collections', ['dossier_id'])
    op.create_index('ix_fee_collections_at', 'fee_collections', ['at'])
    op.create_table(
        'fee_refunds',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('collection_id', sa.String(length=36), nullable=False),
        sa.Column('dossier_id', sa.String(length=36), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('method', sa.String(length=10), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.Column('actor', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['collection_id'], ['fee_collections.id'],
                                ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_fee_refunds_collection_id', 'fee_refunds', ['collection_id'])
    op.create_index('ix_fee_refunds_dossier_id', 'fee_refunds', ['dossier_id'])
    op.create_index('ix_fee_refunds_at', 'fee_refunds', ['at'])
    op.create_table(
        'fee_receipt_counters',
        sa.Column('form', sa.String(length=20), nullable=False),
        sa.Column('series', sa.String(length=20), nullable=False),
        sa.Column('desk', sa.Integer(), nullable=False),
        sa.Column('last', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('form', 'series', 'desk'),
    )


def downgrade() -> None:
    op.drop_table('fee_receipt_counters')
    op.drop_index('ix_fee_refunds_at', table_name='fee_refunds')
    op.drop_index('ix_fee_refunds_dossier_id', table_name='fee_refunds')
    op.drop_index('ix_fee_refunds_collection_id', table_name='fee_refunds')
    op.drop_table('fee_refunds')
    op.drop_index('ix_fee_collections_at', table_name='fee_collections')
    op.drop_index('ix_fee_collections_dossier_id', table_name='fee_collections')
    op.drop_table('fee_collections')
    op.drop_table('dossier_fees')
