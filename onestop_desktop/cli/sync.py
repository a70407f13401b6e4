"""Sync subcommands: `config set|get KEY`, `sync --once [--json]`.

Keys: server_url (kept in the store's settings), device_token (kept in the OS
keyring where one works, else in an owner-only file in the data directory),
backup_dir (the folder of the daily backups, in the store's settings; empty: the data
directory's `backups`).
`sync --once` exits 0 when nothing is left to push and nothing is in conflict,
1 otherwise (the counts say why), 2 when sync is not configured.
"""

from __future__ import annotations

import sys
import threading

from ..paths import data_dir
from ..sync import credentials
from .common import UsageError, actor, open_desk, print_json

CONFIG_KEYS = ("server_url", "device_token", "backup_dir")
TOKEN_PLACES = {"keyring": "kho khóa của hệ điều hành",
                "file": "tệp chỉ tài khoản này đọc được, trong thư mục dữ liệu"}


def cmd_config_set(args) -> int:
    if args.key == "backup_dir":
        with open_desk(args) as desk:
            desk.backups.set_folder(actor(), args.value)
            folder = desk.backups.folder()
        print(f"Bản sao lưu hằng ngày sẽ ghi vào {folder}.")
    elif args.key == "server_url":
        with open_desk(args) as desk:
            warning = desk.setup.set_server_url(actor(), args.value).value
            url = desk.setup.server().url
        print(f"Đã lưu địa chỉ máy chủ (server_url): {url}")
        if warning:
            print(f"Cảnh báo: {warning}", file=sys.stderr)
    else:
        try:
            where = credentials.save_token(data_dir(args.data_dir), args.value)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        print(f"Đã lưu mã thiết bị (device_token) vào {TOKEN_PLACES[where]}.")
    return 0


def cmd_config_get(args) -> int:
    if args.key == "backup_dir":
        with open_desk(args) as desk:
            value = str(desk.backups.folder())
    elif args.key == "server_url":
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
    p = add("set", cmd_config_set, "đặt server_url (địa chỉ máy chủ), device_token "
            "(mã thiết bị) hoặc backup_dir (thư mục sao lưu)", json_flag=False, parent=config)
    p.add_argument("key", choices=CONFIG_KEYS, help="khóa cần đặt")
    p.add_argument("value", help="giá trị (đặt `--` trước giá trị bắt đầu bằng dấu -)")
    p = add("get", cmd_config_get, "xem server_url, backup_dir, hoặc device_token đã lưu "
            "hay chưa",
            parent=config)
    p.add_argument("key", choices=CONFIG_KEYS, help="khóa cần xem")

    p = add("sync", cmd_sync, "đồng bộ với máy chủ trung tâm")
    p.add_argument("--once", action="store_true",
                   help="gửi và nhận một lần rồi thoát (0: không còn gì chờ gửi)")
    p.add_argument("--interval", type=float, default=60.0,
                   help="số giây giữa hai lần đồng bộ khi không có --once")
    p.add_argument("--timeout", type=float, default=15.0,
                   help="thời gian chờ máy chủ trả lời, tính bằng giây")
