"""the national portal record: each procedure's and dossier's field code (MaLinhVuc, the
field's name being TenLinhVuc), and an organisation's kind (LoaiDoiTuong 2, 3 or 4)

A store holding the bundled sample catalogue gets that catalogue's field codes, and its
dossiers the code of their procedure's field; other catalogues get theirs when they are
loaded again (a catalogue from before codes were kept has none to give).

Revision ID: 0011_field_code
Revises: 0010_fees
Create Date: 2026-12-05
"""
import json

import sqlalchemy as sa
from alembic import op

from onestop_desktop.resources import resource_path

revision = '0011_field_code'
down_revision = '0010_fees'
branch_labels = None
depends_on = None

BUNDLED_CATALOGUE = ("catalogue", "sample_procedures.json")


def upgrade() -> None:
    # Plain ADD COLUMNs (see 0009): no copy of the dossiers table.
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('field_code', sa.Text(), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('field_code', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('organisation_type', sa.String(length=16),
                                      nullable=False, server_default=''))
    _codes_of_the_bundled_catalogue()


def _codes_of_the_bundled_catalogue() -> None:
    """The bundled catalogue's field codes for the procedures loaded from it (same
    catalogue version, same code and field), then for their dossiers."""
    with open(resource_path(*BUNDLED_CATALOGUE), encoding="utf-8") as handle:
        bundled = json.load(handle)
    rows = [{"code": p["code"], "field": p.get("field", ""), "field_code": p["field_code"],
             "version": str(bundled.get("version", ""))}
            for p in bundled.get("procedures", []) if p.get("field_code")]
    if not rows:
        return
    connection = op.get_bind()
    connection.execute(sa.text(
        "UPDATE procedures SET field_code = :field_code WHERE code = :code "
        "AND field_name = :field AND catalogue_version = :version"), rows)
    connection.execute(sa.text(
        "UPDATE dossiers SET field_code = (SELECT p.field_code FROM procedures p "
        "WHERE p.code = dossiers.procedure_code AND p.field_name = dossiers.field_name) "
        "WHERE EXISTS (SELECT 1 FROM procedures p WHERE p.code = dossiers.procedure_code "
        "AND p.field_name = dossiers.field_name AND p.field_code != '')"))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a copy of the table (see 0009).
    with op.batch_alter_table('dossiers', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('organisation_type')
        batch_op.drop_column('field_code')
    with op.batch_alter_table('procedures', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('field_code')
