"""The `onestop-desktop` command: no subcommand opens the window.

Subcommands print human text, or JSON with --json. Invalid input exits with
status 2, a message on stderr, and nothing written. Each module listed in
COMMAND_MODULES adds its subcommands through `register(sub, add)`.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..domain.errors import ValidationFailed
from ..logs import configure_logging
from ..paths import data_dir
from ..services.intake import DeskNotConfigured
from .common import EXIT_INVALID, UsageError

COMMAND_MODULES = ["core", "users", "sync", "documents", "demo"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onestop-desktop",
        description="Reception desk of a one-stop Public Administration Service Center. "
                    "With no subcommand, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="where the local store lives "
                        "(default: $ONESTOP_DATA_DIR or the user data directory)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the window to a PNG and exit")
    parser.add_argument("--page", default="intake",
                        help="page to show with --screenshot")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler, help_text: str, json_flag: bool = True,
            parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(handler=handler)
        return p

    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, add)
    return parser


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
        print("error: invalid input:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem.field}: {problem.message}", file=sys.stderr)
        return EXIT_INVALID
    except (UsageError, DeskNotConfigured, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
