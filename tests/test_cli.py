"""The command-line contract: text or --json output, exit 2 and nothing written on bad input."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess

import pytest

from onestop_desktop.cli import main
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
    with sqlite3.connect(data / "onestop.sqlite3") as raw:
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
    assert json.loads(out) == created
    code, out, _ = run(capsys, "--data-dir", str(desk), "list", "--status", "2", "--json")
    assert [d["code"] for d in json.loads(out)] == [created["code"]]
    code, out, _ = run(capsys, "--data-dir", str(desk), "list", "--search", "ngoc huong")
    assert created["code"] in out
    code, out, _ = run(capsys, "--data-dir", str(desk), "list", "--status", "10", "--json")
    assert json.loads(out) == []


def test_bad_intake_exits_2_writes_nothing(desk, capsys, tmp_path):
    capsys.readouterr()
    request = tmp_path / "bad.json"
    request.write_text(json.dumps({"procedure_code": "2.000575", "applicant": {
        "name": "A", "id_number": "1", "phone": "1", "address": "x"}}), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(desk), "intake", str(request))
    assert code == 2 and out == ""
    assert "applicant.id_number" in err and "applicant.phone" in err
    request.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(desk), "intake", str(request))
    assert code == 2 and "not valid JSON" in err
    code, _, err = run(capsys, "--data-dir", str(desk), "show", f"{AGENCY}-261127-9999")
    assert code == 2 and "no dossier" in err
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
    replacement = tmp_path / "cat.json"
    replacement.write_text(json.dumps({"version": "t1", "procedures": [{
        "code": "1.000001", "name": "Thủ tục thử", "time_limit": {"value": 2, "unit": "day"},
        "documents": [{"name": "Đơn", "original": 1}]}]}, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "--data-dir", str(desk), "catalogue", "load", str(replacement))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(desk), "catalogue", "list", "--json")
    assert [p["code"] for p in json.loads(out)] == ["1.000001"]
    replacement.write_text(json.dumps({"procedures": [{"code": "bad", "name": "x"}]}))
    code, _, err = run(capsys, "--data-dir", str(desk), "catalogue", "load", str(replacement))
    assert code == 2 and "bad" in err
    code, out, _ = run(capsys, "--data-dir", str(desk), "catalogue", "list", "--json")
    assert [p["code"] for p in json.loads(out)] == ["1.000001"]  # unchanged


@pytest.mark.parametrize("argv, expected", [
    (["--received", "2026-02-13T09:00", "--days", "1"], "2026-02-23T11:30:00+07:00"),
    (["--received", "2026-01-09T10:00:00+07:00", "--days", "1"], "2026-01-10T11:30:00+07:00"),
    (["--received", "2026-11-30T03:30:00+00:00", "--hours", "4"], "2026-11-30T16:30:00+07:00"),
])
def test_calendar_due(desk, capsys, argv, expected):
    capsys.readouterr()
    code, out, _ = run(capsys, "--data-dir", str(desk), "calendar", "due", *argv)
    assert code == 0 and out.strip() == expected


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
