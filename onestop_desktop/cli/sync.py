"""Sync subcommands: `config set|get KEY`, `sync --once [--json]`.

Keys: server_url (kept in the store's settings), device_token (kept in the OS
keyring where one works, else in an owner-only file in the data directory; never
printed back, only its last four characters), ca_bundle (the province's CA bundle, a
PEM file the server's certificate is verified against; read when set), and
idle_lock_minutes (how long the window waits without input before it locks), backup_dir
(the folder of the daily backups, in the store's settings; empty: the data directory's
`backups`). A value
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
from ..sync.credentials import mask_token
from .common import UsageError, actor, open_desk, print_json

CONFIG_KEYS = ("server_url", "device_token", "ca_bundle", "idle_lock_minutes", "backup_dir",
               "citizen_notices")
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
    if args.key == "backup_dir":
        with open_desk(args) as desk:
            desk.backups.set_folder(actor(), value)
            folder = desk.backups.folder()
        print(f"Bản sao lưu hằng ngày sẽ ghi vào {folder}.")
    elif args.key == "server_url":
        with open_desk(args) as desk:
            warning = desk.setup.set_server_url(actor(), value).value
            url = desk.setup.server().url
        print(f"Đã lưu địa chỉ máy chủ (server_url): {url}")
        if warning:
            print(f"Cảnh báo: {warning}", file=sys.stderr)
    elif args.key == "ca_bundle":
        with open_desk(args) as desk:
            path = desk.setup.set_ca_bundle(actor(), value).value
        print(f"Máy chủ được kiểm chứng bằng chứng chỉ CA trong {path}." if path else
              "Máy chủ được kiểm chứng bằng các CA của hệ điều hành.")
    elif args.key == "idle_lock_minutes":
        try:
            minutes = int(value)
        except ValueError as exc:
            raise UsageError(f"Số phút phải là số nguyên: {value!r}.") from exc
        with open_desk(args) as desk:
            seconds = desk.setup.set_idle_lock(actor(), minutes * 60).value
        print(f"Cửa sổ tự khóa sau {seconds // 60} phút không thao tác.")
    elif args.key == "citizen_notices":
        with open_desk(args) as desk:  # one value, the notices separated by "|"
            notices = desk.setup.set_citizen_notices(actor(), value.split("|")).value
        print(f"Màn hình công dân hiện {len(notices)} thông báo." if notices else
              "Màn hình công dân không hiện thông báo nào.")
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
    if args.key == "backup_dir":
        with open_desk(args) as desk:
            value = str(desk.backups.folder())
    elif args.key in ("server_url", "ca_bundle"):
        with open_desk(args) as desk:
            server = desk.setup.server()
        value = server.url if args.key == "server_url" else server.ca_bundle
    elif args.key == "idle_lock_minutes":
        with open_desk(args) as desk:
            value = str(round(desk.setup.idle_lock_seconds() / 60, 2)).removesuffix(".0")
    elif args.key == "citizen_notices":
        with open_desk(args) as desk:
            value = " | ".join(desk.setup.citizen_notices())
    else:
        # Never print the secret itself.
        value = mask_token(credentials.load_token(data_dir(args.data_dir)))
        value = f"{value} (đã lưu)" if value else ""
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
    p = add("set", cmd_config_set, "đặt server_url (địa chỉ máy chủ), device_token (mã "
            "thiết bị), ca_bundle (tệp chứng chỉ CA của tỉnh; để trống: CA của hệ điều "
            "hành), idle_lock_minutes (số phút không thao tác thì khóa cửa sổ), "
            "backup_dir (thư mục sao lưu hằng ngày) hoặc citizen_notices (thông báo trên "
            "màn hình công dân, các thông báo cách nhau bởi dấu |)", json_flag=False,
            parent=config)
    p.add_argument("key", choices=CONFIG_KEYS, help="khóa cần đặt")
    p.add_argument("value", nargs="?", help="giá trị (đặt `--` trước giá trị bắt đầu bằng "
                                            "dấu -); mã thiết bị nên đọc bằng --stdin")
    p.add_argument("--stdin", action="store_true",
                   help="đọc giá trị từ đầu vào chuẩn (một dòng; gõ ở cửa sổ lệnh thì không "
                        "hiện ra), không để lộ trên dòng lệnh")
    p = add("get", cmd_config_get, "xem một cài đặt (device_token: chỉ 4 ký tự cuối)",
            parent=config)
    p.add_argument("key", choices=CONFIG_KEYS, help="khóa cần xem")

    p = add("sync", cmd_sync, "đồng bộ với máy chủ trung tâm")
    p.add_argument("--once", action="store_true",
                   help="gửi và nhận một lần rồi thoát (0: không còn gì chờ gửi)")
    p.add_argument("--interval", type=float, default=60.0,
                   help="số giây giữa hai lần đồng bộ khi không có --once")
    p.add_argument("--timeout", type=float, default=15.0,
                   help="thời gian chờ máy chủ trả lời, tính bằng giây")
