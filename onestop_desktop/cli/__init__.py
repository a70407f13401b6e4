"""The `onestop-desktop` command: no subcommand opens the window.

Subcommands print human text, or JSON with --json. Invalid input exits with
status 2, a refusal (the acting officer's role may not, the account is locked) with
status 3, each with a message on stderr and nothing written; a store that is busy (75),
on a full disk (74) or read-only (77) has its own status (README: exit statuses). Each
module listed in
COMMAND_MODULES adds its subcommands through `register(sub, add)`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from ..domain.errors import NotAllowed, OfficerError, ValidationFailed
from ..logs import LOG_FILE, configure_logging
from ..paths import data_dir
from .common import EXIT_INVALID, EXIT_UNEXPECTED

log = logging.getLogger(__name__)
COMMAND_MODULES = ["core", "counter", "users", "sync", "documents", "store", "demo", "fees",
                   "feedback", "audit", "privacy", "backup", "reports", "files"]


class _ShowVersion(argparse.Action):
    """--version, as argparse's own but reading the version only when asked."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, **kwargs):
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0,
                         help="show program's version number and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        from .. import __version__

        print(f"{parser.prog} {__version__}")  # on stdout, as argparse's own
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    from ..app import SCREENSHOT_PAGES  # not at the top: app imports cli.common

    parser = argparse.ArgumentParser(
        prog="onestop-desktop",
        description="Quầy tiếp nhận và trả kết quả của Trung tâm Phục vụ hành chính công. "
                    "Không có lệnh con thì mở cửa sổ.")
    parser.add_argument("--version", action=_ShowVersion)
    parser.add_argument("--data-dir", help="thư mục chứa dữ liệu của quầy "
                        "(mặc định: $ONESTOP_DATA_DIR hoặc thư mục dữ liệu của người dùng)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="vẽ cửa sổ ra tệp PNG rồi thoát")
    parser.add_argument("--page", default="intake", choices=SCREENSHOT_PAGES,
                        help="trang vẽ ra với --screenshot (mặc định: intake)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler, help_text: str, json_flag: bool = True,
            parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
        p.set_defaults(handler=handler)
        return p

    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, add)
    return parser


def _command_name(args: argparse.Namespace) -> str:
    """`backup daily`, `store rebuild-search`, `search`: the words naming the command."""
    words = [getattr(args, "command", None) or "(window)"]
    for name, value in sorted(vars(args).items()):
        if name.endswith("_command") and isinstance(value, str):
            words.append(value)
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(data_dir(args.data_dir))
    handler = getattr(args, "handler", None)
    if handler is None:
        from ..app import run_app

        handler = run_app
    try:
        return handler(args)
    except ValidationFailed as exc:
        print("Lỗi: dữ liệu không hợp lệ:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem.field}: {problem.message}", file=sys.stderr)
        return EXIT_INVALID
    except NotAllowed as exc:
        print(f"Từ chối: {exc}", file=sys.stderr)
        return exc.exit_status
    except OfficerError as exc:  # 2, or a busy/full/read-only store's own status
        print(f"Lỗi: {exc}", file=sys.stderr)
        return exc.exit_status
    except Exception:  # a defect: the traceback goes to the log, the officer is told so
        # The command's name only: its arguments may hold a name or an ID number.
        log.exception("unexpected error in `%s`", _command_name(args))
        print("Lỗi không mong đợi: chi tiết đã ghi vào nhật ký của quầy "
              f"({data_dir(args.data_dir) / LOG_FILE}); hãy báo quản trị viên.",
              file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
