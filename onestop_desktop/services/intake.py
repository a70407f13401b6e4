"""Intake: validate, assign the code, compute the appointment, commit atomically.

The dossier, its first status, its fee plan (and a collection at once, with its receipt
number), its outbox events and its audit rows are written in one transaction; a
rejected request writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import events
from ..domain.calendar import LOCAL_TZ
from ..domain.codes import (
    CodeConflict,
    DossierCode,
    describe_partition,
    make_code,
    partition_since_message,
)
from ..domain.config import DeskConfig
from ..domain.dossier import Dossier, dossier_to_dict
from ..domain.errors import OfficerError, Problem, ValidationFailed
from ..domain.form_details import DEFAULT_MISSING_REASON, NEEDS_DETAILS, normalise_details
from ..domain.forms import INTAKE_FORMS
from ..domain.intake import EARLIEST_RECEIPT, LATEST_RECEIPT, IntakeRequest, parse_intake
from ..domain.status import Status
from ..domain.tickets import ticket_time_problem
from ..store import audit, catalogue_repo, dossier_repo, outbox, settings_repo
from ..store.counters import next_counter
from ..store.database import Store
from . import fees as fee_service
from .calendar_service import work_calendar

Clock = Callable[[], datetime]
# Counter PCs' clocks drift a little; a receipt time this far ahead is still accepted.
_FUTURE_TOLERANCE = timedelta(minutes=5)


def utc_now() -> datetime:
    return datetime.now(UTC)


def _requested_status(data: object) -> Status | None:
    raw = data.get("status", int(Status.RECEIVED)) if isinstance(data, dict) else None
    return Status(raw) if isinstance(raw, int) and raw in {int(s) for s in Status} else None


def intake_form_details(request: IntakeRequest, given: object) -> object:
    """What form 02 or 03 of this intake will say: the details given, or else the intake's
    note as the reason and, for 02, the checklist's papers not received as missing."""
    if given is not None:
        return given
    if request.status is Status.NOT_ACCEPTED:
        return {"reason": request.note}
    received = {d.name for d in request.documents}
    missing = [{"name": d.name, "original": d.original, "certified": d.certified,
                "photo": d.photo} for d in request.procedure.documents
               if d.name not in received and not d.optional]
    return {"reason": request.note or DEFAULT_MISSING_REASON, "missing": missing}


def _form_problems(request: IntakeRequest | None, status: Status | None,
                   details: object) -> list[Problem]:
    """What is wrong with the details of the form the intake's way out issues."""
    form = INTAKE_FORMS.get(int(status)) if status is not None else None
    if form is None or form not in NEEDS_DETAILS or (request is None and details is None):
        return []
    if request is not None:
        details = intake_form_details(request, details)
    if not isinstance(details, dict):
        return [Problem("form_details", f"Nội dung mẫu {form} phải là một đối tượng JSON.")]
    try:
        normalise_details(form, details)
    except ValidationFailed as exc:
        return exc.problems
    return []


class DeskNotConfigured(OfficerError):
    def __init__(self) -> None:
        super().__init__("Quầy chưa được thiết lập: chạy `onestop-desktop init` trước.")


class IntakeService:
    def __init__(self, store: Store, clock: Clock = utc_now):
        self.store = store
        self.clock = clock

    def intake(self, data: object, actor: str, *, form_details: object = None,
               then: Callable[[Session, Dossier], None] | None = None) -> Dossier:
        """Take a dossier in. Raises ValidationFailed listing every problem.

        A dossier taken in as incomplete (status 5) or refused (3) gets form 02 or 03:
        `form_details` (the missing papers, the reason) are checked with the intake, so
        that neither is written unless both are right."""
        with self.store.transaction() as session:
            config = settings_repo.load_desk_config(session)
            if config is None:
                raise DeskNotConfigured()
            problems: list[Problem] = []
            try:
                request = parse_intake(data, lambda code: catalogue_repo.get_procedure(session,
                                                                                      code))
            except ValidationFailed as exc:
                problems, request = exc.problems, None
            status = request.status if request is not None else _requested_status(data)
            problems += _form_problems(request, status, form_details)
            if problems:
                raise ValidationFailed(problems)
            assert request is not None
            now = self.clock()
            received_at = request.received_at or now
            if not EARLIEST_RECEIPT <= received_at < LATEST_RECEIPT:
                # Only `now` can be out of range here: parse_intake bounds the given time.
                # An old PC with a flat clock battery wakes up in a past year.
                raise ValidationFailed.single(
                    "received_at", f"Đồng hồ của máy tính đang sai (ngày {now:%d/%m/%Y}): "
                                   f"chỉnh lại ngày giờ trước khi tiếp nhận hồ sơ.")
            if received_at > now + _FUTURE_TOLERANCE:
                raise ValidationFailed.single("received_at",
                                              "Thời điểm nhận không được ở tương lai.")
            # The ticket's moments are of this save's queue (serving time: call to save).
            if request.ticket is not None and (
                    problem := ticket_time_problem(request.ticket, now)):
                raise ValidationFailed.single("ticket", problem)
            procedure = request.procedure
            due_at, provisional = None, False
            # A refused dossier (3) has no appointment; the others keep the legal one.
            if request.status is not Status.NOT_ACCEPTED:
                calendar = work_calendar(self.store, session, config.hours)
                appointment = calendar.appointment(received_at, procedure.time_limit.value,
                                                   procedure.time_limit.unit)
                due_at, provisional = appointment.at, appointment.provisional
            day = received_at.astimezone(LOCAL_TZ).date()
            code = self._next_code(session, config, day)
            dossier = Dossier(
                code=str(code), procedure_code=procedure.code, procedure_name=procedure.name,
                field_name=procedure.field, field_code=procedure.field_code,
                lead_agency=procedure.agency,
                applicant=request.applicant, documents=request.documents,
                fees=list(procedure.fees), sets=request.sets, channel=request.channel,
                received_at=received_at, due_at=due_at, status=request.status,
                time_limit_text=procedure.time_limit.describe(), note=request.note,
                received_by=actor, notify=request.notify, submitter=request.submitter,
                delivery=request.delivery, warnings=request.warnings,
                time_limit=procedure.time_limit, due_provisional=provisional,
                fee_plan=request.fees)
            dossier_repo.add_dossier(session, dossier, now, ticket=request.ticket)
            try:
                session.flush()
            except IntegrityError as exc:  # checked above; kept as a clear refusal anyway
                raise CodeConflict(f"Không lưu được hồ sơ mã {code}: mã đã có trên máy này. "
                                   f"Liên hệ quản trị viên.") from exc
            outbox.enqueue(session, events.DOSSIER_CREATED, dossier_to_dict(dossier),
                           dossier.id, now)
            audit.record(session, actor, "dossier.received", dossier.id,
                         {"code": dossier.code, "status": int(dossier.status)}, now)
            # After dossier.created: the centre learns of the dossier before its money.
            fee_service.record_intake(session, config, dossier, actor=actor, now=now)
            if then is not None:  # e.g. the papers scanned before the save, in its transaction
                then(session, dossier)
        return dossier

    @staticmethod
    def _next_code(session: Session, config: DeskConfig, day: date) -> DossierCode:
        """The desk's next code of the day, never one this store already holds."""
        agency, partition = config.agency_code, config.partition
        issued = settings_repo.code_partition(session, agency)
        if issued is None:
            settings_repo.record_code_partition(session, agency, partition)
        elif issued != partition:  # configuration changed without services.setup
            raise CodeConflict(f"Cấu hình quầy ({describe_partition(partition)}) khác với "
                               f"số quầy máy này cấp mã ({describe_partition(issued)}): "
                               f"chạy lại `init` để đổi số quầy.")
        since = settings_repo.code_partition_since(session, agency)
        if since is not None and day < since:
            raise CodeConflict(partition_since_message(day, since))
        counter = next_counter(session, agency, day, config.desk)
        code = make_code(agency, day, partition.number(counter))
        # A store whose desk number was changed before partitions were recorded
        # can meet its own earlier codes again: refuse rather than fail on UNIQUE.
        if dossier_repo.code_taken(session, str(code)):
            raise CodeConflict(
                f"Mã hồ sơ {code} đã được cấp trên máy này: số quầy hoặc số chữ số quầy "
                f"đã bị đổi sau khi cấp mã. Đặt lại như cũ hoặc liên hệ quản trị viên.")
        return code
