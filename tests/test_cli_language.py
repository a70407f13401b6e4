"""The command line speaks Vietnamese to the officer: every error path it can reach says
"Lỗi: …" in Vietnamese, with no English phrase from Python, the OS or the code."""

from __future__ import annotations

import io
import json
import re
import unicodedata

import pytest

from onestop_desktop.app import SCREENSHOT_PAGES
from onestop_desktop.cli import build_parser, main
from tests.conftest import AGENCY, sample_request

# Phrases of English error text: ours of old, Python's and the OS's.
ENGLISH = re.compile(r"\berror\b|invalid|cannot|no dossier|\bmust\b|\bnot an?\b|\bis not\b|"
                     r"does not|denied|no such|expecting|traceback|\bcodec\b|\bgot\b",
                     re.IGNORECASE)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")  # never the machine's keyring
    data = tmp_path / "desk"
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", "Trung tâm Phục vụ hành chính công", "--desk", "1"]) == 0
    return data


def _files(tmp_path) -> dict[str, str]:
    files = {
        "bad_json": "{not json",
        "deep_json": "[" * 100_000,
        "long_number": '{"sets": 1' + "0" * 5000 + "}",
        "bad_intake": json.dumps({"procedure_code": "1.001612", "applicant": {
            "name": "A", "id_number": "1", "phone": "1", "address": "x"}}),
        "bad_catalogue": json.dumps({"procedures": [{"code": "bad", "name": "x"}]}),
        "list_details": "[1, 2]",
    }
    for name, text in files.items():
        (tmp_path / f"{name}.json").write_text(text, encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes('{"note": "Hường"}'.encode("utf-16"))
    (tmp_path / "a-dir").mkdir()
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    return {name: str(tmp_path / f"{name}.json") for name in [*files, "latin1"]}


def error_paths(tmp_path) -> list[tuple[list[str], str]]:
    """(arguments after --data-dir DIR, standard input) of every refusal we can reach."""
    f = _files(tmp_path)
    missing = str(tmp_path / "missing.json")
    code = f"{AGENCY}-261130-1999"
    out = str(tmp_path / "r.pdf")
    return [
        (["intake", missing], ""),
        (["intake", f["latin1"]], ""),
        (["intake", f["bad_json"]], ""),
        (["intake", f["deep_json"]], ""),
        (["intake", f["long_number"]], ""),
        (["intake", f["bad_intake"]], ""),
        (["intake", "-"], "[]"),
        (["intake", "-"], "{"),
        (["show", code], ""),
        (["list", "--status", "11"], ""),
        (["calendar", "due", "--received", "mai", "--days", "1"], ""),
        (["calendar", "due", "--received", "1999-12-31T09:00", "--days", "1"], ""),
        (["calendar", "due", "--received", "2026-11-30T09:00", "--hours", "inf"], ""),
        (["calendar", "due", "--received", "2026-11-30T09:00", "--days", "-1"], ""),
        (["catalogue", "load", missing], ""),
        (["catalogue", "load", f["latin1"]], ""),
        (["catalogue", "load", f["bad_json"]], ""),
        (["catalogue", "load", f["deep_json"]], ""),
        (["catalogue", "load", f["bad_catalogue"]], ""),
        (["config", "set", "server_url", "ftp://x"], ""),
        (["config", "set", "device_token", "   "], ""),
        (["sync", "--once"], ""),
        (["user", "add", "lan", "--full-name", "Nguyễn Thị Lan"], ""),  # stdin not a terminal
        (["user", "add", "lan", "--full-name", "Nguyễn Thị Lan", "--password-stdin"], "\n"),
        (["user", "add", "Lan!", "--full-name", "", "--password-stdin"], "ngan\n"),
        (["receipt", code, "-o", out], ""),
        (["receipt", code, "-o", str(tmp_path / "a-dir")], ""),
        (["receipt", code, "-o", str(tmp_path / "no-dir" / "r.pdf")], ""),
        (["receipt", code, "-o", str(tmp_path / "a-file" / "r.pdf")], ""),
        (["form", "07", code, "-o", out], ""),
        (["form", "02", code, "-o", out, "--details", f["list_details"]], ""),
        (["form", "02", code, "-o", out, "--details", missing], ""),
        (["ledger", "--from", "hôm qua", "--to", "2026-11-30", "-o", out], ""),
        (["ledger", "--from", "2026-11-30", "--to", "2026-11-01", "-o", out], ""),
        (["init", "--agency-code", "H22", "--agency-name", "X", "--desk", "12"], ""),
    ]


def test_every_error_the_command_line_gives_is_vietnamese(desk, tmp_path, capsys,
                                                          monkeypatch):
    capsys.readouterr()
    for argv, stdin in error_paths(tmp_path):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(desk), *argv])
        out, err = capsys.readouterr()
        assert code == 2, (argv, out, err)
        assert err.startswith("Lỗi:"), (argv, err)
        assert not ENGLISH.search(err), (argv, err)
        assert unicodedata.is_normalized("NFC", err), (argv, err)
    afile = tmp_path / "a-file"
    assert main(["--data-dir", str(afile), "list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không dùng được") and not ENGLISH.search(err), err


def test_confirmations_are_vietnamese(desk, tmp_path, capsys, monkeypatch):
    capsys.readouterr()
    request = tmp_path / "hs.json"
    request.write_text(json.dumps(sample_request(), ensure_ascii=False), encoding="utf-8")
    catalogue = tmp_path / "cat.json"
    catalogue.write_text(json.dumps({"version": "t1", "procedures": [{
        "code": "1.000001", "name": "Thủ tục thử", "time_limit": {"value": 2, "unit": "day"},
        "documents": [{"name": "Đơn", "original": 1}]}]}, ensure_ascii=False), "utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-quay-1\ns3cret-token\n"))
    said = []
    for argv in (["init", "--agency-code", AGENCY, "--agency-name", "Trung tâm", "--desk", "1"],
                 ["catalogue", "load", str(catalogue)],
                 ["user", "add", "lan", "--full-name", "Nguyễn Thị Lan", "--password-stdin"],
                 ["config", "set", "server_url", "https://motcua.example.gov.vn"],
                 ["config", "set", "device_token", "--stdin"]):
        assert main(["--data-dir", str(desk), *argv]) == 0, argv
        out, err = capsys.readouterr()
        assert err == "" and not ENGLISH.search(out), (argv, out)
        said.append(out.strip())
    assert said[0].startswith("Quầy 1 của 000.00.01.H22 đã sẵn sàng tại ")
    assert said[1] == "Đã nạp 1 thủ tục."
    assert said[2] == "Đã tạo tài khoản lan (Nguyễn Thị Lan, cán bộ tiếp nhận)."
    assert said[3] == "Đã lưu địa chỉ máy chủ (server_url): https://motcua.example.gov.vn"
    assert said[4].startswith("Đã lưu mã thiết bị (device_token) vào ")
    assert "s3cret" not in said[4]


def test_a_plain_http_server_is_kept_with_a_warning(desk, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(desk), "config", "set", "server_url",
                 "http://127.0.0.1:9/"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "Đã lưu địa chỉ máy chủ (server_url): http://127.0.0.1:9"
    assert err.startswith("Cảnh báo: Địa chỉ http:// không mã hóa")


def test_help_lists_the_screenshot_pages(capsys):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "{" + ",".join(SCREENSHOT_PAGES) + "}" in text
    assert "trang vẽ ra với --screenshot" in text
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["--screenshot", "x.png", "--page", "khac"])
    assert done.value.code == 2
    assert "--page" in capsys.readouterr().err
