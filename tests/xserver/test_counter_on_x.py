"""The counter's main flow through a real X server, keys sent as a person sends them:
sign in, a procedure typed without accents and Enter at once, the applicant, Ctrl+S,
then the code scanned on another page. The stored dossier is checked with the command
line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import AGENCY, AGENCY_NAME

pytestmark = pytest.mark.slow

PERSON_MS, SCANNER_MS = 110, 3
PASSWORD = "mat-khau-quay-1"
CLI = [sys.executable, "-m", "onestop_desktop"]


def _cli(data_dir, *args: str, stdin: str | None = None) -> str:
    result = subprocess.run([*CLI, "--data-dir", str(data_dir), *args], input=stdin,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_intake_then_scan_on_a_real_x_server(tmp_path, xdisplay):
    data_dir = tmp_path / "desk"
    _cli(data_dir, "init", "--agency-code", AGENCY, "--agency-name", AGENCY_NAME, "--desk", "1",
         "--address", "Số 1 Lê Lợi", "--place-name", "Thanh Hóa")
    _cli(data_dir, "user", "add", "lan", "--full-name", "Nguyễn Thị Lan", "--password-stdin",
         stdin=PASSWORD + "\n")
    env = {**xdisplay.env, "QT_QPA_PLATFORM": "xcb", "ONESTOP_WINDOW_SIZE": "1366x768"}
    desk = subprocess.Popen([*CLI, "--data-dir", str(data_dir)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        window = xdisplay.window_titled("Một cửa — Đăng nhập", timeout=30)
        xdisplay.xdotool("windowfocus", "--sync", window)  # no window manager here
        xdisplay.type("lan", delay_ms=PERSON_MS)
        xdisplay.key("Return")
        xdisplay.type(PASSWORD, delay_ms=PERSON_MS)
        xdisplay.key("Return")
        xdisplay.window_titled("Một cửa — Tiếp nhận hồ sơ")  # what the officer sees next

        # No accents, a quick typist, Enter at once: the marriage registration.
        xdisplay.type("dang ky ket hon", delay_ms=PERSON_MS)
        xdisplay.key("Return")
        # xdotool types a letter missing from the keymap (ê, ă) by remapping a spare key
        # for that one press, a race the desk can lose on a loaded machine ("L Vn Tám");
        # an officer's Vietnamese comes through an input method instead. Accented names
        # typed key by key are covered by the offscreen window tests.
        xdisplay.type("Le Van Tam", delay_ms=PERSON_MS)
        for text in ("038090054321", "0987111222", "Thôn 2, xã Hoằng Hóa"):
            xdisplay.key("Tab")
            xdisplay.type(text, delay_ms=PERSON_MS)
        xdisplay.key("ctrl+s")
        preview = xdisplay.window_titled("Mẫu 01")
        listed = json.loads(_cli(data_dir, "list", "--json"))
        assert len(listed) == 1
        code = listed[0]["code"]
        assert preview and code.split("-", 1)[1] in xdisplay.xdotool("getwindowname", preview)
        xdisplay.key("Escape")  # the preview closes; the officer goes on

        # On the list page the scanner reads the receipt's barcode: the dossier opens.
        xdisplay.window_titled("Một cửa — Tiếp nhận hồ sơ")
        xdisplay.key("ctrl+2")
        xdisplay.window_titled("Một cửa — Danh sách hồ sơ")
        xdisplay.type(code, delay_ms=SCANNER_MS)
        xdisplay.key("Return")
        xdisplay.window_titled(f"Một cửa — Hồ sơ {code.split('-', 1)[1]}")

        shown = json.loads(_cli(data_dir, "show", code, "--json"))
        assert shown["procedure_code"] == "1.000894"
        assert shown["procedure_name"] == "Đăng ký kết hôn"
        assert shown["applicant"]["name"] == "Le Van Tam"
        assert shown["applicant"]["id_number"] == "038090054321"
    finally:
        desk.terminate()
        try:
            output, _ = desk.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            desk.kill()
            output, _ = desk.communicate()
    assert "Traceback" not in output, output
