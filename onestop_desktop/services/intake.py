"""Intake: validate, assign the code, compute the appointment, commit atomically.

The dossier, its first status, its outbox event and its audit row are written
in one transaction; a rejected request writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from ..domain import events
from ..domain.calendar import LOCAL_TZ
from ..domain.codes import make_code
from ..domain.dossier import Dossier, dossier_to_dict
from ..domain.errors import ValidationFailed
from ..domain.intake import parse_intake
from ..domain.status import Status
from ..store import audit, catalogue_repo, dossier_repo, outbox, settings_repo
from ..store.counters import next_counter
from ..store.database import Store
from .calendar_service import work_calendar

Clock = Callable[[], datetime]
# Counter PCs' clocks drift a little; a receipt time this far ahead is still accepted.
_FUTURE_TOLERANCE = timedelta(minutes=5)


def utc_now() -> datetime:
    return datetime.now(UTC)


class DeskNotConfigured(RuntimeError):
    def __init__(self) -> None:
        super().__init__("Quầy chưa được thiết lập: chạy `onestop-desktop init` trước.")


class IntakeService:
    def __init__(self, store: Store, clock: Clock = utc_now):
        self.store = store
        self.clock = clock

    def intake(self, data: object, actor: str) -> Dossier:
        """Take a dossier in. Raises ValidationFailed listing every problem."""
        with self.store.transaction() as session:
            config = settings_repo.load_desk_config(session)
            if config is None:
                raise DeskNotConfigured()
            request = parse_intake(data, lambda code: catalogue_repo.get_procedure(session, code))
            now = self.clock()
            received_at = request.received_at or now
            if received_at > now + _FUTURE_TOLERANCE:
                raise ValidationFailed.single("received_at",
                                              "Thời điểm nhận không được ở tương lai.")
            procedure = request.procedure
            due_at = None
            # A refused dossier (3) has no appointment; the others keep the legal one.
            if request.status is not Status.NOT_ACCEPTED:
                calendar = work_calendar(self.store, session, config.hours)
                due_at = calendar.due(received_at, procedure.time_limit.value,
                                      procedure.time_limit.unit)
            day = received_at.astimezone(LOCAL_TZ).date()
            counter = next_counter(session, config.agency_code, day, config.desk)
            code = make_code(config.agency_code, day, config.partition.number(counter))
            dossier = Dossier(
                code=str(code), procedure_code=procedure.code, procedure_name=procedure.name,
                field_name=procedure.field, lead_agency=procedure.agency,
                applicant=request.applicant, documents=request.documents,
                fees=list(procedure.fees), sets=request.sets, channel=request.channel,
                received_at=received_at, due_at=due_at, status=request.status,
                time_limit_text=procedure.time_limit.describe(), note=request.note,
                received_by=actor)
            dossier_repo.add_dossier(session, dossier, now)
            outbox.enqueue(session, events.DOSSIER_CREATED, dossier_to_dict(dossier),
                           dossier.id, now)
            audit.record(session, actor, "dossier.received", dossier.id,
                         {"code": dossier.code, "status": int(dossier.status)}, now)
        return dossier
