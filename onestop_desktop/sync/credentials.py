"""The device token: in the OS keyring where one works, else an owner-only file.

The token is the desk's password to the central server; it never goes into
the SQLite store (which is copied for backups) nor into logs. Set
ONESTOP_NO_KEYRING=1 to force the file (headless servers, tests).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..keychain import SERVICE, os_keyring

TOKEN_FILENAME = "device_token"


def _account(data_dir: Path) -> str:
    # One token per data directory: two desks on one PC keep their own.
    return str(Path(data_dir).resolve())


def save_token(data_dir: Path, token: str) -> str:
    """Store the token; returns where: "keyring" or "file"."""
    token = token.strip()
    if not token:
        raise ValueError("Mã thiết bị (device_token) đang trống.")
    kr = os_keyring()
    if kr is not None:
        try:
            kr.set_password(SERVICE, _account(data_dir), token)
            _token_file(data_dir).unlink(missing_ok=True)
            return "keyring"
        except Exception:  # noqa: BLE001 - a locked or broken keyring: fall back to the file
            pass
    path = _token_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)  # so the new file is created with our mode
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token)
    os.chmod(path, 0o600)
    return "file"


def load_token(data_dir: Path) -> str | None:
    kr = os_keyring()
    if kr is not None:
        try:
            token = kr.get_password(SERVICE, _account(data_dir))
        except Exception:  # noqa: BLE001 - same fallback as save_token
            token = None
        if token:
            return token
    path = _token_file(data_dir)
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def mask_token(token: str | None) -> str:
    """What may be shown of a device token: "••••" and its last four characters (only
    the dots for a short one, whose last four would give too much away)."""
    if not token:
        return ""
    return "••••" + (token[-4:] if len(token) > 8 else "")


def _token_file(data_dir: Path) -> Path:
    return Path(data_dir) / TOKEN_FILENAME
