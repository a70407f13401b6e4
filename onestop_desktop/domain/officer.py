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


SYSTEM = Officer("system", "", "system")
