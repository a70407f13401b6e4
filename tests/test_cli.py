"""The command-line contract: text or --json output, exit 2 and nothing written on bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import datetime, timedelta

import pytest

from onestop_desktop.cli import main
from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, sample_request


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = tmp_path / "desk"
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", "Trung tâm Phục vụ hành chính công", "--desk", "2"]) == 0
    return data


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dossier_count(data) -> int:
    with raw_connection(data / "onestop.sqlite3") as raw:
        return raw.execute("SELECT count(*) FROM dossiers").fetchone()[0]


def test_intake_show_and_list(desk, capsys, tmp_path):
    capsys.readouterr()
    request = tmp_path / "hs.json"
    request.write_text(json.dumps(sample_request(received_at="2026-11-27T10:00:00+07:00"),
                                  ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(desk), "intake", str(request), "--json")
    assert code == 0
    created = json.loads(out)
    assert created["code"] == f"{AGENCY}-261127-2001"  # desk 2's block
    assert created["received_at"] == "2026-11-27T10:00:00+07:00"
    assert created["due_at"] == "2026-12-02T11:30:00+07:00"
    assert created["status"] == 2

    code, out, _ = run(capsys, "--data-dir", str(desk), "show", created["code"])
    assert code == 0 and "Đặng Thị Ngọc Hường" in out and "Được tiếp nhận" in out
    code, out, _ = run(capsys, "--data-dir", str(desk), "show", created["code"], "--json")
    # The intake's warnings are said once, when it is taken in: `show` has none to say.
    assert created.pop("warnings") == [] and json.loads(out) == created
    code, out, _ = run(capsys, "--data-dir", str(desk), "list", "--status", "2", "--json")
    assert [d["code"] for d in json.loads(out)] == [created["code"]]
    code, out, _ = run(capsys, "--data-dir", str(desk), "list", "--search", "ngoc huong")
    assert created["code"] in out
    code, out, _ = run(capsys, "--data-dir", str(desk), "list", "--status", "10", "--json")
    assert json.loads(out) == []


def test_intake_warns_of_an_old_cmnd_on_stderr_and_in_json(desk, capsys, tmp_path):
    capsys.readouterr()
    request = tmp_path / "cmnd.json"
    request.write_text(json.dumps(sample_request(applicant={
        "name": "Lê Văn Cũ", "id_number": "038190012", "phone": "+84 (0) 912 345 678",
        "address": "Thanh Hóa"}), ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(desk), "intake", "--json", str(request))
    assert code == 0
    created = json.loads(out)
    assert len(created["warnings"]) == 1 and "01/01/2025" in created["warnings"][0]
    assert err.count("Cảnh báo: ") == 1 and created["warnings"][0] in err
    assert created["applicant"]["phone"] == "0912345678"
    assert created["applicant"]["nationality"] == "VNM"
    # Without --json: the code on stdout, the warning on stderr.
    code, out, err = run(capsys, "--data-dir", str(desk), "intake", str(request))
    assert code == 0 and out.strip().startswith(AGENCY) and "Cảnh báo: " in err
    # A CCCD: no warning at all.
    request.write_text(json.dumps(sample_request(), ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(desk), "intake", "--json", str(request))
    assert json.loads(out)["warnings"] == [] and "Cảnh báo" not in err


def test_intake_and_show_a_foreign_applicant(desk, capsys, tmp_path):
    capsys.readouterr()
    request = tmp_path / "foreigner.json"
    request.write_text(json.dumps(sample_request(applicant={
        "name": "Kim Min-jun", "id_number": "M12345678", "nationality": "KOR",
        "phone": "", "address": "Hà Nội"}), ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(desk), "intake", "--json", str(request))
    created = json.loads(out)
    assert code == 0 and created["applicant"]["nationality"] == "KOR"
    code, out, _ = run(capsys, "--data-dir", str(desk), "show", created["code"])
    assert "M12345678, quốc tịch South Korea (KOR)" in out


def test_bad_intake_exits_2_writes_nothing(desk, capsys, tmp_path):
    capsys.readouterr()
    request = tmp_path / "bad.json"
    request.write_text(json.dumps({"procedure_code": "1.001612", "applicant": {
        "name": "A", "id_number": "1", "phone": "1", "address": "x"}}), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(desk), "intake", str(request))
    assert code == 2 and out == ""
    assert "applicant.id_number" in err and "applicant.phone" in err
    request.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(desk), "intake", str(request))
    assert code == 2 and "không phải JSON hợp lệ" in err
    code, _, err = run(capsys, "--data-dir", str(desk), "show", f"{AGENCY}-261127-9999")
    assert code == 2 and "Không tìm thấy hồ sơ mã" in err
    assert dossier_count(desk) == 0


def test_bad_init_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "init", "--agency-code",
                       "H22", "--agency-name", "X", "--desk", "12")
    assert code == 2 and "agency_code" in err and "desk" in err


def test_catalogue_list_search_and_load(desk, capsys, tmp_path):
    capsys.readouterr()
    code, out, _ = run(capsys, "--data-dir", str(desk), "catalogue", "list", "--json")
    procedures = json.loads(out)
    assert code == 0 and len(procedures) >= 30
    assert len({p["field"] for p in procedures}) >= 6
    code, out, _ = run(capsys, "--data-dir", str(desk), "catalogue", "list", "--search",
                       "dang ky kinh doanh")
    assert "Đăng ký thành lập hộ kinh doanh" in out
    assert {p["code"]: p["name"] for p in procedures}["1.001612"] == \
        "Đăng ký thành lập hộ kinh doanh"
    assert all(p["source"] for p in procedures)
    replacement = tmp_path / "cat.json"
    replacement.write_text(json.dumps({"version": "t1", "procedures": [{
        "code": "1.000001", "name": "Thủ tục thử", "time_limit": {"value": 2, "unit": "day"},
        "documents": [{"name": "Đơn", "original": 1}],
        "source": "https://dichvucong.example.gov.vn/thu-tuc/1.000001"}]},
        ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "--data-dir", str(desk), "catalogue", "load", str(replacement))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(desk), "catalogue", "list", "--json")
    assert [p["code"] for p in json.loads(out)] == ["1.000001"]
    replacement.write_text(json.dumps({"procedures": [{"code": "bad", "name": "x"}]}))
    code, _, err = run(capsys, "--data-dir", str(desk), "catalogue", "load", str(replacement))
    assert code == 2 and "bad" in err
    code, out, _ = run(capsys, "--data-dir", str(desk), "catalogue", "list", "--json")
    assert [p["code"] for p in json.loads(out)] == ["1.000001"]  # unchanged
    # The source given in the file is kept in the store and shown.
    assert json.loads(out)[0]["source"] == "https://dichvucong.example.gov.vn/thu-tuc/1.000001"


@pytest.mark.parametrize("argv, expected", [
    (["--received", "2026-02-13T09:00", "--days", "1"], "2026-02-23T11:30:00+07:00"),
    (["--received", "2026-01-09T10:00:00+07:00", "--days", "1"], "2026-01-10T11:30:00+07:00"),
    (["--received", "2026-11-30T03:30:00+00:00", "--hours", "4"], "2026-11-30T16:30:00+07:00"),
])
def test_calendar_due(desk, capsys, argv, expected):
    capsys.readouterr()
    code, out, _ = run(capsys, "--data-dir", str(desk), "calendar", "due", *argv)
    assert code == 0 and out.strip() == expected


@pytest.mark.parametrize("received, expected", [
    # Decree 23/2015 Art. 7: before the cut-off, the end of that working day...
    pytest.param("2026-02-13T14:59", "2026-02-13T17:00:00+07:00", id="NĐ23-friday-14h59"),
    # ...at or after it, the end of the next working day (Tết 2026: 14/2–22/2 off).
    pytest.param("2026-02-13T15:00", "2026-02-23T17:00:00+07:00", id="lịch-Tết-2026-15h00"),
    pytest.param("2026-11-30T14:00", "2026-11-30T17:00:00+07:00", id="NĐ23-14h00"),
    pytest.param("2026-08-21T16:00", "2026-08-22T17:00:00+07:00", id="TB9441-make-up-22-8"),
])
def test_calendar_due_same_day(desk, capsys, received, expected):
    capsys.readouterr()
    code, out, _ = run(capsys, "--data-dir", str(desk), "calendar", "due", "--received",
                       received, "--same-day")
    assert code == 0 and out.strip() == expected


def test_calendar_due_says_when_it_is_provisional(desk, capsys):
    capsys.readouterr()
    code, out, _ = run(capsys, "--data-dir", str(desk), "calendar", "due", "--received",
                       "2026-12-30T09:00", "--days", "3", "--json")
    assert code == 0 and json.loads(out) == {"received": "2026-12-30T09:00:00+07:00",
                                             "due": "2027-01-05T11:30:00+07:00",  # 1/1/2027 off
                                             "provisional": True}
    code, out, _ = run(capsys, "--data-dir", str(desk), "calendar", "due", "--received",
                       "2026-12-30T09:00", "--days", "3")
    assert out.splitlines() == ["2027-01-05T11:30:00+07:00",
                                "(dự kiến: lịch nghỉ lễ, Tết năm 2027 chưa được công bố "
                                "chính thức)"]
    code, out, _ = run(capsys, "--data-dir", str(desk), "calendar", "due", "--received",
                       "2026-12-01T09:00", "--days", "3", "--json")
    assert json.loads(out)["provisional"] is False


def test_same_day_procedures_and_provisional_appointments_on_the_command_line(
        desk, capsys, tmp_path):
    catalogue = tmp_path / "cat.json"
    catalogue.write_text(json.dumps({"version": "t1", "procedures": [
        {"code": "2.000815", "name": "Chứng thực bản sao", "time_limit": {"unit": "same_day"},
         "documents": [{"name": "Bản chính", "original": 1}]},
        {"code": "1.001612", "name": "Đăng ký hộ kinh doanh",
         "time_limit": {"value": 3, "unit": "day"}}]}, ensure_ascii=False), encoding="utf-8")
    papers = [{"name": "Bản chính", "original": 1}]
    assert run(capsys, "--data-dir", str(desk), "catalogue", "load", str(catalogue))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(desk), "catalogue", "list", "--json")
    assert {p["code"]: p["time_limit"] for p in json.loads(out)} == {
        "2.000815": {"unit": "same_day"}, "1.001612": {"value": 3, "unit": "day"}}
    request = tmp_path / "hs.json"
    request.write_text(json.dumps(sample_request(procedure_code="2.000815",
                                                 received_at="2026-11-30T14:00:00+07:00",
                                                 documents=papers),
                                  ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(desk), "intake", str(request), "--json")
    created = json.loads(out)
    assert (created["due_at"], created["time_limit"], created["due_provisional"]) == (
        "2026-11-30T17:00:00+07:00", "Trong ngày", False)
    late_december = datetime(2026, 12, 30, 9, 0, tzinfo=LOCAL_TZ)  # 3 days reach 2027
    store = Store.open(desk)
    try:
        code = IntakeService(store, lambda: late_december).intake(
            sample_request(received_at=late_december.isoformat(), documents=papers),
            "canbo1").code
    finally:
        store.close()
    _, out, _ = run(capsys, "--data-dir", str(desk), "show", code)
    assert "Hẹn trả:       11:30 05/01/2027 (dự kiến)" in out


def test_calendar_due_bad_input(desk, capsys):
    capsys.readouterr()
    code, _, err = run(capsys, "--data-dir", str(desk), "calendar", "due", "--received",
                       "mai", "--days", "1")
    assert code == 2 and "ISO 8601" in err


def test_console_script_reads_stdin_and_honours_env_data_dir(tmp_path):
    exe = shutil.which("onestop-desktop")
    assert exe, "the package must be installed (pip install -e .)"
    env = dict(os.environ, ONESTOP_DATA_DIR=str(tmp_path / "envdesk"))
    subprocess.run([exe, "init", "--agency-code", AGENCY, "--agency-name", "X", "--desk", "3"],
                   env=env, check=True, capture_output=True)
    request = json.dumps(sample_request(received_at="2026-11-27T10:00:00+07:00"))
    done = subprocess.run([exe, "intake", "-"], input=request, env=env, text=True,
                          capture_output=True, check=True)
    assert done.stdout.strip() == f"{AGENCY}-261127-3001"
    bad = subprocess.run([exe, "intake", "-"], input="[]", env=env, text=True,
                         capture_output=True, check=False)
    assert bad.returncode == 2 and bad.stderr


def _applicant(**overrides) -> dict:
    return dict(sample_request()["applicant"], **overrides)


@pytest.mark.parametrize("request_data, field", [
    (sample_request(applicant=_applicant(name=123)), "applicant.name"),
    (sample_request(applicant=_applicant(name=["Nguyễn Văn A"])), "applicant.name"),
    (sample_request(applicant=_applicant(address={"a": None})), "applicant.address"),
    (sample_request(applicant=_applicant(email=1.5)), "applicant.email"),
    (sample_request(applicant=_applicant(id_number=None, phone=10**30)), "applicant.phone"),
    (sample_request(applicant=_applicant(name="A\u0000B")), "applicant.name"),
    (sample_request(applicant=_applicant(address="x\ud800")), "applicant.address"),
    (sample_request(note=["x"]), "note"),
    (sample_request(documents=[{"name": None, "original": None}]), "documents[0]"),
    (sample_request(documents=[{"name": {"x": 1}, "original": 1}]), "documents[0]"),
    (sample_request(documents=[{"name": "Đơn", "original": 10**30}]), "documents[0]"),
    (sample_request(received_at="0001-01-01T00:00:00+07:00"), "received_at"),
    (sample_request(received_at="1999-12-31T10:00:00+07:00"), "received_at"),
    (sample_request(received_at=""), "received_at"),
    (sample_request(received_at=["2026-11-27"]), "received_at"),
    (sample_request(status=True), "status"),
    (sample_request(status=2.0), "status"),
    (sample_request(sets=1e308), "sets"),
    (sample_request(channel=["direct"]), "channel"),
    (sample_request(procedure_code={"code": "1.001612"}), "procedure_code"),
    (sample_request(applicant=None), "applicant"),
    ({"procedure_code": "", "applicant": {}}, "procedure_code"),
])
def test_malformed_intake_exits_2_naming_the_field(desk, capsys, tmp_path, request_data, field):
    capsys.readouterr()
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(request_data), encoding="utf-8")  # \ud800 stays escaped
    code, out, err = run(capsys, "--data-dir", str(desk), "intake", str(path))
    assert code == 2 and out == ""
    assert f"  - {field}: " in err
    assert dossier_count(desk) == 0


@pytest.mark.parametrize("text, message", [
    ("[" * 100_000, "lồng nhau quá sâu"),
    ('{"sets": 1' + "0" * 5000 + "}", "JSON không dùng được"),
])
def test_unusable_json_exits_2(desk, capsys, tmp_path, text, message):
    capsys.readouterr()
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(desk), "intake", str(path))
    assert code == 2 and message in err


@pytest.mark.parametrize("document, expected", [
    ([], "catalogue: Tệp danh mục phải là một đối tượng JSON"),
    ("procedures", "catalogue: Tệp danh mục phải là một đối tượng JSON"),
    ({"procedures": None}, "procedures: “procedures” phải là một danh sách"),
    ({"procedures": [None]}, "procedures[0]: mỗi thủ tục phải là một đối tượng JSON"),
    ({"procedures": [{"code": "1.000001", "name": "Thủ tục thử",
                      "time_limit": {"value": 2.5, "unit": "day"}}]},
     "procedures[0]: thủ tục 1.000001: thời hạn giải quyết (ngày) phải là số nguyên"),
    ({"procedures": [{"code": "1.000001", "name": "Thủ tục thử",
                      "time_limit": {"value": 0.5, "unit": "hour"}}]},
     "procedures[0]: thủ tục 1.000001: thời hạn giải quyết (giờ) phải là số nguyên"),
    ({"description": 5, "procedures": [{"code": "1.000001", "name": "x",
                                        "time_limit": {"value": 1, "unit": "day"}}]},
     "description: Mô tả danh mục phải là chuỗi ký tự"),
])
def test_bad_catalogue_file_exits_2_and_changes_nothing(desk, capsys, tmp_path, document,
                                                        expected):
    capsys.readouterr()
    before = json.loads(run(capsys, "--data-dir", str(desk), "catalogue", "list", "--json")[1])
    path = tmp_path / "cat.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(desk), "catalogue", "load", str(path))
    assert code == 2 and expected in err
    after = json.loads(run(capsys, "--data-dir", str(desk), "catalogue", "list", "--json")[1])
    assert after == before


@pytest.mark.parametrize("argv, message", [
    (["--received", "0001-01-01T00:00+14:00", "--days", "1"], "--received phải trong khoảng"),
    (["--received", "9999-12-31T23:59", "--hours", "1"], "--received phải trong khoảng"),
    (["--received", "2026-11-30T09:00", "--hours", "inf"], "số hữu hạn"),
    (["--received", "2026-11-30T09:00", "--hours", "nan"], "số hữu hạn"),
    (["--received", "2026-11-30T09:00", "--hours", "1e300"], "giờ làm việc"),
    (["--received", "2026-11-30T09:00", "--days", "1000000"], "ngày làm việc"),
])
def test_calendar_due_out_of_range_exits_2(desk, capsys, argv, message):
    capsys.readouterr()
    code, out, err = run(capsys, "--data-dir", str(desk), "calendar", "due", *argv)
    assert code == 2 and out == "" and message in err


def test_init_cannot_move_a_desk_on_a_day_it_issued_codes(desk, capsys, tmp_path):
    request = tmp_path / "hs.json"
    request.write_text(json.dumps(sample_request(received_at=None)), encoding="utf-8")  # now
    capsys.readouterr()
    today = datetime.now(LOCAL_TZ)
    assert run(capsys, "--data-dir", str(desk), "intake", str(request))[1].strip() == (
        f"{AGENCY}-{today:%y%m%d}-2001")
    # Desk 20 with two digits would start again at 2001: once an IntegrityError traceback.
    for argv in (["--desk", "20", "--desk-digits", "2"], ["--desk", "3"],
                 ["--desk", "2", "--desk-digits", "2"]):
        code, _, err = run(capsys, "--data-dir", str(desk), "init", "--agency-code", AGENCY,
                           "--agency-name", "Trung tâm", *argv)
        assert code == 2 and "desk: Máy này đã cấp mã hồ sơ" in err
        assert "từ ngày hôm sau" in err
    # Re-running init as it was (without --desk-digits) is still fine.
    assert run(capsys, "--data-dir", str(desk), "init", "--agency-code", AGENCY,
               "--agency-name", "Trung tâm", "--desk", "2")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(desk), "intake", str(request))
    assert code == 0 and out.strip() == f"{AGENCY}-{today:%y%m%d}-2002"


def test_init_moves_a_desk_whose_codes_are_all_of_earlier_days(desk, capsys, tmp_path):
    yesterday = (datetime.now(LOCAL_TZ) - timedelta(days=1)).replace(hour=9, minute=0)
    old = tmp_path / "old.json"
    old.write_text(json.dumps(sample_request(received_at=yesterday.isoformat())), "utf-8")
    assert run(capsys, "--data-dir", str(desk), "intake", str(old))[0] == 0
    assert run(capsys, "--data-dir", str(desk), "init", "--agency-code", AGENCY,
               "--agency-name", "Trung tâm", "--desk", "2", "--desk-digits", "2")[0] == 0
    now = tmp_path / "now.json"
    now.write_text(json.dumps(sample_request(received_at=None)), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(desk), "intake", str(now))
    assert code == 0 and out.strip().endswith(f"{datetime.now(LOCAL_TZ):%y%m%d}-0201")
    code, _, err = run(capsys, "--data-dir", str(desk), "intake", str(old))
    assert code == 2 and "số quầy của máy này đã đổi" in err


def test_init_refuses_control_characters_in_printed_details(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "init", "--agency-code", AGENCY,
                       "--agency-name", "Trung tâm\x1b[31m", "--desk", "1",
                       "--address", "Số 1\x07")
    assert code == 2
    assert "agency_name: Tên cơ quan chứa ký tự điều khiển (U+001B)" in err
    assert "center_address: Địa chỉ Trung tâm chứa ký tự điều khiển (U+0007)" in err


def test_a_data_dir_that_is_a_file_exits_2(tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_text("not a directory", encoding="utf-8")
    for argv in (["list"], ["--screenshot", str(tmp_path / "s.png")]):
        code, _, err = run(capsys, "--data-dir", str(afile), *argv)
        assert code == 2 and f"Không dùng được {afile} làm thư mục dữ liệu" in err
    assert afile.read_text(encoding="utf-8") == "not a directory"


def test_json_saved_with_a_byte_order_mark_is_read(desk, capsys, tmp_path):
    request = tmp_path / "hs.json"  # as Windows Notepad may save it
    request.write_text(json.dumps(sample_request(), ensure_ascii=False), encoding="utf-8-sig")
    code, out, err = run(capsys, "--data-dir", str(desk), "intake", str(request))
    assert code == 0 and out.strip().startswith(AGENCY), err
