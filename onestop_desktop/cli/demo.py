"""`onestop-desktop demo-data`: a store filled with made-up dossiers, for demos and
benchmarks (services/demo_data.py)."""

from __future__ import annotations

import re
import sys

from ..paths import data_dir
from ..store import DB_FILENAME
from .common import UsageError, actor, open_desk, print_json

# 1000000, or grouped as people write it: 1.000.000, 1,000,000, 1_000_000.
_WHOLE = re.compile(r"\d+|\d{1,3}(?:([.,_ ])\d{3})(?:\1\d{3})*")


class DemoArgumentRefused(UsageError):
    """A bad --dossiers or --seed (Vietnamese, exit 2)."""


def parse_count(text: str) -> int:
    cleaned = (text or "").strip()
    if _WHOLE.fullmatch(cleaned):
        count = int(re.sub(r"[.,_ ]", "", cleaned))
        if count > 0:
            return count
    raise DemoArgumentRefused(f"Số hồ sơ mẫu phải là một số nguyên dương (--dossiers "
                              f"{text!r}), ví dụ --dossiers 10000.")


def parse_seed(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise DemoArgumentRefused(f"Hạt giống ngẫu nhiên phải là số nguyên (--seed "
                                  f"{text!r}).") from None


def cmd_demo_data(args) -> int:
    from tqdm import tqdm

    from ..services.intake import DeskNotConfigured  # SQLAlchemy: not at the window's launch

    count, seed = parse_count(args.dossiers), parse_seed(args.seed)
    if not (data_dir(args.data_dir) / DB_FILENAME).exists():
        raise DeskNotConfigured()  # and no empty store is left behind
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:  # once the checks passed: a refusal prints no bar
            bar = tqdm(total=total, unit=" hồ sơ", unit_scale=True, file=sys.stderr,
                       desc="Dữ liệu mẫu", dynamic_ncols=True)
        bar.update(done - bar.n)

    with open_desk(args) as desk:
        try:
            result = desk.setup.make_demo_data(actor(), count, seed, progress=progress).value
        finally:
            if bar is not None:
                bar.close()
        where = str(desk.store.path.parent)
    summary = {"data_dir": where, "dossiers": result.dossiers,
               "seed": result.seed, "seconds": round(result.seconds, 1),
               "per_second": round(result.per_second), "replaced": result.replaced,
               "first_received": _iso(result.first_received),
               "last_received": _iso(result.last_received),
               "returned": result.returned,
               "by_status": {str(k): v for k, v in result.by_status.items()}}
    if args.json:
        print_json(summary)
    else:
        print(f"{result.dossiers:,} demo dossiers (seed {seed}) made in "
              f"{result.seconds:.1f} s ({result.per_second:,.0f}/s) in {summary['data_dir']}"
              + (f", replacing {result.replaced:,}" if result.replaced else "") + ".")
    return 0


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def register(sub, add) -> None:
    p = add("demo-data", cmd_demo_data,
            "fill the store with made-up dossiers of the last three years (demo data; a "
            "store with real dossiers is refused, earlier demo data is replaced)")
    p.add_argument("--dossiers", required=True, metavar="N", help="how many, e.g. 1000000")
    p.add_argument("--seed", default="1", metavar="S",
                   help="random seed (default 1)")
