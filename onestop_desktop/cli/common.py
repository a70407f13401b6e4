"""Helpers shared by the command-line modules."""

from __future__ import annotations

import getpass
import json
import sys
from datetime import datetime
from pathlib import Path

import sqlalchemy.exc

from ..domain.calendar import LOCAL_TZ
from ..paths import data_dir
from ..store.database import Store

EXIT_INVALID = 2


class UsageError(Exception):
    """Bad input from the command line: exit 2."""


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name on some service accounts
        return "cli"


def read_json_input(source: str) -> object:
    try:
        # utf-8-sig: Windows Notepad may save JSON with a byte-order mark
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
        text = text.removeprefix("\ufeff")
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{source} is not UTF-8 text: {exc.reason}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{source} is not valid JSON: {exc}") from exc
    except ValueError as exc:  # e.g. an integer past Python's 4300-digit limit
        raise UsageError(f"{source} is not usable JSON: {exc}") from exc
    except RecursionError as exc:  # json gives up on very deep nesting this way
        raise UsageError(f"{source} is nested too deeply") from exc


def parse_local_datetime(text: str) -> datetime:
    """ISO 8601; without an offset it is Asia/Ho_Chi_Minh time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"not an ISO 8601 date-time: {text!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)


def open_data_dir(args) -> Store:
    """The store of --data-dir; a path that cannot hold one is a usage error."""
    path = data_dir(args.data_dir)
    try:
        return Store.open(path)
    except (OSError, sqlalchemy.exc.OperationalError) as exc:
        reason = getattr(exc, "strerror", None) or getattr(exc, "orig", None) or exc
        raise UsageError(f"cannot use {path} as the data directory: {reason}") from exc


class open_store:
    """`with open_store(args) as store:` opens the store of --data-dir and disposes of it."""

    def __init__(self, args):
        self.store = open_data_dir(args)

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *exc) -> None:
        self.store.close()
