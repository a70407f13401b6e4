"""Who acts at the desk: an officer's account as the boundary's commands receive it."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

# officer: the reception officer at the counter; head: the centre's head (reports, the
# desk's settings); admin: the administrator (accounts, devices, the catalogue).
ROLES = ("officer", "head", "admin")
ROLE_LABELS = {"officer": "cán bộ tiếp nhận", "head": "lãnh đạo trung tâm",
               "admin": "quản trị viên"}


@dataclass(frozen=True)
class Officer:
    username: str
    full_name: str
    role: str  # "officer" | "head" | "admin"; "system" for the desk's own work

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_system(self) -> bool:
        """The desk's own work, or the PC's user at the command line (not an officer
        signed in to the window, whose role the boundary checks)."""
        return self.role == "system"


SYSTEM = Officer("system", "", "system")


def pc_user(prefix: str) -> Officer:
    """The PC's user acting outside any sign-in (the command line, the first-run
    wizard), audited as "<prefix>:<user name>"."""
    try:
        return Officer(f"{prefix}:{getpass.getuser()}", "", "system")
    except (KeyError, OSError):  # no user name on some service accounts
        return Officer(prefix, "", "system")
