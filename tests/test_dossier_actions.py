"""Desk status changes: rules checked; status row + outbox event + audit in one transaction."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.dossier import DossierNotFound
from onestop_desktop.domain.listing import Period, Urgency, urgency
from onestop_desktop.domain.status import Status, TransitionRefused
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.services.dossier_queries import DossierFilter, count, list_page
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import audit, dossier_repo, outbox
from onestop_desktop.store.models import OutboxEvent, StatusChangeRow
from tests.conftest import local, sample_request


def _intake(store, **overrides):
    clock = lambda: local(2026, 11, 30, 10, 0)  # noqa: E731
    return IntakeService(store, clock).intake(sample_request(**overrides), "lan")


def test_status_change_writes_row_event_and_audit(store):
    dossier = _intake(store)
    at = local(2026, 12, 1, 8, 0)
    changed = change_status(store, dossier.code.lower(), Status.PROCESSING, actor="lan",
                            note="  chuyển  phòng ", now=at)
    assert changed.status is Status.PROCESSING
    with store.read() as session:
        history = dossier_repo.status_history(session, dossier.id)
        assert [(h.from_status, h.to_status) for h in history] == [(None, 2), (2, 4)]
        assert history[-1].note == "chuyển phòng"
        event = outbox.events_for(session, dossier.id)[-1]
        assert event.kind == "dossier.status_changed"
        assert event.payload == {"id": dossier.id, "code": dossier.code, "from_status": 2,
                                 "to_status": 4, "at": "2026-12-01T08:00:00+07:00",
                                 "actor": "lan", "note": "chuyển phòng"}
        assert audit.trail(session, dossier.id)[-1].action == "dossier.status_changed"


def test_refused_transition_writes_nothing(store):
    dossier = _intake(store)
    with store.read() as session:
        before = (session.scalar(select(func.count()).select_from(OutboxEvent)),
                  session.scalar(select(func.count()).select_from(StatusChangeRow)))
    with pytest.raises(TransitionRefused):
        change_status(store, dossier.code, Status.RETURNED, actor="lan")
    with pytest.raises(DossierNotFound):
        change_status(store, "000.00.01.H22-261130-9999", Status.PROCESSING, actor="lan")
    with store.read() as session:
        after = (session.scalar(select(func.count()).select_from(OutboxEvent)),
                 session.scalar(select(func.count()).select_from(StatusChangeRow)))
        assert dossier_repo.get_by_code(session, dossier.code).status is Status.RECEIVED
    assert after == before


def test_list_filters_today_due_overdue_status_procedure_search(store):
    first = _intake(store)  # 1.001612, received 30/11 09:15
    other = _intake(store, procedure_code="1.009931",
                    applicant={"name": "Phạm Văn Đức", "id_number": "038090012399",
                               "phone": "0987 654 321", "address": "Thanh Hóa"})
    refused = _intake(store, status=3, note="Không thuộc thẩm quyền giải quyết")
    now = local(2026, 11, 30, 16, 0)

    def codes(flt, at=now):
        page = list_page(store, flt, at)
        if not flt.query:
            assert count(store, flt, at) == len(page.rows)  # counted in SQL alike
        return [d.code for d in page.rows]

    assert set(codes(DossierFilter(period=Period.TODAY))) == {first.code, other.code,
                                                             refused.code}
    assert codes(DossierFilter(period=Period.TODAY), now + timedelta(days=1)) == []
    assert codes(DossierFilter(query="pham van duc")) == [other.code]
    assert codes(DossierFilter(query="0987654321")) == [other.code]
    assert codes(DossierFilter(procedure_code="1.009931")) == [other.code]
    assert codes(DossierFilter(status=3)) == [refused.code]
    # Overdue is computed from due_at: a day after the appointment, open dossiers only.
    late = first.due_at + timedelta(hours=1)
    overdue = codes(DossierFilter(period=Period.OVERDUE), late)
    assert first.code in overdue and refused.code not in overdue
    due_day = first.due_at.replace(hour=first.due_at.hour)
    assert first.code in codes(DossierFilter(period=Period.DUE_TODAY), due_day)
    assert urgency(first.status, first.due_at, late) is Urgency.OVERDUE
    assert urgency(first.status, first.due_at, first.due_at - timedelta(hours=2)) \
        is Urgency.DUE_SOON
    assert urgency(Status.DONE, first.due_at, late) is Urgency.NONE  # processing ended
    change_status(store, first.code, Status.DONE, actor="lan", now=now)
    # Processing has ended: no longer overdue, waiting to be handed back instead.
    assert first.code not in codes(DossierFilter(period=Period.OVERDUE), late)
    assert codes(DossierFilter(period=Period.READY), late) == [first.code]
