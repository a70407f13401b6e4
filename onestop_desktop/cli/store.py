"""`store rebuild-search`: the full-text index made anew from the dossiers (a repair)."""

from __future__ import annotations

import sys

from .common import open_desk, print_json


def cmd_rebuild_search(args) -> int:
    from tqdm import tqdm  # here: the other commands and the window do without it

    with open_desk(args) as desk, tqdm(desc="Lập lại chỉ mục tìm kiếm", unit=" hồ sơ",
                                       file=sys.stderr, disable=None) as bar:
        def progress(done: int) -> None:
            bar.update(done - bar.n)

        count = desk.setup.rebuild_search(progress)
    if args.json:
        print_json({"indexed": count})
    else:
        print(f"Đã lập lại chỉ mục tìm kiếm cho {count} hồ sơ.")
    return 0


def register(sub, add) -> None:
    store = sub.add_parser("store", help="bảo trì dữ liệu của quầy")
    store_sub = store.add_subparsers(dest="store_command", metavar="COMMAND", required=True)
    add("rebuild-search", cmd_rebuild_search, "lập lại chỉ mục tìm kiếm từ các hồ sơ",
        parent=store_sub)
