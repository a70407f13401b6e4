"""Officers at the boundary: signing in (five wrong passwords lock an account for a
quarter of an hour), changing one's own password, and the accounts an administrator
keeps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.officer import Officer
from ..domain.permissions import Action
from ..services import accounts
from ..services.accounts import Account
from .changes import NOTHING, Changes, Done

if TYPE_CHECKING:
    from .core import Desk

ACCOUNTS = Changes(accounts=True)


class Accounts:
    def __init__(self, desk: Desk):
        self._desk = desk

    def any(self) -> bool:
        """Whether the desk has an account yet (else the first one is made at sign-in)."""
        return accounts.has_accounts(self._desk.store)

    def sign_in(self, username: str, password: str) -> Done[Officer]:
        """The officer; SignInFailed, or AccountLocked (with the time it opens again)."""
        return Done(accounts.authenticate(self._desk.store, username, password,
                                          now=self._desk.clock()), NOTHING)

    def unlock(self, officer: Officer, password: str) -> Done[Officer]:
        """The idle lock lifted by the same officer's password (a wrong one counts
        towards the lock-out as at sign-in)."""
        return Done(accounts.authenticate(self._desk.store, officer.username, password,
                                          now=self._desk.clock(), record=False), NOTHING)

    def create_first(self, username: str, full_name: str, password: str) -> Done[Officer]:
        """The first account of a desk (an administrator), while it has none."""
        return Done(accounts.create_first_user(self._desk.store, username, full_name,
                                               password), ACCOUNTS)

    def list(self) -> list[Account]:
        return accounts.list_accounts(self._desk.store)

    def create(self, actor: Officer, username: str, full_name: str, password: str, *,
               role: str = "officer") -> Done[Officer]:
        self._desk.require(actor, Action.ACCOUNTS)
        return Done(accounts.create_user(self._desk.store, username, full_name, password,
                                         role=role, actor=actor.username,
                                         by_admin=not actor.is_system,
                                         now=self._desk.clock()), ACCOUNTS)

    def set_active(self, actor: Officer, username: str, active: bool) -> Done[Account]:
        self._desk.require(actor, Action.ACCOUNTS)
        return Done(accounts.set_active(self._desk.store, actor.username, username, active,
                                        now=self._desk.clock()), ACCOUNTS)

    def reset_password(self, actor: Officer, username: str, password: str) -> Done[None]:
        """An administrator sets another's password (which also lifts a lock-out)."""
        self._desk.require(actor, Action.ACCOUNTS)
        accounts.reset_password(self._desk.store, actor.username, username, password,
                                now=self._desk.clock(), by_admin=not actor.is_system)
        return Done(None, ACCOUNTS)

    def change_password(self, username: str, current: str, new: str) -> Done[None]:
        """An officer's own new password, given the current one."""
        accounts.change_password(self._desk.store, username, current, new,
                                 now=self._desk.clock())
        return Done(None, ACCOUNTS)
