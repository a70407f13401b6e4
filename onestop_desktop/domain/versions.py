"""Update notice: the central server announces the newest desk version; the desk
only tells the officer (it never patches itself: an administrator installs)."""

from __future__ import annotations

from packaging.version import InvalidVersion, Version


def parse_version(text: str | None) -> Version | None:
    """A PEP 440 version, or None for an empty or malformed announcement."""
    if not text or not str(text).strip():
        return None
    try:
        return Version(str(text).strip())
    except InvalidVersion:
        return None


def is_newer(announced: str | None, running: str) -> bool:
    latest, current = parse_version(announced), parse_version(running)
    if latest is None or current is None:
        return False  # a version we cannot read is never a reason to alarm anyone
    return latest > current


def update_notice(running: str, latest_desk_version: str | None) -> str | None:
    """The status-bar text when the server announces a newer desk, else None."""
    if not is_newer(latest_desk_version, running):
        return None
    latest = str(parse_version(latest_desk_version))
    # Short: it sits in the status bar beside the sync state and the clock.
    return f"Có phiên bản mới {latest} (đang dùng {running}): báo quản trị viên cập nhật"
