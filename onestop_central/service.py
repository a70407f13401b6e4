"""What the centre does: devices, applying pushed events, the change log, back office.

Every function takes an open session; the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, or_, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from onestop_desktop.domain.procedure import parse_catalogue
from onestop_desktop.domain.status import (
    INITIAL_STATUSES,
    Status,
    TransitionRefused,
    check_transition,
)
from onestop_desktop.domain.versions import parse_version
from onestop_desktop.sync import protocol as p

from .db import lock_change_log
from .models import Change, Device, Dossier, Event, StatusHistory


def utc_now() -> datetime:
    return datetime.now(UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_device(session: Session, name: str, agency_code: str, desk: int,
               now: datetime | None = None) -> str:
    """Register a desk; returns its token, which is shown once and never stored."""
    # A fixed prefix: a bare token_urlsafe may start with "-", which a command
    # line (`config set device_token …`) would take for an option.
    token = "osd_" + secrets.token_urlsafe(32)
    session.add(Device(name=name, agency_code=agency_code.strip().upper(), desk=desk,
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


class _Known:
    """What a batch needs from the database, read in two queries and kept current."""

    def __init__(self, session: Session, events: list[p.PushEvent]):
        ids = [e.event_id for e in events]
        # event id -> (content hash, agency of the desk that sent it)
        self.events: dict[str, tuple[str, str]] = {
            event_id: (content_hash, agency) for event_id, content_hash, agency in session.execute(
                select(Event.event_id, Event.content_hash, Device.agency_code)
                .join(Device, Device.id == Event.device_id).where(Event.event_id.in_(ids)))}
        dossier_ids = {str(x) for e in events
                       for x in (e.dossier_id, e.payload.get("id")) if x}
        codes = {str(e.payload["code"]) for e in events if e.payload.get("code")}
        rows = session.scalars(select(Dossier).where(
            or_(Dossier.id.in_(dossier_ids), Dossier.code.in_(codes))))
        self.by_id: dict[str, Dossier] = {}
        self.by_code: dict[str, Dossier] = {}
        for row in rows:
            self.add(row)

    def add(self, dossier: Dossier) -> None:
        self.by_id[dossier.id], self.by_code[dossier.code] = dossier, dossier


def push(session: Session, device: Device, events: list[p.PushEvent],
         now: datetime | None = None) -> list[p.EventResult]:
    """Apply events in order; each has its own outcome: one refusal spares the rest.

    Refusals are decided before anything is written, so the fast path applies the
    whole batch with one flush; if the database still objects (a constraint we did
    not foresee), the batch is redone with one savepoint per event.
    """
    now = now or utc_now()
    try:
        with session.begin_nested(), session.no_autoflush:
            return _apply_all(session, device, events, now, per_event_savepoint=False)
    except (IntegrityError, DataError):
        pass  # the savepoint rolled the batch back: redo it carefully
    return _apply_all(session, device, events, now, per_event_savepoint=True)


def _apply_all(session: Session, device: Device, events: list[p.PushEvent], now: datetime,
               per_event_savepoint: bool) -> list[p.EventResult]:
    known = _Known(session, events)
    results = []
    for event in events:
        try:
            if per_event_savepoint:
                with session.begin_nested():
                    outcome = _apply_event(session, device, event, now, known)
                    session.flush()
            else:
                outcome = _apply_event(session, device, event, now, known)
            results.append(p.EventResult(event_id=event.event_id, outcome=outcome))
        except Refusal as refusal:
            results.append(p.EventResult(event_id=event.event_id, outcome=refusal.outcome,
                                         http_status=refusal.http_status, error=refusal.error,
                                         message=refusal.message))
        except (IntegrityError, DataError) as exc:  # careful path only: refuse it, go on
            known = _Known(session, events)
            results.append(p.EventResult(event_id=event.event_id, outcome=p.REJECTED,
                                         http_status=422, error="integrity",
                                         message=f"Dữ liệu không hợp lệ: {exc.orig}"))
    if not per_event_savepoint:
        session.flush()
    return results


def _apply_event(session: Session, device: Device, event: p.PushEvent, now: datetime,
                 known: _Known) -> str:
    content_hash = event.content_hash()
    seen = known.events.get(event.event_id)
    if seen is not None:
        # Same content from the same agency is the same event again, whichever device
        # sent it: a desk re-registered under a new token replays its outbox. Another
        # agency gets the plain refusal, and learns nothing of what is stored.
        if seen == (content_hash, device.agency_code):
            return p.DUPLICATE
        raise _conflict("event_id_reused", "Mã sự kiện đã được dùng cho một nội dung khác.")
    if event.kind == p.DOSSIER_CREATED:
        dossier_id = _create_dossier(session, device, event, now, known)
    elif event.kind in p.STATUS_EVENT_KINDS:
        dossier_id = _change_status_from_desk(session, device, event, known)
    else:
        raise _rejected("unknown_kind", f"Loại sự kiện không được hỗ trợ: {event.kind}.")
    row = Event(event_id=event.event_id, device_id=device.id, kind=event.kind,
                dossier_id=dossier_id, content_hash=content_hash, payload=event.payload,
                created_at=event.created_at, received_at=now)
    session.add(row)
    known.events[row.event_id] = (content_hash, device.agency_code)
    return p.ACCEPTED


def _create_dossier(session: Session, device: Device, event: p.PushEvent, now: datetime,
                    known: _Known) -> str:
    try:
        data = p.DossierPayload.model_validate(event.payload)
    except ValidationError as exc:
        raise _rejected("invalid_payload", f"Hồ sơ không hợp lệ: {exc.error_count()} lỗi.") from exc
    if not data.code.startswith(device.agency_code + "-"):
        raise _rejected("wrong_agency", "Mã hồ sơ không thuộc cơ quan của quầy này.", 403)
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
    dossier = Dossier(id=data.id, code=data.code, agency_code=device.agency_code,
                      device_id=device.id, status=data.status, received_at=data.received_at,
                      returned_at=None, payload=event.payload, created_at=now, updated_at=now)
    session.add(dossier)
    known.add(dossier)
    actor = str(event.payload.get("received_by", ""))[:64]
    session.add(StatusHistory(dossier_id=data.id, from_status=None, to_status=data.status,
                              at=data.received_at, actor=actor, source="desk", note=""))
    return data.id


def _change_status_from_desk(session: Session, device: Device, event: p.PushEvent,
                             known: _Known) -> str:
    try:
        change = p.StatusEventPayload.model_validate(event.payload)
    except ValidationError as exc:
        raise _rejected("invalid_payload",
                        f"Thay đổi trạng thái không hợp lệ: {exc.error_count()} lỗi.") from exc
    dossier = known.by_id.get(change.id)
    if dossier is None or dossier.agency_code != device.agency_code:
        # Retryable: the dossier's own creation may still be on its way.
        raise _rejected("unknown_dossier", f"Máy chủ chưa có hồ sơ {change.code}.", 404)
    if dossier.code != change.code:
        raise _conflict("code_mismatch", "Mã hồ sơ không khớp với mã định danh.")
    if dossier.status != change.to_status:
        _move(session, dossier, change.to_status, change.at, change.actor[:64], "desk",
              change.note)
    if event.kind == p.DOSSIER_RETURNED or change.to_status == Status.RETURNED:
        dossier.returned_at = change.at
    return dossier.id


def _move(session: Session, dossier: Dossier, target: int, at: datetime, actor: str,
          source: str, note: str) -> int:
    current = dossier.status
    try:
        check_transition(Status(current), Status(target))
    except TransitionRefused as exc:
        raise _conflict("status_rule", str(exc)) from exc
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
    return data


def _log_change(session: Session, agency_code: str | None, kind: str, data: dict[str, Any],
                at: datetime, dossier_id: str | None = None) -> None:
    """The one place a Change row is made. The change-log lock is taken here, not only
    by Database.transaction, so a writer on any session draws `seq` under it and
    commits before the next writer draws one (see db.lock_change_log)."""
    lock_change_log(session)
    session.add(Change(agency_code=agency_code, kind=kind, dossier_id=dossier_id, data=data,
                       at=at))


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


def get_dossier(session: Session, device: Device, code: str) -> Dossier | None:
    dossier = session.scalar(select(Dossier).where(Dossier.code == code.strip().upper()))
    return dossier if dossier is not None and dossier.agency_code == device.agency_code else None


def stats(session: Session) -> dict[str, int]:
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return {"dossiers": count(Dossier), "events": count(Event), "changes": count(Change),
            "devices": count(Device)}
