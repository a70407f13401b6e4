"""Secrets the desk keeps outside its store: the OS keyring where one works (Windows
Credential Manager, protected by DPAPI; macOS Keychain; Secret Service on a Linux
desktop), else an owner-only file in the data directory.

Set ONESTOP_NO_KEYRING=1 to force the file (Linux servers without a keyring, tests).
"""

from __future__ import annotations

import os
from pathlib import Path

SERVICE = "onestop-desktop"


def os_keyring():
    """The keyring module when a real backend is available, else None."""
    if os.environ.get("ONESTOP_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def write_owner_only(path: Path, text: str) -> None:
    """`text` into `path`, readable by this account only (0600), durably, replacing any
    earlier file in one step (a crash leaves the old file or the new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)  # so the new file is created with our mode
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(part, 0o600)
    os.replace(part, path)
    sync_directory(path.parent)


def sync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
