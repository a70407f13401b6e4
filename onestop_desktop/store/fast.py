"""Plain inserts on the driver's cursor, for the desk's most frequent write (an intake).

SQLAlchemy builds, caches and runs each statement at a cost of about a tenth of a
millisecond; an intake writes a dozen rows, so that overhead alone was several times the
durable commit it waits for. Here the INSERT text is made once per table and set of
columns, each value converted by its column type's own bind processor (so what is stored
is exactly what the ORM would store: UTC ISO times, JSON text, ISO dates), and run on
the session's own connection, inside its transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

Processor = Callable[[Any], Any] | None


@cache
def _prepared(table: Table, columns: tuple[str, ...], dialect: Dialect
              ) -> tuple[str, list[Processor]]:
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    return sql, [table.c[name].type._cached_bind_processor(dialect) for name in columns]


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `table`, in the session's transaction."""
    if not rows:
        return
    connection = session.connection()
    columns = tuple(rows[0])
    sql, processors = _prepared(table, columns, connection.dialect)
    values = [[value if convert is None else convert(value)
               for value, convert in zip((row[c] for c in columns), processors, strict=True)]
              for row in rows]
    connection.connection.driver_connection.executemany(sql, values)


def first_row(session: Session, sql: str, *params: Any) -> tuple | None:
    """The first row of a plain statement (the hot path's look-ups), or None."""
    cursor = session.connection().connection.driver_connection.execute(sql, params)
    try:
        return cursor.fetchone()
    finally:
        cursor.close()
