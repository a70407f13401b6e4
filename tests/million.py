"""A desk's store with a million dossiers, made in seconds for the slow tests.

`demo-data` makes a million realistic dossiers in about five minutes; a test needs only
the dossiers table at that size. So 10,000 demo dossiers are made the real way, then
copied a hundred times in SQL, each copy with its own id, code and insertion number
(every column the table has is copied, so a column added later needs nothing here).
The copies' other tables (papers, history, the search index) are left out: these stores
are for the list, the counts and the reports, not for opening one dossier.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from onestop_desktop.desk import Desk
from onestop_desktop.services.demo_data import make_demo_data
from onestop_desktop.store.cipher import dbapi, raw_connection
from onestop_desktop.store.database import DB_FILENAME
from onestop_desktop.store.models import DossierRow

AGENCY = "000.00.01.H22"
BASE = 10_000
COPIES = 100
PER_DAY = 90  # numbers a copy may use on one day: 999 + copy * 90 + rank <= 9999
REPLACED = {"id", "code", "search_seq"}
# What a copy of a dossier is made of: the same day, another number.
DAY = "substr(code, length(code) - 10, 6)"


def make_million_store(data_dir: Path, now: datetime | None = None) -> int:
    """BASE x COPIES dossiers in data_dir's store; returns how many."""
    desk = Desk.open(data_dir)
    try:
        desk.setup.ensure_embedded_default()
        make_demo_data(desk.store, BASE, seed=11, actor="test",
                       now=now or datetime.now(UTC))
    finally:
        desk.close()
    with raw_connection(data_dir / DB_FILENAME, isolation_level=None) as raw:
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("BEGIN")
        raw.execute(f"CREATE TEMP TABLE base AS SELECT *, row_number() OVER "
                    f"(PARTITION BY {DAY} ORDER BY code) AS rank FROM dossiers")
        busiest = raw.execute("SELECT max(rank) FROM base").fetchone()[0]
        assert busiest <= PER_DAY, f"{busiest} demo dossiers on one day"
        for table in _tables_below_dossiers(raw):
            raw.execute(f"DELETE FROM {table}")
        raw.execute("DELETE FROM dossiers")
        columns = [c.name for c in DossierRow.__table__.columns]
        kept = [c for c in columns if c not in REPLACED]
        made = (f"lower(hex(randomblob(16))), "
                f"substr(code, 1, length(code) - 4) || printf('%04d', 999 + k * {PER_DAY}"
                f" + rank), k * {BASE} + search_seq")
        raw.execute(f"INSERT INTO dossiers (id, code, search_seq, {', '.join(kept)}) "
                    f"WITH RECURSIVE copy(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM copy "
                    f"WHERE k < {COPIES - 1}) "
                    f"SELECT {made}, {', '.join(kept)} FROM copy, base")
        raw.execute("COMMIT")
        return raw.execute("SELECT count(*) FROM dossiers").fetchone()[0]


def _tables_below_dossiers(raw: dbapi.Connection) -> list[str]:
    """Tables whose rows point at a dossier (their foreign keys)."""
    names = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'")]
    return [n for n in names
            if any(fk[2] == "dossiers" for fk in raw.execute(f"PRAGMA foreign_key_list({n})"))]
