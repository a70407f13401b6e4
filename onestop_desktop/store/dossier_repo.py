"""Dossiers in the store: insert, look up, list and search."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.dossier import (
    Applicant,
    ApplicantKind,
    Channel,
    Dossier,
    NoticeChannel,
    ReceivedDocument,
)
from ..domain.procedure import Fee
from ..domain.status import Status
from ..domain.text import fold, fold_terms
from . import fee_repo, search_index
from .fast import first_row, insert_rows
from .models import DossierDocumentRow, DossierRow, StatusChangeRow


def search_key(dossier: Dossier) -> str:
    a = dossier.applicant
    return fold(f"{dossier.code} {a.name} {a.id_number} {a.phone} {dossier.procedure_name}")


def add_dossier(session: Session, dossier: Dossier, now: datetime) -> int:
    """The dossier, its papers, its first status and its search entry: plain inserts in
    the caller's transaction (an intake is the desk's most frequent write, see
    store/fast.py). Returns its search_seq."""
    a = dossier.applicant
    seq = search_index.next_seq(session)
    insert_rows(session, DossierRow.__table__, [dict(
        id=dossier.id, code=dossier.code, procedure_code=dossier.procedure_code,
        procedure_name=dossier.procedure_name, field_name=dossier.field_name,
        lead_agency=dossier.lead_agency, time_limit_text=dossier.time_limit_text,
        applicant_kind=int(a.kind), applicant_name=a.name, id_number=a.id_number,
        phone=a.phone, address=a.address, email=a.email, birth_date=a.birth_date,
        gender=a.gender, notify=[str(c) for c in dossier.notify], sets=dossier.sets,
        channel=int(dossier.channel), status=int(dossier.status),
        received_at=dossier.received_at, due_at=dossier.due_at, returned_at=None,
        fees=[f.to_dict() for f in dossier.fees],
        fee_total=dossier.total_fee, note=dossier.note, received_by=dossier.received_by,
        search_key=search_key(dossier), search_seq=seq, created_at=now, updated_at=now)])
    insert_rows(session, DossierDocumentRow.__table__, [
        {"dossier_id": dossier.id, "position": i, "name": d.name, "original": d.original,
         "certified": d.certified, "photo": d.photo}
        for i, d in enumerate(dossier.documents)])
    insert_rows(session, StatusChangeRow.__table__, [dict(
        dossier_id=dossier.id, from_status=None, to_status=int(dossier.status), at=now,
        actor=dossier.received_by, source="desk", note="")])
    search_index.add_tokens(session, seq, search_index.dossier_tokens(
        code=dossier.code, name=a.name, id_number=a.id_number, phone=a.phone,
        address=a.address, procedure_name=dossier.procedure_name))
    return seq


def code_taken(session: Session, code: str) -> bool:
    return first_row(session, "SELECT 1 FROM dossiers WHERE code = ?", code) is not None


def to_dossier(row: DossierRow) -> Dossier:
    return Dossier(
        id=row.id, code=row.code, procedure_code=row.procedure_code,
        procedure_name=row.procedure_name, field_name=row.field_name,
        lead_agency=row.lead_agency, time_limit_text=row.time_limit_text,
        applicant=Applicant(row.applicant_name, row.id_number, row.phone, row.address,
                            ApplicantKind(row.applicant_kind), row.email, row.birth_date,
                            row.gender or ""),
        documents=[ReceivedDocument(d.name, d.original, d.certified, d.photo)
                   for d in row.documents],
        fees=[Fee.from_dict(f) for f in row.fees],
        sets=row.sets, channel=Channel(row.channel), received_at=row.received_at,
        due_at=row.due_at, status=Status(row.status), note=row.note,
        received_by=row.received_by,
        notify=tuple(NoticeChannel(c) for c in row.notify or ()),
        fee_plan=fee_repo.plan_of(row.fee_plan))


def get_row_by_code(session: Session, code: str) -> DossierRow | None:
    return session.scalar(select(DossierRow).where(DossierRow.code == code.strip().upper()))


def get_by_code(session: Session, code: str) -> Dossier | None:
    row = get_row_by_code(session, code)
    return None if row is None else to_dossier(row)


def list_dossiers(session: Session, *, statuses: Sequence[int] | None = None,
                  query: str = "", received_from: datetime | None = None,
                  received_to: datetime | None = None, limit: int | None = None,
                  ) -> list[Dossier]:
    stmt = select(DossierRow).order_by(DossierRow.received_at.desc(), DossierRow.code.desc())
    if statuses:
        stmt = stmt.where(DossierRow.status.in_(list(statuses)))
    for term in fold_terms(query):
        stmt = stmt.where(DossierRow.search_key.contains(term, autoescape=True))
    if received_from is not None:
        stmt = stmt.where(DossierRow.received_at >= received_from)
    if received_to is not None:
        stmt = stmt.where(DossierRow.received_at < received_to)
    if limit:
        stmt = stmt.limit(limit)
    return [to_dossier(row) for row in session.scalars(stmt)]


def status_history(session: Session, dossier_id: str) -> list[StatusChangeRow]:
    return list(session.scalars(select(StatusChangeRow)
                                .where(StatusChangeRow.dossier_id == dossier_id)
                                .order_by(StatusChangeRow.id)))
