"""Officer accounts: create, sign in (with the lock-out after wrong passwords), change
one's own password, and an admin's management of them (list, add, disable/enable, reset
a password). Passwords are kept only as argon2id hashes.

The management functions take the signed-in officer's user name and check, inside
their own transaction, that it is an active account whose role may (`require`,
domain/permissions.py): the window hides the buttons from others, and the service
refuses them anyway."""

from __future__ import annotations

import contextlib
import functools
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from ..domain.calendar import LOCAL_TZ
from ..domain.errors import NotAllowed, OfficerError, Problems, ValidationFailed
from ..domain.officer import ROLE_LABELS, ROLES, Officer
from ..domain.permissions import Action, NotSignedIn, check
from ..domain.text import clean_text
from ..store import audit, user_repo
from ..store.database import Store
from ..store.models import UserRow

MIN_PASSWORD = 8
# Five wrong passwords in a row lock the account for a quarter of an hour.
MAX_FAILED_SIGN_INS = 5
LOCK_OUT = timedelta(minutes=15)
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
    locked_until: datetime | None = None  # locked out after wrong passwords, until then


class SignInFailed(OfficerError):
    def __init__(self) -> None:
        super().__init__("Sai tên đăng nhập hoặc mật khẩu.")


class AccountLocked(NotAllowed):
    """Too many wrong passwords: the account opens again at `until`."""

    def __init__(self, until: datetime):
        self.until = until
        local = until.astimezone(LOCAL_TZ)
        super().__init__(f"Tài khoản tạm khóa vì nhập sai mật khẩu {MAX_FAILED_SIGN_INS} lần "
                         f"liên tiếp; mở lại lúc {local:%H:%M} ngày {local:%d/%m/%Y}.")


def _officer(row: UserRow) -> Officer:
    return Officer(row.username, row.full_name, row.role)


def require(session: Session, username: str | None, action: Action) -> UserRow:
    """The acting officer's row, if it is an active account whose role may do `action`;
    NotSignedIn or PermissionRefused otherwise. Call it inside the transaction that makes
    the change, so a just-disabled or demoted account is refused."""
    row = user_repo.get_user(session, username) if username else None
    if row is None or not row.active:
        raise NotSignedIn(username or "")
    check(row.role, action)
    return row


def role_of(store: Store, username: str) -> str:
    """The role of an active account (NotSignedIn for none): what the boundary checks."""
    with store.read() as session:
        row = user_repo.get_user(session, username)
        if row is None or not row.active:
            raise NotSignedIn(username)
        return row.role


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
        p.add("role", "Vai trò phải là " + ", ".join(
            f"“{r}” ({ROLE_LABELS[r]})" for r in ROLES) + ".")
    _check_password(password, p)
    p.raise_if_any()
    now = now or datetime.now(UTC)
    digest = _hasher.hash(password)
    with store.transaction() as session:
        if by_admin:
            require(session, actor, Action.ACCOUNTS)
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
        return [_account(row) for row in user_repo.list_users(session)]


def _account(row: UserRow) -> Account:
    return Account(row.username, row.full_name, row.role, bool(row.active), row.locked_until)


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
        require(session, admin, Action.ACCOUNTS)
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
        return _account(row)


def reset_password(store: Store, admin: str, username: str, password: str, *,
                   now: datetime | None = None, by_admin: bool = True) -> None:
    """An admin sets a new password for an account, which also lifts a lock-out; one
    transaction with its audit row (which never holds the password)."""
    p = Problems()
    _check_password(password, p)
    p.raise_if_any()
    digest = _hasher.hash(password)  # slow on purpose: before the write lock is taken
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        if by_admin:
            require(session, admin, Action.ACCOUNTS)
        row = _target(session, username)
        row.password_hash = digest
        row.failed_sign_ins, row.locked_until = 0, None
        audit.record(session, admin, "user.password_reset",
                     detail={"username": row.username}, now=now)


def create_first_user(store: Store, username: str, full_name: str, password: str) -> Officer:
    """The first-run path: only while no account exists; the first officer is an admin."""
    if has_accounts(store):
        raise NotAllowed("Đã có tài khoản; hãy đăng nhập.")
    return create_user(store, username, full_name, password, role="admin", actor="first-run")


@functools.cache
def _dummy_hash() -> str:
    """A hash of nothing anyone types, with the hasher's parameters: checked against when
    the user name is unknown, so that it costs what a known one does."""
    return _hasher.hash(secrets.token_urlsafe(32))


def change_password(store: Store, username: str, current: str, new: str, *,
                    now: datetime | None = None) -> None:
    """An officer changes their own password, giving the current one (which counts as a
    sign-in: a wrong one counts towards the lock-out)."""
    p = Problems()
    _check_password(new, p)
    if new == current:
        p.add("password", "Mật khẩu mới phải khác mật khẩu đang dùng.")
    p.raise_if_any()
    officer = authenticate(store, username, current, now=now, record=False)
    digest = _hasher.hash(new)
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        row = user_repo.get_user(session, officer.username)
        if row is None or not row.active:
            raise NotSignedIn(officer.username)
        row.password_hash = digest
        audit.record(session, officer.username, "user.password_changed",
                     detail={"username": officer.username}, now=now)


def authenticate(store: Store, username: str, password: str, *,
                 now: datetime | None = None, record: bool = True) -> Officer:
    """The officer, or SignInFailed (same message whether the name or the password is
    wrong), or AccountLocked while a lock-out lasts.

    Every failure is recorded ("sign_in_failed", with the name typed, never the
    password); the fifth wrong password in a row locks the account for LOCK_OUT, kept
    in the store so that a restart does not lift it. `record`: a successful sign-in is
    written to the audit trail."""
    username = clean_text(username).lower()[:64]
    now = now or datetime.now(UTC)
    with store.read() as session:
        row = user_repo.get_user(session, username)
        digest = row.password_hash if row is not None and row.active else None
        officer = _officer(row) if row is not None else None
        locked_until = row.locked_until if row is not None else None
    if locked_until is not None and locked_until > now:
        # A locked account costs what any refusal does (no telling names apart).
        with contextlib.suppress(VerificationError, InvalidHashError):
            _hasher.verify(_dummy_hash(), password)
        _record_failure(store, username, now, locked=True)
        raise AccountLocked(locked_until)
    try:
        if digest is None or officer is None:
            # As slow as a wrong password: how long a refusal takes must not tell which
            # user names exist (or are disabled).
            with contextlib.suppress(VerificationError, InvalidHashError):
                _hasher.verify(_dummy_hash(), password)
            raise SignInFailed()
        _hasher.verify(digest, password)
    except (VerificationError, InvalidHashError, SignInFailed) as exc:
        until = _record_failure(store, username, now)
        if until is not None:
            raise AccountLocked(until) from exc
        raise SignInFailed() from exc
    with store.transaction() as session:
        stored = user_repo.get_user(session, username)
        if stored is not None:
            stored.failed_sign_ins, stored.locked_until = 0, None
            if _hasher.check_needs_rehash(digest):
                stored.password_hash = _hasher.hash(password)
        if record:
            audit.record(session, username, "user.signed_in", now=now)
    return officer


def _record_failure(store: Store, username: str, now: datetime, *,
                    locked: bool = False) -> datetime | None:
    """Count a failed sign-in against its account and keep it in the audit trail under
    the account's name; a name no account has is not kept (it may be a password typed
    in the wrong field). Returns the end of the lock-out this failure starts, or None."""
    with store.transaction() as session:
        row = user_repo.get_user(session, username)
        until = None
        if row is None:
            actor, detail = "", {"reason": "unknown"}
        elif locked:
            actor, detail = username, {"reason": "locked"}
        elif not row.active:
            actor, detail = username, {"reason": "disabled"}
        else:
            row.failed_sign_ins = (row.failed_sign_ins or 0) + 1
            actor, detail = username, {"reason": "password", "attempt": row.failed_sign_ins}
            if row.failed_sign_ins >= MAX_FAILED_SIGN_INS:
                until = row.locked_until = now + LOCK_OUT
                row.failed_sign_ins = 0
        audit.record(session, actor, "user.sign_in_failed", detail=detail, now=now)
        if until is not None:
            audit.record(session, username, "user.locked_out",
                         detail={"username": username, "until": until.isoformat()}, now=now)
    return until
