"""The officer's decision on a dossier submitted online: receive it (status 2, the
appointment counted from the moment of receipt with the desk's calendar, form 01), ask
for more papers (5, form 02) or refuse it (3 with the reason, form 03).

The move is one transaction (status, history, its outbox event, audit), refused when the
dossier no longer waits; the form is then printed as at the counter (services/printing.py,
counted as its first copy) and kept on the dossier as a form file (role "form", source
"form"), which the desk's upload of files delivers to the centre for the citizen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.calendar import LOCAL_TZ
from ..domain.form_details import normalise_details
from ..domain.online import DECISIONS, FORM_FILE_NAMES, NotWaitingOnline, is_waiting
from ..domain.status import Status
from ..domain.text import clean_text
from ..store import dossier_repo, file_repo, settings_repo
from ..store.blobs import BlobStore
from ..store.database import Store
from .calendar_service import work_calendar
from .dossier_actions import apply_status_change, find_row
from .intake import DeskNotConfigured
from .printing import print_form


@dataclass(frozen=True)
class Decided:
    code: str
    status: Status
    form: str
    sha256: str  # the form's PDF in the file store
    due_at: datetime | None


def _move(store: Store, code: str, target: Status, *, actor: str, now: datetime,
          details: dict | None, note: str = "") -> tuple[datetime | None, dict | None]:
    """The dossier moved out of the queue; the form's details checked first (nothing is
    written when they are wrong). Returns the new appointment and the clean details."""
    form = DECISIONS[target]
    with store.transaction() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        row = find_row(session, code)
        if not is_waiting(row.channel, row.status):
            raise NotWaitingOnline(row.code, Status(row.status))
        dossier = dossier_repo.to_dossier(row)
        clean = normalise_details(form, details, dossier) if details is not None else None
        extra: dict = {}
        if target is Status.RECEIVED:
            limit = dossier_repo.time_limit_of(row)
            if limit is not None:
                calendar = work_calendar(store, session, config.hours)
                appointment = calendar.appointment(now, limit.value, limit.unit)
                row.due_at, row.due_provisional = appointment.at, appointment.provisional
                extra["due_at"] = appointment.at.astimezone(LOCAL_TZ).isoformat()
            # Form 01 is signed by whoever took the dossier in: here, this officer.
            row.received_by = actor
        apply_status_change(session, row, target, actor=actor, now=now, note=note,
                            extra=extra)
        return row.due_at, clean


def _keep_form(store: Store, code: str, form: str, *, actor: str, now: datetime,
               details: dict | None) -> str:
    """Print the form (its first copy) and keep the PDF as the dossier's form file."""
    blobs = BlobStore.of_data_dir(store.path.parent)
    folder = store.path.parent / "forms"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{code}-{form}.pdf"
    print_form(store, form, code, out, actor=actor, details=details, now=now)
    try:
        blob = blobs.put_file(out)
    finally:
        out.unlink(missing_ok=True)
    with store.transaction() as session:
        row = find_row(session, code)
        file_repo.add_file(session, dossier_id=row.id, role="form", blob=blob,
                           name=FORM_FILE_NAMES[form], source="form", actor=actor, now=now)
    return blob.sha256


def receive(store: Store, code: str, *, actor: str, now: datetime) -> Decided:
    due_at, _ = _move(store, code, Status.RECEIVED, actor=actor, now=now, details=None)
    sha = _keep_form(store, code, "01", actor=actor, now=now, details=None)
    return Decided(code, Status.RECEIVED, "01", sha, due_at)


def ask_for_papers(store: Store, code: str, details: dict, *, actor: str,
                   now: datetime) -> Decided:
    """`details`: form 02's (the missing papers, the reason)."""
    _, clean = _move(store, code, Status.SUPPLEMENT_REQUESTED, actor=actor, now=now,
                     details=details, note=clean_text(str(details.get("reason", ""))))
    sha = _keep_form(store, code, "02", actor=actor, now=now, details=clean)
    return Decided(code, Status.SUPPLEMENT_REQUESTED, "02", sha, None)


def refuse(store: Store, code: str, reason: str, *, actor: str, now: datetime) -> Decided:
    details = {"reason": reason}
    _, clean = _move(store, code, Status.NOT_ACCEPTED, actor=actor, now=now, details=details,
                     note=clean_text(reason))
    sha = _keep_form(store, code, "03", actor=actor, now=now, details=clean)
    return Decided(code, Status.NOT_ACCEPTED, "03", sha, None)

