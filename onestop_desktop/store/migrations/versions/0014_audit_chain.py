"""the audit trail hash-chained: each row's seq, the previous row's hash, its own hash and,
for rows about a dossier, the digest of the dossier's row

The rows already there are chained in the order they were written. What each dossier
held when they were written is not known: the dossiers as they are now are taken as
written by their latest audit row (its digest), and a dossier no row speaks for (demo
data loaded in bulk) gets one row saying it entered the chain here.

Revision ID: 0014_audit_chain
Revises: 0013_roles
Create Date: 2026-12-03
"""
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from onestop_desktop.domain import audit_chain as chain
from onestop_desktop.store import audit

revision = '0014_audit_chain'
down_revision = '0013_roles'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs and an index: no copy of the table.
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('dossier_digest', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
    _chain_existing(op.get_bind().connection.driver_connection)
    op.create_index('ix_audit_seq', 'audit', ['seq'], unique=True)


def _chain_existing(dbapi) -> None:
    latest = {dossier_id: row_id for dossier_id, row_id in dbapi.execute(
        "SELECT dossier_id, max(id) FROM audit WHERE dossier_id IS NOT NULL "
        "GROUP BY dossier_id")}
    prev, seq = chain.GENESIS, 0
    rows = dbapi.execute("SELECT id, at, actor, action, dossier_id, detail FROM audit "
                         "ORDER BY id").fetchall()
    updates = []
    for row_id, at, actor, action, dossier_id, detail in rows:
        digest = None
        if dossier_id is not None and latest.get(dossier_id) == row_id:
            digest = audit.current_digest(dbapi, dossier_id)
        seq += 1
        value = json.loads(detail) if detail is not None else None
        own = chain.row_hash(seq, at, actor, action, dossier_id, value, prev, digest)
        updates.append((seq, prev, digest, own, row_id))
        prev = own
    dbapi.executemany("UPDATE audit SET seq = ?, prev_hash = ?, dossier_digest = ?, hash = ? "
                      "WHERE id = ?", updates)
    orphans = [dossier_id for (dossier_id,) in dbapi.execute(
        "SELECT id FROM dossiers WHERE id NOT IN "
        "(SELECT dossier_id FROM audit WHERE dossier_id IS NOT NULL) ORDER BY received_at, id")]
    now = datetime.now(UTC)
    for start in range(0, len(orphans), 5000):
        audit.append(dbapi, [audit.entry("system", "audit.chained", dossier_id, {}, now)
                             for dossier_id in orphans[start:start + 5000]])


def downgrade() -> None:
    op.drop_index('ix_audit_seq', table_name='audit')
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('dossier_digest')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('seq')
