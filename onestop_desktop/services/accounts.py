"""Officer accounts: create, sign in, and an admin's management of them (list, add,
disable/enable, reset a password). Passwords are kept only as argon2id hashes.

The management functions take the signed-in officer's user name and check, inside
their own transaction, that it is an active admin (NotAdmin otherwise): the window
hides the buttons from officers, and the service refuses them anyway."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from ..domain.errors import NotAllowed, OfficerError, Problems, ValidationFailed
from ..domain.officer import ROLES, Officer
from ..domain.text import clean_text
from ..store import audit, user_repo
from ..store.database import Store
from ..store.models import UserRow

MIN_PASSWORD = 8
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
# argon2-cffi's PasswordHasher defaults to argon2id with RFC 9106's low-memory profile.
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Account:
    """An account as the admin's list shows it (never the hash)."""

    username: str
    full_name: str
    role: str
    active: bool


class SignInFailed(OfficerError):
    def __init__(self) -> None:
        super().__init__("Sai tên đăng nhập hoặc mật khẩu.")


class NotAdmin(NotAllowed):
    def __init__(self) -> None:
        super().__init__("Chỉ quản trị viên mới làm được việc này.")


def _officer(row: UserRow) -> Officer:
    return Officer(row.username, row.full_name, row.role)


def require_admin(session: Session, username: str | None) -> UserRow:
    """The acting officer's row, if it is an active admin; NotAdmin otherwise. Call it
    inside the transaction that makes the change, so a just-disabled admin is refused."""
    row = user_repo.get_user(session, username) if username else None
    if row is None or not row.active or row.role != "admin":
        raise NotAdmin()
    return row


def has_accounts(store: Store) -> bool:
    with store.read() as session:
        return user_repo.count_users(session) > 0


def _check_password(password: str, p: Problems) -> None:
    if len(password) < MIN_PASSWORD:
        p.add("password", f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.")


def create_user(store: Store, username: str, full_name: str, password: str, *,
                role: str = "officer", actor: str = "system",
                now: datetime | None = None, by_admin: bool = False) -> Officer:
    """Raises ValidationFailed listing every problem; writes nothing then.

    by_admin: `actor` is the signed-in officer (the window), who must be an admin."""
    username = clean_text(username).lower()
    full_name = clean_text(full_name)
    p = Problems()
    if not _USERNAME.fullmatch(username):
        p.add("username", "Tên đăng nhập gồm 2–64 ký tự: chữ thường không dấu, số, . _ -")
    if not full_name:
        p.add("full_name", "Chưa nhập họ tên cán bộ.")
    if role not in ROLES:
        p.add("role", "Vai trò phải là “officer” hoặc “admin”.")
    _check_password(password, p)
    p.raise_if_any()
    now = now or datetime.now(UTC)
    digest = _hasher.hash(password)
    with store.transaction() as session:
        if by_admin:
            require_admin(session, actor)
        if user_repo.get_user(session, username) is not None:
            p.add("username", f"Tên đăng nhập “{username}” đã có.")
            p.raise_if_any()
        row = user_repo.add_user(session, UserRow(
            username=username, full_name=full_name, role=role, password_hash=digest,
            active=True, created_at=now))
        audit.record(session, actor, "user.created", detail={"username": username,
                                                             "role": role}, now=now)
        return _officer(row)


def list_accounts(store: Store) -> list[Account]:
    with store.read() as session:
        return [Account(row.username, row.full_name, row.role, bool(row.active))
                for row in user_repo.list_users(session)]


def _target(session: Session, username: str) -> UserRow:
    row = user_repo.get_user(session, clean_text(username).lower())
    if row is None:
        raise ValidationFailed.single("username", f"Không có tài khoản “{username}”.")
    return row


def set_active(store: Store, admin: str, username: str, active: bool, *,
               now: datetime | None = None) -> Account:
    """Disable or enable an account; one transaction with its audit row.

    Refused (ValidationFailed): disabling oneself, or the last active admin, which
    would leave nobody able to manage the desk."""
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        require_admin(session, admin)
        row = _target(session, username)
        if not active and row.active:
            if row.role == "admin" and user_repo.count_admins(session) <= 1:
                raise ValidationFailed.single(
                    "username", "Không thể khóa quản trị viên cuối cùng còn hoạt động.")
            if row.username == admin:
                raise ValidationFailed.single(
                    "username", "Không thể tự khóa tài khoản đang đăng nhập.")
        if row.active != active:
            row.active = active
            audit.record(session, admin, "user.enabled" if active else "user.disabled",
                         detail={"username": row.username}, now=now)
        return Account(row.username, row.full_name, row.role, bool(row.active))


def reset_password(store: Store, admin: str, username: str, password: str, *,
                   now: datetime | None = None) -> None:
    """An admin sets a new password for an account; one transaction with its audit row
    (which never holds the password)."""
    p = Problems()
    _check_password(password, p)
    p.raise_if_any()
    digest = _hasher.hash(password)  # slow on purpose: before the write lock is taken
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        require_admin(session, admin)
        row = _target(session, username)
        row.password_hash = digest
        audit.record(session, admin, "user.password_reset",
                     detail={"username": row.username}, now=now)


def create_first_user(store: Store, username: str, full_name: str, password: str) -> Officer:
    """The first-run path: only while no account exists; the first officer is an admin."""
    if has_accounts(store):
        raise NotAllowed("Đã có tài khoản; hãy đăng nhập.")
    return create_user(store, username, full_name, password, role="admin", actor="first-run")


def authenticate(store: Store, username: str, password: str) -> Officer:
    """The officer, or SignInFailed (same message whether the name or the password is wrong)."""
    username = clean_text(username).lower()
    with store.read() as session:
        row = user_repo.get_user(session, username)
        digest = row.password_hash if row is not None and row.active else None
        officer = _officer(row) if row is not None else None
    if digest is None or officer is None:
        _failed_sign_in(store, username, "unknown" if row is None else "disabled")
        raise SignInFailed()
    try:
        _hasher.verify(digest, password)
    except (VerificationError, InvalidHashError) as exc:
        _failed_sign_in(store, username, "password")
        raise SignInFailed() from exc
    if _hasher.check_needs_rehash(digest):
        with store.transaction() as session:
            stored = user_repo.get_user(session, username)
            if stored is not None:
                stored.password_hash = _hasher.hash(password)
    with store.transaction() as session:
        audit.record(session, username, "user.signed_in")
    return officer


def _failed_sign_in(store: Store, username: str, reason: str) -> None:
    """A failed sign-in is kept in the audit trail under the account's name; a name no
    account has is not kept (it may be a password typed in the wrong field)."""
    actor = "" if reason == "unknown" else username
    with store.transaction() as session:
        audit.record(session, actor, "user.sign_in_failed", detail={"reason": reason})
