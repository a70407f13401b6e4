"""Returning a result: recipient, fees, timing class, rating; status 10 with its event."""

from __future__ import annotations

from datetime import timedelta

import pytest

from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.fees import Method
from onestop_desktop.domain.returns import RATING_LABELS, Rating, Timing, timing_class
from onestop_desktop.domain.status import Status, TransitionRefused
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.returns import ReturnRequest, return_result
from onestop_desktop.store import dossier_repo, outbox, return_repo
from tests.conftest import local, sample_request


def test_timing_class_is_judged_on_the_local_day_and_hour():
    due = local(2026, 12, 3, 11, 30)
    assert timing_class(due, local(2026, 12, 2, 16, 0)) is Timing.EARLY
    assert timing_class(due, local(2026, 12, 3, 8, 0)) is Timing.ON_TIME
    assert timing_class(due, due) is Timing.ON_TIME
    assert timing_class(due, due + timedelta(minutes=1)) is Timing.LATE
    assert timing_class(None, due) is Timing.ON_TIME
    assert [RATING_LABELS[r] for r in Rating] == ["Rất hài lòng", "Hài lòng", "Không hài lòng"]
    assert Timing.LATE.label == "Quá hạn"


@pytest.fixture
def done_dossier(store):
    clock = lambda: local(2026, 11, 30, 10, 0)  # noqa: E731
    dossier = IntakeService(store, clock).intake(sample_request(), "lan")
    change_status(store, dossier.code, Status.DONE, actor="backoffice",
                  now=local(2026, 12, 1, 9, 0))
    return dossier


def test_return_by_authorised_person_records_everything(store, done_dossier):
    # Done on 1/12, before its appointment; collected after it: the processing was early.
    at = done_dossier.due_at + timedelta(hours=2)
    record = return_result(store, ReturnRequest(
        code=done_dossier.code, authorised=True, recipient_name=" Lê  Văn Tám ",
        recipient_id_number="038 090 012 388", fees_collected=100_000,
        fee_method=Method.TRANSFER, rating=Rating.SATISFIED, comment="Nhanh"),
        actor="lan", now=at)
    assert record.timing is Timing.EARLY
    assert record.done_at == local(2026, 12, 1, 9, 0)
    # The lệ phí still owed (taken in without a fee choice: at the hand-back) is collected.
    assert record.fee_receipt is not None and record.fee_receipt.number == "0100001"
    assert record.fee_method is Method.TRANSFER
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, done_dossier.code)
        assert row.status == 10 and row.returned_at == at
        back = return_repo.get_return(session, row.id)
        assert (back.recipient_name, back.recipient_id_number, back.authorised,
                back.fees_collected, back.timing, back.rating, back.rating_comment) == (
            "Lê Văn Tám", "038090012388", True, 100_000, "early", 2, "Nhanh")
        event = outbox.events_for(session, row.id)[-1]
        assert event.kind == "dossier.returned"
        assert event.payload["from_status"] == 9 and event.payload["to_status"] == 10
        assert event.payload["rating"] == 2 and event.payload["timing"] == "early"
        assert event.payload["done_at"] == "2026-12-01T09:00:00+07:00"
        assert [h.to_status for h in dossier_repo.status_history(session, row.id)][-1] == 10


def test_self_collection_defaults_to_the_applicant(store, done_dossier):
    record = return_result(store, ReturnRequest(code=done_dossier.code),
                           actor="lan", now=local(2026, 12, 1, 10, 0))
    assert record.recipient_name == "Đặng Thị Ngọc Hường"
    assert record.recipient_id_number == "038190012345"
    assert record.rating is None


def test_return_refused_before_done_twice_or_with_bad_input(store, done_dossier):
    clock = lambda: local(2026, 11, 30, 10, 0)  # noqa: E731
    fresh = IntakeService(store, clock).intake(sample_request(), "lan")
    with pytest.raises(TransitionRefused):
        return_result(store, ReturnRequest(code=fresh.code), actor="lan")
    with pytest.raises(ValidationFailed) as caught:
        return_result(store, ReturnRequest(code=done_dossier.code, authorised=True,
                                           recipient_name="", recipient_id_number="12",
                                           fees_collected=-1), actor="lan")
    assert {p.field for p in caught.value.problems} == {"recipient_name",
                                                        "recipient_id_number",
                                                        "fees_collected"}
    with store.read() as session:
        assert return_repo.get_return(session, done_dossier.id) is None
    return_result(store, ReturnRequest(code=done_dossier.code), actor="lan")
    with pytest.raises(TransitionRefused):
        return_result(store, ReturnRequest(code=done_dossier.code), actor="lan")
