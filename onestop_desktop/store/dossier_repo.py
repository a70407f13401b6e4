"""Dossiers in the store: insert, look up, list and search."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.calendar import TimeUnit
from ..domain.dossier import (
    Applicant,
    ApplicantKind,
    Channel,
    Delivery,
    DeliveryMethod,
    Dossier,
    NoticeChannel,
    ReceivedDocument,
    Submitter,
)
from ..domain.procedure import Fee, TimeLimit
from ..domain.status import Status
from ..domain.text import fold
from ..domain.tickets import Ticket
from . import fee_repo, search_index
from .fast import first_row, insert_rows
from .models import (
    DossierDocumentRow,
    DossierRow,
    DueChangeRow,
    NoticeDeliveryRow,
    StatusChangeRow,
)


def search_key(dossier: Dossier) -> str:
    a = dossier.applicant
    return fold(f"{dossier.code} {a.name} {a.id_number} {a.phone} {dossier.procedure_name}")


def add_dossier(session: Session, dossier: Dossier, now: datetime, *,
                ticket: Ticket | None = None) -> int:
    """The dossier, its papers, its first status and its search entry: plain inserts in
    the caller's transaction (an intake is the desk's most frequent write, see
    store/fast.py). `ticket`: the queue ticket the citizen held. Returns its search_seq."""
    a = dossier.applicant
    seq = search_index.next_seq(session)
    insert_rows(session, DossierRow.__table__, [dict(
        id=dossier.id, code=dossier.code, procedure_code=dossier.procedure_code,
        procedure_name=dossier.procedure_name, field_name=dossier.field_name,
        field_code=dossier.field_code, organisation_type=a.organisation_type,
        lead_agency=dossier.lead_agency, time_limit_text=dossier.time_limit_text,
        applicant_kind=int(a.kind), applicant_name=a.name, id_number=a.id_number,
        phone=a.phone, address=a.address, email=a.email, birth_date=a.birth_date,
        gender=a.gender, nationality=a.nationality, notify=[str(c) for c in dossier.notify],
        sets=dossier.sets,
        channel=int(dossier.channel), status=int(dossier.status),
        received_at=dossier.received_at, due_at=dossier.due_at, returned_at=None,
        fees=[f.to_dict() for f in dossier.fees],
        fee_total=dossier.total_fee, note=dossier.note, received_by=dossier.received_by,
        search_key=search_key(dossier), search_seq=seq, created_at=now, updated_at=now,
        **_submitter_columns(dossier.submitter), delivery_method=str(dossier.delivery.method),
        delivery_address=dossier.delivery.address,
        **limit_columns(dossier.time_limit), due_provisional=dossier.due_provisional,
        ticket=ticket.number if ticket else None,
        ticket_issued_at=ticket.issued_at if ticket else None,
        ticket_called_at=ticket.called_at if ticket else None)])
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


def _submitter_columns(submitter: Submitter | None) -> dict:
    return {"submitter_name": submitter.name if submitter else None,
            "submitter_id_number": submitter.id_number if submitter else None,
            "submitter_phone": submitter.phone if submitter else None,
            "submitter_authorised": submitter.authorised if submitter else None}


def limit_columns(limit: TimeLimit | None) -> dict:
    """How a dossier keeps its time limit: unit and value (none for same-day)."""
    if limit is None:
        return {"limit_unit": None, "limit_value": None}
    return {"limit_unit": limit.unit.value,
            "limit_value": None if limit.unit is TimeUnit.SAME_DAY else int(limit.value)}


def time_limit_of(row: DossierRow) -> TimeLimit | None:
    if not row.limit_unit:
        return None
    unit = TimeUnit(row.limit_unit)
    return TimeLimit.same_day() if unit is TimeUnit.SAME_DAY else TimeLimit(row.limit_value, unit)


def code_taken(session: Session, code: str) -> bool:
    return first_row(session, "SELECT 1 FROM dossiers WHERE code = ?", code) is not None


def to_dossier(row: DossierRow) -> Dossier:
    return Dossier(
        id=row.id, code=row.code, procedure_code=row.procedure_code,
        procedure_name=row.procedure_name, field_name=row.field_name,
        lead_agency=row.lead_agency, time_limit_text=row.time_limit_text,
        applicant=Applicant(row.applicant_name, row.id_number, row.phone, row.address,
                            ApplicantKind(row.applicant_kind), row.email, row.birth_date,
                            row.gender or "", row.nationality or "",
                            row.organisation_type or ""),
        documents=[ReceivedDocument(d.name, d.original, d.certified, d.photo)
                   for d in row.documents],
        fees=[Fee.from_dict(f) for f in row.fees],
        sets=row.sets, channel=Channel(row.channel), received_at=row.received_at,
        due_at=row.due_at, status=Status(row.status), note=row.note,
        received_by=row.received_by,
        notify=tuple(NoticeChannel(c) for c in row.notify or ()),
        submitter=None if row.submitter_name is None else Submitter(
            row.submitter_name, row.submitter_id_number or "", row.submitter_phone or "",
            bool(row.submitter_authorised)),
        delivery=Delivery(DeliveryMethod(row.delivery_method or "desk"),
                          row.delivery_address or ""),
        time_limit=time_limit_of(row), due_provisional=bool(row.due_provisional),
        fee_plan=fee_repo.plan_of(row.fee_plan), field_code=row.field_code or "")


def get_row_by_code(session: Session, code: str) -> DossierRow | None:
    return session.scalar(select(DossierRow).where(DossierRow.code == code.strip().upper()))


def get_by_code(session: Session, code: str) -> Dossier | None:
    row = get_row_by_code(session, code)
    return None if row is None else to_dossier(row)


def status_history(session: Session, dossier_id: str) -> list[StatusChangeRow]:
    return list(session.scalars(select(StatusChangeRow)
                                .where(StatusChangeRow.dossier_id == dossier_id)
                                .order_by(StatusChangeRow.id)))


def entered_status(session: Session, dossier_id: str, status: Status, *,
                   last: bool = False) -> datetime | None:
    """When the dossier first (or last) entered `status`; None if it never did."""
    order = StatusChangeRow.id.desc() if last else StatusChangeRow.id
    return session.scalar(select(StatusChangeRow.at)
                          .where(StatusChangeRow.dossier_id == dossier_id,
                                 StatusChangeRow.to_status == int(status))
                          .order_by(order).limit(1))


def due_changes(session: Session, dossier_id: str) -> list[DueChangeRow]:
    """The dossier's appointment history, oldest first."""
    return list(session.scalars(select(DueChangeRow)
                                .where(DueChangeRow.dossier_id == dossier_id)
                                .order_by(DueChangeRow.id)))


def notice_deliveries(session: Session, dossier_id: str) -> list[NoticeDeliveryRow]:
    """The notices the centre sent the citizen (or tried to), oldest first."""
    return list(session.scalars(select(NoticeDeliveryRow)
                                .where(NoticeDeliveryRow.dossier_id == dossier_id)
                                .order_by(NoticeDeliveryRow.id)))
