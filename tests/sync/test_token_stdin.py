"""The device token read from standard input, never shown, never logged; the command
line's copy warned about; https verified."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from onestop_desktop.cli import main
from onestop_desktop.sync import credentials
from onestop_desktop.sync.client import SyncClient
from tests.sync.desks import make_desk

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "osd_Very-Secret-Token_0123456789abcdef"


def run(data: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "onestop_desktop", "--data-dir", str(data),
                           *argv], input=stdin, capture_output=True, text=True, timeout=120,
                          check=False, env={**os.environ, "PYTHONPATH": str(ROOT),
                                            "ONESTOP_NO_KEYRING": "1"})


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_token_is_read_from_stdin_and_never_echoed_nor_logged(tmp_path):
    data = tmp_path / "desk"
    make_desk(data, 1).close()
    done = run(data, "config", "set", "device_token", "--stdin", stdin=TOKEN + "\n")
    assert done.returncode == 0, done.stderr
    assert credentials.load_token(data) == TOKEN
    assert TOKEN not in done.stdout + done.stderr
    assert "Cảnh báo" not in done.stderr
    # A sync that fails (nobody listens) and logs why: the token is nowhere in the log.
    assert run(data, "config", "set", "server_url",
               f"http://127.0.0.1:{closed_port()}").returncode == 0
    synced = run(data, "sync", "--once", "--timeout", "2")
    assert synced.returncode == 1
    shown = run(data, "config", "get", "device_token")
    assert shown.stdout.strip() == f"••••{TOKEN[-4:]} (đã lưu)"
    # Every file of the data directory but the token's own (the store, its WAL, the log):
    # none holds the token or its start.
    kept = [p for p in data.rglob("*") if p.is_file() and p.name != credentials.TOKEN_FILENAME]
    assert any(p.name == "onestop.sqlite3" for p in kept)
    everything = b"".join(p.read_bytes() for p in kept) + (
        synced.stdout + synced.stderr + shown.stderr).encode()
    assert TOKEN.encode() not in everything and TOKEN[:12].encode() not in everything


def test_a_token_on_the_command_line_is_taken_with_a_warning(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")
    data = tmp_path / "desk"
    make_desk(data, 1).close()
    assert main(["--data-dir", str(data), "config", "set", "device_token", TOKEN]) == 0
    err = capsys.readouterr().err
    assert "Cảnh báo: Mã thiết bị ghi trên dòng lệnh" in err and "--stdin" in err
    assert main(["--data-dir", str(data), "config", "set", "device_token", TOKEN,
                 "--stdin"]) == 2
    assert main(["--data-dir", str(data), "config", "set", "device_token"]) == 2


def test_an_http_server_is_kept_with_a_warning(tmp_path):
    data = tmp_path / "desk"
    make_desk(data, 1).close()
    done = run(data, "config", "set", "server_url", "http://motcua.example.vn")
    assert done.returncode == 0
    assert "Cảnh báo: Địa chỉ http:// không mã hóa" in done.stderr
    quiet = run(data, "config", "set", "server_url", "https://motcua.example.vn")
    assert quiet.returncode == 0 and "Cảnh báo" not in quiet.stderr


def test_https_certificates_are_verified():
    import ssl

    client = SyncClient("https://motcua.example.vn", TOKEN)
    try:
        context = client._http._transport._pool._ssl_context
        assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
    finally:
        client.close()
