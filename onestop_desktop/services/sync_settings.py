"""The desk's central server as Cài đặt sets it: the address (in the store's settings)
and the device token (OS keyring or an owner-only file; never shown back).

Only an admin changes them: `save_server` checks the signed-in officer inside its
transaction. The command line (`config set`) is the other way in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ..domain.errors import Problems
from ..domain.text import clean_text
from ..store import audit, sync_repo
from ..store.database import Store
from ..sync import credentials
from .accounts import require_admin
from .first_run import check_server_url, insecure_url_warning


@dataclass(frozen=True)
class ServerSettings:
    url: str
    token_set: bool  # whether a device token is saved (the token itself is never read out)


def server_settings(store: Store) -> ServerSettings:
    with store.read() as session:
        url = sync_repo.get_server_url(session)
    return ServerSettings(url, credentials.load_token(store.path.parent) is not None)


def save_server(store: Store, admin: str, url: str, token: str, *,
                now: datetime | None = None) -> str:
    """Save the address, and the token when one is typed (empty keeps the saved one).

    Raises ValidationFailed (nothing saved) for a bad address or a missing token, and
    NotAdmin unless `admin` is an active admin. Returns the warning to show for a
    plain-http address, else ""."""
    problems = Problems()
    url = check_server_url(url, problems)
    token = clean_text(token)
    data_dir = store.path.parent
    if not token and credentials.load_token(data_dir) is None:
        problems.add("device_token", "Chưa nhập mã thiết bị do quản trị viên cấp.")
    problems.raise_if_any()
    with store.transaction() as session:
        require_admin(session, admin)
        if token:  # inside the transaction: a token that cannot be kept leaves the URL too
            credentials.save_token(data_dir, token)
        sync_repo.set_server_url(session, url)
        audit.record(session, admin, "sync.server_set",
                     detail={"server_url": url, "device_token_changed": bool(token)},
                     now=now or datetime.now(UTC))
    return insecure_url_warning(url)


def set_server_url(store: Store, actor: str, url: str, *, now: datetime | None = None) -> str:
    """The command line's `config set server_url`: the address alone (checked), with its
    audit row; returns the warning for a plain-http address, else ""."""
    problems = Problems()
    url = check_server_url(url, problems)
    problems.raise_if_any()
    with store.transaction() as session:
        sync_repo.set_server_url(session, url)
        audit.record(session, actor, "sync.server_set",
                     detail={"server_url": url, "device_token_changed": False},
                     now=now or datetime.now(UTC))
    return insecure_url_warning(url)
