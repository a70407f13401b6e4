"""Update notice: the central server announces the newest desk version; the desk
only tells the officer (it never patches itself: an administrator installs)."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class UpdateNotice:
    short: str  # fits the status bar beside the sync state and the clock
    full: str  # its tooltip

    def __str__(self) -> str:
        return self.full


def update_notice(running: str, latest_desk_version: str | None) -> UpdateNotice | None:
    """What to tell the officer when the server announces a newer desk, else None."""
    if not is_newer(latest_desk_version, running):
        return None
    latest = str(parse_version(latest_desk_version))
    return UpdateNotice(f"Có bản mới {latest}",
                        f"Đã có phiên bản mới {latest} (máy này đang dùng {running}). "
                        "Hãy báo quản trị viên cài đặt bản cập nhật.")
