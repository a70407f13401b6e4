"""reports read from indexes: each dossier's first end (dossier_ends, kept by a trigger on
status_changes and filled here from the changes so far), a covering index for the received
figures, the hand-backs' ratings in their index, the ticket dossiers' own index; the
status changes' (to_status, at) index, which only the reports used, goes

Filling dossier_ends reads every status change once: about a minute on a desk of a million
dossiers, once.

Revision ID: 0022_report_speed
Revises: 0021_notices
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0022_report_speed'
down_revision = '0021_notices'
branch_labels = None
depends_on = None

# As models.FIRST_END_TRIGGER was when this revision was written.
FIRST_END_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS tr_status_changes_first_end
AFTER INSERT ON status_changes WHEN NEW.to_status = 9
BEGIN
    INSERT INTO dossier_ends (dossier_id, code, done_at, timing, procedure_code,
                              received_by)
    SELECT d.id, d.code, NEW.at,
           CASE WHEN d.due_at IS NULL THEN 'on_time'
                WHEN NEW.at > d.due_at THEN 'late'
                WHEN date(NEW.at, '+7 hours') < date(d.due_at, '+7 hours') THEN 'early'
                ELSE 'on_time' END,
           d.procedure_code, d.received_by
    FROM dossiers AS d WHERE d.id = NEW.dossier_id
    ON CONFLICT (dossier_id) DO UPDATE SET done_at = excluded.done_at,
        timing = excluded.timing WHERE excluded.done_at < dossier_ends.done_at;
END
"""

FILL_ENDS = """
INSERT INTO dossier_ends (dossier_id, code, done_at, timing, procedure_code, received_by)
SELECT d.id, d.code, s.at,
       CASE WHEN d.due_at IS NULL THEN 'on_time'
            WHEN s.at > d.due_at THEN 'late'
            WHEN date(s.at, '+7 hours') < date(d.due_at, '+7 hours') THEN 'early'
            ELSE 'on_time' END,
       d.procedure_code, d.received_by
FROM (SELECT dossier_id, min(at) AS at FROM status_changes WHERE to_status = 9
      GROUP BY dossier_id) AS s
JOIN dossiers AS d ON d.id = s.dossier_id
"""


def upgrade() -> None:
    op.create_table(
        'dossier_ends',
        sa.Column('dossier_id', sa.String(length=36), nullable=False),
        sa.Column('code', sa.String(length=32), nullable=False),
        sa.Column('done_at', sa.String(length=32), nullable=False),
        sa.Column('timing', sa.String(length=8), nullable=False),
        sa.Column('procedure_code', sa.String(length=16), nullable=False),
        sa.Column('received_by', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('dossier_id'),
    )
    op.execute(FILL_ENDS)
    op.create_index('ix_dossier_ends_report', 'dossier_ends',
                    ['done_at', 'procedure_code', 'received_by', 'timing', 'code'])
    op.execute(FIRST_END_TRIGGER)
    op.drop_index('ix_status_changes_to_at', table_name='status_changes')
    op.create_index('ix_dossiers_report', 'dossiers',
                    ['received_at', 'channel', 'status', 'procedure_code', 'received_by',
                     'due_at', 'fee_total', 'code'])
    op.create_index('ix_dossiers_ticket_received', 'dossiers', ['received_at'],
                    sqlite_where=sa.text('ticket IS NOT NULL'))
    op.drop_index('ix_dossier_returns_returned_at', table_name='dossier_returns')
    op.create_index('ix_dossier_returns_returned_at', 'dossier_returns',
                    ['returned_at', 'rating'])


def downgrade() -> None:
    op.drop_index('ix_dossier_returns_returned_at', table_name='dossier_returns')
    op.create_index('ix_dossier_returns_returned_at', 'dossier_returns', ['returned_at'])
    op.drop_index('ix_dossiers_ticket_received', table_name='dossiers')
    op.drop_index('ix_dossiers_report', table_name='dossiers')
    op.create_index('ix_status_changes_to_at', 'status_changes', ['to_status', 'at'])
    op.execute("DROP TRIGGER IF EXISTS tr_status_changes_first_end")
    op.drop_index('ix_dossier_ends_report', table_name='dossier_ends')
    op.drop_table('dossier_ends')
