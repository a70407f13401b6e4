"""The scan inbox: a folder a network scanner writes into ("scan to folder").

The folder is the desk's setting (default `<data dir>/scan-inbox`). A scanner writes a file
over seconds; a file is taken only once it has stopped growing (the same size and time on
two looks a moment apart), and never a hidden or temporary one. Which paper it goes to is
the officer's choice, made before the scan (the window's "Quét vào giấy tờ này"); the file
leaves the inbox once stored. Plain Python: the window polls it on a timer, a test calls
`settled` directly.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import InvalidInput, ValidationFailed, os_reason
from ..domain.permissions import Action
from ..store import audit, settings_repo
from ..store.database import Store
from .accounts import require

log = logging.getLogger(__name__)
INBOX_KEY = "scan_inbox"
DEFAULT_NAME = "scan-inbox"
REFUSED_DIR = "khong-dung-duoc"  # where a file that is no paper is moved, out of the way
_TEMPORARY = (".part", ".tmp", ".crdownload", ".partial", "~")


def default_inbox(data_dir: Path) -> Path:
    return Path(data_dir) / DEFAULT_NAME


def inbox_folder(store: Store, data_dir: Path) -> Path:
    with store.read() as session:
        value = settings_repo.get_setting(session, INBOX_KEY)
    return Path(value) if isinstance(value, str) and value else default_inbox(data_dir)


def set_inbox_folder(store: Store, actor: str, folder: object, *, by_officer: bool,
                     now: datetime | None = None) -> Path:
    """The folder from now on ("" for the default), created if it is not there, with its
    audit row. by_officer: `actor` is the signed-in officer, whose role must allow it."""
    if not isinstance(folder, str):
        raise ValidationFailed.single(INBOX_KEY, "Thư mục quét phải là một đường dẫn.")
    text = folder.strip()
    if text and not Path(text).is_absolute():
        raise ValidationFailed.single(INBOX_KEY, f"“{text}” không phải đường dẫn đầy đủ "
                                                 f"(ví dụ D:\\Scan hoặc /srv/scan).")
    if text:
        ensure_folder(Path(text))
    with store.transaction() as session:
        if by_officer:
            require(session, actor, Action.SETTINGS)
        before = settings_repo.get_setting(session, INBOX_KEY)
        settings_repo.set_setting(session, INBOX_KEY, text)
        audit.record(session, actor, "settings.scan_inbox_set",
                     detail={"before": before, "after": text},
                     now=now or datetime.now(UTC))
    return Path(text) if text else default_inbox(store.path.parent)


def ensure_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(f"Không tạo được thư mục quét {folder}: {os_reason(exc)}.") from exc
    if not folder.is_dir():
        raise InvalidInput(f"{folder} không phải một thư mục.")
    return folder


def _candidate(entry: os.DirEntry) -> bool:
    name = entry.name
    return (not name.startswith((".", "~")) and not name.lower().endswith(_TEMPORARY)
            and entry.is_file(follow_symlinks=False))


@dataclass
class InboxWatch:
    """What the inbox held at the last look, to tell a file still being written from one
    done: a file is settled when its size and time are what they were last time."""

    folder: Path
    _seen: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Files offered once, or there before the wait began, as they were then: not offered
    # (again) unless they change.
    _passed: set[tuple[str, tuple[int, int]]] = field(default_factory=set)

    def skip_present(self) -> None:
        """What the inbox holds now is not the scan awaited (an older one left behind)."""
        self.settled()
        self._passed.update(self._seen.items())

    def settled(self) -> list[Path]:
        """The files done since the last look, oldest first. A folder that is missing or
        unreadable (a network share gone) holds nothing this time."""
        try:
            entries = [e for e in os.scandir(self.folder) if _candidate(e)]
        except OSError:
            self._seen.clear()
            return []
        now_seen: dict[str, tuple[int, int]] = {}
        ready: list[tuple[int, Path]] = []
        for entry in entries:
            try:
                stat = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            mark = (stat.st_size, stat.st_mtime_ns)
            now_seen[entry.name] = mark
            if stat.st_size > 0 and self._seen.get(entry.name) == mark \
                    and (entry.name, mark) not in self._passed:
                ready.append((stat.st_mtime_ns, Path(entry.path)))
                self._passed.add((entry.name, mark))
        self._seen = now_seen
        return [path for _, path in sorted(ready)]


def remove(path: Path) -> bool:
    """A stored scan taken out of the inbox. A share that lets us read but not delete
    keeps it (logged): the scan is on the dossier all the same, and the watch does not
    offer a file it has seen again."""
    try:
        path.unlink(missing_ok=True)
        return True
    except OSError as exc:
        log.warning("could not remove %s from the scan inbox: %s", path.name, exc)
        return False


def set_aside(path: Path) -> Path | None:
    """A file that cannot be a paper, moved to the inbox's `khong-dung-duoc` folder so it
    is not tried again; None when it cannot be moved (it is then left where it is)."""
    target_dir = path.parent / REFUSED_DIR
    try:
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        n = 1
        while target.exists():
            target = target_dir / f"{path.stem}-{n}{path.suffix}"
            n += 1
        path.replace(target)
        return target
    except OSError:
        return None
