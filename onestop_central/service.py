"""What the centre does: devices, applying pushed events, the change log, back office.

Every function takes an open session; the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import JSON, bindparam, func, insert, or_, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from onestop_desktop.domain.codes import (
    DeskPartition,
    is_agency_code,
    is_centre_number,
    parse_code,
)
from onestop_desktop.domain.feedback import (
    FeedbackMoveRefused,
    FeedbackStatus,
    answer_problem,
    check_move,
    clean_paragraphs,
    parse_feedback_code,
)
from onestop_desktop.domain.procedure import parse_catalogue
from onestop_desktop.domain.status import (
    INITIAL_STATUSES,
    Status,
    TransitionRefused,
    check_transition,
)
from onestop_desktop.domain.versions import parse_version
from onestop_desktop.sync import protocol as p

from . import limits as bounds
from . import portal
from .db import lock_change_log
from .models import (
    AuditHeadRow,
    Change,
    Device,
    Dossier,
    DossierFile,
    Event,
    Feedback,
    StatusHistory,
)
from .notices import outbox as notices


def utc_now() -> datetime:
    return datetime.now(UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_device(session: Session, name: str, agency_code: str, desk: int,
               now: datetime | None = None, *, desk_digits: int = 1,
               portal: bool = False) -> str:
    """Register a desk; returns its token, which is shown once and never stored.

    The desk may create dossiers only under its agency's code and in its own block
    of the daily sequence (desk number and width as in its configuration).

    `portal`: the online portal's side instead of a desk. It belongs to no agency and no
    block of codes: it may only submit online dossiers (for any agency), which the centre
    numbers itself. A desk's token cannot submit them, and the portal's can neither push
    events nor read any agency's change log: a token leaked on either side does not open
    the other's door, and each is revoked on its own."""
    # A fixed prefix: a bare token_urlsafe may start with "-", which a command
    # line (`config set device_token …`) would take for an option.
    token = "osd_" + secrets.token_urlsafe(32)
    if portal:
        session.add(Device(name=name, agency_code="", desk=0, desk_digits=1,
                           token_hash=hash_token(token), active=True,
                           created_at=now or utc_now(), portal=True))
        return token
    agency_code = agency_code.strip().upper()
    if not is_agency_code(agency_code):
        raise BackOfficeError(f"Mã cơ quan không hợp lệ: {agency_code!r} "
                              f"(dạng 000.00.01.H22).")
    try:
        DeskPartition(desk, desk_digits)
    except ValueError as exc:
        raise BackOfficeError(f"Số quầy không hợp lệ: {exc}.") from None
    session.add(Device(name=name, agency_code=agency_code, desk=desk, desk_digits=desk_digits,
                       token_hash=hash_token(token), active=True, created_at=now or utc_now()))
    return token


def authenticate(session: Session, token: str) -> Device | None:
    device = session.scalar(select(Device).where(Device.token_hash == hash_token(token)))
    return device if device is not None and device.active else None


class Refusal(Exception):
    """An event the centre will not apply, and why."""

    def __init__(self, outcome: p.Outcome, http_status: int, error: str, message: str):
        super().__init__(message)
        self.outcome, self.http_status, self.error, self.message = (
            outcome, http_status, error, message)


def _conflict(error: str, message: str) -> Refusal:
    return Refusal(p.CONFLICT, 409, error, message)


def _rejected(error: str, message: str, http_status: int = 422) -> Refusal:
    return Refusal(p.REJECTED, http_status, error, message)


@dataclass(slots=True)
class _DossierState:
    """What a push needs of one dossier, kept current while the batch is decided."""

    id: str
    code: str
    agency_code: str
    status: int
    returned_at: datetime | None
    updated_at: datetime
    stored: bool = True  # False: created by this batch, not yet written
    new_row: dict[str, Any] | None = None  # the insert of a dossier this batch creates


class _Known:
    """What a batch needs from the database, read in two queries and kept current:
    the batch's event ids already stored (one look-up) and the dossiers it names."""

    def __init__(self, session: Session, events: list[p.PushEvent]):
        ids = [e.event_id for e in events]
        # event id -> (content hash, agency of the desk that sent it)
        self.events: dict[str, tuple[str, str]] = {
            event_id: (content_hash, agency) for event_id, content_hash, agency in session.execute(
                select(_EVENTS.c.event_id, _EVENTS.c.content_hash, Device.agency_code)
                .join(Device, Device.id == _EVENTS.c.device_id)
                .where(_EVENTS.c.event_id.in_(ids)))}
        dossier_ids = {str(x) for e in events
                       for x in (e.dossier_id, e.payload.get("id")) if x}
        codes = {str(e.payload["code"]) for e in events if e.payload.get("code")}
        d = _DOSSIERS.c
        rows = session.execute(
            select(d.id, d.code, d.agency_code, d.status, d.returned_at, d.updated_at)
            .where(or_(d.id.in_(dossier_ids), d.code.in_(codes))))
        self.by_id: dict[str, _DossierState] = {}
        self.by_code: dict[str, _DossierState] = {}
        for row in rows:
            self.add(_DossierState(*row))
        # The feedback the batch names (by id and by code), when it carries any.
        self.feedback_ids: set[str] = set()
        self.feedback_codes: set[str] = set()
        feedback = [e.payload for e in events if e.kind == p.FEEDBACK_CREATED]
        if feedback:
            f = _FEEDBACK.c
            ids = {str(x.get("id")) for x in feedback}
            codes = {str(x.get("code")) for x in feedback}
            for feedback_id, code in session.execute(
                    select(f.id, f.code).where(or_(f.id.in_(ids), f.code.in_(codes)))):
                self.feedback_ids.add(feedback_id)
                self.feedback_codes.add(code)

    def add(self, dossier: _DossierState) -> None:
        self.by_id[dossier.id], self.by_code[dossier.code] = dossier, dossier


class _Writes:
    """The rows a batch's accepted events make, written together by `flush`: new dossiers
    (as they stand after the whole batch), status moves of stored ones, history, events."""

    def __init__(self, now: datetime) -> None:
        self.now = now  # the push's: when its notices are queued
        self.created: list[_DossierState] = []
        self.moved: dict[str, _DossierState] = {}
        self.history: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.feedback: list[dict[str, Any]] = []
        self.changes: list[dict[str, Any]] = []  # for the agency's other desks

    def flush(self, session: Session) -> None:
        steps = self._notice_steps()
        if self.created:
            session.execute(_INSERT_DOSSIER, [
                dict(d.new_row, status=d.status, returned_at=d.returned_at,
                     updated_at=d.updated_at) for d in self.created])
            for d in self.created:
                d.stored, d.new_row = True, None
        if self.moved:
            session.execute(_UPDATE_DOSSIER, [
                {"b_id": d.id, "status": d.status, "returned_at": d.returned_at,
                 "updated_at": d.updated_at} for d in self.moved.values()])
        if self.history:
            session.execute(insert(_HISTORY), self.history)
        if self.feedback:
            session.execute(_INSERT_FEEDBACK, self.feedback)
        if self.events:
            session.execute(_INSERT_EVENT, self.events)
        if steps:
            notices.queue(session, steps, self.now)
        if self.changes:
            lock_change_log(session)
            session.execute(insert(Change.__table__), self.changes)
        self.__init__(self.now)

    def _notice_steps(self) -> list[notices.StepReached]:
        """The status moves of this batch the citizen hears of; a new dossier's payload
        is at hand (decoded only when it asks for notices), a stored one's is read."""
        steps = [h for h in self.history if notices.calls_for_notice(h["to_status"])]
        if not steps:
            return []
        new = {d.id: d.new_row["payload_json"] for d in self.created if d.new_row}
        found = []
        for h in steps:
            payload = None
            if h["dossier_id"] in new:
                payload = notices.payload_of(new[h["dossier_id"]])
                if payload is None:
                    continue  # a new dossier that asks for no notice
            found.append(notices.StepReached(h["dossier_id"], h["to_status"], h["at"],
                                             h["note"], payload))
        return found


class _EncodedJson(TypeDecorator[str]):
    """A JSON column's value given as the JSON text itself (bound as it is)."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect):
        return None


_DOSSIERS, _HISTORY, _EVENTS = Dossier.__table__, StatusHistory.__table__, Event.__table__
# Payloads go in as the JSON text already made for their content hash: not encoded again.
_INSERT_DOSSIER = insert(_DOSSIERS).values(payload=bindparam("payload_json",
                                                            type_=_EncodedJson()))
_INSERT_EVENT = insert(_EVENTS).values(payload=bindparam("payload_json", type_=_EncodedJson()))
_FEEDBACK = Feedback.__table__
_INSERT_FEEDBACK = insert(_FEEDBACK).values(payload=bindparam("payload_json",
                                                              type_=_EncodedJson()))
_UPDATE_DOSSIER = (update(_DOSSIERS).where(_DOSSIERS.c.id == bindparam("b_id"))
                   .values(status=bindparam("status"), returned_at=bindparam("returned_at"),
                           updated_at=bindparam("updated_at")))


def push(session: Session, device: Device, events: list[p.PushEvent],
         now: datetime | None = None) -> list[p.EventResult]:
    """Apply events in order; each has its own outcome: one refusal spares the rest.

    Refusals are decided before anything is written, so the fast path looks up the
    batch once and writes it with one statement per table; if the database still
    objects (a constraint we did not foresee), the batch is redone with one savepoint
    per event.
    """
    now = now or utc_now()
    try:
        with session.begin_nested():
            return _apply_all(session, device, events, now, per_event_savepoint=False)
    except (IntegrityError, DataError):
        pass  # the savepoint rolled the batch back: redo it carefully
    return _apply_all(session, device, events, now, per_event_savepoint=True)


def _apply_all(session: Session, device: Device, events: list[p.PushEvent], now: datetime,
               per_event_savepoint: bool) -> list[p.EventResult]:
    known = _Known(session, events)
    writes = _Writes(now)
    results = []
    for event in events:
        try:
            if per_event_savepoint:
                with session.begin_nested():
                    outcome = _apply_event(device, event, now, known, writes)
                    writes.flush(session)
            else:
                outcome = _apply_event(device, event, now, known, writes)
            results.append(p.EventResult(event_id=event.event_id, outcome=outcome))
        except Refusal as refusal:
            results.append(p.EventResult(event_id=event.event_id, outcome=refusal.outcome,
                                         http_status=refusal.http_status, error=refusal.error,
                                         message=refusal.message))
        except (IntegrityError, DataError) as exc:  # careful path only: refuse it, go on
            known, writes = _Known(session, events), _Writes(now)
            results.append(p.EventResult(event_id=event.event_id, outcome=p.REJECTED,
                                         http_status=422, error="integrity",
                                         message=f"Dữ liệu không hợp lệ: {exc.orig}"))
    if not per_event_savepoint:
        writes.flush(session)
    return results


def _apply_event(device: Device, event: p.PushEvent, now: datetime, known: _Known,
                 writes: _Writes) -> str:
    payload_json = p.canonical_json(event.payload)
    if len(payload_json) > bounds.MAX_EVENT_PAYLOAD_BYTES // 4 and \
            len(payload_json.encode("utf-8")) > bounds.MAX_EVENT_PAYLOAD_BYTES:
        raise _rejected("payload_too_large",
                        f"Nội dung sự kiện vượt quá {bounds.MAX_EVENT_PAYLOAD_BYTES} byte.")
    content_hash = event.content_hash(payload_json)
    seen = known.events.get(event.event_id)
    if seen is not None:
        # Same content from the same agency is the same event again, whichever device
        # sent it: a desk re-registered under a new token replays its outbox. Another
        # agency gets the plain refusal, and learns nothing of what is stored.
        if seen == (content_hash, device.agency_code):
            return p.DUPLICATE
        raise _conflict("event_id_reused", "Mã sự kiện đã được dùng cho một nội dung khác.")
    if event.kind == p.DOSSIER_CREATED:
        dossier_id = _create_dossier(device, event, payload_json, now, known, writes)
    elif event.kind in p.STATUS_EVENT_KINDS:
        dossier_id = _change_status_from_desk(device, event, known, writes)
    elif event.kind == p.DOSSIER_DUE_CHANGED:
        dossier_id = _due_change_from_desk(device, event, known)
    elif event.kind in p.FEE_EVENT_KINDS:
        dossier_id = _fee_event(device, event, known)
    elif event.kind == p.FEEDBACK_CREATED:
        dossier_id = _create_feedback(device, event, payload_json, now, known, writes)
    else:
        raise _rejected("unknown_kind", f"Loại sự kiện không được hỗ trợ: {event.kind}.")
    writes.events.append({"event_id": event.event_id, "device_id": device.id,
                          "kind": event.kind, "dossier_id": dossier_id,
                          "content_hash": content_hash, "payload_json": payload_json,
                          "created_at": event.created_at, "received_at": now})
    known.events[event.event_id] = (content_hash, device.agency_code)
    return p.ACCEPTED


def _create_dossier(device: Device, event: p.PushEvent, payload_json: str, now: datetime,
                    known: _Known, writes: _Writes) -> str:
    try:
        data = bounds.DossierPayload.model_validate(event.payload)
    except ValidationError as exc:
        raise _rejected("invalid_payload", f"Hồ sơ không hợp lệ: {exc.error_count()} lỗi.") from exc
    _check_code_is_the_desks(device, data.code)
    if event.dossier_id not in (None, data.id):
        raise _rejected("invalid_payload", "Mã định danh hồ sơ không khớp với nội dung.")
    if data.status not in INITIAL_STATUSES:  # a conflict: sending it again will not help
        allowed = ", ".join(f"“{s.label}” ({int(s)})" for s in sorted(INITIAL_STATUSES))
        raise _conflict("initial_status",
                        f"Hồ sơ {data.code} mới tiếp nhận không thể ở trạng thái "
                        f"“{Status(data.status).label}” ({data.status}); chỉ nhận: {allowed}.")
    by_code = known.by_code.get(data.code)
    if by_code is not None and by_code.id != data.id:
        raise _conflict("code_taken", f"Mã hồ sơ {data.code} đã được dùng cho hồ sơ khác.")
    if data.id in known.by_id:
        raise _conflict("dossier_exists", f"Hồ sơ {data.code} đã được gửi bằng sự kiện khác.")
    dossier = _DossierState(
        id=data.id, code=data.code, agency_code=device.agency_code, status=data.status,
        returned_at=None, updated_at=now, stored=False,
        new_row={"id": data.id, "code": data.code, "agency_code": device.agency_code,
                 "device_id": device.id, "received_at": data.received_at,
                 "payload_json": payload_json, "created_at": now})
    known.add(dossier)
    writes.created.append(dossier)
    actor = str(event.payload.get("received_by", ""))[:64]
    writes.history.append({"dossier_id": data.id, "from_status": None, "to_status": data.status,
                           "at": data.received_at, "actor": actor, "source": "desk",
                           "note": ""})
    return data.id


def _check_code_is_the_desks(device: Device, code: str) -> None:
    """A new dossier's code: well-formed, of the desk's agency, in the desk's own block
    of the day's sequence (domain/codes.py). Anything else could take a number that
    another desk issues: refused for good (sending it again will not help)."""
    try:
        parsed = parse_code(code)
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != code:
        raise Refusal(p.CONFLICT, 422, "invalid_code",
                      f"Mã hồ sơ {code!r} không đúng định dạng "
                      f"<mã cơ quan>-<YYMMDD>-<NNNN>.")
    _check_in_block(device, code, parsed.agency, parsed.number, "Mã hồ sơ")


def _check_in_block(device: Device, code: str, agency: str, number: int, what: str) -> None:
    """A code of the desk's agency, numbered in the desk's own block of the day."""
    if agency != device.agency_code:
        raise _rejected("wrong_agency", f"{what} không thuộc cơ quan của quầy này.", 403)
    partition = DeskPartition(device.desk, device.desk_digits)
    counter = number % (partition.capacity + 1)  # 0 is never issued
    if number // (partition.capacity + 1) != partition.desk or counter == 0:
        first, last = partition.number(1), partition.number(partition.capacity)
        raise Refusal(p.CONFLICT, 403, "wrong_desk",
                      f"{what} {code} không thuộc dãy số của quầy {partition.desk} "
                      f"(chỉ {first:04d}–{last:04d} mỗi ngày).")


def _create_feedback(device: Device, event: p.PushEvent, payload_json: str, now: datetime,
                     known: _Known, writes: _Writes) -> None:
    """Feedback a desk took: stored once per id and per code, in the desk's own block of
    feedback numbers (as a dossier code). It belongs to no dossier."""
    try:
        data = bounds.FeedbackPayload.model_validate(event.payload)
    except ValidationError as exc:
        raise _rejected("invalid_payload",
                        f"Phản ánh, kiến nghị không hợp lệ: {exc.error_count()} lỗi.") from exc
    try:
        parsed = parse_feedback_code(data.code)
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != data.code:
        raise Refusal(p.CONFLICT, 422, "invalid_code",
                      f"Mã phản ánh {data.code!r} không đúng định dạng "
                      f"<mã cơ quan>-PA-<YYMMDD>-<NNNN>.")
    _check_in_block(device, data.code, parsed.agency, parsed.number, "Mã phản ánh")
    if event.dossier_id is not None:
        raise _rejected("invalid_payload", "Phản ánh, kiến nghị không gửi kèm mã hồ sơ "
                                           "(dossier_id).")
    if data.id in known.feedback_ids:
        raise _conflict("feedback_exists",
                        f"Phản ánh {data.code} đã được gửi bằng sự kiện khác.")
    if data.code in known.feedback_codes:
        raise _conflict("code_taken", f"Mã phản ánh {data.code} đã được dùng.")
    writes.feedback.append({
        "id": data.id, "code": data.code, "agency_code": device.agency_code,
        "device_id": device.id, "status": str(FeedbackStatus.RECEIVED),
        "received_at": data.received_at, "payload_json": payload_json, "answer": "",
        "answered_by": "", "answered_at": None, "created_at": now, "updated_at": now})
    known.feedback_ids.add(data.id)
    known.feedback_codes.add(data.code)


def _change_status_from_desk(device: Device, event: p.PushEvent, known: _Known,
                             writes: _Writes) -> str:
    try:
        change = bounds.StatusEventPayload.model_validate(event.payload)
    except ValidationError as exc:
        raise _rejected("invalid_payload",
                        f"Thay đổi trạng thái không hợp lệ: {exc.error_count()} lỗi.") from exc
    dossier = known.by_id.get(change.id)
    if dossier is None or dossier.agency_code != device.agency_code:
        # Retryable: the dossier's own creation may still be on its way.
        raise _rejected("unknown_dossier", f"Máy chủ chưa có hồ sơ {change.code}.", 404)
    if dossier.code != change.code:
        raise _conflict("code_mismatch", "Mã hồ sơ không khớp với mã định danh.")
    returned = event.kind == p.DOSSIER_RETURNED or change.to_status == Status.RETURNED
    online = is_centre_number(parse_code(dossier.code).number)
    if online and change.from_status is not None and change.from_status != dossier.status:
        # Every desk of the agency sees an online dossier: the first desk's move wins.
        raise _conflict("moved_by_other_desk",
                        f"Hồ sơ {dossier.code} đã được quầy khác chuyển sang "
                        f"“{Status(dossier.status).label}”; thao tác này không được ghi "
                        f"lên máy chủ.")
    if online and dossier.status != change.to_status:
        # The agency's other desks take it out of their queue of online dossiers.
        writes.changes.append({"agency_code": dossier.agency_code, "kind": p.CHANGE_STATUS,
                               "dossier_id": dossier.id, "at": change.at, "data": {
                                   "id": dossier.id, "code": dossier.code,
                                   "from_status": dossier.status,
                                   "to_status": change.to_status,
                                   "at": change.at.isoformat(), "actor": change.actor[:64],
                                   "note": change.note, "source": "desk"}})
    if dossier.status != change.to_status:
        _check_move(dossier.status, change.to_status)  # refuses before anything changes
        writes.history.append({"dossier_id": dossier.id, "from_status": dossier.status,
                               "to_status": change.to_status, "at": change.at,
                               "actor": change.actor[:64], "source": "desk",
                               "note": change.note})
        dossier.status, dossier.updated_at = change.to_status, change.at
    elif not returned:
        return dossier.id
    if returned:
        dossier.returned_at = change.at
    if dossier.stored:
        writes.moved[dossier.id] = dossier
    return dossier.id


def _fee_event(device: Device, event: p.PushEvent, known: _Known) -> str:
    """Money of a dossier (a collection, a refund, an exemption): stored as the dossier's
    event, the dossier itself unchanged."""
    try:
        fee = bounds.FeeEventPayload.model_validate(event.payload)
    except ValidationError as exc:
        raise _rejected("invalid_payload",
                        f"Phí, lệ phí không hợp lệ: {exc.error_count()} lỗi.") from exc
    dossier = known.by_id.get(fee.id)
    if dossier is None or dossier.agency_code != device.agency_code:
        # Retryable: the dossier's own creation may still be on its way.
        raise _rejected("unknown_dossier", f"Máy chủ chưa có hồ sơ {fee.code}.", 404)
    if dossier.code != fee.code or event.dossier_id not in (None, dossier.id):
        raise _conflict("code_mismatch", "Mã hồ sơ không khớp với mã định danh.")
    return dossier.id


def _due_change_from_desk(device: Device, event: p.PushEvent, known: _Known) -> str:
    """A new appointment: kept as the event itself (old and new due time), which the
    portal export reads; the dossier's status is untouched."""
    try:
        change = bounds.DueChangePayload.model_validate(event.payload)
    except ValidationError as exc:
        raise _rejected("invalid_payload",
                        f"Thay đổi hẹn trả không hợp lệ: {exc.error_count()} lỗi.") from exc
    dossier = known.by_id.get(change.id)
    if dossier is None or dossier.agency_code != device.agency_code:
        raise _rejected("unknown_dossier", f"Máy chủ chưa có hồ sơ {change.code}.", 404)
    if dossier.code != change.code:
        raise _conflict("code_mismatch", "Mã hồ sơ không khớp với mã định danh.")
    return dossier.id


def _check_move(current: int, target: int) -> None:
    try:
        check_transition(Status(current), Status(target))
    except TransitionRefused as exc:
        raise _conflict("status_rule", str(exc)) from exc


def _move(session: Session, dossier: Dossier, target: int, at: datetime, actor: str,
          source: str, note: str) -> int:
    current = dossier.status
    _check_move(current, target)
    dossier.status = target
    dossier.updated_at = at
    session.add(StatusHistory(dossier_id=dossier.id, from_status=current, to_status=target,
                              at=at, actor=actor, source=source, note=note))
    return current


class BackOfficeError(ValueError):
    pass


def set_status(session: Session, code: str, status: int, note: str = "",
               actor: str = "back-office", now: datetime | None = None) -> dict[str, Any]:
    """A back-office decision: moves the dossier and logs the change for its agency's desks."""
    now = now or utc_now()
    lock_change_log(session)  # before the dossier's row: the order every writer takes them in
    dossier = session.scalar(select(Dossier).where(Dossier.code == code.strip().upper()))
    if dossier is None:
        raise BackOfficeError(f"Không có hồ sơ {code}.")
    try:
        previous = _move(session, dossier, status, now, actor, "back_office", note)
    except Refusal as refusal:
        raise BackOfficeError(refusal.message) from None
    data = {"id": dossier.id, "code": dossier.code, "from_status": previous,
            "to_status": status, "at": now.isoformat(), "actor": actor, "note": note}
    _log_change(session, dossier.agency_code, p.CHANGE_STATUS, data, now, dossier.id)
    notices.queue(session, [notices.StepReached(dossier.id, status, now, note,
                                                dossier.payload)], now)
    return data


def _log_change(session: Session, agency_code: str | None, kind: str, data: dict[str, Any],
                at: datetime, dossier_id: str | None = None) -> None:
    """The one place a Change row is made. The change-log lock is taken here, not only
    by Database.transaction, so a writer on any session draws `seq` under it and
    commits before the next writer draws one (see db.lock_change_log)."""
    lock_change_log(session)
    session.add(Change(agency_code=agency_code, kind=kind, dossier_id=dossier_id, data=data,
                       at=at))


def move_feedback(session: Session, code: str, status: str, *, answer: str = "",
                  actor: str = "back-office", now: datetime | None = None) -> dict[str, Any]:
    """The back office's handling of a feedback (domain/feedback.py: received → handling
    → answered → closed; an answer has its text): stored, and logged as a
    feedback.status change for the agency's desks."""
    now = now or utc_now()
    lock_change_log(session)  # before the feedback's row, as set_status
    row = session.scalar(select(Feedback).where(Feedback.code == code.strip().upper()))
    if row is None:
        raise BackOfficeError(f"Không có phản ánh, kiến nghị {code}.")
    try:
        target = FeedbackStatus(status)
        check_move(row.code, FeedbackStatus(row.status), target)
    except FeedbackMoveRefused as exc:
        raise BackOfficeError(str(exc)) from None
    except ValueError:
        raise BackOfficeError(f"Trạng thái phản ánh không hợp lệ: {status!r}.") from None
    if target is FeedbackStatus.ANSWERED:
        if problem := answer_problem(answer):
            raise BackOfficeError(problem)
        row.answer, row.answered_by, row.answered_at = clean_paragraphs(answer), actor, now
    elif answer:
        raise BackOfficeError("Nội dung trả lời chỉ ghi khi trả lời phản ánh.")
    row.status, row.updated_at = str(target), now
    data = {"id": row.id, "code": row.code, "status": row.status, "at": now.isoformat(),
            "actor": actor, "answer": row.answer, "answered_by": row.answered_by,
            "answered_at": row.answered_at.isoformat() if row.answered_at else None}
    _log_change(session, row.agency_code, p.CHANGE_FEEDBACK, data, now)
    return data


def feedback_list(session: Session, agency_code: str | None = None,
                  limit: int = 100) -> list[Feedback]:
    """The newest feedback first (one agency's, or every one)."""
    query = select(Feedback).order_by(Feedback.received_at.desc(), Feedback.code.desc())
    if agency_code:
        query = query.where(Feedback.agency_code == agency_code.strip().upper())
    return list(session.scalars(query.limit(limit)))


def publish_calendar(session: Session, days: list[dict[str, str]], agency_code: str | None = None,
                     now: datetime | None = None) -> None:
    """Days off / make-up days for every desk (or one agency): [{day, kind, name}]."""
    for day in days:
        if day.get("kind") not in ("off", "work"):
            raise BackOfficeError("kind phải là 'off' hoặc 'work'.")
        datetime.strptime(day["day"], "%Y-%m-%d")
    _log_change(session, agency_code, p.CHANGE_CALENDAR, {"days": days}, now or utc_now())


def publish_catalogue(session: Session, document: dict[str, Any], agency_code: str | None = None,
                      now: datetime | None = None) -> None:
    """A whole procedure catalogue (the bundled file's format) that replaces the desks'."""
    try:
        parse_catalogue(document)  # the desks' own rules: never publish what they refuse
    except (ValueError, TypeError, AttributeError) as exc:
        raise BackOfficeError(f"Danh mục không hợp lệ: {exc}") from None
    _log_change(session, agency_code, p.CHANGE_CATALOGUE, document, now or utc_now())


def announce_desk_version(session: Session, version: str, agency_code: str | None = None,
                          now: datetime | None = None) -> None:
    """Tell the desks (or one agency's) that a newer desk release is out."""
    if parse_version(version) is None:
        raise BackOfficeError(f"Phiên bản không hợp lệ: {version!r} (ví dụ 0.2.0).")
    _log_change(session, agency_code, p.CHANGE_DESK_VERSION,
                {"latest_desk_version": str(parse_version(version))}, now or utc_now())


def changes_since(session: Session, device: Device, since: int, limit: int
                  ) -> tuple[list[p.Change], int, bool]:
    """The device's agency's (and everyone's) changes after `since`, oldest first."""
    top = session.scalar(select(func.max(Change.seq))) or 0
    rows = list(session.scalars(
        select(Change).where(Change.seq > since, Change.seq <= top,
                             or_(Change.agency_code == device.agency_code,
                                 Change.agency_code.is_(None)))
        .order_by(Change.seq).limit(limit + 1)))
    has_more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].seq if has_more else max(top, since)
    changes = [p.Change(seq=r.seq, kind=r.kind, at=r.at, dossier_id=r.dossier_id, data=r.data)
               for r in rows]
    return changes, cursor, has_more


AUDIT_DIVERGED = "diverged"


def record_audit_head(session: Session, device: Device, head: p.AuditHead,
                      now: datetime | None = None) -> str:
    """Keep a device's audit chain head: p.AUDIT_RECORDED for a new one, p.AUDIT_KNOWN
    for one it sent before (the same seq and hash), AUDIT_DIVERGED (stored, marked)
    when its seq went backwards or its hash differs from the one sent for that seq."""
    now = now or utc_now()
    heads = select(AuditHeadRow).where(AuditHeadRow.device_id == device.id,
                                       AuditHeadRow.diverged.is_(False))
    same_seq = session.scalar(heads.where(AuditHeadRow.seq == head.seq).limit(1))
    top = session.scalar(select(func.max(AuditHeadRow.seq)).where(
        AuditHeadRow.device_id == device.id, AuditHeadRow.diverged.is_(False)))
    reason = ""
    if same_seq is not None:
        if same_seq.hash == head.hash:
            return p.AUDIT_KNOWN
        reason = f"seq {head.seq}: hash {same_seq.hash[:12]}… before, {head.hash[:12]}… now"
    elif top is not None and head.seq < top:
        reason = f"seq went back from {top} to {head.seq}"
    session.add(AuditHeadRow(device_id=device.id, seq=head.seq, hash=head.hash, at=head.at,
                             received_at=now, diverged=bool(reason), reason=reason))
    return AUDIT_DIVERGED if reason else p.AUDIT_RECORDED


@dataclass(frozen=True, slots=True)
class AuditHeadLine:
    device: str
    agency_code: str
    desk: int
    seq: int
    hash: str
    at: datetime
    received_at: datetime
    diverged: bool
    reason: str


def audit_heads(session: Session, device_name: str | None = None) -> list[AuditHeadLine]:
    """Every head the devices sent (or one device's), by device then arrival."""
    query = (select(Device.name, Device.agency_code, Device.desk, AuditHeadRow.seq,
                    AuditHeadRow.hash, AuditHeadRow.at, AuditHeadRow.received_at,
                    AuditHeadRow.diverged, AuditHeadRow.reason)
             .join(Device, Device.id == AuditHeadRow.device_id)
             .order_by(Device.name, Device.id, AuditHeadRow.id))
    if device_name is not None:
        query = query.where(Device.name == device_name)
    return [AuditHeadLine(*row) for row in session.execute(query)]


def agency_has_file(session: Session, agency_code: str, sha256: str) -> bool:
    """Whether a dossier of the agency holds the file (a desk only gets those)."""
    return session.scalar(
        select(DossierFile.id).join(Dossier, Dossier.id == DossierFile.dossier_id)
        .where(DossierFile.sha256 == sha256, Dossier.agency_code == agency_code)
        .limit(1)) is not None


def get_dossier(session: Session, device: Device, code: str) -> Dossier | None:
    dossier = session.scalar(select(Dossier).where(Dossier.code == code.strip().upper()))
    return dossier if dossier is not None and dossier.agency_code == device.agency_code else None


# ---- the national portal's record (portal.py maps it) ------------------------------------
# Events that tell the record something beyond the status history: new appointments,
# money, the hand-back's recipient.
_PORTAL_EVENT_KINDS = (p.DOSSIER_DUE_CHANGED, p.DOSSIER_RETURNED, *sorted(p.FEE_EVENT_KINDS))
_FACTS_CHUNK = 500  # dossiers per look-up of their histories (bound parameters)


def portal_facts(session: Session, dossiers: Sequence[Dossier]) -> list[portal.DossierFacts]:
    """What portal.portal_record needs of each dossier: its payload, status history and
    the events pushed about it, oldest first."""
    facts = []
    for start in range(0, len(dossiers), _FACTS_CHUNK):
        chunk = dossiers[start:start + _FACTS_CHUNK]
        ids = [d.id for d in chunk]
        history: dict[str, list[portal.StatusStep]] = {i: [] for i in ids}
        for row in session.scalars(select(StatusHistory)
                                   .where(StatusHistory.dossier_id.in_(ids))
                                   .order_by(StatusHistory.id)):
            history[row.dossier_id].append(portal.StatusStep(
                row.from_status, row.to_status, row.at, row.actor, row.source, row.note))
        events: dict[str, list[portal.PushedEvent]] = {i: [] for i in ids}
        for row in session.scalars(select(Event)
                                   .where(Event.dossier_id.in_(ids),
                                          Event.kind.in_(_PORTAL_EVENT_KINDS))
                                   .order_by(Event.created_at, Event.received_at)):
            events[row.dossier_id].append(portal.PushedEvent(row.kind, row.payload))
        files: dict[str, list[portal.FileFact]] = {i: [] for i in ids}
        for row in session.scalars(select(DossierFile)
                                   .where(DossierFile.dossier_id.in_(ids))
                                   .order_by(DossierFile.role, DossierFile.paper,
                                             DossierFile.id)):
            files[row.dossier_id].append(portal.FileFact(row.sha256, row.role, row.paper,
                                                         row.name))
        facts += [portal.DossierFacts(d.payload, d.status, d.returned_at, d.agency_code,
                                      tuple(history[d.id]), tuple(events[d.id]),
                                      tuple(files[d.id]))
                  for d in chunk]
    return facts


def portal_record(session: Session, device: Device, code: str) -> dict[str, Any] | None:
    """The device's agency's dossier `code` as the national portal records it."""
    dossier = get_dossier(session, device, code)
    if dossier is None:
        return None
    (facts,) = portal_facts(session, [dossier])
    return portal.portal_record(facts)


def received_between(session: Session, first: date, last: date,
                     agency_code: str | None = None) -> list[Dossier]:
    """Dossiers received from `first` to `last` (days at the centre, both included)."""
    start = datetime.combine(first, time(0), tzinfo=portal.PORTAL_TZ)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=portal.PORTAL_TZ)
    query = (select(Dossier).where(Dossier.received_at >= start, Dossier.received_at < end)
             .order_by(Dossier.received_at, Dossier.code))
    if agency_code:
        query = query.where(Dossier.agency_code == agency_code.strip().upper())
    return list(session.scalars(query))


def stats(session: Session) -> dict[str, int]:
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return {"dossiers": count(Dossier), "events": count(Event), "changes": count(Change),
            "devices": count(Device)}
