"""The intake service against a real SQLite file."""

from __future__ import annotations

import threading
import unicodedata
from datetime import date

import pytest

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.codes import SequenceExhausted, parse_code
from onestop_desktop.domain.dossier import dossier_to_dict
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.procedure import parse_catalogue
from onestop_desktop.domain.status import Status
from onestop_desktop.services.intake import DeskNotConfigured, IntakeService
from onestop_desktop.services.setup import initialise
from onestop_desktop.store import audit, catalogue_repo, dossier_repo, outbox
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from onestop_desktop.store.models import CodeCounter
from tests.conftest import AGENCY, all_dossiers, local, sample_request

NOW = local(2026, 12, 1, 8, 0)


def service(store: Store) -> IntakeService:
    return IntakeService(store, clock=lambda: NOW)


def table_counts(db_path) -> dict[str, int]:
    tables = ["dossiers", "dossier_documents", "status_changes", "outbox", "audit",
              "code_counters"]
    with raw_connection(db_path) as raw:
        return {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_intake_commits_dossier_outbox_and_audit_together(store):
    dossier = service(store).intake(sample_request(), actor="canbo1")
    assert dossier.code == f"{AGENCY}-261130-1001"
    assert dossier.status is Status.RECEIVED
    assert dossier.due_at == local(2026, 12, 3, 11, 30)  # 3 working days, morning
    assert dossier.applicant.phone == "0912345678"
    assert dossier.documents[0].name == "Giấy đề nghị đăng ký hộ kinh doanh"
    assert dossier.total_fee == 100_000

    with store.read() as session:
        stored = dossier_repo.get_by_code(session, dossier.code)
        events = outbox.events_for(session, dossier.id)
        trail = audit.trail(session, dossier.id)
        history = dossier_repo.status_history(session, dossier.id)
    assert stored == dossier
    assert [(e.kind, e.state, e.payload["code"]) for e in events] == [
        ("dossier.created", "pending", dossier.code)]
    assert events[0].payload["applicant"]["name"] == "Đặng Thị Ngọc Hường"
    assert [(a.actor, a.action) for a in trail] == [("canbo1", "dossier.received")]
    assert [(h.from_status, h.to_status) for h in history] == [(None, 2)]


def test_codes_count_up_per_day_and_restart_next_day(store):
    svc = service(store)
    first = svc.intake(sample_request(), "canbo1")
    second = svc.intake(sample_request(), "canbo1")
    next_day = svc.intake(sample_request(received_at="2026-12-01T07:45:00+07:00"), "canbo1")
    assert [parse_code(d.code).number for d in (first, second, next_day)] == [1001, 1002, 1001]
    assert parse_code(next_day.code).day == date(2026, 12, 1)


def test_nfd_input_is_stored_as_nfc(store):
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Ẩn")
    request = sample_request()
    request["applicant"] = dict(request["applicant"], name=f"  {nfd} ",
                                address=unicodedata.normalize("NFD", "Xã Đông Sơn,  Thanh Hóa"))
    dossier = service(store).intake(request, "canbo1")
    with raw_connection(store.path) as raw:
        name, address = raw.execute("SELECT applicant_name, address FROM dossiers WHERE code=?",
                                    (dossier.code,)).fetchone()
    assert name == "Nguyễn Văn Ẩn" and unicodedata.is_normalized("NFC", name)
    assert address == "Xã Đông Sơn, Thanh Hóa"
    from onestop_desktop.desk import Desk  # the NFD name is found without its marks
    assert Desk(store).dossiers.search("nguyen van an")[0].code == dossier.code


def test_rejected_intake_lists_every_problem_and_writes_nothing(store):
    service(store).intake(sample_request(), "canbo1")
    before = table_counts(store.path)
    bad = {"procedure_code": "9.999999", "sets": 0, "channel": "fax",
           "applicant": {"name": "", "id_number": "003290012345", "phone": "12345",
                         "address": "", "email": "khong-hop-le"},
           "documents": [{"name": "Đơn", "original": 0}], "received_at": "hôm qua"}
    with pytest.raises(ValidationFailed) as failed:
        service(store).intake(bad, "canbo1")
    fields = {p.field for p in failed.value.problems}
    assert fields == {"procedure_code", "sets", "channel", "applicant.name",
                      "applicant.id_number", "applicant.phone", "applicant.address",
                      "applicant.email", "documents[0]", "received_at"}
    assert table_counts(store.path) == before


def test_received_in_the_future_is_refused(store):
    before = table_counts(store.path)
    with pytest.raises(ValidationFailed, match="tương lai"):
        service(store).intake(sample_request(received_at="2026-12-02T09:00:00+07:00"), "x")
    assert table_counts(store.path) == before


def test_explicit_documents_and_organisation_applicant(store):
    request = sample_request(procedure_code="2.001610", sets=2, channel="postal", documents=[
        {"name": "Giấy đề nghị", "original": 1},
        {"name": "Điều lệ công ty", "original": 1, "photo": 2}])
    request["applicant"] = {"name": "Công ty TNHH Ánh Dương", "id_number": "0100109106-001",
                            "phone": "024 3825 1234", "address": "Hà Nội",
                            "kind": "organisation"}
    with pytest.raises(ValidationFailed, match="submitter"):  # at the counter: who came?
        service(store).intake({**request, "channel": "direct"}, "canbo1")
    dossier = service(store).intake(request, "canbo1")  # by post: nobody at the counter
    assert [(d.name, d.original, d.certified, d.photo) for d in dossier.documents] == [
        ("Giấy đề nghị", 1, 0, 0), ("Điều lệ công ty", 1, 0, 2)]
    assert dossier.applicant.id_number == "0100109106-001"
    assert dossier.applicant.phone == "02438251234"
    assert dossier.applicant.nationality == ""
    assert (dossier.sets, int(dossier.channel)) == (2, 3)


def _applicant(**fields) -> dict:
    applicant = dict(sample_request()["applicant"])
    applicant.update(fields)
    return applicant


def test_a_foreigner_is_taken_in_with_the_passport_and_nationality(store):
    request = sample_request(applicant=_applicant(
        name="Kim Min-jun", id_number="m 1234 5678", nationality="kor"))
    dossier = service(store).intake(request, "canbo1")
    assert (dossier.applicant.id_number, dossier.applicant.nationality) == ("M12345678", "KOR")
    assert dossier.warnings == ()
    with store.read() as session:  # stored, and read back
        kept = dossier_repo.get_by_code(session, dossier.code).applicant
    assert (kept.id_number, kept.nationality) == ("M12345678", "KOR")
    # Vietnamese papers imply Việt Nam.
    for number in ("038190012345", "C1234567"):
        request = sample_request(applicant=_applicant(id_number=number))
        assert service(store).intake(request, "canbo1").applicant.nationality == "VNM"


@pytest.mark.parametrize("fields, where, why", [
    ({"id_number": "M12345678"}, "applicant.id_number", "quốc tịch"),
    ({"id_number": "M12345678", "nationality": "XYZ"}, "applicant.nationality", "ISO 3166"),
    ({"id_number": "M12345678", "nationality": 410}, "applicant.nationality", "ba chữ cái"),
    ({"id_number": "038190012345", "nationality": "KOR"}, "applicant.id_number", "6 đến 9"),
    ({"id_number": "0100109106", "nationality": "KOR", "kind": "organisation"},
     "applicant.nationality", "tổ chức"),
])
def test_a_foreign_passport_without_a_real_nationality_is_refused(store, fields, where, why):
    before = table_counts(store.path)
    with pytest.raises(ValidationFailed) as caught:
        service(store).intake(sample_request(applicant=_applicant(**fields)), "canbo1")
    assert any(p.field == where and why in p.message for p in caught.value.problems), \
        caught.value.problems
    assert table_counts(store.path) == before


def test_an_old_cmnd_is_taken_in_with_a_warning(store):
    dossier = service(store).intake(
        sample_request(applicant=_applicant(id_number="038 190 012")), "canbo1")
    assert dossier.applicant.id_number == "038190012"
    assert len(dossier.warnings) == 1 and "01/01/2025" in dossier.warnings[0]
    assert dossier.applicant.nationality == "VNM"


def test_a_cccd_registered_abroad_is_taken_in(store):
    dossier = service(store).intake(
        sample_request(applicant=_applicant(id_number="003190012345")), "canbo1")
    assert dossier.applicant.id_number == "003190012345" and dossier.warnings == ()


def test_an_organisation_tax_code_with_a_wrong_check_digit_is_refused(store):
    request = sample_request(applicant=_applicant(kind="organisation", name="Công ty X",
                                                  id_number="0101234567"))
    with pytest.raises(ValidationFailed, match="chữ số kiểm tra"):
        service(store).intake(request, "canbo1")


def test_refused_dossier_has_no_appointment(store):
    dossier = service(store).intake(sample_request(status=3, note="Không thuộc thẩm quyền"), "x")
    assert dossier.status is Status.NOT_ACCEPTED and dossier.due_at is None


def test_hour_based_procedure(store):
    # A catalogue of its own: the sample's hour-counted procedures (certifications) are
    # done in the day by law, so none of them stands for a limit in hours.
    with store.transaction() as session:
        catalogue_repo.replace_catalogue(session, parse_catalogue({"procedures": [{
            "code": "1.000001", "name": "Thủ tục tính theo giờ",
            "time_limit": {"value": 4, "unit": "hour"},
            "documents": [{"name": "Đơn", "original": 1}]}]}))
    dossier = service(store).intake(sample_request(procedure_code="1.000001"), "x")
    # 09:15 + 4 working hours: 2h15 until the lunch break, then 1h45 from 13:30.
    assert dossier.due_at == local(2026, 11, 30, 15, 15)


def test_desk_that_exhausted_its_block_refuses_cleanly(store):
    with store.transaction() as session:
        session.add(CodeCounter(agency=AGENCY, day=date(2026, 11, 30), desk=1, last=999))
    before = table_counts(store.path)
    with pytest.raises(SequenceExhausted, match="999"):
        service(store).intake(sample_request(), "x")
    assert table_counts(store.path) == before


def test_unconfigured_store_is_refused(tmp_path):
    store = Store.open(tmp_path / "empty")
    with pytest.raises(DeskNotConfigured):
        service(store).intake(sample_request(), "x")
    store.close()


def test_store_is_durable_wal_with_foreign_keys(store):
    with store.engine.connect() as conn:
        pragmas = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                   for name in ("journal_mode", "foreign_keys", "synchronous")}
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}


def test_init_is_idempotent(store):
    with raw_connection(store.path) as raw:
        before = raw.execute("SELECT count(*) FROM procedures").fetchone()[0]
    again = initialise(store, agency_code=AGENCY, agency_name="Tên mới", desk=1,
                       today=date(2026, 11, 28))
    assert again.catalogue_loaded == 0 and again.config.agency_name == "Tên mới"
    with raw_connection(store.path) as raw:
        assert raw.execute("SELECT count(*) FROM procedures").fetchone()[0] == before >= 30
        assert raw.execute("SELECT count(*) FROM settings").fetchone()[0] >= 1


def test_threads_on_one_store_never_share_a_code(store):
    svc, codes, errors = service(store), [], []

    def worker() -> None:
        try:
            for _ in range(15):
                codes.append(svc.intake(sample_request(), "canbo1").code)
        except Exception as exc:  # noqa: BLE001 - a worker failure fails the test
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(codes) == len(set(codes)) == 90
    assert sorted(parse_code(c).number for c in codes) == list(range(1001, 1091))


def test_due_is_shown_in_local_time(store):
    dossier = service(store).intake(sample_request(), "x")
    assert dossier.due_at.astimezone(LOCAL_TZ).isoformat() == "2026-12-03T11:30:00+07:00"


def _problems(store, request, clock=NOW) -> dict[str, str]:
    before = table_counts(store.path)
    with pytest.raises(ValidationFailed) as failed:
        IntakeService(store, clock=lambda: clock).intake(request, "x")
    assert table_counts(store.path) == before
    return {p.field: p.message for p in failed.value.problems}


def test_non_text_values_are_problems_not_type_errors(store):
    request = sample_request(note=5, procedure_code=["1.001612"], documents=[{"name": 1}])
    request["applicant"] = {"name": 123, "id_number": 38190012345, "phone": ["0912345678"],
                            "address": {"street": "Lê Lợi"}, "email": True}
    problems = _problems(store, request)
    assert problems == {
        "procedure_code": "Mã thủ tục phải là chuỗi ký tự.",
        "applicant.name": "Họ tên phải là chuỗi ký tự.",
        "applicant.id_number": "Số giấy tờ phải là chuỗi ký tự.",
        "applicant.phone": "Số điện thoại phải là chuỗi ký tự.",
        "applicant.address": "Địa chỉ phải là chuỗi ký tự.",
        "applicant.email": "Email phải là chuỗi ký tự.",
        "documents[0]": "Tên giấy tờ phải là chuỗi ký tự.",
        "note": "Ghi chú phải là chuỗi ký tự."}


@pytest.mark.parametrize("received_at", [
    "1999-12-31T23:59:00+07:00",  # its code would read back as 2099-12-31
    "1990-05-01T09:00:00+07:00",
    "0001-01-01T00:00:00+07:00",  # used to overflow in the calendar
    "0001-01-01T00:00:00-12:00",
    "2100-01-01T09:00:00+07:00",
    "9999-12-31T23:59:00+00:00",
])
def test_received_at_outside_2000_to_2099_is_refused(store, received_at):
    problems = _problems(store, sample_request(received_at=received_at))
    assert problems == {"received_at": "Thời điểm nhận phải từ ngày 01/01/2000 đến hết năm 2099."}


def test_received_at_must_be_iso_text(store):
    problems = _problems(store, sample_request(received_at=20261130))
    assert list(problems) == ["received_at"] and "ISO 8601" in problems["received_at"]


def test_first_day_of_2000_is_accepted_and_its_code_reads_back(store):
    dossier = IntakeService(store, clock=lambda: local(2000, 1, 4, 8, 0)).intake(
        sample_request(received_at="2000-01-03T09:00:00+07:00"), "x")
    assert parse_code(dossier.code).day == date(2000, 1, 3)


def test_a_desk_clock_in_the_past_is_refused(store):
    problems = _problems(store, sample_request(received_at=None), clock=local(1999, 12, 31, 9))
    assert "Đồng hồ" in problems["received_at"]


@pytest.mark.parametrize("status", [True, False, 2.0, 3.0, "2", None, [2]])
def test_status_must_be_a_whole_number(store, status):
    assert _problems(store, sample_request(status=status)) == {
        "status": "Trạng thái ban đầu chỉ được là 1, 2, 3 hoặc 5."}


def test_control_characters_are_refused_naming_the_field(store):
    request = sample_request(note="ghi\x07chú", documents=[{"name": "Đơn\x00", "original": 1}])
    request["applicant"] = dict(request["applicant"], name="Nguyễn\x00Văn A",
                                address="Số 5\x1bLê Lợi")
    problems = _problems(store, request)
    assert set(problems) == {"applicant.name", "applicant.address", "documents[0]", "note"}
    assert problems["applicant.name"] == "Họ tên chứa ký tự điều khiển (U+0000)."
    assert problems["applicant.address"] == "Địa chỉ chứa ký tự điều khiển (U+001B)."


def test_tabs_and_line_breaks_are_plain_white_space(store):
    request = sample_request(note="dòng 1\r\ndòng 2")
    request["applicant"] = dict(request["applicant"], address="Số 5\tLê Lợi,\nThanh Hóa")
    dossier = service(store).intake(request, "x")
    assert dossier.applicant.address == "Số 5 Lê Lợi, Thanh Hóa"
    assert dossier.note == "dòng 1 dòng 2"


def test_a_received_dossier_needs_papers_others_may_have_none(store):
    service = IntakeService(store)
    with pytest.raises(ValidationFailed) as failed:
        service.intake(sample_request(documents=[]), "canbo1")
    assert {p.field: p.message for p in failed.value.problems} == {
        "documents": "Hồ sơ được tiếp nhận phải có ít nhất một giấy tờ."}
    for status in (1, 3, 5):  # registered online (not yet checked), refused, sent back
        dossier = service.intake(sample_request(documents=[], status=status), "canbo1")
        assert dossier.documents == [] and int(dossier.status) == status


def test_an_unknown_procedure_without_papers_is_one_problem(store):
    with pytest.raises(ValidationFailed) as failed:
        IntakeService(store).intake(sample_request(procedure_code="9.999999", documents=[]),
                                    "canbo1")
    assert [p.field for p in failed.value.problems] == ["procedure_code"]


def test_the_phone_is_optional_unless_notices_by_phone_are_asked_for(store):
    service = IntakeService(store, clock=lambda: local(2026, 11, 30, 10, 0))
    request = sample_request()
    request["applicant"] = {**request["applicant"], "phone": ""}
    assert service.intake(request, "lan").applicant.phone == ""  # many elderly have none
    for channels in (["sms"], ["zalo", "email"]):
        asked = {**request, "notify": channels}
        with pytest.raises(ValidationFailed) as refused:
            service.intake(asked, "lan")
        fields = {p.field for p in refused.value.problems}
        assert "applicant.phone" in fields  # SMS and Zalo reach a phone
        if "email" in channels:
            assert "applicant.email" in fields  # e-mail notices need an address
    with pytest.raises(ValidationFailed, match="notify"):
        service.intake({**request, "notify": ["fax"]}, "lan")
    kept = service.intake({**sample_request(), "notify": ["sms", "sms"]}, "lan")
    assert [str(c) for c in kept.notify] == ["sms"]


def test_birth_date_and_gender_are_kept_and_must_agree_with_the_card(store):
    service = IntakeService(store, clock=lambda: local(2026, 11, 30, 10, 0))
    request = sample_request()  # 038190012345: a woman born in 1990
    applicant = {**request["applicant"], "birth_date": "1990-03-15", "gender": "Nữ"}
    dossier = service.intake({**request, "applicant": applicant}, "lan")
    assert dossier.applicant.birth_date == date(1990, 3, 15) and dossier.applicant.gender == "Nữ"
    with store.read() as session:
        stored = dossier_repo.get_by_code(session, dossier.code)
    assert stored.applicant.birth_date == date(1990, 3, 15) and stored.applicant.gender == "Nữ"
    for wrong, field in (({"gender": "Nam"}, "applicant.id_number"),
                         ({"birth_date": "1991-03-15"}, "applicant.id_number"),
                         ({"birth_date": "15/03/1990"}, "applicant.birth_date"),
                         ({"birth_date": "2999-01-01"}, "applicant.birth_date"),
                         ({"gender": "x"}, "applicant.gender")):
        with pytest.raises(ValidationFailed) as refused:
            service.intake({**request, "applicant": {**applicant, **wrong}}, "lan")
        assert [p.field for p in refused.value.problems] == [field], wrong


def test_the_submitter_and_the_delivery_are_kept(store):
    request = sample_request()
    request["submitter"] = {"name": "Trần Văn Bình", "id_number": "038090054321",
                            "phone": "0987 111 222"}  # authorised by the owner
    request["delivery"] = {"method": "post", "address": "Số 9 Trần Phú, Thanh Hóa"}
    dossier = service(store).intake(request, "lan")
    with store.read() as session:
        stored = dossier_repo.get_by_code(session, dossier.code)
    assert stored.submitter is not None and stored.submitter.name == "Trần Văn Bình"
    assert stored.submitter.phone == "0987111222" and stored.submitter.authorised
    assert stored.signer_name == "Trần Văn Bình"  # the one at the counter signs
    assert (str(stored.delivery.method), stored.delivery.address) == (
        "post", "Số 9 Trần Phú, Thanh Hóa")
    assert stored.delivery.method.portal_code == 1
    payload = dossier_to_dict(stored)
    assert payload["submitter"]["id_number"] == "038090054321"
    assert payload["delivery"] == {"method": "post", "address": "Số 9 Trần Phú, Thanh Hóa"}
    plain = service(store).intake(sample_request(), "lan")  # the owner, at the desk
    assert plain.submitter is None and plain.signer_name == plain.applicant.name
    assert str(plain.delivery.method) == "desk" and plain.delivery.method.portal_code == 0


@pytest.mark.parametrize(("change", "field"), [
    ({"submitter": {"name": "", "id_number": "038090054321"}}, "submitter.name"),
    ({"submitter": {"name": "Trần Văn Bình", "id_number": "12"}}, "submitter.id_number"),
    ({"submitter": {"name": "Trần Văn Bình", "id_number": "038090054321", "phone": "09"}},
     "submitter.phone"),
    ({"submitter": {"name": "A", "id_number": "038090054321", "authorised": "có"}},
     "submitter.authorised"),
    ({"submitter": "Trần Văn Bình"}, "submitter"),
    ({"delivery": {"method": "drone"}}, "delivery.method"),
    ({"delivery": {"method": "post"}}, "delivery.address"),
    ({"delivery": "post"}, "delivery"),
])
def test_a_bad_submitter_or_delivery_is_refused_and_nothing_written(store, change, field):
    with pytest.raises(ValidationFailed) as refused:
        service(store).intake({**sample_request(), **change}, "lan")
    assert [p.field for p in refused.value.problems] == [field]
    assert all_dossiers(store) == []


def test_the_field_code_and_the_organisation_s_kind_are_kept(store):
    """What the national portal's record needs: the field's code (MaLinhVuc) from the
    catalogue, and an organisation's kind (LoaiDoiTuong 2, 3 or 4), kept in the store and
    sent in the dossier.created payload."""
    citizen = service(store).intake(sample_request(), "lan")
    agency = sample_request(procedure_code="2.001610", channel="postal")
    agency["applicant"] = {"name": "Ban Quản lý dự án tỉnh", "id_number": "0100109106",
                           "phone": "024 3825 1234", "address": "Hà Nội",
                           "kind": "organisation", "organisation_type": "state_agency"}
    public = service(store).intake(agency, "lan")
    agency["applicant"] = dict(agency["applicant"], organisation_type=None)
    company = service(store).intake(agency, "lan")
    with store.read() as session:
        stored = {d.code: dossier_repo.get_by_code(session, d.code)
                  for d in (citizen, public, company)}
        (event,) = [e for e in outbox.events_for(session, public.id)
                    if e.kind == "dossier.created"]
    assert [(d.field_code, d.applicant.organisation_type) for d in stored.values()] == [
        ("MAU-HOKINHDOANH", ""), ("MAU-DOANHNGHIEP", "state_agency"),
        ("MAU-DOANHNGHIEP", "business")]
    assert event.payload["field_code"] == "MAU-DOANHNGHIEP"
    assert event.payload["field_name"] == "Thành lập và hoạt động doanh nghiệp"
    assert event.payload["applicant"]["organisation_type"] == "state_agency"


@pytest.mark.parametrize(("kind", "organisation_type", "why"), [
    ("citizen", "business", "Chỉ tổ chức mới có loại tổ chức"),
    ("organisation", "ministry", "Loại tổ chức phải là “business”"),
])
def test_an_organisation_s_kind_is_checked(store, kind, organisation_type, why):
    request = sample_request(procedure_code="2.001610", channel="postal")
    request["applicant"] = dict(request["applicant"], kind=kind,
                                organisation_type=organisation_type)
    if kind == "organisation":
        request["applicant"]["id_number"] = "0100109106"
    with pytest.raises(ValidationFailed) as failed:
        service(store).intake(request, "lan")
    assert [(p.field, why in p.message) for p in failed.value.problems] == [
        ("applicant.organisation_type", True)]
