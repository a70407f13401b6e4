"""`report --from DATE --to DATE --format xlsx|pdf|json -o FILE`: the centre's figures for
a period through the same boundary as the window's Báo cáo page (`-o -`: the JSON on
standard output)."""

from __future__ import annotations

import sys
from datetime import date, datetime

from .common import UsageError, actor, open_desk
from .documents import _output, _writing

FORMATS = ("xlsx", "pdf", "json")


def parse_day(text: str, option: str) -> date:
    """dd/mm/yyyy as officers write it, or ISO (yyyy-mm-dd) as the other commands."""
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UsageError(f"{option} phải là ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd: {text!r}.")


def cmd_report(args) -> int:
    from ..domain.report_figures import check_period

    date_from = parse_day(args.date_from, "--from")
    date_to = parse_day(args.date_to, "--to")
    check_period(date_from, date_to)  # before the store is opened: nothing is read
    if args.output == "-":
        if args.format != "json":
            raise UsageError("-o - (đầu ra chuẩn) chỉ dùng với --format json.")
        return _json_to_stdout(args, date_from, date_to)
    out = _output(args.output)
    with open_desk(args) as desk, _writing(out), _bar() as progress:
        path = desk.reports.export(date_from, date_to, args.format, out, actor(),
                                   progress).value
    print(path)
    return 0


def _json_to_stdout(args, date_from: date, date_to: date) -> int:
    from ..services.report_export import report_json

    with open_desk(args) as desk, _bar() as progress:
        report = desk.reports.period(date_from, date_to, actor(), progress)
    sys.stdout.write(report_json(report.to_dict()))
    return 0


class _bar:
    """A progress bar on standard error while the figures are counted (a year of a big
    store takes seconds); it says nothing when stderr is not a terminal."""

    def __enter__(self):
        from tqdm import tqdm  # here: the other commands and the window do without it

        self.bar = tqdm(total=1, desc="Tính số liệu báo cáo", unit=" bước", file=sys.stderr,
                        dynamic_ncols=True, disable=not sys.stderr.isatty(), leave=False)
        return self.progress

    def progress(self, done: int, total: int) -> None:
        self.bar.total = total
        self.bar.update(done - self.bar.n)

    def __exit__(self, *exc) -> None:
        self.bar.close()


def register(sub, add) -> None:
    p = add("report", cmd_report, "báo cáo số liệu hồ sơ của một kỳ (XLSX, PDF hoặc JSON)",
            json_flag=False)
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                   help="từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd)")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                   help="đến ngày, tính cả ngày này (dd/mm/yyyy hoặc yyyy-mm-dd)")
    p.add_argument("--format", choices=FORMATS, default="json", help="định dạng tệp")
    p.add_argument("-o", "--output", required=True, metavar="FILE|-",
                   help="tệp ghi ra; - : in JSON ra đầu ra chuẩn")
