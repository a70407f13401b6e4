"""Store 0011 on a store that has dossiers and the bundled catalogue: the procedures loaded
from the bundled catalogue get its field codes and their dossiers the code of their field;
a procedure of another catalogue keeps none; organisations count as businesses; the
models match the migrations."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import dossier_repo
from onestop_desktop.store.database import Store
from onestop_desktop.store.migrate import alembic_config
from onestop_desktop.store.models import Base
from tests.conftest import local, sample_request, store_engine


def test_0011_gives_the_bundled_catalogue_s_field_codes_to_old_dossiers(store, data_dir):
    taken = IntakeService(store, clock=lambda: local(2026, 11, 30, 9, 15)).intake(
        sample_request(), "canbo1")
    store.close()
    engine = store_engine(data_dir / 'onestop.sqlite3')
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010_fees")
        columns = {r[1] for r in connection.execute(text("PRAGMA table_info(dossiers)"))}
        assert "field_code" not in columns and "organisation_type" not in columns
        # A procedure from a province's own catalogue: the sample's codes are not its.
        connection.execute(text("UPDATE procedures SET catalogue_version = 'tinh-2026' "
                                "WHERE code = '1.001193'"))
        connection.commit()
        command.upgrade(config, "head")
        connection.commit()
        codes = dict(connection.execute(text(
            "SELECT code, field_code FROM procedures WHERE code IN "
            "('1.001612', '2.002040', '1.001193')")).all())
        dossier = connection.execute(text(
            "SELECT field_code, organisation_type FROM dossiers WHERE code = :code"),
            {"code": taken.code}).one()
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert codes == {"1.001612": "MAU-HOKINHDOANH", "2.002040": "MAU-DOANHNGHIEP",
                     "1.001193": ""}
    assert tuple(dossier) == ("MAU-HOKINHDOANH", "")
    assert [d for d in diff if "field_code" in repr(d) or "organisation_type" in repr(d)] == []
    reopened = Store.open(data_dir)
    try:
        with reopened.read() as session:
            assert dossier_repo.get_by_code(session, taken.code).field_code == "MAU-HOKINHDOANH"
    finally:
        reopened.close()
