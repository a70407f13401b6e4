"""Sync subcommands: `config set|get KEY`, `sync --once [--json]`.

Keys: server_url (kept in the store's settings), device_token (kept in the OS
keyring where one works, else in an owner-only file in the data directory).
`sync --once` exits 0 when nothing is left to push and nothing is in conflict,
1 otherwise (the counts say why), 2 when sync is not configured.
"""

from __future__ import annotations

import sys
import threading
from urllib.parse import urlparse

from ..paths import data_dir
from ..store import sync_repo
from ..sync import credentials
from .common import UsageError, open_store, print_json

CONFIG_KEYS = ("server_url", "device_token")


def _check_url(url: str) -> str:
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise UsageError(f"server_url must be an http(s) URL, got {url!r}")
    return url.strip().rstrip("/")


def cmd_config_set(args) -> int:
    if args.key == "server_url":
        url = _check_url(args.value)
        with open_store(args) as store, store.transaction() as session:
            sync_repo.set_server_url(session, url)
        print(f"server_url = {url}")
    else:
        try:
            where = credentials.save_token(data_dir(args.data_dir), args.value)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        print(f"device_token saved ({'OS keyring' if where == 'keyring' else 'owner-only file'})")
    return 0


def cmd_config_get(args) -> int:
    if args.key == "server_url":
        with open_store(args) as store, store.read() as session:
            value = sync_repo.get_server_url(session)
    else:
        token = credentials.load_token(data_dir(args.data_dir))
        # Never print the secret itself.
        value = "" if not token else f"…{token[-4:]} (set)"
    if args.json:
        print_json({args.key: value})
    else:
        print(value)
    return 0 if value else 1


def cmd_sync(args) -> int:
    from ..services.sync_port import StoreSyncPort
    from ..sync.engine import engine_for

    directory = data_dir(args.data_dir)
    token = credentials.load_token(directory)
    with open_store(args) as store:
        port = StoreSyncPort(store)
        url = port.server_url()
        if not url or not token:
            raise UsageError("sync is not configured: run `onestop-desktop config set "
                             "server_url URL` and `config set device_token TOKEN`")
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
        print(f"warning: {report.skew_warning}", file=sys.stderr)
    return 0 if report.clean else 1


def register(sub, add) -> None:
    config = sub.add_parser("config", help="sync settings").add_subparsers(
        dest="config_command", metavar="ACTION", required=True)
    p = add("set", cmd_config_set, "set server_url or device_token", json_flag=False,
            parent=config)
    p.add_argument("key", choices=CONFIG_KEYS)
    p.add_argument("value", help="the value (put `--` before a value that starts with -)")
    p = add("get", cmd_config_get, "show server_url, or whether device_token is set",
            parent=config)
    p.add_argument("key", choices=CONFIG_KEYS)

    p = add("sync", cmd_sync, "sync with the central server")
    p.add_argument("--once", action="store_true",
                   help="one push + pull, then exit (0: nothing left to push)")
    p.add_argument("--interval", type=float, default=60.0,
                   help="seconds between runs without --once")
    p.add_argument("--timeout", type=float, default=15.0, help="HTTP timeout in seconds")
