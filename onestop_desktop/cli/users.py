"""`onestop-desktop user …` (or `users …`): local officer accounts.

`add`, `list` and `reset-password` are the administrator's (the command line acts as
the PC's user, who may do everything: see domain/permissions.py); `passwd` is an
officer's own change, which asks for the current password. Passwords are read from the
terminal, or from standard input with --password-stdin, never from the command line
(where other users of the PC would see them)."""

from __future__ import annotations

import getpass
import sys

from ..domain.calendar import LOCAL_TZ
from ..domain.officer import ROLE_LABELS, ROLES
from .common import UsageError, actor, open_desk, print_json


def _stdin_line(what: str) -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError(f"Không có {what} ở đầu vào chuẩn (stdin).")
    return password


def _need_terminal() -> None:
    if not sys.stdin.isatty():
        raise UsageError("Không chạy trong cửa sổ dòng lệnh: hãy đưa mật khẩu qua "
                         "--password-stdin.")


def _read_password(from_stdin: bool, prompt: str = "Mật khẩu") -> str:
    """A new password: one line of stdin, or typed twice at the terminal."""
    if from_stdin:
        return _stdin_line("mật khẩu")
    _need_terminal()
    first = getpass.getpass(f"{prompt}: ")
    second = getpass.getpass(f"Nhập lại {prompt[0].lower()}{prompt[1:]}: ")
    if first != second:
        raise UsageError("Hai lần nhập mật khẩu không khớp.")
    return first


def _role_text(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def cmd_user_add(args) -> int:
    password = _read_password(args.password_stdin)
    with open_desk(args) as desk:
        officer = desk.accounts.create(actor(), args.username, args.full_name, password,
                                       role=args.role).value
    if args.json:
        print_json({"username": officer.username, "full_name": officer.full_name,
                    "role": officer.role})
    else:
        print(f"Đã tạo tài khoản {officer.username} ({officer.full_name}, "
              f"{_role_text(officer.role)}).")
    return 0


def cmd_user_list(args) -> int:
    with open_desk(args) as desk:
        accounts = desk.accounts.list()
        now = desk.clock()
    rows = [{"username": a.username, "full_name": a.full_name, "role": a.role,
             "active": a.active,
             "locked_until": a.locked_until.isoformat() if a.locked_until and
             a.locked_until > now else None} for a in accounts]
    if args.json:
        print_json(rows)
        return 0
    for account, row in zip(accounts, rows, strict=True):
        state = "đang dùng" if account.active else "đã khóa"
        if row["locked_until"]:
            state += f", tạm khóa đến {account.locked_until.astimezone(LOCAL_TZ):%H:%M %d/%m}"
        print(f"{account.username}\t{account.full_name}\t{_role_text(account.role)}\t{state}")
    return 0


def cmd_user_passwd(args) -> int:
    """The officer's own password: the current one, then the new one."""
    if args.password_stdin:
        current = _stdin_line("mật khẩu đang dùng")
        new = _stdin_line("mật khẩu mới")
    else:
        _need_terminal()
        current = getpass.getpass("Mật khẩu đang dùng: ")
        new = _read_password(False, "Mật khẩu mới")
    with open_desk(args) as desk:
        desk.accounts.change_password(args.username, current, new)
    print(f"Đã đổi mật khẩu của {args.username.strip().lower()}.")
    return 0


def cmd_user_reset_password(args) -> int:
    password = _read_password(args.password_stdin, "Mật khẩu mới")
    with open_desk(args) as desk:
        desk.accounts.reset_password(actor(), args.username, password)
    print(f"Đã đặt mật khẩu mới cho {args.username.strip().lower()} (tài khoản được mở khóa "
          "nếu đang tạm khóa); hãy báo cho cán bộ đó.")
    return 0


def register(sub, add) -> None:
    user = sub.add_parser("user", aliases=["users"], help="tài khoản cán bộ trên quầy này")
    user_sub = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)
    stdin_help = "đọc mật khẩu từ một dòng của đầu vào chuẩn"
    p = add("add", cmd_user_add, "tạo tài khoản cán bộ (hỏi mật khẩu hai lần)",
            parent=user_sub)
    p.add_argument("username", help="tên đăng nhập")
    p.add_argument("--full-name", required=True, help="họ và tên cán bộ")
    p.add_argument("--role", default="officer", choices=ROLES,
                   help="officer: cán bộ tiếp nhận; head: lãnh đạo trung tâm (báo cáo, cài "
                        "đặt); admin: quản trị viên (tài khoản, máy chủ, danh mục); "
                        "mặc định: officer")
    p.add_argument("--password-stdin", action="store_true", help=stdin_help)
    add("list", cmd_user_list, "liệt kê tài khoản, vai trò và trạng thái", parent=user_sub)
    p = add("passwd", cmd_user_passwd, "cán bộ tự đổi mật khẩu (hỏi mật khẩu đang dùng)",
            json_flag=False, parent=user_sub)
    p.add_argument("username", help="tên đăng nhập của mình")
    p.add_argument("--password-stdin", action="store_true",
                   help="đọc hai dòng của đầu vào chuẩn: mật khẩu đang dùng, mật khẩu mới")
    p = add("reset-password", cmd_user_reset_password,
            "quản trị viên đặt mật khẩu mới cho một tài khoản (mở khóa nếu đang tạm khóa)",
            json_flag=False, parent=user_sub)
    p.add_argument("username", help="tên đăng nhập của tài khoản")
    p.add_argument("--password-stdin", action="store_true", help=stdin_help)
