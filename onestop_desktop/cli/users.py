"""`onestop-desktop user add`: local officer accounts."""

from __future__ import annotations

import getpass
import sys

from ..domain.officer import ROLE_LABELS, ROLES
from .common import UsageError, actor, open_desk, print_json


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise UsageError("Không có mật khẩu ở đầu vào chuẩn (stdin).")
        return password
    if not sys.stdin.isatty():
        raise UsageError("Không chạy trong cửa sổ dòng lệnh: hãy đưa mật khẩu qua "
                         "--password-stdin.")
    first = getpass.getpass("Mật khẩu: ")
    second = getpass.getpass("Nhập lại mật khẩu: ")
    if first != second:
        raise UsageError("Hai lần nhập mật khẩu không khớp.")
    return first


def cmd_user_add(args) -> int:
    password = _read_password(args.password_stdin)
    with open_desk(args) as desk:
        officer = desk.accounts.create(actor(), args.username, args.full_name, password,
                                       role=args.role).value
    if args.json:
        print_json({"username": officer.username, "full_name": officer.full_name,
                    "role": officer.role})
    else:
        role = ROLE_LABELS.get(officer.role, officer.role)
        print(f"Đã tạo tài khoản {officer.username} ({officer.full_name}, {role}).")
    return 0


def register(sub, add) -> None:
    user = sub.add_parser("user", help="tài khoản cán bộ trên quầy này")
    user_sub = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)
    p = add("add", cmd_user_add, "tạo tài khoản cán bộ (hỏi mật khẩu hai lần)",
            parent=user_sub)
    p.add_argument("username", help="tên đăng nhập")
    p.add_argument("--full-name", required=True, help="họ và tên cán bộ")
    p.add_argument("--role", default="officer", choices=ROLES,
                   help="officer: cán bộ tiếp nhận; admin: quản trị (mặc định: officer)")
    p.add_argument("--password-stdin", action="store_true",
                   help="đọc mật khẩu từ một dòng của đầu vào chuẩn")
