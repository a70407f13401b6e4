"""Writing many dossiers at once (demo and benchmark stores).

SQLAlchemy Core inserts, executemany, in large transactions on one connection tuned
for the load (no fsync per commit), its settings put back after.
Rows are given in their stored form: the ORM's type conversions (UTC text, JSON text)
are applied here once per value, not through a mapped object per row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, column, delete, func, insert, select, table, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql import TableClause

from ..domain.demo_dossiers import DemoDossier
from ..domain.search import dossier_tokens
from ..domain.text import fold
from . import audit, search_index
from .database import Store
from .models import (
    Base,
    CodeCounter,
    DossierDocumentRow,
    DossierEndRow,
    DossierReturnRow,
    DossierRow,
    OutboxEvent,
    PrintRow,
    StatusChangeRow,
)
from .types import JsonText, UtcDateTime

# For the load only: commits need not reach the disk one by one (a crash mid-load
# leaves demo data to make again). A larger page cache was measured and did not help
# (a million dossiers: 287 s with SQLite's default, 360 s with 512 MiB).
LOAD_PRAGMAS = {"synchronous": "OFF", "temp_store": "MEMORY"}

_utc = UtcDateTime().process_bind_param
_json = JsonText().process_bind_param


def utc_text(moment) -> str | None:
    return _utc(moment, None)


def json_text(value) -> str | None:
    return _json(value, None)


def _plain(model: type[Base]) -> TableClause:
    """The table without column types: values go to the driver as given."""
    return table(model.__tablename__, *(column(c.name) for c in model.__table__.columns))


_DOSSIERS, _DOCUMENTS, _CHANGES, _RETURNS, _COUNTERS = (
    _plain(m) for m in (DossierRow, DossierDocumentRow, StatusChangeRow, DossierReturnRow,
                        CodeCounter))
_FOLDED_KEPT = 100_000  # folded names kept for reuse
_INDEX = text(f"INSERT INTO {search_index.TABLE}(rowid, tokens) VALUES (:seq, :tokens)")


@dataclass
class DossierRows:
    """The rows a batch of dossiers adds, table by table, in stored form."""

    dossiers: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    returns: list[dict] = field(default_factory=list)
    index: list[dict] = field(default_factory=list)
    counters: dict[tuple, int] = field(default_factory=dict)  # (agency, day, desk) -> last

    def __len__(self) -> int:
        return len(self.dossiers)


class DemoRows:
    """Demo dossiers turned into rows, batch by batch (`add`, then `take` a batch).

    The texts that repeat (names, addresses, procedures) are folded once: the search key
    and the search tokens are the same strings an intake writes (a test holds them to
    dossier_repo.search_key and search_index.tokens_of)."""

    def __init__(self, agency: str):
        self.agency = agency
        self.batch = DossierRows()
        self._folded: dict[str, str] = {}
        self._places: dict[str, list[str]] = {}

    def take(self) -> DossierRows:
        batch, self.batch = self.batch, DossierRows()
        return batch

    def _fold(self, value: str) -> str:
        folded = self._folded.get(value)
        if folded is None:
            if len(self._folded) >= _FOLDED_KEPT:  # memory stays bounded however many
                self._folded.clear()
            folded = self._folded[value] = fold(value)
        return folded

    def _place_tokens(self, value: str, *, procedure: bool) -> list[str]:
        tokens = self._places.get(value)
        if tokens is None:
            text_of = {"procedure_name" if procedure else "address": value}
            tokens = dossier_tokens(code="", name="", id_number="", phone="",
                                    **{"address": "", "procedure_name": "", **text_of}).split()
            self._places[value] = tokens
        return tokens

    def _tokens(self, demo: DemoDossier) -> str:
        """dossier_tokens of the dossier, its place words (the same for many) computed once:
        the applicant's tokens, then the marked place tokens (a marked token never equals
        an applicant's one), each once."""
        person = demo.person
        own = dossier_tokens(code=demo.code, name=person.name, id_number=person.id_number,
                             phone=person.phone, address="", procedure_name="")
        places = dict.fromkeys(self._place_tokens(person.address, procedure=False)
                               + self._place_tokens(demo.procedure.name, procedure=True))
        return " ".join([own, *places]) if places else own

    def add(self, demo: DemoDossier, search_seq: int) -> None:
        rows = self.batch
        p, person = demo.procedure, demo.person
        fees = [{"name": f.name, "amount": f.amount} for f in p.fees]
        received = utc_text(demo.received_at)
        returned = demo.returned
        # As dossier_repo.search_key folds it for an intake (codes and digits are ASCII).
        key = " ".join(part for part in (demo.code.lower(), self._fold(person.name),
                                         person.id_number, person.phone, self._fold(p.name))
                       if part)
        rows.dossiers.append({
            "id": demo.id, "code": demo.code, "procedure_code": p.code,
            "procedure_name": p.name, "field_name": p.field, "field_code": p.field_code,
            "lead_agency": p.agency,
            "time_limit_text": p.time_limit.describe(), "applicant_kind": 1,
            "applicant_name": person.name, "id_number": person.id_number,
            "phone": person.phone, "address": person.address, "email": "",
            "birth_date": demo.birth_date.isoformat() if demo.birth_date else None,
            "gender": demo.gender, "notify": json_text(list(demo.notify)), "sets": demo.sets,
            "channel": demo.channel, "status": demo.status, "received_at": received,
            "due_at": utc_text(demo.due_at),
            "returned_at": utc_text(returned.returned_at) if returned else None,
            "fees": json_text(fees), "fee_total": p.total_fee, "note": "",
            "received_by": demo.received_by, "search_key": key, "search_seq": search_seq,
            "created_at": received, "updated_at": utc_text(demo.updated_at)})
        rows.documents += [{"dossier_id": demo.id, "position": i, "name": d.name,
                            "original": d.original, "certified": d.certified, "photo": d.photo}
                           for i, d in enumerate(demo.documents)]
        rows.changes += [{"dossier_id": demo.id, "from_status": s.from_status,
                          "to_status": s.to_status, "at": utc_text(s.at), "actor": s.actor,
                          "source": s.source, "note": ""} for s in demo.history]
        if returned is not None:
            rows.returns.append({
                "dossier_id": demo.id, "returned_at": utc_text(returned.returned_at),
                "recipient_name": returned.recipient_name,
                "recipient_id_number": returned.recipient_id_number,
                "authorised": int(returned.authorised),
                "fees_collected": returned.fees_collected, "timing": returned.timing.value,
                "rating": returned.rating, "rating_comment": "", "actor": demo.received_by})
        rows.index.append({"seq": search_seq, "tokens": self._tokens(demo)})
        key = (self.agency, demo.code_day.isoformat(), demo.desk)
        rows.counters[key] = max(rows.counters.get(key, 0), demo.counter)


class BulkWriter:
    """One connection for a load: `with BulkWriter(store) as writer:`, then
    `with writer.transaction(): writer.write(rows)` as many times as needed."""

    def __init__(self, store: Store):
        self.store = store
        self.connection: Connection | None = None
        self._saved: dict[str, object] = {}

    def __enter__(self) -> BulkWriter:
        self.connection = self.store.engine.connect()
        cursor = self.connection.connection.dbapi_connection.cursor()
        try:
            for name, value in LOAD_PRAGMAS.items():
                self._saved[name] = cursor.execute(f"PRAGMA {name}").fetchone()[0]
                cursor.execute(f"PRAGMA {name}={value}")
        finally:
            cursor.close()
        return self

    def __exit__(self, *exc) -> None:
        assert self.connection is not None
        try:
            if self.connection.in_transaction():
                self.connection.rollback()
            cursor = self.connection.connection.dbapi_connection.cursor()
            try:
                for name, value in self._saved.items():
                    cursor.execute(f"PRAGMA {name}={value}")
                # The load's write-ahead log folded into the file and emptied.
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                cursor.close()
        finally:
            self.connection.close()
            self.connection = None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE): commit on success, else roll back."""
        assert self.connection is not None
        with self.connection.begin():
            yield self.connection

    def write(self, rows: DossierRows) -> None:
        """Insert the rows, in the current transaction."""
        c = self.connection
        assert c is not None
        for clause, values in ((_DOSSIERS, rows.dossiers), (_DOCUMENTS, rows.documents),
                               (_CHANGES, rows.changes), (_RETURNS, rows.returns)):
            if values:
                c.execute(insert(clause), values)
        # Each dossier on the audit chain, as an intake puts it there.
        audit.append(c.connection.driver_connection, [
            audit.Entry(d["created_at"], d["received_by"], "dossier.received", d["id"],
                        json_text({"code": d["code"], "status": d["status"]}))
            for d in rows.dossiers])
        if rows.index:
            c.execute(_INDEX, rows.index)
        if rows.counters:
            stmt = sqlite_insert(_COUNTERS)
            # A counter only ever goes up: a later intake must never reuse a number.
            stmt = stmt.on_conflict_do_update(
                index_elements=["agency", "day", "desk"],
                set_={"last": text("max(code_counters.last, excluded.last)")})
            c.execute(stmt, [{"agency": a, "day": d, "desk": k, "last": last}
                             for (a, d, k), last in rows.counters.items()])

    def delete_dossiers(self) -> None:
        """Every dossier and what hangs on it (their prints, outbox events, statuses,
        papers, hand-backs, search entries, code counters), in the current transaction:
        for a store holding only demo data (the caller has checked, in this transaction).
        The audit trail stays."""
        c = self.connection
        assert c is not None
        for model in (DossierDocumentRow, StatusChangeRow, DossierReturnRow, DossierEndRow):
            c.execute(delete(model))
        c.execute(delete(PrintRow).where(PrintRow.dossier_id.is_not(None)))
        c.execute(delete(OutboxEvent).where(OutboxEvent.dossier_id.is_not(None)))
        c.execute(delete(DossierRow))
        c.execute(delete(CodeCounter))
        # The index holds no text: emptied whole, as FTS5 allows a contentless table.
        c.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) "
                       f"VALUES ('delete-all')"))

    def count_dossiers(self) -> int:
        assert self.connection is not None
        return self.connection.scalar(select(func.count()).select_from(DossierRow)) or 0
