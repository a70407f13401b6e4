"""Which role may do what at the desk: the one table the boundary's commands check.

The window hides what a role may not do, but the boundary (desk/) refuses it anyway,
whoever calls: a hidden button is a convenience, the check is here. The desk's own
work and the command line run as the PC's user ("system"), who may do everything: who
can open the data directory holds the store's files already."""

from __future__ import annotations

from enum import StrEnum

from .errors import NotAllowed
from .officer import ROLE_LABELS


class Action(StrEnum):
    COUNTER = "counter"  # take in, move, hand back, print forms 01–06, collect fees
    REPORTS = "reports"  # the centre's figures for a period, the dossier ledger (form 07)
    SETTINGS = "settings"  # the desk's own settings: idle lock, receipt series
    ACCOUNTS = "accounts"  # add, disable, reset another's password
    DEVICES = "devices"  # the central server, the device token, the CA bundle
    CATALOGUE = "catalogue"  # the procedure catalogue; demo data and repairs of the store


COUNTER_ONLY = frozenset({Action.COUNTER})
PERMISSIONS: dict[str, frozenset[Action]] = {
    "officer": COUNTER_ONLY,
    "head": frozenset({Action.COUNTER, Action.REPORTS, Action.SETTINGS}),
    "admin": frozenset(Action),
    "system": frozenset(Action),
}

# What each action is, for the refusal ("… không được <what>").
ACTION_TEXT = {
    Action.COUNTER: "tiếp nhận, trả kết quả và in giấy tờ",
    Action.REPORTS: "xem báo cáo và in sổ theo dõi",
    Action.SETTINGS: "thay đổi cài đặt của quầy",
    Action.ACCOUNTS: "quản lý tài khoản cán bộ",
    Action.DEVICES: "cài đặt máy chủ, mã thiết bị và chứng chỉ",
    Action.CATALOGUE: "thay danh mục thủ tục và dữ liệu của quầy",
}


def may(role: str, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())


def roles_for(action: Action) -> tuple[str, ...]:
    """The officers' roles that may do `action`, lowest first."""
    return tuple(role for role in ROLE_LABELS if may(role, action))


class PermissionRefused(NotAllowed):
    """The acting officer's role may not do this (exit status 3 at the command line)."""

    def __init__(self, role: str, action: Action):
        self.role, self.action = role, action
        who = ROLE_LABELS.get(role, "tài khoản này")
        allowed = " hoặc ".join(ROLE_LABELS[r] for r in roles_for(action))
        super().__init__(f"Vai trò {who} không được {ACTION_TEXT[action]}; "
                         f"việc này dành cho {allowed}.")


class NotSignedIn(NotAllowed):
    def __init__(self, username: str):
        super().__init__(f"Không có tài khoản “{username}” đang hoạt động: hãy đăng nhập lại.")


def check(role: str, action: Action) -> None:
    """PermissionRefused unless `role` may do `action`."""
    if not may(role, action):
        raise PermissionRefused(role, action)
