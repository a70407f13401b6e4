"""Printed forms: each print is a row (copy 1 = first print, then reprints).

A print still carrying its intent (PrintIntentRow) holds its copy number, so no other
print takes it, but is not shown as printed until it is confirmed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from .models import DossierReturnRow, DossierRow, PrintIntentRow, PrintRow


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


def ledger_rows(session: Session, start: datetime, end: datetime,
                ) -> list[tuple[DossierRow, DossierReturnRow | None]]:
    """Dossiers received in [start, end), oldest first, with their hand-back if any."""
    stmt = (select(DossierRow, DossierReturnRow)
            .outerjoin(DossierReturnRow, DossierReturnRow.dossier_id == DossierRow.id)
            .where(DossierRow.received_at >= start, DossierRow.received_at < end)
            .order_by(DossierRow.received_at, DossierRow.code))
    return [(d, r) for d, r in session.execute(stmt)]

