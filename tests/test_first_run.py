"""First run: asked once on a fresh desk, writes everything in one go, then never again."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from onestop_desktop.desk import Desk
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.officer import pc_user
from onestop_desktop.services import accounts
from onestop_desktop.services.first_run import (
    FirstRunAnswers,
    apply_first_run,
    needs_first_run,
)
from onestop_desktop.services.setup import ensure_embedded_default
from onestop_desktop.store import settings_repo, sync_repo, user_repo
from onestop_desktop.store.backup import read_manifest, restore_backup
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from onestop_desktop.sync.credentials import load_token
from onestop_desktop.ui.first_run import FirstRunWizard

SHOTS = Path(__file__).resolve().parent.parent / "out" / "screenshots"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")  # never touch the machine's keyring


@pytest.fixture
def fresh(tmp_path):
    """A desk as a first launch leaves it: the embedded demo configuration only."""
    store = Store.open(tmp_path / "fresh", durable=False)
    ensure_embedded_default(store)
    yield store
    store.close()


def answers(**overrides) -> FirstRunAnswers:
    values = dict(agency_code="000.23.45.h38", agency_name="Trung tâm Phục vụ hành chính công "
                  "tỉnh Thanh Hóa", desk=3, parent_name="UBND TỈNH THANH HÓA",
                  center_address="Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
                  place_name="Thanh Hóa", server_url="https://motcua.example.gov.vn/",
                  device_token="tok-3f9a", username="hoa.nt", full_name="Nguyễn Thị Hoa",
                  password="mat-khau-8")
    values.update(overrides)
    return FirstRunAnswers(**values)


def test_needed_on_embedded_default_not_after_cli_init(fresh, store):
    assert needs_first_run(fresh)
    assert not needs_first_run(store)  # conftest's store was set up by `init`


def test_needed_on_an_empty_store(tmp_path):
    store = Store.open(tmp_path / "empty", durable=False)
    try:
        assert needs_first_run(store)
    finally:
        store.close()


def test_apply_writes_config_server_token_and_admin(fresh):
    config = apply_first_run(fresh, answers())
    assert (config.agency_code, config.desk, config.place_name) == ("000.23.45.H38", 3,
                                                                   "Thanh Hóa")
    with fresh.read() as session:
        saved = settings_repo.load_desk_config(session)
        url = sync_repo.get_server_url(session)
    assert saved == config and saved.parent_name == "UBND TỈNH THANH HÓA"
    assert url == "https://motcua.example.gov.vn"
    assert load_token(fresh.path.parent) == "tok-3f9a"
    officer = accounts.authenticate(fresh, "hoa.nt", "mat-khau-8")
    assert (officer.full_name, officer.role) == ("Nguyễn Thị Hoa", "admin")
    assert not needs_first_run(fresh)


def test_offline_keeps_no_server(fresh):
    apply_first_run(fresh, answers(offline=True, server_url="", device_token=""))
    with fresh.read() as session:
        assert sync_repo.get_server_url(session) == ""
    assert load_token(fresh.path.parent) is None
    assert not needs_first_run(fresh)


def test_bad_answers_are_all_reported_and_nothing_is_written(fresh):
    with pytest.raises(ValidationFailed) as failed:
        apply_first_run(fresh, answers(agency_code="H38", agency_name=" ", center_address="",
                                       server_url="motcua.gov.vn", device_token="",
                                       password="short"))
    fields = {p.field for p in failed.value.problems}
    assert fields == {"agency_code", "agency_name", "center_address", "server_url",
                      "device_token", "password"}
    for problem in failed.value.problems:
        assert unicodedata.is_normalized("NFC", problem.message)
    with fresh.read() as session:
        assert user_repo.count_users(session) == 0
    assert needs_first_run(fresh)


def test_bad_username_writes_no_config(fresh):
    with pytest.raises(ValidationFailed) as failed:
        apply_first_run(fresh, answers(username="Hoa Nguyen!"))
    assert [p.field for p in failed.value.problems] == ["username"]
    assert needs_first_run(fresh)


def test_existing_accounts_are_kept(fresh):
    accounts.create_user(fresh, "admin1", "Lê Văn An", "12345678", role="admin")
    apply_first_run(fresh, answers(username="", full_name="", password=""))
    with fresh.read() as session:
        assert [u.username for u in user_repo.list_users(session)] == ["admin1"]


def errors(wizard) -> str:
    return wizard.currentPage().findChild(QLabel, "errors").text()


def shoot(wizard, name):
    QApplication.processEvents()  # let the layout take the new error lines
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert wizard.grab().save(str(SHOTS / f"first_run_{name}.png"))


def test_wizard_walks_through_and_applies(qtbot, fresh, tmp_path):
    wizard = FirstRunWizard(Desk(fresh))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.desk_page
    page.agency_code.setText("H38")
    page.desk.setValue(3)
    wizard.next()
    assert wizard.currentPage() is page  # refused: stays, says why in Vietnamese
    assert "Mã cơ quan phải có dạng" in errors(wizard)
    assert "Chưa nhập tên cơ quan" in errors(wizard)
    shoot(wizard, "1_desk_errors")
    page.agency_code.setText("000.23.45.H38")
    page.agency_name.setText("Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa")
    wizard.next()
    assert wizard.currentPage() is wizard.centre_page

    wizard.next()
    assert "Chưa nhập địa chỉ" in errors(wizard)
    wizard.centre_page.center_address.setText("Số 28 Đại lộ Lê Lợi, tỉnh Thanh Hóa")
    wizard.centre_page.place_name.setText("Thanh Hóa")
    wizard.next()

    server = wizard.server_page
    server.server_url.setText("ftp://example")
    wizard.next()
    assert wizard.currentPage() is server and "Địa chỉ máy chủ" in errors(wizard)
    shoot(wizard, "3_server_error")
    server.offline.setChecked(True)
    assert not server.server_url.isEnabled() and errors(wizard) == ""
    shoot(wizard, "3_server_offline")
    wizard.next()

    account = wizard.account_page
    assert wizard.currentPage() is account
    account.username.setText("hoa.nt")
    account.full_name.setText("Nguyễn Thị Hoa")
    account.password.setText("mat-khau-8")
    account.password_again.setText("mat-khau-9")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.isVisible() and "không khớp" in errors(wizard)
    shoot(wizard, "4_account_mismatch")
    account.password_again.setText("mat-khau-8")
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "Lưu thiết lập"
    commit.click()

    # Written; the last page shows the backups' recovery secret once, with no way back.
    assert wizard.config is not None and wizard.config.desk == 3
    assert not needs_first_run(fresh)
    assert accounts.authenticate(fresh, "hoa.nt", "mat-khau-8").role == "admin"
    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery
    secret = recovery.findChild(QLabel, "recovery_secret").text()
    assert secret == wizard.recovery_secret and len(secret) == 29
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # until the officer says it was written down
    shoot(wizard, "5_recovery_secret")
    recovery.copied.setChecked(True)
    finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted

    # The secret opens this desk's backup on a replacement PC.
    target = tmp_path / "quay3.onestop-backup"
    Desk(fresh).backups.make(target)
    restore_backup(target, tmp_path / "new-pc", secret=secret)
    with raw_connection(tmp_path / "new-pc" / fresh.path.name) as db:
        assert db.execute("SELECT username FROM users").fetchall() == [("hoa.nt",)]


def test_a_desk_set_up_again_keeps_its_recovery_secret(qtbot, fresh):
    first = Desk(fresh).backups.new_recovery_secret(pc_user("cli"))
    accounts.create_user(fresh, "admin1", "Lê Văn An", "12345678", role="admin")
    wizard = FirstRunWizard(Desk(fresh))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.desk_page.agency_code.setText("000.23.45.H38")
    wizard.desk_page.agency_name.setText("Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa")
    wizard.next()
    wizard.centre_page.center_address.setText("Số 28 Đại lộ Lê Lợi, tỉnh Thanh Hóa")
    wizard.centre_page.place_name.setText("Thanh Hóa")
    wizard.next()
    wizard.server_page.offline.setChecked(True)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.recovery_page and wizard.recovery_secret is None
    assert "đã có mã khôi phục" in wizard.recovery_page.secret.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    target = fresh.path.parent / "again.onestop-backup"
    Desk(fresh).backups.make(target)
    assert read_manifest(target).recovery is not None
    restore_backup(target, fresh.path.parent.parent / "elsewhere", secret=first)


def test_wizard_skips_the_account_page_when_accounts_exist(qtbot, fresh):
    accounts.create_user(fresh, "admin1", "Lê Văn An", "12345678", role="admin")
    wizard = FirstRunWizard(Desk(fresh))
    qtbot.addWidget(wizard)
    assert wizard.account_page is None and len(wizard.pageIds()) == 4  # and the secret


def test_a_desk_that_issued_codes_keeps_its_number_and_no_account_is_made(fresh):
    from datetime import datetime

    from onestop_desktop.domain.calendar import LOCAL_TZ
    from tests.sync.desks import intake_many

    # A dossier taken in today under the demo configuration (desk 1).
    intake_many(fresh, 1, day=datetime.now(LOCAL_TZ).date())
    with pytest.raises(ValidationFailed) as failed:
        apply_first_run(fresh, answers(agency_code="000.00.01.H22", desk=3))
    assert [p.field for p in failed.value.problems] == ["desk"]
    assert not accounts.has_accounts(fresh)  # nothing half-written
    assert needs_first_run(fresh)
    apply_first_run(fresh, answers(agency_code="000.00.01.H22", desk=1))
    assert accounts.has_accounts(fresh)


def test_control_characters_in_the_printed_details_create_no_account(fresh):
    with pytest.raises(ValidationFailed) as failed:
        apply_first_run(fresh, answers(center_address="12 Lê Lợi\x1d"))
    assert [p.field for p in failed.value.problems] == ["center_address"]
    assert not accounts.has_accounts(fresh) and needs_first_run(fresh)
