"""Helpers shared by the command-line modules."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import json_input
from ..domain.calendar import LOCAL_TZ
from ..domain.errors import OfficerError, os_reason
from ..domain.officer import Officer, pc_user
from ..paths import data_dir

if TYPE_CHECKING:
    from ..desk import Desk

EXIT_UNEXPECTED = 1
EXIT_INVALID = 2
EXIT_REFUSED = 3  # the role may not, or the account is locked or not active


class UsageError(OfficerError):
    """Bad input from the command line: exit 2. The message is Vietnamese, for the officer."""


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def actor() -> Officer:
    """Who the command line acts as: the PC's user running the desk's own commands."""
    return pc_user("cli")


def read_json_input(source: str) -> object:
    name = "Dữ liệu từ đầu vào chuẩn" if source == "-" else f"Tệp {source}"
    try:
        # utf-8-sig: Windows Notepad may save JSON with a byte-order mark
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
        text = text.removeprefix("\ufeff")
    except OSError as exc:
        raise UsageError(f"Không đọc được {source}: {os_reason(exc)}.") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(not_utf8(name, exc)) from exc
    try:
        return json_input.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(not_json(name, exc)) from exc
    except json_input.DuplicateKey as exc:
        raise UsageError(f"{name}: {exc}.") from exc
    except ValueError as exc:  # e.g. an integer past Python's 4300-digit limit
        raise UsageError(f"{name} có giá trị JSON không dùng được "
                         f"(ví dụ một số quá dài).") from exc
    except RecursionError as exc:  # json gives up on very deep nesting this way
        raise UsageError(f"{name} có JSON lồng nhau quá sâu.") from exc


def not_utf8(source: str, exc: UnicodeDecodeError) -> str:
    return f"{source} không phải văn bản UTF-8 (byte lạ ở vị trí {exc.start})."


def not_json(source: str, exc: json.JSONDecodeError) -> str:
    return f"{source} không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno})."


def parse_local_datetime(text: str) -> datetime:
    """ISO 8601; without an offset it is Asia/Ho_Chi_Minh time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"Không phải ngày giờ ISO 8601 (ví dụ 2026-11-30T09:15): "
                         f"{text!r}.") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)


class open_desk:
    """`with open_desk(args) as desk:` the desk of --data-dir, closed afterwards; a path
    that cannot hold one is an officer-facing error (exit 2)."""

    def __init__(self, args):
        from ..desk import Desk  # not at the top: the window's launch opens it later

        self.desk = Desk.open(data_dir(args.data_dir))

    def __enter__(self) -> Desk:
        return self.desk

    def __exit__(self, *exc) -> None:
        self.desk.close()
