"""Sync subcommands: `config set|get KEY`, `sync --once [--json]`.

Keys: server_url (kept in the store's settings), device_token (kept in the OS
keyring where one works, else in an owner-only file in the data directory). A value
given on the command line is visible to the PC's other users (the process list): the
token is better read from standard input (`--stdin`; typed without echo at a terminal).
`sync --once` exits 0 when nothing is left to push and nothing is in conflict,
1 otherwise (the counts say why), 2 when sync is not configured.
"""

from __future__ import annotations

import getpass
import sys
import threading

from ..paths import data_dir
from ..sync import credentials
from .common import UsageError, actor, open_desk, print_json

CONFIG_KEYS = ("server_url", "device_token")
TOKEN_PLACES = {"keyring": "kho khóa của hệ điều hành",
                "file": "tệp chỉ tài khoản này đọc được, trong thư mục dữ liệu"}


TOKEN_ON_COMMAND_LINE = ("Mã thiết bị ghi trên dòng lệnh có thể bị người dùng khác trên "
                         "máy này nhìn thấy (danh sách tiến trình, lịch sử lệnh): lần sau "
                         "hãy dùng `config set device_token --stdin`.")


def _value(args) -> str:
    """The value to set: from the command line, or read from standard input (--stdin;
    at a terminal it is typed without being shown)."""
    if args.stdin == (args.value is not None):
        raise UsageError("Ghi giá trị sau tên khóa, hoặc dùng --stdin để đọc từ đầu vào "
                         "chuẩn (không cả hai).")
    if not args.stdin:
        return args.value
    if sys.stdin is None:
        raise UsageError("Không có đầu vào chuẩn để đọc giá trị (--stdin).")
    if sys.stdin.isatty():
        return getpass.getpass(f"{args.key}: ")
    return sys.stdin.readline().rstrip("\r\n")


def cmd_config_set(args) -> int:
    value = _value(args)
    if args.key == "server_url":
        with open_desk(args) as desk:
            warning = desk.setup.set_server_url(actor(), value).value
            url = desk.setup.server().url
        print(f"Đã lưu địa chỉ máy chủ (server_url): {url}")
        if warning:
            print(f"Cảnh báo: {warning}", file=sys.stderr)
    else:
        try:
            where = credentials.save_token(data_dir(args.data_dir), value)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        print(f"Đã lưu mã thiết bị (device_token) vào {TOKEN_PLACES[where]}.")
        if not args.stdin:
            print(f"Cảnh báo: {TOKEN_ON_COMMAND_LINE}", file=sys.stderr)
    return 0


def cmd_config_get(args) -> int:
    if args.key == "server_url":
        with open_desk(args) as desk:
            value = desk.setup.server().url
    else:
        token = credentials.load_token(data_dir(args.data_dir))
        # Never print the secret itself.
        value = "" if not token else f"…{token[-4:]} (đã lưu)"
    if args.json:
        print_json({args.key: value})
    else:
        print(value)
    return 0 if value else 1


def cmd_sync(args) -> int:
    from ..sync.engine import engine_for

    directory = data_dir(args.data_dir)
    token = credentials.load_token(directory)
    with open_desk(args) as desk:
        port = desk.sync.port()  # the engine's way into the desk
        url = port.server_url()
        if not url or not token:
            raise UsageError("Chưa cấu hình đồng bộ: chạy `onestop-desktop config set "
                             "server_url URL` và `onestop-desktop config set device_token "
                             "MÃ` (hoặc nhập ở Cài đặt › Máy chủ trong cửa sổ).")
        engine = engine_for(port, directory, url, token, timeout=args.timeout)
        try:
            if args.once:
                report = engine.run_once(force=True)
            else:
                stop = threading.Event()
                try:
                    engine.run_forever(stop, args.interval,
                                       on_report=lambda r: print(r.message(), flush=True))
                except KeyboardInterrupt:
                    stop.set()
                return 0
        finally:
            engine.client.close()
    if args.json:
        print_json(report.to_dict())
    else:
        print(report.message())
    if report.skew_warning:
        print(f"Cảnh báo: {report.skew_warning}", file=sys.stderr)
    return 0 if report.clean else 1


def register(sub, add) -> None:
    config = sub.add_parser("config", help="cài đặt đồng bộ").add_subparsers(
        dest="config_command", metavar="ACTION", required=True)
    p = add("set", cmd_config_set, "đặt server_url (địa chỉ máy chủ) hoặc device_token "
            "(mã thiết bị)", json_flag=False, parent=config)
    p.add_argument("key", choices=CONFIG_KEYS, help="khóa cần đặt")
    p.add_argument("value", nargs="?", help="giá trị (đặt `--` trước giá trị bắt đầu bằng "
                                            "dấu -); mã thiết bị nên đọc bằng --stdin")
    p.add_argument("--stdin", action="store_true",
                   help="đọc giá trị từ đầu vào chuẩn (một dòng; gõ ở cửa sổ lệnh thì không "
                        "hiện ra), không để lộ trên dòng lệnh")
    p = add("get", cmd_config_get, "xem server_url, hoặc device_token đã lưu hay chưa",
            parent=config)
    p.add_argument("key", choices=CONFIG_KEYS, help="khóa cần xem")

    p = add("sync", cmd_sync, "đồng bộ với máy chủ trung tâm")
    p.add_argument("--once", action="store_true",
                   help="gửi và nhận một lần rồi thoát (0: không còn gì chờ gửi)")
    p.add_argument("--interval", type=float, default=60.0,
                   help="số giây giữa hai lần đồng bộ khi không có --once")
    p.add_argument("--timeout", type=float, default=15.0,
                   help="thời gian chờ máy chủ trả lời, tính bằng giây")
