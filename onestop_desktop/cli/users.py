"""`onestop-desktop user add`: local officer accounts."""

from __future__ import annotations

import getpass
import sys

from ..services.accounts import ROLES, create_user
from .common import UsageError, actor, open_store, print_json


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise UsageError("no password on standard input")
        return password
    if not sys.stdin.isatty():
        raise UsageError("not a terminal: give the password with --password-stdin")
    first = getpass.getpass("Mật khẩu: ")
    second = getpass.getpass("Nhập lại mật khẩu: ")
    if first != second:
        raise UsageError("the two passwords differ")
    return first


def cmd_user_add(args) -> int:
    password = _read_password(args.password_stdin)
    with open_store(args) as store:
        officer = create_user(store, args.username, args.full_name, password,
                              role=args.role, actor=actor())
    if args.json:
        print_json({"username": officer.username, "full_name": officer.full_name,
                    "role": officer.role})
    else:
        print(f"Account {officer.username} ({officer.full_name}, {officer.role}) created.")
    return 0


def register(sub, add) -> None:
    user = sub.add_parser("user", help="local officer accounts")
    user_sub = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)
    p = add("add", cmd_user_add, "create an officer account (asks the password twice)",
            parent=user_sub)
    p.add_argument("username")
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", default="officer", choices=ROLES)
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from one line of standard input")
