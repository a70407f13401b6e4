"""The centre's notices on the citizen's screen: set by `config set citizen_notices` (the
PC's user) or by a head or an administrator, bounded, audited; an officer may not."""

from __future__ import annotations

import pytest

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.officer import Officer
from onestop_desktop.domain.permissions import PermissionRefused
from onestop_desktop.services import desk_settings
from onestop_desktop.services.accounts import create_user
from onestop_desktop.store import audit
from tests.conftest import AGENCY


def test_config_set_and_get_citizen_notices(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = str(tmp_path / "desk")
    assert main(["--data-dir", data, "init", "--agency-code", AGENCY, "--agency-name",
                 "Trung tâm", "--desk", "2"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "config", "set", "citizen_notices",
                 "Giờ làm việc: 7:30–17:00 |  | Lấy số thứ tự tại máy lấy số"]) == 0
    assert "2 thông báo" in capsys.readouterr().out
    assert main(["--data-dir", data, "config", "get", "citizen_notices"]) == 0
    assert capsys.readouterr().out.strip() == \
        "Giờ làm việc: 7:30–17:00 | Lấy số thứ tự tại máy lấy số"
    assert main(["--data-dir", data, "config", "set", "citizen_notices", "x" * 301]) == 2
    assert "300 ký tự" in capsys.readouterr().err
    assert main(["--data-dir", data, "config", "set", "citizen_notices", ""]) == 0
    assert main(["--data-dir", data, "config", "get", "citizen_notices"]) == 1  # none


def test_only_a_head_or_an_admin_sets_them_and_it_is_audited(store):
    desk = Desk(store)
    create_user(store, "lan", "Lan", "mat-khau-quay-1", role="officer")
    create_user(store, "hoa", "Hòa", "mat-khau-quay-1", role="head")
    with pytest.raises(PermissionRefused):
        desk.setup.set_citizen_notices(Officer("lan", "Lan", "officer"), ["Thông báo"])
    assert desk.setup.citizen_notices() == ()
    done = desk.setup.set_citizen_notices(Officer("hoa", "Hòa", "head"), [" Thông báo  1 "])
    assert done.value == ("Thông báo 1",) and done.changes.settings
    assert desk.setup.citizen_notices() == ("Thông báo 1",)
    with store.read() as session:
        rows = [r for r in audit.trail(session) if r.action == "settings.citizen_notices_set"]
    assert [(r.actor, r.detail["after"]) for r in rows] == [("hoa", ["Thông báo 1"])]
    with pytest.raises(ValidationFailed):
        desk_settings.set_citizen_notices(store, "hoa", ["x"] * 11, by_officer=False)
