"""The desk's own settings that a centre's head or an administrator changes: how long
the window waits without input before it locks (the idle lock), and the centre's notices
on the citizen's screen."""

from __future__ import annotations

from datetime import UTC, datetime

from ..domain.errors import ValidationFailed
from ..domain.permissions import Action
from ..domain.text import clean_text
from ..store import audit, settings_repo
from ..store.database import Store
from .accounts import require

IDLE_LOCK_KEY = "idle_lock_seconds"
IDLE_LOCK_DEFAULT = 10 * 60
IDLE_LOCK_MAX = 8 * 60 * 60  # a working day: a desk left open longer is left unlocked


def idle_lock_seconds(store: Store) -> int:
    """Seconds without keyboard or mouse input before the window locks."""
    with store.read() as session:
        value = settings_repo.get_setting(session, IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT)
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        return IDLE_LOCK_DEFAULT
    return seconds if 1 <= seconds <= IDLE_LOCK_MAX else IDLE_LOCK_DEFAULT


def set_idle_lock(store: Store, actor: str, seconds: object, *, by_officer: bool,
                  now: datetime | None = None) -> int:
    """The idle lock from now on (seconds, 1 to IDLE_LOCK_MAX), with its audit row.
    by_officer: `actor` is the signed-in officer, whose role must allow it."""
    try:
        value = int(seconds)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        value = 0
    if not 1 <= value <= IDLE_LOCK_MAX:
        raise ValidationFailed.single(
            "idle_lock", f"Thời gian khóa màn hình phải từ 1 giây đến {IDLE_LOCK_MAX // 3600} "
            "giờ.")
    with store.transaction() as session:
        if by_officer:
            require(session, actor, Action.SETTINGS)
        before = settings_repo.get_setting(session, IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT)
        settings_repo.set_setting(session, IDLE_LOCK_KEY, value)
        audit.record(session, actor, "settings.idle_lock_set",
                     detail={"before": before, "after": value}, now=now or datetime.now(UTC))
    return value


CITIZEN_NOTICES_KEY = "citizen_notices"
MAX_NOTICES = 10
MAX_NOTICE = 300


def citizen_notices(store: Store) -> tuple[str, ...]:
    """The centre's notices the citizen's screen shows while no one is being served."""
    with store.read() as session:
        value = settings_repo.get_setting(session, CITIZEN_NOTICES_KEY, [])
    if not isinstance(value, list):
        return ()
    return tuple(text for text in value if isinstance(text, str) and text)[:MAX_NOTICES]


def set_citizen_notices(store: Store, actor: str, notices: object, *, by_officer: bool,
                        now: datetime | None = None) -> tuple[str, ...]:
    """The notices from now on (empty ones dropped; none: the screen shows only the
    centre's name), with their audit row. by_officer: as set_idle_lock."""
    if not isinstance(notices, list | tuple) or not all(isinstance(n, str) for n in notices):
        raise ValidationFailed.single("citizen_notices", "Thông báo phải là danh sách các "
                                                         "dòng chữ.")
    cleaned = tuple(text for text in (clean_text(n) for n in notices) if text)
    if len(cleaned) > MAX_NOTICES:
        raise ValidationFailed.single("citizen_notices",
                                      f"Tối đa {MAX_NOTICES} thông báo.")
    if any(len(text) > MAX_NOTICE for text in cleaned):
        raise ValidationFailed.single("citizen_notices",
                                      f"Mỗi thông báo tối đa {MAX_NOTICE} ký tự.")
    with store.transaction() as session:
        if by_officer:
            require(session, actor, Action.SETTINGS)
        before = settings_repo.get_setting(session, CITIZEN_NOTICES_KEY, [])
        settings_repo.set_setting(session, CITIZEN_NOTICES_KEY, list(cleaned))
        audit.record(session, actor, "settings.citizen_notices_set",
                     detail={"before": before, "after": list(cleaned)},
                     now=now or datetime.now(UTC))
    return cleaned
