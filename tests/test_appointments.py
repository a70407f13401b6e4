"""The appointment after intake, by the law (DOMAIN.md, "The appointment (due) time"):
same-day procedures, provisional dates, the supplement clock, form 04's new date and its
history, and on time judged when processing ends, not at hand-back. Real store, real PDFs."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from onestop_desktop.domain import events
from onestop_desktop.domain.calendar import CalendarDay, DayKind, TimeUnit
from onestop_desktop.domain.calendar_data import CENTRAL_SOURCE
from onestop_desktop.domain.procedure import TimeLimit
from onestop_desktop.domain.returns import Timing
from onestop_desktop.domain.status import Status
from onestop_desktop.services import dossier_queries
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.printing import preview_form, print_form, print_receipt
from onestop_desktop.services.returns import ReturnRequest, return_result
from onestop_desktop.services.setup import load_catalogue, refresh_calendar
from onestop_desktop.store import calendar_repo, catalogue_repo, dossier_repo, outbox
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from tests.conftest import local, sample_request
from tests.test_documents_pdfcheck import assert_nfc_contains, text

SAME_DAY_CODE = "2.000815"  # certified copies, "in the day"
PAPERS = [{"name": "Giấy đề nghị đăng ký hộ kinh doanh", "original": 1}]


def take_in(store: Store, at, **overrides):
    return IntakeService(store, clock=lambda: at).intake(
        sample_request(received_at=at.isoformat(), **overrides), "canbo1")


@pytest.fixture
def same_day_catalogue(store, tmp_path):
    """A catalogue of our own: the sample one is edited elsewhere."""
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"version": "t-same-day", "procedures": [
        {"code": SAME_DAY_CODE, "name": "Chứng thực bản sao từ bản chính",
         "time_limit": {"unit": "same_day"},
         "documents": [{"name": "Bản chính giấy tờ", "original": 1}]},
        {"code": "1.001612", "name": "Đăng ký thành lập hộ kinh doanh",
         "time_limit": {"value": 3, "unit": "day"},
         "documents": [{"name": PAPERS[0]["name"], "original": 1}]},
    ]}, ensure_ascii=False), encoding="utf-8")
    load_catalogue(store, path)
    return store


def due_events(store, dossier_id):
    with store.read() as session:
        return [e.payload for e in outbox.events_for(session, dossier_id)
                if e.kind == events.DOSSIER_DUE_CHANGED]


def history(store, dossier_id):
    with store.read() as session:
        return [(c.reason, c.old_due, c.new_due, c.waited_from, c.actor, c.note)
                for c in dossier_repo.due_changes(session, dossier_id)]


# --- 1. same-day procedures ----------------------------------------------------------

@pytest.mark.parametrize("received, due", [
    pytest.param(local(2026, 11, 30, 14, 0), local(2026, 11, 30, 17, 0), id="14h00-that-day"),
    pytest.param(local(2026, 11, 30, 15, 10), local(2026, 12, 1, 17, 0), id="after-cut-off"),
    pytest.param(local(2026, 12, 4, 15, 30), local(2026, 12, 7, 17, 0), id="friday-late"),
])
def test_a_same_day_dossier_is_due_at_the_end_of_the_working_day(same_day_catalogue,
                                                                 tmp_path, received, due):
    store = same_day_catalogue
    dossier = take_in(store, received, procedure_code=SAME_DAY_CODE,
                      documents=[{"name": "Bản chính giấy tờ", "original": 1}])
    assert dossier.due_at == due and not dossier.due_provisional
    assert dossier.time_limit == TimeLimit.same_day()
    assert dossier.time_limit_text == "Trong ngày"
    with store.read() as session:
        assert dossier_repo.get_by_code(session, dossier.code).time_limit == TimeLimit.same_day()
    pdf = print_receipt(store, dossier.code, tmp_path / "r.pdf", actor="canbo1",
                        now=received).path.read_bytes()
    content = text(pdf)
    assert_nfc_contains(content, "Thời gian giải quyết hồ sơ theo quy định: Trong ngày")
    assert_nfc_contains(content, f"{due:%H} giờ {due:%M} phút, ngày {due:%d/%m/%Y}")
    assert "dự kiến" not in content


def test_the_appointment_preview_matches_what_intake_stores(same_day_catalogue):
    store = same_day_catalogue
    at = local(2026, 12, 30, 9, 0)
    with store.read() as session:
        procedure = catalogue_repo.get_procedure(session, "1.001612")
    preview = dossier_queries.preview_due(store, procedure, at)
    dossier = take_in(store, at)
    assert (preview.at, preview.provisional) == (dossier.due_at, dossier.due_provisional)


# --- 2. provisional appointments ----------------------------------------------------

def test_an_appointment_in_an_undecided_year_is_provisional_and_the_receipt_says_so(
        store, tmp_path):
    # 3 working days from Wednesday 30/12/2026 fall in 2027, whose Tết is not decided.
    dossier = take_in(store, local(2026, 12, 30, 9, 0))
    assert dossier.due_at.year == 2027 and dossier.due_provisional
    with store.read() as session:
        assert dossier_repo.get_by_code(session, dossier.code).due_provisional
    pdf = print_receipt(store, dossier.code, tmp_path / "r.pdf", actor="canbo1",
                        now=local(2026, 12, 30, 9, 5)).path.read_bytes()
    content = text(pdf, page=0)
    assert_nfc_contains(content, "(dự kiến)")
    assert_nfc_contains(content, "Ngày hẹn trả là dự kiến: lịch nghỉ lễ, Tết năm 2027 "
                                 "chưa được công bố chính thức.")
    within = take_in(store, local(2026, 12, 1, 9, 0))
    assert within.due_at.year == 2026 and not within.due_provisional
    listed = dossier_queries.list_page(store, dossier_queries.DossierFilter(),
                                       local(2026, 12, 30, 10, 0)).rows
    assert {r.code: r.due_provisional for r in listed} == {dossier.code: True,
                                                          within.code: False}


def test_an_upgraded_desk_reseeds_its_calendar_and_keeps_the_centres_days(store):
    """A calendar seeded from an older list (no 22/8/2026, no covered years): the next
    start reseeds it from the bundled list; the centre's overrides stay."""
    with raw_connection(store.path) as raw:
        raw.execute("DELETE FROM calendar_days WHERE day = '2026-08-22'")
        raw.execute("UPDATE settings SET value = '\"older\"' WHERE key = 'calendar_seed'")
        raw.execute("UPDATE settings SET value = '[]' WHERE key = 'calendar_complete_years'")
    with store.transaction() as session:
        calendar_repo.upsert_days(session, [CalendarDay(date(2026, 12, 2), DayKind.OFF,
                                                        "Nghỉ đột xuất", CENTRAL_SOURCE)])
    assert refresh_calendar(store, today=date(2026, 12, 3)) is True
    assert refresh_calendar(store, today=date(2026, 12, 3)) is False  # once
    with store.read() as session:
        days = {d.day: d for d in calendar_repo.load_days(session)}
        assert calendar_repo.complete_years(session) == {2025, 2026}
    assert days[date(2026, 8, 22)].kind is DayKind.WORK
    assert "9441/TB-BNV" in days[date(2026, 8, 22)].decision
    assert days[date(2026, 12, 2)].source == CENTRAL_SOURCE


# --- 3. the supplement clock --------------------------------------------------------

@pytest.mark.parametrize("target", [Status.RECEIVED, Status.PROCESSING])
def test_papers_arriving_count_the_appointment_again_from_then(store, target):
    taken = local(2026, 11, 30, 9, 0)
    dossier = take_in(store, taken, status=5, documents=PAPERS)
    assert dossier.due_at == local(2026, 12, 3, 11, 30)
    arrived = local(2026, 12, 8, 14, 0)  # a Tuesday afternoon: 3 days -> Friday afternoon
    moved = change_status(store, dossier.code, target, actor="canbo2", now=arrived)
    assert moved.due_at == local(2026, 12, 11, 17, 0) and not moved.due_provisional
    (reason, old, new, waited_from, actor, note), = history(store, dossier.id)
    assert (reason, old, new, actor, note) == ("supplement", local(2026, 12, 3, 11, 30),
                                               local(2026, 12, 11, 17, 0), "canbo2", "")
    assert waited_from == taken  # the waiting time: from intake (status 5) to the papers
    payload, = due_events(store, dossier.id)
    assert payload["due_before"] == "2026-12-03T11:30:00+07:00"
    assert payload["due_after"] == "2026-12-11T17:00:00+07:00"
    assert payload["waited_from"] == "2026-11-30T09:00:00+07:00"
    assert payload["reason"] == "supplement" and payload["code"] == dossier.code
    detail = dossier_queries.dossier_detail(store, dossier.code)
    assert detail.dossier.due_at == local(2026, 12, 11, 17, 0)
    line, = [e.text for e in detail.timeline if e.kind == "due"]
    assert line.startswith("Hẹn trả 11:30 03/12/2026 → 17:00 11/12/2026: nhận giấy tờ bổ sung")
    assert "chờ bổ sung từ 09:00 30/11/2026" in line


def test_waiting_starts_when_the_papers_were_asked_for(store):
    dossier = take_in(store, local(2026, 11, 30, 9, 0))
    change_status(store, dossier.code, 5, actor="canbo1", now=local(2026, 12, 1, 10, 0))
    moved = change_status(store, dossier.code, 2, actor="canbo1",
                          now=local(2026, 12, 2, 9, 0))
    assert moved.due_at == local(2026, 12, 7, 11, 30)  # Wednesday morning + 3: Monday
    assert history(store, dossier.id)[0][3] == local(2026, 12, 1, 10, 0)
    # Other moves leave the appointment alone.
    change_status(store, dossier.code, 4, actor="canbo1", now=local(2026, 12, 3, 9, 0))
    assert len(history(store, dossier.id)) == 1


def test_papers_arriving_late_in_the_year_give_a_provisional_appointment(store):
    dossier = take_in(store, local(2026, 12, 1, 9, 0), status=5, documents=PAPERS)
    moved = change_status(store, dossier.code, 2, actor="canbo1",
                          now=local(2026, 12, 30, 9, 0))
    assert moved.due_at.year == 2027 and moved.due_provisional


def test_an_older_dossier_takes_its_limit_from_the_catalogue_or_keeps_its_appointment(store):
    first = take_in(store, local(2026, 11, 30, 9, 0), status=5, documents=PAPERS)
    second = take_in(store, local(2026, 11, 30, 9, 5), status=5, documents=PAPERS)
    with raw_connection(store.path) as raw:  # as taken in before limits were kept
        raw.execute("UPDATE dossiers SET limit_unit = NULL, limit_value = NULL")
    moved = change_status(store, first.code, 2, actor="canbo1", now=local(2026, 12, 8, 14, 0))
    assert moved.due_at == local(2026, 12, 11, 17, 0)
    assert moved.time_limit == TimeLimit(3, TimeUnit.DAY)  # kept from now on
    with raw_connection(store.path) as raw:  # the procedure has left the catalogue
        raw.execute("DELETE FROM procedures WHERE code = '1.001612'")
    kept = change_status(store, second.code, 2, actor="canbo1", now=local(2026, 12, 8, 14, 0))
    assert kept.due_at == second.due_at and kept.time_limit is None
    (reason, old, new, _waited, _actor, note), = history(store, second.id)
    assert (reason, old, new) == ("supplement", second.due_at, second.due_at)
    assert "Không tính lại được" in note and "1.001612" in note
    line, = [e.text for e in dossier_queries.dossier_detail(store, second.code).timeline
             if e.kind == "due"]
    assert line.startswith("Hẹn trả giữ nguyên 11:30 03/12/2026")


# --- 4. form 04 sets a new appointment ----------------------------------------------

def test_form_04_moves_the_appointment_and_keeps_the_old_one(store, tmp_path):
    dossier = take_in(store, local(2026, 11, 30, 9, 0))
    old_due = dossier.due_at
    details = {"reason": "Cần xác minh thêm", "new_due_at": "2026-12-10T16:00:00+07:00"}
    preview_form(store, "04", dossier.code, tmp_path / "p.pdf", actor="canbo1",
                 details=details, now=local(2026, 12, 2, 9, 0))
    assert history(store, dossier.id) == []  # a preview changes nothing
    printed = print_form(store, "04", dossier.code, tmp_path / "f.pdf", actor="canbo1",
                         details=details, now=local(2026, 12, 2, 9, 0))
    new_due = local(2026, 12, 10, 16, 0)
    with store.read() as session:
        assert dossier_repo.get_by_code(session, dossier.code).due_at == new_due
    assert history(store, dossier.id) == [("apology", old_due, new_due, None, "canbo1",
                                           "Cần xác minh thêm")]
    payload, = due_events(store, dossier.id)
    assert (payload["due_before"], payload["due_after"], payload["reason"]) == (
        "2026-12-03T11:30:00+07:00", "2026-12-10T16:00:00+07:00", "apology")
    # The letter names the appointment it apologises for, the first time and on reprints.
    for pdf in (printed.path.read_bytes(),
                print_form(store, "04", dossier.code, tmp_path / "again.pdf", actor="canbo1",
                           now=local(2026, 12, 3, 9, 0)).path.read_bytes()):
        content = text(pdf)
        assert_nfc_contains(content, "thời gian hẹn trả kết quả: 11 giờ 30 phút, "
                                     "ngày 03/12/2026")
        assert_nfc_contains(content, "16 giờ 00 phút, ngày 10/12/2026")
    assert len(history(store, dossier.id)) == 1  # a reprint sets nothing
    detail = dossier_queries.dossier_detail(store, dossier.code)
    line, = [e.text for e in detail.timeline if e.kind == "due"]
    assert line.startswith("Hẹn trả 11:30 03/12/2026 → 16:00 10/12/2026: hẹn lại theo thư")


# --- 5. on time is judged when processing ends ---------------------------------------

@pytest.mark.parametrize("done_at, timing", [
    pytest.param(local(2026, 12, 2, 16, 0), Timing.EARLY, id="done-the-day-before"),
    pytest.param(local(2026, 12, 3, 10, 0), Timing.ON_TIME, id="done-on-the-day"),
    pytest.param(local(2026, 12, 4, 9, 0), Timing.LATE, id="done-after"),
])
def test_timing_is_the_processings_whenever_the_result_is_collected(store, done_at, timing):
    dossier = take_in(store, local(2026, 11, 30, 9, 0))  # due 11:30 03/12/2026
    change_status(store, dossier.code, Status.DONE, actor="phong", now=done_at)
    detail = dossier_queries.dossier_detail(store, dossier.code)
    assert (detail.done_at, detail.processing_timing) == (done_at, timing)
    collected = dossier.due_at + timedelta(days=7)  # a week after the appointment
    record = return_result(store, ReturnRequest(code=dossier.code), actor="canbo1",
                           now=collected)
    assert (record.timing, record.done_at, record.returned_at) == (timing, done_at, collected)
    detail = dossier_queries.dossier_detail(store, dossier.code)
    assert detail.returned["timing"] is timing
    assert detail.returned["returned_at"] == collected


def test_timing_follows_the_appointment_form_04_set(store, tmp_path):
    dossier = take_in(store, local(2026, 11, 30, 9, 0))
    print_form(store, "04", dossier.code, tmp_path / "f.pdf", actor="canbo1",
               details={"reason": "Cần xác minh", "new_due_at": "2026-12-10T16:00:00+07:00"},
               now=local(2026, 12, 2, 9, 0))
    change_status(store, dossier.code, Status.DONE, actor="phong",
                  now=local(2026, 12, 9, 9, 0))
    record = return_result(store, ReturnRequest(code=dossier.code), actor="canbo1",
                           now=local(2026, 12, 21, 9, 0))
    assert record.timing is Timing.EARLY


# --- 6. the store from before -------------------------------------------------------

def test_a_store_from_before_upgrades_and_its_dossiers_take_their_limit_from_the_catalogue(
        store, data_dir):
    from alembic import command

    from onestop_desktop.store.migrate import alembic_config

    dossier = take_in(store, local(2026, 11, 30, 9, 0), status=5, documents=PAPERS)
    with store.engine.connect() as connection:  # back to the schema before 0009_calendar
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0008_identity")
        connection.commit()
        assert "due_provisional" not in {
            row[1] for row in connection.exec_driver_sql("PRAGMA table_info(dossiers)")}
    store.close()
    upgraded = Store.open(data_dir)
    try:
        with upgraded.read() as session:
            before = dossier_repo.get_by_code(session, dossier.code)
        assert before.time_limit is None and before.due_provisional is False
        assert before.due_at == dossier.due_at
        moved = change_status(upgraded, dossier.code, 2, actor="canbo1",
                              now=local(2026, 12, 8, 14, 0))
        assert moved.due_at == local(2026, 12, 11, 17, 0)
        assert moved.time_limit == TimeLimit(3, TimeUnit.DAY)
    finally:
        upgraded.close()
