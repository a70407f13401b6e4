"""Officer accounts: create, sign in. Passwords are kept only as argon2id hashes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..domain.errors import Problems
from ..domain.text import clean_text
from ..store import audit, user_repo
from ..store.database import Store
from ..store.models import UserRow

ROLES = ("officer", "admin")
ROLE_LABELS = {"officer": "cán bộ tiếp nhận", "admin": "quản trị"}
MIN_PASSWORD = 8
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
# argon2-cffi's PasswordHasher defaults to argon2id with RFC 9106's low-memory profile.
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Officer:
    username: str
    full_name: str
    role: str


class SignInFailed(ValueError):
    def __init__(self) -> None:
        super().__init__("Sai tên đăng nhập hoặc mật khẩu.")


def _officer(row: UserRow) -> Officer:
    return Officer(row.username, row.full_name, row.role)


def has_accounts(store: Store) -> bool:
    with store.read() as session:
        return user_repo.count_users(session) > 0


def create_user(store: Store, username: str, full_name: str, password: str, *,
                role: str = "officer", actor: str = "system",
                now: datetime | None = None) -> Officer:
    """Raises ValidationFailed listing every problem; writes nothing then."""
    username = clean_text(username).lower()
    full_name = clean_text(full_name)
    p = Problems()
    if not _USERNAME.fullmatch(username):
        p.add("username", "Tên đăng nhập gồm 2–64 ký tự: chữ thường không dấu, số, . _ -")
    if not full_name:
        p.add("full_name", "Chưa nhập họ tên cán bộ.")
    if role not in ROLES:
        p.add("role", "Vai trò phải là “officer” hoặc “admin”.")
    if len(password) < MIN_PASSWORD:
        p.add("password", f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.")
    p.raise_if_any()
    now = now or datetime.now(UTC)
    digest = _hasher.hash(password)
    with store.transaction() as session:
        if user_repo.get_user(session, username) is not None:
            p.add("username", f"Tên đăng nhập “{username}” đã có.")
            p.raise_if_any()
        row = user_repo.add_user(session, UserRow(
            username=username, full_name=full_name, role=role, password_hash=digest,
            active=True, created_at=now))
        audit.record(session, actor, "user.created", detail={"username": username,
                                                             "role": role}, now=now)
        return _officer(row)


def create_first_user(store: Store, username: str, full_name: str, password: str) -> Officer:
    """The first-run path: only while no account exists; the first officer is an admin."""
    if has_accounts(store):
        raise PermissionError("Đã có tài khoản; hãy đăng nhập.")
    return create_user(store, username, full_name, password, role="admin", actor="first-run")


def authenticate(store: Store, username: str, password: str) -> Officer:
    """The officer, or SignInFailed (same message whether the name or the password is wrong)."""
    username = clean_text(username).lower()
    with store.read() as session:
        row = user_repo.get_user(session, username)
        digest = row.password_hash if row is not None and row.active else None
        officer = _officer(row) if row is not None else None
    if digest is None or officer is None:
        raise SignInFailed()
    try:
        _hasher.verify(digest, password)
    except (VerificationError, InvalidHashError) as exc:
        raise SignInFailed() from exc
    if _hasher.check_needs_rehash(digest):
        with store.transaction() as session:
            stored = user_repo.get_user(session, username)
            if stored is not None:
                stored.password_hash = _hasher.hash(password)
    with store.transaction() as session:
        audit.record(session, username, "user.signed_in")
    return officer
