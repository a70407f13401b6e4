"""Dossier lists in SQL: filters, order and LIMIT in the statement, keyset pages, counts.

Nothing here loads more rows than a page: each order has an index that the statement
walks from where the last page stopped, so a page costs the same at a hundred dossiers
and at a million.
- newest first: (received_at DESC, code DESC) on ix_dossiers_received_code, or on
  ix_dossiers_status_received / ix_dossiers_procedure_received when one status or one
  procedure is asked for;
- soonest due first among dossiers still being processed: (due_at, code) on the partial
  index ix_dossiers_open_due (the statement repeats its WHERE word for word, so SQLite
  may use it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Select, func, literal, select, text, tuple_
from sqlalchemy.orm import Session

from ..domain.listing import DossierSummary
from ..domain.status import Status
from .models import OPEN_CONDITION, DossierRow, of_agency


class Order(StrEnum):
    NEWEST = "newest"  # received_at DESC, code DESC
    SOONEST_DUE = "soonest_due"  # due_at ASC, code ASC (open dossiers only)


@dataclass(frozen=True)
class ListQuery:
    agency: str
    statuses: tuple[int, ...] = ()  # empty: any
    open_only: bool = False  # processing not ended (OPEN_STATUSES)
    procedure_code: str = ""
    received_from: datetime | None = None
    received_to: datetime | None = None  # exclusive
    due_from: datetime | None = None
    due_to: datetime | None = None  # exclusive
    order: Order = Order.NEWEST
    channel: int | None = None  # None: any (the portal's KenhThucHien)


PageKey = tuple  # the last row's sort values: (received_at, code) or (due_at, code)

_COLUMNS = (DossierRow.code, DossierRow.applicant_name, DossierRow.id_number,
            DossierRow.phone, DossierRow.procedure_code, DossierRow.procedure_name,
            DossierRow.received_at, DossierRow.due_at, DossierRow.status,
            DossierRow.search_seq, DossierRow.due_provisional)


def _summary(row) -> DossierSummary:
    return DossierSummary(row.code, row.applicant_name, row.id_number, row.phone,
                          row.procedure_code, row.procedure_name, row.received_at,
                          row.due_at, Status(row.status), row.search_seq or 0,
                          bool(row.due_provisional))


def _where(stmt: Select, q: ListQuery) -> Select:
    stmt = stmt.where(of_agency(q.agency))
    if q.open_only or q.order is Order.SOONEST_DUE:
        stmt = stmt.where(text(OPEN_CONDITION))
    if q.statuses:
        stmt = stmt.where(DossierRow.status.in_(q.statuses))
    if q.channel is not None:
        stmt = stmt.where(DossierRow.channel == q.channel)
    if q.procedure_code:
        stmt = stmt.where(DossierRow.procedure_code == q.procedure_code)
    if q.received_from is not None:
        stmt = stmt.where(DossierRow.received_at >= q.received_from)
    if q.received_to is not None:
        stmt = stmt.where(DossierRow.received_at < q.received_to)
    if q.due_from is not None:
        stmt = stmt.where(DossierRow.due_at >= q.due_from)
    if q.due_to is not None:
        stmt = stmt.where(DossierRow.due_at < q.due_to)
    if q.order is Order.SOONEST_DUE:
        stmt = stmt.where(DossierRow.due_at.is_not(None))
    return stmt


def _page_key(time_column, after: PageKey):
    """The last row's key as the columns store it: a bare datetime in a row value is
    bound as SQLite's default text ("2026-12-03 08:00:00"), not the stored ISO form
    with its "T", so rows of the same day as the page's end would compare wrongly."""
    return tuple_(literal(after[0], time_column.type), literal(after[1], DossierRow.code.type))


def page(session: Session, q: ListQuery, after: PageKey | None, limit: int
         ) -> tuple[list[DossierSummary], PageKey | None]:
    """Up to `limit` rows after `after`, and the key of the next page (None: the end)."""
    stmt = _where(select(*_COLUMNS), q)
    if q.order is Order.SOONEST_DUE:
        if after is not None:
            stmt = stmt.where(tuple_(DossierRow.due_at, DossierRow.code)
                              > _page_key(DossierRow.due_at, after))
        stmt = stmt.order_by(DossierRow.due_at, DossierRow.code)
    else:
        if after is not None:
            stmt = stmt.where(tuple_(DossierRow.received_at, DossierRow.code)
                              < _page_key(DossierRow.received_at, after))
        stmt = stmt.order_by(DossierRow.received_at.desc(), DossierRow.code.desc())
    rows = [_summary(r) for r in session.execute(stmt.limit(limit + 1))]
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    key = ((last.due_at, last.code) if q.order is Order.SOONEST_DUE
           else (last.received_at, last.code))
    return rows, key


def count(session: Session, q: ListQuery) -> int:
    return session.scalar(_where(select(func.count()).select_from(DossierRow), q)) or 0


def by_seqs(session: Session, q: ListQuery, seqs: Sequence[int]) -> list[DossierSummary]:
    """The dossiers of these search_seqs that pass the filters, in the order given."""
    if not seqs:
        return []
    rank = {seq: i for i, seq in enumerate(seqs)}
    stmt = _where(select(*_COLUMNS), q).where(DossierRow.search_seq.in_(list(seqs)))
    return sorted((_summary(r) for r in session.execute(stmt)), key=lambda s: rank[s.seq])


def by_code(session: Session, q: ListQuery, code: str) -> list[DossierSummary]:
    stmt = _where(select(*_COLUMNS), q).where(DossierRow.code == code)
    return [_summary(r) for r in session.execute(stmt)]
