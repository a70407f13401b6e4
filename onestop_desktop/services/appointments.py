"""A dossier's appointment after intake: counted again when papers asked for arrive, set
anew by form 04. Each change is written in the caller's transaction with its history
row (old and new due time), its outbox event and its audit row."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..domain import events
from ..domain.appointments import NO_LIMIT_NOTE, DueChangeReason
from ..domain.calendar import LOCAL_TZ, WorkingHours
from ..domain.status import Status
from ..store import audit, catalogue_repo, dossier_repo, outbox, settings_repo
from ..store.database import Store
from ..store.models import DossierRow, DueChangeRow
from .calendar_service import work_calendar


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(LOCAL_TZ).isoformat()


def record_due_change(session: Session, row: DossierRow, new_due: datetime | None, *,
                      reason: DueChangeReason, actor: str, now: datetime,
                      provisional: bool = False, waited_from: datetime | None = None,
                      note: str = "") -> None:
    """Give `row` the appointment `new_due`, keeping the old one in its history."""
    old_due = row.due_at
    session.add(DueChangeRow(dossier_id=row.id, at=now, actor=actor, reason=reason.value,
                             old_due=old_due, new_due=new_due, provisional=provisional,
                             waited_from=waited_from, note=note))
    row.due_at, row.due_provisional, row.updated_at = new_due, provisional, now
    payload = {"id": row.id, "code": row.code, "at": _iso(now), "actor": actor,
               "reason": reason.value, "due_before": _iso(old_due), "due_after": _iso(new_due),
               "due_provisional": provisional,
               **({"waited_from": _iso(waited_from)} if waited_from is not None else {}),
               **({"note": note} if note else {})}
    outbox.enqueue(session, events.DOSSIER_DUE_CHANGED, payload, row.id, now)
    audit.record(session, actor, events.DOSSIER_DUE_CHANGED, row.id,
                 {"code": row.code, "reason": reason.value, "from": _iso(old_due),
                  "to": _iso(new_due)}, now)


def recount_after_supplement(store: Store, session: Session, row: DossierRow, *, actor: str,
                             now: datetime) -> None:
    """Papers asked for arrived at `now`: the appointment is counted again from then with
    the dossier's own limit, and the time it waited is recorded. A dossier taken in
    before limits were kept takes its procedure's from the catalogue (and keeps it from
    now on); with neither, it keeps its appointment and its history says why."""
    waited_from = dossier_repo.entered_status(session, row.id, Status.SUPPLEMENT_REQUESTED,
                                              last=True)
    limit = dossier_repo.time_limit_of(row)
    if limit is None:
        procedure = catalogue_repo.get_procedure(session, row.procedure_code)
        if procedure is not None:
            limit = procedure.time_limit
            for column, value in dossier_repo.limit_columns(limit).items():
                setattr(row, column, value)
    if limit is None:
        record_due_change(session, row, row.due_at, reason=DueChangeReason.SUPPLEMENT,
                          actor=actor, now=now, provisional=bool(row.due_provisional),
                          waited_from=waited_from,
                          note=NO_LIMIT_NOTE.format(code=row.procedure_code))
        return
    config = settings_repo.load_desk_config(session)
    hours = config.hours if config is not None else WorkingHours()
    appointment = work_calendar(store, session, hours).appointment(now, limit.value, limit.unit)
    record_due_change(session, row, appointment.at, reason=DueChangeReason.SUPPLEMENT,
                      actor=actor, now=now, provisional=appointment.provisional,
                      waited_from=waited_from)
