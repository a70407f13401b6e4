"""The desk's central server as Cài đặt sets it: the address and the province's CA
bundle (in the store's settings), and the device token (OS keyring or an owner-only
file; never shown back, only its last four characters: "••••abcd").

Only an admin changes them: `save_server` checks the signed-in officer inside its
transaction. The command line (`config set`) is the other way in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ..domain.errors import Problems
from ..domain.permissions import Action
from ..domain.text import clean_text
from ..store import audit, sync_repo
from ..store.database import Store
from ..sync import credentials
from ..sync.credentials import mask_token
from ..sync.tls import CaBundleUnusable, check_ca_bundle
from .accounts import require
from .first_run import check_server_url, insecure_url_warning


@dataclass(frozen=True)
class ServerSettings:
    url: str
    token_set: bool  # whether a device token is saved (the token itself is never read out)
    token_hint: str = ""  # "••••abcd": enough to tell two tokens apart, never the token
    ca_bundle: str = ""  # the province's CA bundle; "" for the system's authorities


def server_settings(store: Store) -> ServerSettings:
    with store.read() as session:
        url = sync_repo.get_server_url(session)
        ca_bundle = sync_repo.get_ca_bundle(session)
    token = credentials.load_token(store.path.parent)
    return ServerSettings(url, token is not None, mask_token(token), ca_bundle)


def save_server(store: Store, admin: str, url: str, token: str, *,
                ca_bundle: str | None = None, now: datetime | None = None) -> str:
    """Save the address, the token when one is typed (empty keeps the saved one), and the
    CA bundle when one is given ("" goes back to the system's authorities).

    Raises ValidationFailed (nothing saved) for a bad address, a missing token or a CA
    bundle that cannot be read, and
    PermissionRefused unless `admin` may (domain/permissions.py). Returns the warning to show for a
    plain-http address, else ""."""
    problems = Problems()
    url = check_server_url(url, problems)
    token = clean_text(token)
    data_dir = store.path.parent
    if not token and credentials.load_token(data_dir) is None:
        problems.add("device_token", "Chưa nhập mã thiết bị do quản trị viên cấp.")
    if ca_bundle is not None:
        ca_bundle = _checked_bundle(ca_bundle, problems)
    problems.raise_if_any()
    with store.transaction() as session:
        require(session, admin, Action.DEVICES)
        if token:  # inside the transaction: a token that cannot be kept leaves the URL too
            credentials.save_token(data_dir, token)
        sync_repo.set_server_url(session, url)
        detail: dict[str, object] = {"server_url": url, "device_token_changed": bool(token)}
        if ca_bundle is not None:
            sync_repo.set_ca_bundle(session, ca_bundle)
            detail["ca_bundle"] = ca_bundle
        audit.record(session, admin, "sync.server_set", detail=detail,
                     now=now or datetime.now(UTC))
    return insecure_url_warning(url)


def _checked_bundle(path: str, problems: Problems) -> str:
    try:
        return check_ca_bundle(path)
    except CaBundleUnusable as exc:
        problems.add("ca_bundle", str(exc))
        return ""


def set_ca_bundle(store: Store, actor: str, path: str, *,
                  now: datetime | None = None) -> str:
    """The command line's `config set ca_bundle`: the province's CA bundle the server is
    verified against, read now (a file missing or unreadable is refused, nothing saved);
    "" goes back to the system's authorities. Returns the path kept."""
    path = check_ca_bundle(path)
    with store.transaction() as session:
        sync_repo.set_ca_bundle(session, path)
        audit.record(session, actor, "sync.ca_bundle_set", detail={"ca_bundle": path},
                     now=now or datetime.now(UTC))
    return path


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
