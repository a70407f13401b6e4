"""Printed forms: each print is a row (copy 1 = first print, then reprints).

A print still carrying its intent (PrintIntentRow) holds its copy number, so no other
print takes it, but is not shown as printed until it is confirmed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, exists, func, select, text, true, tuple_
from sqlalchemy.orm import Session

from ..domain.ledger import Handover, LedgerEntry
from ..domain.returns import Timing
from ..domain.status import Status
from .models import DossierReturnRow, DossierRow, PrintIntentRow, PrintRow
from .types import UtcDateTime


def first_print(session: Session, dossier_id: str, form: str) -> PrintRow | None:
    return session.scalar(select(PrintRow)
                          .where(PrintRow.dossier_id == dossier_id, PrintRow.form == form)
                          .order_by(PrintRow.copy_no, PrintRow.id).limit(1))


def last_copy_no(session: Session, dossier_id: str | None, form: str) -> int:
    stmt = select(func.max(PrintRow.copy_no)).where(PrintRow.form == form)
    stmt = stmt.where(PrintRow.dossier_id.is_(None) if dossier_id is None
                      else PrintRow.dossier_id == dossier_id)
    return session.scalar(stmt) or 0


def add_print(session: Session, *, dossier_id: str | None, form: str, copy_no: int,
              template_version: str, details: dict, at: datetime, actor: str) -> PrintRow:
    row = PrintRow(dossier_id=dossier_id, form=form, copy_no=copy_no,
                   template_version=template_version, details=details, at=at, actor=actor)
    session.add(row)
    return row


def add_intent(session: Session, print_row: PrintRow, *, path: str, staged: str, digest: str,
               token: str, action: str, detail: dict) -> PrintIntentRow:
    session.flush()  # the print's id
    row = PrintIntentRow(print_id=print_row.id, path=path, staged=staged, digest=digest,
                         token=token, action=action, detail=detail)
    session.add(row)
    return row


def has_intents(session: Session) -> bool:
    return session.scalar(select(exists().select_from(PrintIntentRow))) or False


def intents(session: Session) -> list[tuple[PrintIntentRow, PrintRow]]:
    """Prints not yet confirmed, oldest first, with their intent."""
    stmt = (select(PrintIntentRow, PrintRow).join(PrintRow,
                                                  PrintRow.id == PrintIntentRow.print_id)
            .order_by(PrintRow.id))
    return [(i, p) for i, p in session.execute(stmt)]


def intent_of(session: Session, print_id: int) -> PrintIntentRow | None:
    return session.get(PrintIntentRow, print_id)


def confirm(session: Session, print_id: int) -> None:
    """The print's file is in place: it is a print like any other from now on."""
    session.execute(delete(PrintIntentRow).where(PrintIntentRow.print_id == print_id))


def release(session: Session, print_id: int) -> None:
    """The print's file never reached its place: the print did not happen."""
    session.execute(delete(PrintIntentRow).where(PrintIntentRow.print_id == print_id))
    session.execute(delete(PrintRow).where(PrintRow.id == print_id))


def prints_of(session: Session, dossier_id: str, form: str | None = None) -> list[PrintRow]:
    """The dossier's confirmed prints."""
    pending = select(PrintIntentRow.print_id).where(PrintIntentRow.print_id == PrintRow.id)
    stmt = select(PrintRow).where(PrintRow.dossier_id == dossier_id, ~pending.exists())
    if form is not None:
        stmt = stmt.where(PrintRow.form == form)
    return list(session.scalars(stmt.order_by(PrintRow.id)))


def ledger_prints(session: Session, date_from: str, date_to: str) -> list[PrintRow]:
    """Earlier prints of the ledger for the same date range (ISO dates)."""
    rows = session.scalars(select(PrintRow).where(PrintRow.form == "07",
                                                  PrintRow.dossier_id.is_(None))
                           .order_by(PrintRow.id))
    return [r for r in rows
            if r.details.get("from") == date_from and r.details.get("to") == date_to]


def ledger_entries(session: Session, start: datetime, end: datetime, *, book_start: datetime,
                   next_book: datetime) -> list[LedgerEntry]:
    """Rows of the ledger for dossiers received in [start, end), oldest first: status,
    hand-back and the handovers on their form 06, read in two statements whatever the
    number of dossiers (a year's book is tens of thousands of rows).

    Each row carries its number in its year's book: dossiers are numbered from
    `book_start` (1 January of the range's first year), starting again at `next_book`
    (1 January of its last year; the same day when the range is within one year)."""
    number = func.row_number().over(
        partition_by=DossierRow.received_at >= next_book,
        order_by=(DossierRow.received_at, DossierRow.code)).label("number")
    book = (select(DossierRow.id, DossierRow.code, DossierRow.procedure_name,
                   DossierRow.sets, DossierRow.applicant_name, DossierRow.address,
                   DossierRow.phone, DossierRow.lead_agency, DossierRow.received_at,
                   DossierRow.due_at, DossierRow.status, DossierRow.note, number)
            .where(DossierRow.received_at >= book_start, DossierRow.received_at < end)
            .subquery())
    rows = session.execute(
        select(book, DossierReturnRow.returned_at, DossierReturnRow.recipient_name,
               DossierReturnRow.timing)
        .outerjoin(DossierReturnRow, DossierReturnRow.dossier_id == book.c.id)
        .where(book.c.received_at >= start)
        .order_by(book.c.received_at, book.c.code)).all()
    handovers = _handovers(session, start, end)
    return [LedgerEntry(
        number=r.number, code=r.code, procedure_name=r.procedure_name, sets=r.sets,
        applicant_name=r.applicant_name, address=r.address, phone=r.phone,
        lead_agency=r.lead_agency, received_at=r.received_at, due_at=r.due_at,
        status=Status(r.status), handovers=tuple(handovers.get(r.id, ())),
        returned_at=r.returned_at, recipient=r.recipient_name or "",
        timing=Timing(r.timing) if r.timing else None, note=r.note or "")
        for r in rows]


# The handovers written on each dossier's form 06 as its first print recorded them
# (a reprint says the same), in the order of the form's rows.
_HANDOVERS = text("""
    SELECT slip.dossier_id, json_extract(h.value, '$.from'), json_extract(h.value, '$.to'),
           json_extract(h.value, '$.at')
    FROM (SELECT p.dossier_id, p.details,
                 row_number() OVER (PARTITION BY p.dossier_id
                                    ORDER BY p.copy_no, p.id) AS nth
          FROM prints AS p JOIN dossiers AS d ON d.id = p.dossier_id
          WHERE p.form = '06' AND d.received_at >= :start AND d.received_at < :end) AS slip,
         json_each(slip.details, '$.handovers') AS h
    WHERE slip.nth = 1
    ORDER BY slip.dossier_id, h.key
""").bindparams(bindparam("start", type_=UtcDateTime()), bindparam("end", type_=UtcDateTime()))


def _handovers(session: Session, start: datetime, end: datetime) -> dict[str, list[Handover]]:
    out: dict[str, list[Handover]] = {}
    for dossier_id, giver, receiver, at in session.execute(
            _HANDOVERS, {"start": start, "end": end}):
        out.setdefault(dossier_id, []).append(
            Handover(str(giver or ""), str(receiver or ""), str(at or "")))
    return out


def ledger_number(session: Session, dossier_id: str, year_start: datetime) -> int:
    """The dossier's row in its year's ledger book: how many dossiers were received from
    `year_start` up to it (by time received, then code), itself included."""
    me = (select(DossierRow.received_at, DossierRow.code)
          .where(DossierRow.id == dossier_id).subquery())
    return session.scalar(
        select(func.count()).select_from(DossierRow).join(me, true())
        .where(DossierRow.received_at >= year_start,
               tuple_(DossierRow.received_at, DossierRow.code)
               <= tuple_(me.c.received_at, me.c.code))) or 0
