"""Closed dossiers past their retention period, and their personal data blanked.

A dossier is closed when nothing more is done to it (domain/privacy.py); it closed when
it entered that status: its hand-back for a returned dossier, else its last move there.
Only dossiers the centre has fully received are touched: an event still to send keeps
the dossier as it is until it is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.orm import Session

from ..domain.events import FEEDBACK_CREATED
from ..domain.privacy import ANONYMISED, CLOSED_STATUSES
from ..domain.text import fold
from . import search_index
from .models import (
    DossierFileRow,
    DossierReturnRow,
    DossierRow,
    FeedbackRow,
    NoticeDeliveryRow,
    OutboxEvent,
)
from .outbox import ACKED
from .types import UtcDateTime

_STATUSES = ", ".join(str(int(s)) for s in CLOSED_STATUSES)
_CLOSED = (
    f"FROM dossiers d WHERE d.status IN ({_STATUSES}) AND d.applicant_name != :marker "
    "AND COALESCE(d.returned_at, (SELECT max(s.at) FROM status_changes s "
    "WHERE s.dossier_id = d.id AND s.to_status = d.status), d.updated_at) < :closed_before ")
_UNSENT = "EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = d.id AND o.state != :acked)"
_ELIGIBLE = f"{_CLOSED} AND NOT {_UNSENT}"
_as_text = UtcDateTime().process_bind_param


def _params(closed_before: datetime) -> dict:
    return {"marker": ANONYMISED, "closed_before": _as_text(closed_before, None),
            "acked": ACKED}


def count_closed_before(session: Session, closed_before: datetime) -> int:
    return session.execute(text(f"SELECT count(*) {_ELIGIBLE}"),
                           _params(closed_before)).scalar_one()


def count_waiting(session: Session, closed_before: datetime) -> int:
    """Closed long enough, but with events the centre has not acknowledged yet."""
    return session.execute(text(f"SELECT count(*) {_CLOSED} AND {_UNSENT}"),
                           _params(closed_before)).scalar_one()


def closed_before(session: Session, closed_before: datetime, limit: int) -> list[str]:
    """The next `limit` dossiers (ids) closed before `closed_before`, not anonymised yet."""
    return list(session.execute(text(f"SELECT d.id {_ELIGIBLE} ORDER BY d.id LIMIT :limit"),
                                {**_params(closed_before), "limit": limit}).scalars())


def anonymise(session: Session, dossier_ids: Sequence[str]) -> list[DossierRow]:
    """Blank the citizens' data of these dossiers, in the caller's transaction: the
    applicant's and the submitter's name (a marker), numbers, phone, e-mail, address and
    birth date, the delivery address, who collected the result, where the notices to
    the citizen went, and the copies the outbox kept of what was sent; out of the search
    index; the names of its scans (their bytes go after the commit: unreferenced_scans).
    Codes, procedures, dates, statuses, fees and ratings stay, and with them every
    report's figures (a scanned paper's row stays: the dossier was digitised)."""
    if not dossier_ids:
        return []
    rows = list(session.scalars(select(DossierRow).where(DossierRow.id.in_(dossier_ids))))
    for row in rows:
        search_index.remove(session, row)  # told the tokens it was given: before the change
        row.applicant_name, row.id_number, row.phone = ANONYMISED, "", ""
        row.email, row.address, row.birth_date, row.delivery_address = "", "", None, ""
        if row.submitter_name is not None:
            row.submitter_name, row.submitter_id_number, row.submitter_phone = \
                ANONYMISED, "", ""
        row.search_key = fold(f"{row.code} {row.procedure_name}")
    session.flush()
    session.execute(update(DossierReturnRow).where(DossierReturnRow.dossier_id.in_(dossier_ids))
                    .values(recipient_name=ANONYMISED, recipient_id_number=""))
    session.execute(update(DossierFileRow).where(DossierFileRow.dossier_id.in_(dossier_ids))
                    .values(name=ANONYMISED))
    # Where the notices went (and a provider's refusal, which may quote it).
    session.execute(update(NoticeDeliveryRow)
                    .where(NoticeDeliveryRow.dossier_id.in_(dossier_ids))
                    .values(address="", error=""))
    outbox = OutboxEvent.__table__
    session.execute(
        update(outbox).where(outbox.c.dossier_id == bindparam("b_id"), outbox.c.state == ACKED)
        .values(payload=bindparam("b_payload")),
        [{"b_id": row.id, "b_payload": {"id": row.id, "code": row.code, "anonymised": True}}
         for row in rows])
    return rows


def scans_of(session: Session, dossier_ids: Sequence[str]) -> set[str]:
    """The hashes of these dossiers' files."""
    if not dossier_ids:
        return set()
    return set(session.scalars(select(DossierFileRow.sha256)
                               .where(DossierFileRow.dossier_id.in_(dossier_ids))))


def unreferenced_scans(session: Session, hashes: set[str]) -> set[str]:
    """Of `hashes`, those no dossier still holding its citizens' data refers to (the same
    bytes may be another dossier's paper too): their bytes may go."""
    if not hashes:
        return set()
    kept = set(session.scalars(select(DossierFileRow.sha256).where(
        DossierFileRow.sha256.in_(list(hashes)), DossierFileRow.name != ANONYMISED)))
    return hashes - kept


def anonymised_only_scans(session: Session) -> set[str]:
    """Every hash only anonymised dossiers refer to (what an interrupted purge left)."""
    return set(session.scalars(
        select(DossierFileRow.sha256).group_by(DossierFileRow.sha256)
        .having(func.max(DossierFileRow.name != ANONYMISED) == 0)))


# Feedback the centre has answered (so it holds it) or closed, settled before the cut.
_FEEDBACK_SETTLED = (
    "FROM feedback f WHERE f.status IN ('answered', 'closed') AND f.name != :marker "
    "AND COALESCE(f.answered_at, f.updated_at) < :closed_before ")


def count_feedback_settled_before(session: Session, closed_before: datetime) -> int:
    return session.execute(text(f"SELECT count(*) {_FEEDBACK_SETTLED}"),
                           _params(closed_before)).scalar_one()


def feedback_settled_before(session: Session, closed_before: datetime, limit: int
                            ) -> list[str]:
    """The next `limit` feedback ids answered or closed before `closed_before`, not yet
    anonymised."""
    return list(session.execute(
        text(f"SELECT f.id {_FEEDBACK_SETTLED} ORDER BY f.id LIMIT :limit"),
        {**_params(closed_before), "limit": limit}).scalars())


def anonymise_feedback(session: Session, feedback_ids: Sequence[str]) -> list[FeedbackRow]:
    """Blank who gave the feedback (a marker), their phone and e-mail, what they wrote
    and the answer (either may name them), and the copy the outbox kept of what was
    sent. The code, procedure, dossier code, dates and status stay."""
    if not feedback_ids:
        return []
    rows = list(session.scalars(select(FeedbackRow).where(FeedbackRow.id.in_(feedback_ids))))
    for row in rows:
        row.name, row.phone, row.email = ANONYMISED, "", ""
        row.content, row.answer = ANONYMISED, ""
    session.flush()
    outbox = OutboxEvent.__table__
    session.execute(
        update(outbox).where(outbox.c.kind == FEEDBACK_CREATED, outbox.c.state == ACKED,
                             text("json_extract(outbox.payload, '$.id') = :f_id"))
        .values(payload=bindparam("f_payload")),
        [{"f_id": row.id, "f_payload": {"id": row.id, "code": row.code, "anonymised": True}}
         for row in rows])
    return rows
