"""The notices table: queued with the status move that calls for them (the caller's
transaction), claimed by a sender, and each attempt's result recorded, as a
notice.delivery change for the dossier's agency's desks too.

A notice is made once per dossier, step and channel (a unique key): a push replayed, a
status the back office sets again, add nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from onestop_desktop.domain.dossier import NoticeChannel
from onestop_desktop.domain.notices import NOTICE_KINDS, DeliveryState
from onestop_desktop.domain.status import Status
from onestop_desktop.sync import protocol as p

from ..models import Dossier, Notice
from .templates import StepFacts, compose

QUEUED, SENDING, SENT, FAILED, NO_PROVIDER = "queued", "sending", "sent", "failed", "no_provider"
STATES = (QUEUED, SENDING, SENT, FAILED, NO_PROVIDER)
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=1)
# A notice claimed this long ago by a sender that never answered (it was killed) is
# offered again. Longer than any provider's time-out.
STALE_CLAIM = timedelta(minutes=10)
_NOTICE_STATUSES = frozenset(int(s) for s in NOTICE_KINDS)


@dataclass(frozen=True, slots=True)
class StepReached:
    """A dossier's status move, as the writer that made it knows it."""

    dossier_id: str
    status: int
    at: datetime
    note: str = ""
    payload: dict[str, Any] | None = None  # the dossier's, when the writer has it


def calls_for_notice(status: int) -> bool:
    return status in _NOTICE_STATUSES


def queue(session: Session, steps: Iterable[StepReached], now: datetime) -> int:
    """Queue the notices of `steps` (those the citizen hears of, over each channel they
    chose and have an address for); returns how many rows were offered."""
    steps = [s for s in steps if calls_for_notice(s.status)]
    missing = {s.dossier_id for s in steps if s.payload is None}
    payloads = {dossier_id: payload for dossier_id, payload in session.execute(
        select(Dossier.id, Dossier.payload).where(Dossier.id.in_(missing)))} if missing else {}
    rows = []
    for step in steps:
        payload = step.payload if step.payload is not None else payloads.get(step.dossier_id)
        if not payload:
            continue
        kind = NOTICE_KINDS[Status(step.status)]
        facts = StepFacts(kind, step.at, step.note)
        for channel in dict.fromkeys(payload.get("notify") or ()):
            address = _address(payload, channel)
            if address is None:
                continue
            message = compose(payload, facts, channel)
            rows.append({"dossier_id": step.dossier_id, "status": step.status,
                         "channel": channel, "address": address, "kind": str(kind),
                         "subject": message.subject, "text": message.text, "state": QUEUED,
                         "attempts": 0, "next_try_at": now, "claimed_at": None,
                         "provider_id": "", "last_error": "", "created_at": now,
                         "sent_at": None, "updated_at": now})
    if rows:
        session.execute(_insert_once(session), rows)
    return len(rows)


def payload_of(payload_json: str) -> dict[str, Any] | None:
    """A new dossier's payload when it asks for notices (None when it asks for none:
    the canonical JSON says so without decoding it)."""
    if '"notify":[' not in payload_json or '"notify":[]' in payload_json:
        return None
    return json.loads(payload_json)


def _address(payload: dict[str, Any], channel: str) -> str | None:
    applicant = payload.get("applicant") or {}
    try:
        by_phone = NoticeChannel(channel).by_phone
    except ValueError:
        return None  # a channel this centre does not know
    if by_phone:
        phone = re.sub(r"[\s.\-()]", "", str(applicant.get("phone", "")))
        return phone or None
    email = str(applicant.get("email", "")).strip()
    return email or None


def _insert_once(session: Session):
    table = Notice.__table__
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    return insert(table)


# ---- delivering ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class OutgoingNotice:
    """What a provider needs to send one notice."""

    id: int
    dossier_id: str
    code: str
    agency_code: str
    channel: str
    kind: str
    address: str
    subject: str
    text: str
    attempt: int  # this one, from 1


@dataclass(frozen=True, slots=True)
class Delivery:
    """A provider's answer: sent (with its message id), or why not and whether trying
    again could help."""

    ok: bool
    provider_id: str = ""
    error: str = ""
    permanent: bool = False
    no_provider: bool = False


def claim_due(session: Session, now: datetime, limit: int) -> list[OutgoingNotice]:
    """Take up to `limit` notices whose time has come (and those a dead sender held)
    for this sender; another sender never gets the same ones."""
    session.execute(update(Notice).where(Notice.state == SENDING,
                                         Notice.claimed_at < now - STALE_CLAIM)
                    .values(state=QUEUED, updated_at=now))
    query = (select(Notice.id).where(Notice.state == QUEUED, Notice.next_try_at <= now)
             .order_by(Notice.next_try_at, Notice.id).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = list(session.scalars(query))
    if not ids:
        return []
    session.execute(update(Notice).where(Notice.id.in_(ids), Notice.state == QUEUED)
                    .values(state=SENDING, claimed_at=now, updated_at=now))
    rows = session.execute(
        select(Notice, Dossier.code, Dossier.agency_code)
        .join(Dossier, Dossier.id == Notice.dossier_id)
        .where(Notice.id.in_(ids)).order_by(Notice.next_try_at, Notice.id))
    return [OutgoingNotice(n.id, n.dossier_id, code, agency, n.channel, n.kind, n.address,
                           n.subject, n.text, n.attempts + 1) for n, code, agency in rows]


def retry_delay(attempt: int) -> timedelta:
    """After the `attempt`-th failure: one minute, then twice as long each time, at most
    an hour."""
    return min(FIRST_RETRY * 2 ** (attempt - 1), LONGEST_WAIT)


def record(session: Session, notice: OutgoingNotice, delivery: Delivery,
           now: datetime) -> str:
    """Keep the result of one attempt; tell the agency's desks. Returns the delivery
    state the desks see (domain.notices.DeliveryState)."""
    values: dict[str, Any] = {"attempts": notice.attempt, "claimed_at": None,
                              "updated_at": now, "last_error": delivery.error[:2000]}
    if delivery.ok:
        values.update(state=SENT, sent_at=now, provider_id=delivery.provider_id[:200])
        shown = DeliveryState.SENT
    elif delivery.no_provider:
        values.update(state=NO_PROVIDER)
        shown = DeliveryState.NO_PROVIDER
    elif delivery.permanent or notice.attempt >= MAX_ATTEMPTS:
        values.update(state=FAILED)
        shown = DeliveryState.FAILED
    else:
        values.update(state=QUEUED, next_try_at=now + retry_delay(notice.attempt))
        shown = DeliveryState.RETRYING
    session.execute(update(Notice).where(Notice.id == notice.id).values(**values))
    data = p.NoticeDeliveryData(
        id=notice.dossier_id, code=notice.code, notice_id=notice.id, channel=notice.channel,
        kind=notice.kind, address=notice.address, state=str(shown), attempt=notice.attempt,
        error=delivery.error[:500], at=now).model_dump(mode="json")
    from ..service import _log_change  # the one maker of Change rows (takes the lock)

    _log_change(session, notice.agency_code, p.CHANGE_NOTICE, data, now, notice.dossier_id)
    return str(shown)


# ---- reading ---------------------------------------------------------------------------

def listing(session: Session, code: str | None = None, limit: int = 200
            ) -> Sequence[tuple[Notice, str]]:
    """Notices newest first (one dossier's when `code` is given), with the dossier code."""
    query = (select(Notice, Dossier.code).join(Dossier, Dossier.id == Notice.dossier_id)
             .order_by(Notice.created_at.desc(), Notice.id.desc()).limit(limit))
    if code:
        query = query.where(Dossier.code == code.strip().upper())
    return [(notice, dossier_code) for notice, dossier_code in session.execute(query)]

