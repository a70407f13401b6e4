"""Hostile intake input, field by field: every field is bounded, names and addresses hold
only visible text, and the JSON holds only the keys the intake knows, each once."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from onestop_desktop.cli import main
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.text import text_problem
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store.cipher import raw_connection
from tests.conftest import AGENCY, local, sample_request

NOW = local(2026, 12, 1, 8, 0)
TABLES = ["dossiers", "dossier_documents", "status_changes", "outbox", "audit"]


def counts(path) -> dict[str, int]:
    with raw_connection(path) as raw:
        return {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def problems_of(store, request) -> dict[str, str]:
    before = counts(store.path)
    with pytest.raises(ValidationFailed) as failed:
        IntakeService(store, clock=lambda: NOW).intake(request, "x")
    assert counts(store.path) == before
    return {p.field: p.message for p in failed.value.problems}


def with_applicant(**fields) -> dict:
    request = sample_request()
    request["applicant"] = dict(request["applicant"], **fields)
    return request


# ---- bounds -----------------------------------------------------------------------------
def test_three_hundred_thousand_papers_are_refused(store):
    papers = [{"name": f"Giấy {i}", "original": 1} for i in range(300_000)]
    problems = problems_of(store, sample_request(documents=papers))
    assert problems == {"documents": "Thành phần hồ sơ có 300000 giấy tờ: tối đa 200."}


def test_two_hundred_papers_are_taken(store):
    papers = [{"name": f"Giấy {i}", "original": 1} for i in range(200)]
    dossier = IntakeService(store, clock=lambda: NOW).intake(sample_request(documents=papers),
                                                             "x")
    assert len(dossier.documents) == 200


@pytest.mark.parametrize("field, value, message", [
    ("email", "a" * 1_000_000 + "@example.com", "Email quá dài (tối đa 254 ký tự)."),
    ("email", "a" * 243 + "@example.com", "Email quá dài (tối đa 254 ký tự)."),
    ("phone", "0912345678" + " " * 100_000, "Số điện thoại quá dài (tối đa 30 ký tự)."),
    ("id_number", "0381 " * 7, "Số giấy tờ quá dài (tối đa 30 ký tự)."),
    ("name", "A" * 201, "Họ tên quá dài (tối đa 200 ký tự)."),
    ("address", "Số 5 " * 101, "Địa chỉ quá dài (tối đa 500 ký tự)."),
    ("nationality", "K" * 101, "Quốc tịch quá dài (tối đa 60 ký tự)."),
])
def test_each_applicant_field_is_bounded_naming_it(store, field, value, message):
    assert problems_of(store, with_applicant(**{field: value})) == {f"applicant.{field}":
                                                                    message}


def test_an_email_of_254_characters_is_taken(store):
    email = "a" * 242 + "@example.com"
    assert len(email) == 254
    dossier = IntakeService(store, clock=lambda: NOW).intake(with_applicant(email=email), "x")
    assert dossier.applicant.email == email


def test_notify_lists_and_submitter_fields_are_bounded(store):
    request = sample_request(notify=["sms"] * 1000, submitter={
        "name": "B" * 201, "id_number": "0" * 31, "phone": "0" * 31})
    problems = problems_of(store, request)
    assert problems["notify"].startswith("Kênh nhận thông báo")
    assert problems["submitter.name"] == "Họ tên người nộp quá dài (tối đa 200 ký tự)."
    assert problems["submitter.id_number"] == ("Số giấy tờ người nộp quá dài "
                                               "(tối đa 30 ký tự).")
    assert problems["submitter.phone"] == ("Số điện thoại người nộp quá dài "
                                           "(tối đa 30 ký tự).")


def test_a_refusal_reason_too_long_for_form_03_is_refused(store):
    problems = problems_of(store, sample_request(status=3, note="lý do " * 500))
    assert problems == {"note": "Ghi chú quá dài (tối đa 2000 ký tự)."}


def test_form_details_are_bounded(store):
    request = sample_request(status=5)
    with pytest.raises(ValidationFailed) as failed:
        IntakeService(store, clock=lambda: NOW).intake(request, "x", form_details={
            "reason": "x" * 2001,
            "missing": [{"name": "Giấy " + "y" * 500, "original": 10**30}]})
    found = {p.field: p.message for p in failed.value.problems}
    assert found == {"reason": "Lý do quá dài (tối đa 2000 ký tự).",
                     "missing[0]": "Tên giấy tờ quá dài (tối đa 500 ký tự)."}


# ---- characters -------------------------------------------------------------------------
@pytest.mark.parametrize("name, what", [
    ("\u200b\u200b\u200b", "U+200B"),            # zero-width spaces only
    ("Nguyễn\u200bVăn An", "U+200B"),
    ("\u202eAn Văn Nguyễn", "U+202E"),           # prints the name backwards
    ("Nguyễn \u2066Văn\u2069 An", "U+2066"),
    ("Nguyễn \u200fAn", "U+200F"),
    ("Nguyễn \ue000An", "U+E000"),               # private use
    ("Nguyễn \U000f0000An", "U+F0000"),
    ("Nguyễn \u0378An", "U+0378"),               # unassigned
    ("Nguyễn \ufeffAn", "U+FEFF"),
    ("Nguyễn\u00adVăn", "U+00AD"),               # soft hyphen
])
def test_invisible_and_direction_changing_characters_are_refused_in_names(store, name, what):
    problems = problems_of(store, with_applicant(name=name, address=f"Số 5 {name}"))
    assert set(problems) == {"applicant.name", "applicant.address"}
    assert problems["applicant.name"].startswith("Họ tên chứa ký tự")
    assert what in problems["applicant.name"]


@pytest.mark.parametrize("name", ["\u3164\u3164", "\u034f", "\u2800 \u2800", "\ufe0f"])
def test_a_name_of_only_invisible_letters_is_refused(store, name):
    problems = problems_of(store, with_applicant(name=name))
    assert list(problems) == ["applicant.name"]
    assert "không nhìn thấy" in problems["applicant.name"]


def test_text_problem_finds_the_character_in_a_long_text_quickly():
    assert "U+202E" in text_problem("a" * 100_000 + "\u202e", "Ghi chú", max_length=200_000)


def test_nfd_names_are_stored_as_nfc_exactly(store):
    name = "Nguyễn Thị Ánh Tuyết"
    address = "Thôn Đông, xã Quảng Đức, Thanh Hóa"
    request = with_applicant(name=unicodedata.normalize("NFD", name),
                             address=unicodedata.normalize("NFD", address))
    dossier = IntakeService(store, clock=lambda: NOW).intake(request, "x")
    with raw_connection(store.path) as raw:
        row = raw.execute("SELECT applicant_name, address FROM dossiers WHERE code = ?",
                          (dossier.code,)).fetchone()
    assert row == (name, address)


# ---- keys -------------------------------------------------------------------------------
def test_a_misspelt_key_is_refused_with_the_closest_known_one(store):
    request = sample_request()
    request["recieved_at"] = request.pop("received_at")
    problems = problems_of(store, request)
    assert problems == {"recieved_at": "Khóa “recieved_at” không có trong dữ liệu hồ sơ: "
                                       "có phải “received_at”?"}


def test_unknown_keys_are_refused_at_every_level(store):
    request = sample_request(documents=[{"name": "Đơn", "orginal": 1}],
                             delivery={"method": "post", "adress": "Số 5"},
                             fees={"collect": "now", "methd": "cash"},
                             submitter={"name": "Lê An", "id_number": "038090012345",
                                        "authorized": True})
    request["applicant"]["phne"] = "0912345678"
    request["xyz"] = 1
    problems = problems_of(store, request)
    assert problems["applicant.phne"].endswith("có phải “phone”?")
    assert problems["documents[0].orginal"].endswith("có phải “original”?")
    assert problems["delivery.adress"].endswith("có phải “address”?")
    assert problems["fees.methd"].endswith("có phải “method”?")
    assert problems["submitter.authorized"].endswith("có phải “authorised”?")
    assert problems["xyz"] == "Khóa “xyz” không có trong dữ liệu hồ sơ."


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = tmp_path / "desk"
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", "Trung tâm", "--desk", "2"]) == 0
    return data


def test_duplicate_keys_exit_2_naming_the_key(desk, tmp_path, capsys):
    text = json.dumps(sample_request(), ensure_ascii=False)
    text = text.replace('"applicant": {', '"applicant": {"name": "Kẻ Khác", ', 1)
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    before = counts(desk / "onestop.sqlite3")
    assert main(["--data-dir", str(desk), "intake", str(path)]) == 2
    err = capsys.readouterr().err
    assert "khóa “name” xuất hiện hai lần" in err and "applicant" in err
    assert counts(desk / "onestop.sqlite3") == before


def test_misspelt_key_at_the_command_line_exits_2(desk, tmp_path, capsys):
    request = sample_request()
    request["recieved_at"] = request.pop("received_at")
    path = tmp_path / "typo.json"
    path.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    assert main(["--data-dir", str(desk), "intake", str(path)]) == 2
    assert "có phải “received_at”?" in capsys.readouterr().err


def test_form_details_in_the_intake_json_are_used(desk, tmp_path, capsys):
    request = sample_request(status=3, note="")
    request["form_details"] = {"reason": "Không thuộc thẩm quyền của Trung tâm"}
    path = tmp_path / "refuse.json"
    path.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    assert main(["--data-dir", str(desk), "intake", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == 3


def test_the_details_of_a_form_refuse_unknown_and_duplicate_keys(desk, tmp_path, capsys):
    path = tmp_path / "req.json"
    path.write_text(json.dumps(sample_request(status=3), ensure_ascii=False), encoding="utf-8")
    assert main(["--data-dir", str(desk), "intake", str(path)]) == 0
    code = capsys.readouterr().out.strip()
    details = tmp_path / "details.json"
    details.write_text('{"reasn": "Chờ bổ sung"}', encoding="utf-8")
    assert main(["--data-dir", str(desk), "form", "03", code, "-o", str(tmp_path / "f.pdf"),
                 "--details", str(details)]) == 2
    assert "có phải “reason”?" in capsys.readouterr().err
    details.write_text('{"reason": "a", "reason": "b"}', encoding="utf-8")
    assert main(["--data-dir", str(desk), "form", "03", code, "-o", str(tmp_path / "f.pdf"),
                 "--details", str(details)]) == 2
    assert "khóa “reason” xuất hiện hai lần" in capsys.readouterr().err
    assert not (tmp_path / "f.pdf").exists()


def test_a_catalogue_file_with_a_duplicate_key_changes_nothing(desk, tmp_path, capsys):
    path = tmp_path / "cat.json"
    path.write_text('{"procedures": [], "procedures": []}', encoding="utf-8")
    assert main(["--data-dir", str(desk), "catalogue", "load", str(path)]) == 2
    assert "khóa “procedures” xuất hiện hai lần" in capsys.readouterr().err


def test_a_catalogue_file_with_a_misspelt_key_changes_nothing(desk, tmp_path, capsys):
    bundled = json.loads((Path(__file__).resolve().parents[1] / "resources" / "catalogue" /
                          "sample_procedures.json").read_text(encoding="utf-8"))
    path = tmp_path / "cat.json"
    path.write_text(json.dumps(bundled, ensure_ascii=False), encoding="utf-8")
    assert main(["--data-dir", str(desk), "catalogue", "load", str(path)]) == 0
    bundled["procedures"][0]["documents"][0]["orignal"] = 1
    bundled["procedures"][1]["time_limt"] = {"value": 3, "unit": "day"}
    path.write_text(json.dumps(bundled, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(desk), "catalogue", "load", str(path)]) == 2
    err = capsys.readouterr().err
    assert "procedures[0].documents[0].orignal" in err and "có phải “original”?" in err
    assert "procedures[1].time_limt" in err and "có phải “time_limit”?" in err
