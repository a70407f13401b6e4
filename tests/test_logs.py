"""Logs: a file in the data directory, made only when something is logged, and never a
full ID number or phone in it (tracebacks included)."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time

import httpx

from onestop_desktop.cli import main
from onestop_desktop.logs import LOG_FILE, redact


def test_long_numbers_are_masked_and_codes_are_not():
    line = ("CCCD 038090012345, CMND 123456789, phone 0912345678 / +84912345678, "
            "tax 0101234567-001, dossier 000.00.01.H22-261130-1001, 2026-11-30 09:15")
    assert redact(line) == (
        "CCCD *********345, CMND ******789, phone *******678 / *********678, "
        "tax *******567-001, dossier 000.00.01.H22-261130-1001, 2026-11-30 09:15")


def test_the_command_line_logs_into_the_data_dir_masked(tmp_path, capsys):
    data_dir = tmp_path / "desk"
    assert main(["--data-dir", str(data_dir), "init", "--agency-code", "000.00.01.H22",
                 "--agency-name", "Trung tâm thử", "--desk", "1"]) == 0
    log_file = data_dir / LOG_FILE
    assert "store schema upgraded from an empty store to" in log_file.read_text("utf-8")
    log_file.unlink()
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    assert not log_file.exists()  # nothing logged, nothing written
    try:
        raise RuntimeError("(sqlite3.IntegrityError) UNIQUE constraint failed "
                           "[parameters: ('Nguyễn Văn Ẩn', '038090012345', '0912345678')]")
    except RuntimeError:
        logging.getLogger("onestop_desktop.sync").exception("sync run failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "sync run failed" in text and "Traceback" in text and "Nguyễn Văn Ẩn" in text
    assert "038090012345" not in text and "*********345" in text
    assert "0912345678" not in text and "*******678" in text
    assert "038090012345" not in capsys.readouterr().err  # the stderr copy too


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_central_serve_answers_and_logs_through_the_masking_format(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; from onestop_central.cli import main; "
         "sys.exit(main())", "serve", "--db",
         f"sqlite:///{tmp_path / 'central.sqlite3'}", "--port", str(port)],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                reply = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        assert reply.status_code == 200 and "/v1/push" in reply.text
    finally:
        server.terminate()
        _out, err = server.communicate(timeout=30)
    # uvicorn's own lines went through our formatter: "time LEVEL logger: message"
    assert " INFO uvicorn.error: Uvicorn running on http://127.0.0.1:" in err
    assert " INFO uvicorn.access: " in err
