"""Entry point of the frozen executables, `python -m onestop_desktop` and the
console-less `onestop-desktop-gui` launcher: the same command line as
`onestop-desktop` (no subcommand opens the window)."""

from __future__ import annotations

import os
import sys


def _ensure_streams(module=sys) -> None:
    # A console-less (windowed) Windows executable starts with sys.stdout and
    # sys.stderr set to None; argparse, warnings and logging would crash on them.
    for name in ("stdout", "stderr"):
        if getattr(module, name) is None:
            setattr(module, name, open(os.devnull, "w", encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    _ensure_streams()
    from onestop_desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
