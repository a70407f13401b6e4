"""Who acts at the desk: an officer's account as the boundary's commands receive it."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("officer", "admin")
ROLE_LABELS = {"officer": "cán bộ tiếp nhận", "admin": "quản trị"}


@dataclass(frozen=True)
class Officer:
    username: str
    full_name: str
    role: str  # "officer" | "admin"; "system" for the desk's own work

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_system(self) -> bool:
        """The desk's own work, or the PC's user at the command line (not an officer
        signed in to the window, whose role the services check)."""
        return self.role == "system"


SYSTEM = Officer("system", "", "system")
