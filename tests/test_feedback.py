"""Feedback and petitions at the desk: the rules of what is taken (a contact, bounded
text without hidden characters, well-formed codes, unknown and repeated keys refused),
one unit of work (the row, its feedback.created event, its audit row on an intact chain),
codes in the desk's own block, the list newest first, and `feedback add|list|show` at
the command line (exit 2, nothing written, on bad input)."""

from __future__ import annotations

import json
import unicodedata
from datetime import timedelta

import pytest
from sqlalchemy import select

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.domain import events
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.feedback import (
    FeedbackStatus,
    clean_paragraphs,
    parse_feedback,
    parse_feedback_code,
)
from onestop_desktop.domain.officer import Officer
from onestop_desktop.domain.permissions import NotSignedIn
from onestop_desktop.services.accounts import create_user
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.models import AuditRow, FeedbackRow, OutboxEvent, UserRow
from tests.conftest import AGENCY, local, sample_request

LAN = Officer("lan", "Nguyễn Thị Lan", "officer")
NOON = local(2026, 12, 3, 10, 30)


def petition(**overrides) -> dict:
    data = {"name": "Trần Văn Bình", "phone": "0912 345 678",
            "content": "Thời gian chờ ở quầy quá lâu.\n\nĐề nghị bố trí thêm cán bộ.",
            "procedure_code": "1.001612"}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def desk(store):
    create_user(store, LAN.username, LAN.full_name, "mat-khau-quay-1")
    clock = [NOON]
    desk = Desk(store, lambda: clock[0])
    desk.tick = lambda minutes: clock.__setitem__(0, clock[0] + timedelta(minutes=minutes))
    return desk


def _problems(data) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        parse_feedback(data, AGENCY)
    return {p.field: p.message for p in caught.value.problems}


def test_every_problem_of_a_feedback_is_named_in_vietnamese():
    problems = _problems({"name": " ", "phone": "", "emial": "a@b.vn",
                          "content": "Cán bộ\u202e thu sai", "procedure_code": "1.1",
                          "dossier_code": "HS-01"})
    assert problems["emial"].endswith("có phải “email”?")
    assert problems["name"] == "Chưa nhập họ tên người phản ánh, kiến nghị."
    assert problems["phone"] == "Cần ít nhất một cách liên hệ: số điện thoại hoặc email."
    assert "U+202E" in problems["content"]
    assert "1.1" in problems["procedure_code"] and "“HS-01”" in problems["dossier_code"]
    assert _problems({"name": "A", "email": "khong-phai-email", "content": "x"}) == {
        "email": "Địa chỉ email không hợp lệ."}
    assert _problems({"name": "A", "phone": "123", "content": "x"})["phone"].startswith(
        "Số điện thoại không hợp lệ")
    assert _problems({"name": "A", "phone": "0912345678", "content": "x" * 4001}) == {
        "content": "Nội dung quá dài (tối đa 4000 ký tự)."}
    assert _problems({"name": "A", "phone": "0912345678", "content": "\u200b\u200b"}
                     )["content"].startswith("Nội dung chứa")
    assert _problems([1]) == {"": "Dữ liệu phản ánh, kiến nghị phải là một đối tượng JSON."}


def test_a_feedback_is_kept_in_nfc_with_its_paragraphs():
    nfd = unicodedata.normalize("NFD", "Nguyễn  Thị   Hoa")
    request = parse_feedback({"name": nfd, "email": " hoa@example.vn ",
                              "content": "Dòng một  \r\n\r\n\r\n\tDòng hai",
                              "dossier_code": "261130-1001"}, AGENCY)
    assert request.name == "Nguyễn Thị Hoa" and unicodedata.is_normalized("NFC", request.name)
    assert request.content == "Dòng một\n\nDòng hai"
    assert request.dossier_code == f"{AGENCY}-261130-1001"  # the tail of this agency's
    assert request.phone == "" and request.email == "hoa@example.vn"
    assert clean_paragraphs("a\n\n\n\nb") == "a\n\nb"


def test_taking_one_in_is_one_unit_of_work_on_the_audit_chain(desk, store):
    done = desk.feedback.take_in(petition(), LAN)
    taken = done.value
    assert done.changes.feedback and done.changes.sync
    assert taken.code == f"{AGENCY}-PA-261203-1001"  # desk 1's block, counted apart
    assert parse_feedback_code(taken.code).number == 1001
    assert taken.procedure_name == "Đăng ký thành lập hộ kinh doanh"
    assert taken.status is FeedbackStatus.RECEIVED and taken.received_by == "lan"
    desk.tick(5)
    second = desk.feedback.take_in(petition(procedure_code=None, email="b@example.vn"),
                                   LAN).value
    assert second.code == f"{AGENCY}-PA-261203-1002" and second.about.startswith("Chung")
    with store.read() as session:
        kinds = [(e.kind, e.dossier_id, e.payload["code"]) for e in session.scalars(
            select(OutboxEvent).order_by(OutboxEvent.created_at))]
        actions = [(a.action, a.detail["code"]) for a in session.scalars(
            select(AuditRow).where(AuditRow.action == "feedback.received"))]
    assert kinds == [(events.FEEDBACK_CREATED, None, taken.code),
                     (events.FEEDBACK_CREATED, None, second.code)]
    assert actions == [("feedback.received", taken.code), ("feedback.received", second.code)]
    verdict = desk.audit.verify()
    assert verdict.intact, verdict.message()
    # Newest first, in keyset pages.
    first_page = desk.feedback.page(limit=1)
    assert [f.code for f in first_page] == [second.code]
    after = (first_page[-1].received_at, first_page[-1].code)
    assert [f.code for f in desk.feedback.page(after=after, limit=5)] == [taken.code]


def test_a_refused_feedback_writes_nothing(desk, store):
    with pytest.raises(ValidationFailed):
        desk.feedback.take_in(petition(phone=None), LAN)
    with pytest.raises(ValidationFailed) as caught:
        desk.feedback.take_in(petition(procedure_code="9.999999"), LAN)
    assert caught.value.problems[0].message == "Không có thủ tục mã 9.999999 trong danh mục."
    with store.read() as session:
        assert session.scalars(select(FeedbackRow)).all() == []
        assert session.scalars(select(OutboxEvent)).all() == []
    # The number was not used up either: the next one is the desk's first.
    assert desk.feedback.take_in(petition(), LAN).value.code.endswith("-1001")


def test_a_dossier_on_this_desk_is_linked_and_gives_its_procedure(desk):
    dossier = desk.dossiers.take_in(sample_request(received_at=NOON.isoformat()), LAN).value
    linked = desk.feedback.take_in(petition(procedure_code=None,
                                            dossier_code=dossier.code.split("-", 1)[1]),
                                   LAN).value
    assert linked.dossier_id == dossier.id and linked.dossier_code == dossier.code
    assert linked.procedure_code == dossier.procedure_code
    elsewhere = desk.feedback.take_in(petition(dossier_code=f"{AGENCY}-261201-3004"),
                                      LAN).value
    assert elsewhere.dossier_id is None and elsewhere.dossier_code.endswith("-3004")
    with pytest.raises(ValidationFailed) as caught:
        desk.feedback.take_in(petition(procedure_code="1.000466", dossier_code=dossier.code),
                              LAN)
    assert "thuộc thủ tục 1.001612" in str(caught.value)
    assert [f.code for f in desk.feedback.page(dossier_code=dossier.code)] == [linked.code]


def test_a_disabled_account_takes_nothing_in(desk, store):
    create_user(store, "ghost", "Tài khoản đã khóa", "mat-khau-quay-2")
    with store.transaction() as session:
        session.get(UserRow, "ghost").active = False
    with pytest.raises(NotSignedIn):
        desk.feedback.take_in(petition(), Officer("ghost", "", "officer"))
    assert desk.feedback.page() == []


# ---- the command line ------------------------------------------------------------------------
@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = tmp_path / "desk"
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", "Trung tâm Phục vụ hành chính công", "--desk", "2"]) == 0
    return data


def run(capsys, data, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_feedback_add_list_and_show_at_the_command_line(data, capsys, tmp_path, monkeypatch):
    given = tmp_path / "pa.json"
    given.write_text(json.dumps(petition(email="binh@example.vn"), ensure_ascii=False),
                     encoding="utf-8")
    status, out, err = run(capsys, data, "feedback", "add", str(given))
    assert status == 0, err
    code = out.strip()
    assert code.startswith(f"{AGENCY}-PA-") and code.endswith("-2001")  # desk 2's block
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(petition(name="Lê Thị Cúc"))))
    status, out, err = run(capsys, data, "feedback", "add", "-", "--json")
    assert status == 0, err
    second = json.loads(out)
    assert second["code"].endswith("-2002") and second["status"] == "received"
    assert second["status_label"] == "Đã tiếp nhận" and second["answer"] == ""
    status, out, _ = run(capsys, data, "feedback", "list", "--json")
    listed = json.loads(out)
    assert [f["code"] for f in listed] == [second["code"], code]  # newest first
    assert listed[1]["content"] == "Thời gian chờ ở quầy quá lâu.\n\nĐề nghị bố trí thêm cán bộ."
    status, out, _ = run(capsys, data, "feedback", "list", "--limit", "1")
    assert status == 0 and "Lê Thị Cúc" in out and "Trần Văn Bình" not in out
    assert "Đã tiếp nhận" in out
    status, out, _ = run(capsys, data, "feedback", "show", code)
    assert status == 0 and "binh@example.vn" in out and "  Đề nghị bố trí thêm cán bộ." in out


def test_bad_feedback_input_exits_2_and_writes_nothing(data, capsys, tmp_path):
    cases = {"repeated.json": '{"name": "A", "name": "B", "phone": "0912345678", '
                              '"content": "x"}',
             "unknown.json": json.dumps(petition(dossier="x")),
             "nocontact.json": json.dumps(petition(phone=None)),
             "array.json": "[]"}
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        status, out, err = run(capsys, data, "feedback", "add", str(path))
        assert status == 2 and out == "", (name, err)
    assert "khóa “name” xuất hiện hai lần" in run(
        capsys, data, "feedback", "add", str(tmp_path / "repeated.json"))[2]
    assert "có phải “dossier_code”?" in run(
        capsys, data, "feedback", "add", str(tmp_path / "unknown.json"))[2]
    with raw_connection(data / "onestop.sqlite3") as raw:
        assert raw.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    status, _, err = run(capsys, data, "feedback", "show", f"{AGENCY}-PA-261203-2999")
    assert status == 2 and "Không có phản ánh, kiến nghị mã" in err
