"""The desk's log: a rotating file in the data directory, warnings also on stderr.

Logs never hold a full ID number or phone (ARCHITECTURE.md): every formatted
line, tracebacks included (a database error quotes its SQL parameters), has its
long digit runs masked to the last three digits.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .domain.identity import mask

LOG_FILE = Path("logs") / "onestop-desktop.log"
LOG_BYTES, LOG_BACKUPS = 1_000_000, 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# What an ID number or a phone looks like in a log line (DOMAIN.md's formats):
_SENSITIVE = [
    # phones written with separators: 0912 345 678, 0912.345.678, +84 912 345 678,
    # 024 3823 4567 (a date such as 2026-11-30 starts with neither 0 nor +84)
    re.compile(r"(?<![\d.])(?:\+84[ .-]?|0)\d{2,3}(?:[ .-]?\d{3,4}){2}(?!\d)"),
    # runs of 9 to 13 digits, "+84…" included: CCCD (12), CMND (9), phones (10-11),
    # tax codes (10, or 10-3); dossier and agency codes have no run that long
    re.compile(r"(?<![\d.])\+?\d{9,13}(?!\d)(?!\.\d)"),
    # passports: one letter and seven digits (B1234567)
    re.compile(r"\b[A-Z]\d{7}\b"),
]
# A device token in an Authorization header (a library's debug line, a traceback that
# quotes a request): only its last four characters are kept.
_BEARER = re.compile(r"(Bearer\s+)(\S+)", re.IGNORECASE)


def redact(text: str) -> str:
    for pattern in _SENSITIVE:
        text = pattern.sub(lambda match: mask(match.group()), text)
    return _BEARER.sub(lambda m: m.group(1) + "••••" + m.group(2)[-4:], text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _DeskLogHandler(RotatingFileHandler):
    """Makes its folder and file only when something is logged (a command that logs
    nothing leaves nothing behind), and rotates only when a process starts.

    The window and command-line runs share the file; a rotation while another
    process writes would send that process's lines into a renamed or deleted file
    (or fail on Windows, where the file is held open), so nobody rotates mid-run.
    """

    def _open(self):
        # Personal data may reach the log (masked, but names are not): owner only.
        folder = Path(self.baseFilename).parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        _owner_only(folder, 0o700)
        stream = super()._open()
        for file in folder.glob(f"{Path(self.baseFilename).name}*"):  # and older ones
            _owner_only(file, 0o600)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        # A full or read-only disk must not print logging's own traceback over the
        # officer's one-line message; the line still reaches stderr's handler.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        return False

    def rotate_if_full(self) -> None:
        try:
            if Path(self.baseFilename).stat().st_size >= self.maxBytes:
                self.doRollover()
        except OSError:
            pass  # absent, or held by another process (Windows): the next start tries


def _owner_only(path: Path, mode: int) -> None:
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except OSError:
        pass  # a read-only disk: nothing to put right there


_installed: list[logging.Handler] = []


def configure_logging(data_dir: Path, *, level: int = logging.INFO,
                      stderr_level: int = logging.WARNING) -> Path:
    """(Re)point the root logger at `data_dir`'s log; returns the log file's path."""
    root = logging.getLogger()
    for handler in _installed:  # a second call (tests, a second data dir) replaces ours
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    path = Path(data_dir) / LOG_FILE
    to_file = _DeskLogHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                              encoding="utf-8", delay=True)
    to_file.rotate_if_full()
    to_file.setLevel(level)
    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setLevel(stderr_level)
    for handler in (to_file, to_stderr):
        handler.setFormatter(RedactingFormatter(FORMAT))
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(min(level, stderr_level))
    # Alembic says "Context impl SQLiteImpl" each time a store opens; the store logs
    # its own line when a migration really runs (store/migrate.py).
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
