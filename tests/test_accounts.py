"""Officer accounts: argon2id hashes, sign-in, the `user add` command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from onestop_desktop.cli import main
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.services.accounts import (
    SignInFailed,
    authenticate,
    create_first_user,
    create_user,
    has_accounts,
)
from onestop_desktop.store import audit, user_repo

RUN = "import sys; from onestop_desktop.cli import main; sys.exit(main(sys.argv[1:]))"


def test_password_is_stored_as_argon2id_and_verifies(store):
    assert not has_accounts(store)
    officer = create_user(store, "Lan.NT", "Nguyễn Thị Lan", "mật-khẩu-dài")
    assert officer.username == "lan.nt" and officer.role == "officer"
    with store.read() as session:
        row = user_repo.get_user(session, "lan.nt")
        assert row.password_hash.startswith("$argon2id$")
        assert "mật-khẩu-dài" not in row.password_hash
    assert authenticate(store, "LAN.NT", "mật-khẩu-dài").full_name == "Nguyễn Thị Lan"
    with pytest.raises(SignInFailed):
        authenticate(store, "lan.nt", "sai-mat-khau")
    with pytest.raises(SignInFailed):
        authenticate(store, "khong-co", "mật-khẩu-dài")
    with store.read() as session:
        assert [(a.actor, a.action) for a in audit.trail(session)][-4:] == [
            ("system", "user.created"), ("lan.nt", "user.signed_in"),
            ("lan.nt", "user.sign_in_failed"), ("", "user.sign_in_failed")]


def test_invalid_account_lists_every_problem_and_writes_nothing(store):
    with pytest.raises(ValidationFailed) as caught:
        create_user(store, "x", "", "short", role="boss")
    assert {p.field for p in caught.value.problems} == {"username", "full_name", "role",
                                                        "password"}
    assert not has_accounts(store)
    create_user(store, "lan", "Nguyễn Thị Lan", "12345678")
    with pytest.raises(ValidationFailed):
        create_user(store, "lan", "Người khác", "12345678")


def test_first_run_account_is_admin_and_only_once(store):
    officer = create_first_user(store, "admin", "Trần Văn Quản", "quan-tri-123")
    assert officer.role == "admin"
    with pytest.raises(PermissionError):
        create_first_user(store, "admin2", "Ai Đó", "quan-tri-123")


def test_cli_user_add_reads_password_from_stdin(store, data_dir, monkeypatch, capsys):
    store.close()
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("bi-mat-lam\n"))
    code = main(["--data-dir", str(data_dir), "user", "add", "hoa", "--full-name",
                 "Lê Thị Hoa", "--role", "admin", "--password-stdin", "--json"])
    assert code == 0
    assert '"role": "admin"' in capsys.readouterr().out
    assert authenticate(store, "hoa", "bi-mat-lam").role == "admin"


def test_cli_user_add_refuses_bad_input_with_exit_2(data_dir):
    result = subprocess.run(
        [sys.executable, "-c", RUN, "--data-dir", str(data_dir), "user", "add",
         "hoa", "--full-name", "Lê Thị Hoa", "--password-stdin"],
        input="ngan\n", capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "password" in result.stderr
    no_tty = subprocess.run(
        [sys.executable, "-c", RUN, "--data-dir", str(data_dir), "user", "add",
         "hoa", "--full-name", "Lê Thị Hoa"], input="", capture_output=True, text=True, check=False,
        timeout=60)
    assert no_tty.returncode == 2 and "--password-stdin" in no_tty.stderr
