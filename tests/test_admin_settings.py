"""What an admin changes in Cài đặt, at the service level: accounts (add, disable/enable,
reset a password), the central server and the catalogue. Each change is one
transaction with its audit row; an officer is refused by the service itself."""

from __future__ import annotations

import json

import pytest

from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.permissions import NotSignedIn, PermissionRefused
from onestop_desktop.services import accounts, setup, sync_settings
from onestop_desktop.services.accounts import SignInFailed, authenticate
from onestop_desktop.store import audit, catalogue_repo, sync_repo
from onestop_desktop.sync import credentials

PASSWORD = "mat-khau-dai-1"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")  # never the machine's keyring


@pytest.fixture
def staff(store):
    accounts.create_user(store, "quantri", "Trần Văn Quản", PASSWORD, role="admin")
    accounts.create_user(store, "lan", "Nguyễn Thị Lan", PASSWORD)
    return store


def actions(store) -> list[str]:
    with store.read() as session:
        return [row.action for row in audit.trail(session)]


def test_the_list_shows_accounts_without_their_hashes(staff):
    listed = accounts.list_accounts(staff)
    assert [(a.username, a.role, a.active) for a in listed] == [
        ("lan", "officer", True), ("quantri", "admin", True)]
    assert not hasattr(listed[0], "password_hash")


def test_an_admin_disables_and_enables_an_officer(staff):
    before = actions(staff)
    changed = accounts.set_active(staff, "quantri", "lan", False)
    assert not changed.active
    with pytest.raises(SignInFailed):
        authenticate(staff, "lan", PASSWORD)
    accounts.set_active(staff, "quantri", "LAN", True)
    assert authenticate(staff, "lan", PASSWORD).username == "lan"
    new = actions(staff)[len(before):]
    # The disabled officer's try is kept too: a failed sign-in is audited.
    assert new[:3] == ["user.disabled", "user.sign_in_failed", "user.enabled"]
    with staff.read() as session:
        rows = [r for r in audit.trail(session) if r.action == "user.disabled"]
        assert rows[0].actor == "quantri" and rows[0].detail == {"username": "lan"}


def test_the_last_active_admin_cannot_be_disabled(staff):
    before = actions(staff)
    with pytest.raises(ValidationFailed) as refused:
        accounts.set_active(staff, "quantri", "quantri", False)
    assert "quản trị viên cuối cùng" in refused.value.problems[0].message
    assert authenticate(staff, "quantri", PASSWORD).role == "admin"
    # With a second admin, the first still cannot lock itself out while signed in...
    accounts.create_user(staff, "hung", "Lê Văn Hùng", PASSWORD, role="admin")
    with pytest.raises(ValidationFailed) as refused:
        accounts.set_active(staff, "quantri", "quantri", False)
    assert "đang đăng nhập" in refused.value.problems[0].message
    # ...but another admin may disable it, and then it is the other one who is last.
    accounts.set_active(staff, "hung", "quantri", False)
    with pytest.raises(NotSignedIn):  # a disabled admin is no admin
        accounts.set_active(staff, "quantri", "hung", False)
    changes = [a for a in actions(staff)[len(before):] if a != "user.signed_in"]
    assert changes == ["user.created", "user.disabled"]  # the refusals wrote nothing


def test_an_admin_resets_a_password(staff):
    accounts.reset_password(staff, "quantri", "lan", "mat-khau-moi-2")
    assert authenticate(staff, "lan", "mat-khau-moi-2").username == "lan"
    with pytest.raises(SignInFailed):
        authenticate(staff, "lan", PASSWORD)
    with staff.read() as session:
        row = next(r for r in audit.trail(session) if r.action == "user.password_reset")
        assert row.actor == "quantri" and "mat-khau-moi-2" not in json.dumps(row.detail)
    with pytest.raises(ValidationFailed) as refused:
        accounts.reset_password(staff, "quantri", "lan", "ngan")
    assert refused.value.problems[0].field == "password"
    with pytest.raises(ValidationFailed):
        accounts.reset_password(staff, "quantri", "khong-co", "mat-khau-moi-3")


def test_the_services_refuse_an_officer(staff, tmp_path):
    before = actions(staff)
    catalogue = tmp_path / "cat.json"
    catalogue.write_text(json.dumps({"version": "t1", "procedures": [{
        "code": "1.000001", "name": "Thủ tục thử", "time_limit": {"value": 2, "unit": "day"},
        "documents": [{"name": "Đơn", "original": 1}]}]}, ensure_ascii=False), "utf-8")
    attempts = [
        lambda: accounts.set_active(staff, "lan", "quantri", False),
        lambda: accounts.reset_password(staff, "lan", "quantri", "mat-khau-cua-lan"),
        lambda: accounts.create_user(staff, "ke-gian", "Kẻ Gian", PASSWORD, role="admin",
                                     actor="lan", by_admin=True),
        lambda: sync_settings.save_server(staff, "lan", "https://gia.example", "token-gia"),
        lambda: setup.load_catalogue(staff, catalogue, "lan", by_admin=True),
        lambda: accounts.set_active(staff, "khong-co", "lan", False),
    ]
    for attempt in attempts[:-1]:
        with pytest.raises(PermissionRefused) as refused:
            attempt()
        assert str(refused.value).startswith("Vai trò cán bộ tiếp nhận không được ")
        assert str(refused.value).endswith("việc này dành cho quản trị viên.")
    with pytest.raises(NotSignedIn) as refused:  # no such account acts
        attempts[-1]()
    assert "khong-co" in str(refused.value)
    assert actions(staff) == before  # nothing written, not even an audit row
    assert authenticate(staff, "quantri", PASSWORD).role == "admin"
    assert [a.username for a in accounts.list_accounts(staff)] == ["lan", "quantri"]
    assert sync_settings.server_settings(staff) == sync_settings.ServerSettings("", False)
    with staff.read() as session:
        assert catalogue_repo.count_procedures(session) > 1


def test_an_admin_adds_an_account(staff):
    officer = accounts.create_user(staff, "Hung", "Lê Văn Hùng", PASSWORD, actor="quantri",
                                   by_admin=True)
    assert officer.username == "hung"
    with staff.read() as session:
        row = audit.trail(session)[-1]
        assert (row.actor, row.action) == ("quantri", "user.created")


def test_an_admin_sets_the_server_and_token(staff):
    data_dir = staff.path.parent
    with pytest.raises(ValidationFailed) as refused:
        sync_settings.save_server(staff, "quantri", "ftp://x", "")
    assert {p.field for p in refused.value.problems} == {"server_url", "device_token"}
    assert credentials.load_token(data_dir) is None

    assert sync_settings.save_server(staff, "quantri", " https://motcua.example.gov.vn/ ",
                                     "s3cret-token") == ""
    assert sync_settings.server_settings(staff) == sync_settings.ServerSettings(
        "https://motcua.example.gov.vn", True, "••••oken")  # never the token itself
    assert credentials.load_token(data_dir) == "s3cret-token"
    # An empty token keeps the saved one; a plain-http address is kept with a warning.
    warning = sync_settings.save_server(staff, "quantri", "http://127.0.0.1:9", "")
    assert warning.startswith("Địa chỉ http:// không mã hóa")
    assert credentials.load_token(data_dir) == "s3cret-token"
    with staff.read() as session:
        assert sync_repo.get_server_url(session) == "http://127.0.0.1:9"
        rows = [r for r in audit.trail(session) if r.action == "sync.server_set"]
    assert [r.detail["device_token_changed"] for r in rows] == [True, False]
    assert all("s3cret" not in json.dumps(r.detail) for r in rows)


def test_a_bad_catalogue_file_changes_nothing(staff, tmp_path):
    before = setup.catalogue_info(staff)
    for name, content in (("missing.json", None), ("bad.json", "{not json"),
                          ("wrong.json", json.dumps({"procedures": [{"code": "bad"}]}))):
        path = tmp_path / name
        if content is not None:
            path.write_text(content, encoding="utf-8")
        with pytest.raises(ValidationFailed) as refused:
            setup.load_catalogue(staff, path, "quantri", by_admin=True)
        assert refused.value.problems, name
    assert setup.catalogue_info(staff) == before
