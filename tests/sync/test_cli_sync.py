"""`onestop-desktop config set|get` and `sync --once [--json]` against the live server."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import textwrap
from datetime import date

import keyring
import pytest
from keyring.backend import KeyringBackend

from onestop_desktop.cli import main
from onestop_desktop.sync import credentials
from onestop_desktop.sync.lock import SyncLock
from tests.sync.desks import intake_many, make_desk, server_codes
from tests.sync.fault_proxy import FaultProxy

AGENCY = "000.00.01.H22"


def cli(capsys, data_dir, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_once_pushes_pulls_and_exits_zero_when_done(tmp_path, central, capsys):
    data_dir = tmp_path / "desk"
    store = make_desk(data_dir, 1)
    codes = intake_many(store, 4)
    store.close()
    token = central.add_device("Quầy 1", AGENCY, 1)

    code, _, err = cli(capsys, data_dir, "sync", "--once")
    assert code == 2 and "Chưa cấu hình đồng bộ" in err
    assert cli(capsys, data_dir, "config", "set", "server_url", "ftp://x")[0] == 2
    assert cli(capsys, data_dir, "config", "set", "server_url", central.url + "/")[0] == 0
    code, out, _ = cli(capsys, data_dir, "config", "set", "device_token", token)
    assert code == 0 and "tệp chỉ tài khoản này đọc được" in out
    token_file = data_dir / credentials.TOKEN_FILENAME
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert cli(capsys, data_dir, "config", "get", "server_url")[1].strip() == central.url
    code, out, _ = cli(capsys, data_dir, "config", "get", "device_token")
    assert token not in out and out.strip().endswith("(đã lưu)")

    code, out, _ = cli(capsys, data_dir, "sync", "--once", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["pushed"] == 4 and report["pending"] == 0 and report["failed"] == 0
    assert abs(report["skew_seconds"]) < 60 and report["skew_warning"] == ""
    assert sorted(server_codes(central)) == sorted(codes)

    proxy = FaultProxy(central.port)
    try:
        cli(capsys, data_dir, "config", "set", "server_url", proxy.url)
        store = make_desk(data_dir, 1)
        intake_many(store, 1, day=date(2026, 12, 1))
        store.close()
        proxy.set_fault("refuse")
        code, out, _ = cli(capsys, data_dir, "sync", "--once", "--json", "--timeout", "2")
        report = json.loads(out)
        assert code == 1 and report["pending"] == 1 and report["error"]
        proxy.clear()
        code, out, _ = cli(capsys, data_dir, "sync", "--once")
        assert code == 0 and "Đã gửi 1" in out
    finally:
        proxy.close()


class MemoryKeyring(KeyringBackend):
    priority = 10

    def __init__(self):
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


def test_token_goes_to_the_keyring_when_there_is_one(tmp_path, monkeypatch):
    monkeypatch.delenv("ONESTOP_NO_KEYRING", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        (tmp_path / "desk").mkdir()
        (tmp_path / "desk" / credentials.TOKEN_FILENAME).write_text("old")
        assert credentials.save_token(tmp_path / "desk", "  s3cret-token  ") == "keyring"
        assert credentials.load_token(tmp_path / "desk") == "s3cret-token"
        assert not (tmp_path / "desk" / credentials.TOKEN_FILENAME).exists()
        assert list(backend.values.values()) == ["s3cret-token"]
    finally:
        keyring.set_keyring(previous)
    with pytest.raises(ValueError):
        credentials.save_token(tmp_path / "desk", "   ")


def test_one_sync_at_a_time_across_processes(tmp_path, central, capsys):
    data_dir = tmp_path / "desk"
    make_desk(data_dir, 1).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from onestop_desktop.sync.lock import SyncLock
            lock = SyncLock({str(data_dir)!r})
            assert lock.try_acquire()
            print("held", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert not SyncLock(data_dir).try_acquire()
        cli(capsys, data_dir, "config", "set", "server_url", central.url)
        cli(capsys, data_dir, "config", "set", "device_token",
            central.add_device("Quầy 1", AGENCY, 1))
        code, out, _ = cli(capsys, data_dir, "sync", "--once", "--json")
        assert code == 1 and json.loads(out)["busy"] is True
    finally:
        holder.stdin.close()
        holder.wait(10)
    lock = SyncLock(data_dir)
    assert lock.try_acquire()
    assert not SyncLock(data_dir).try_acquire()  # a second instance in this process, too
    assert not lock.try_acquire()  # and the same object from another caller
    lock.release()
    assert cli(capsys, data_dir, "sync", "--once")[0] == 0


def test_device_tokens_never_look_like_options(tmp_path, central, capsys):
    # A token that began with "-" once made `config set device_token TOKEN` fail.
    tokens = [central.add_device(f"Quầy {n}", AGENCY, n) for n in range(1, 10)]
    assert all(t.startswith("osd_") for t in tokens)
    make_desk(tmp_path / "desk", 1).close()
    assert cli(capsys, tmp_path / "desk", "config", "set", "device_token", "--",
               "-legacy-token")[0] == 0
    assert credentials.load_token(tmp_path / "desk") == "-legacy-token"
