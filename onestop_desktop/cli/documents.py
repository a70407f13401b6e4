"""Printing subcommands: receipt, form, ledger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from .common import UsageError, actor, open_desk, os_reason, print_json, read_json_input

SIZE_CHOICES = ("A4", "A5", "80mm")


def _report(args, result_path: Path, form: str, copy_no: int, reprint: bool) -> int:
    if args.json:
        print_json({"path": str(result_path), "form": form, "copy_no": copy_no,
                    "reprint": reprint})
    else:
        note = f" (bản in lại lần {copy_no - 1})" if reprint else ""
        print(f"{result_path}{note}")
    return 0


def _output(text: str) -> Path:
    """The -o file, refused before anything is done if it cannot be a new PDF there.
    The directory must exist: a mistyped path should not grow a directory tree."""
    path = Path(text)
    if path.is_dir():
        raise UsageError(f"-o {text}: đây là một thư mục; hãy ghi tên tệp, ví dụ "
                         f"{path / 'form.pdf'}")
    parent = path.parent
    if not parent.exists():
        raise UsageError(f"-o {text}: không có thư mục {parent}.")
    if not parent.is_dir():
        raise UsageError(f"-o {text}: {parent} không phải thư mục.")
    return path


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Turns a failure to write the PDF (permissions, full disk…) into exit 2."""
    try:
        yield
    except OSError as exc:
        raise UsageError(f"Không ghi được {path}: {os_reason(exc)}.") from exc


def cmd_receipt(args) -> int:
    out = _output(args.output)
    with open_desk(args) as desk, _writing(out):
        result = desk.printing.print_form("01", args.code, out, actor(), size=args.size).value
    return _report(args, result.path, result.form, result.copy_no, result.reprint)


def cmd_form(args) -> int:
    if args.number not in ("02", "03", "04", "05", "06"):
        raise UsageError("Số mẫu phải là 02, 03, 04, 05 hoặc 06 (mẫu 01 in bằng lệnh "
                         "`receipt`).")
    details = read_json_input(args.details) if args.details else None
    if details is not None and not isinstance(details, dict):
        raise UsageError("--details phải là một đối tượng JSON.")
    out = _output(args.output)
    with open_desk(args) as desk, _writing(out):
        result = desk.printing.print_form(args.number, args.code, out, actor(),
                                          size=args.size, details=details).value
    return _report(args, result.path, result.form, result.copy_no, result.reprint)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"Không phải ngày dạng YYYY-MM-DD: {text!r}.") from exc


def cmd_ledger(args) -> int:
    date_from, date_to = _date(args.date_from), _date(args.date_to)
    out = _output(args.output)
    with open_desk(args) as desk, _writing(out):
        path = desk.printing.print_ledger(date_from, date_to, out, actor(),
                                          size=args.size).value
    if args.json:
        print_json({"path": str(path), "form": "07"})
    else:
        print(path)
    return 0


def register(sub, add) -> None:
    p = add("receipt", cmd_receipt, "in giấy tiếp nhận và hẹn trả kết quả (mẫu 01) ra PDF")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="tệp PDF ghi ra")
    p.add_argument("--size", choices=SIZE_CHOICES, default="A4", help="khổ giấy")

    p = add("form", cmd_form, "in mẫu 02–06 của một hồ sơ ra PDF")
    p.add_argument("number", metavar="NN", help="02 bổ sung hồ sơ, 03 từ chối, 04 xin lỗi "
                   "và hẹn lại, 05 dừng giải quyết, 06 phiếu kiểm soát")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="tệp PDF ghi ra")
    p.add_argument("--size", choices=SIZE_CHOICES, default="A4", help="khổ giấy")
    p.add_argument("--details", metavar="FILE|-", help="đối tượng JSON: reason, missing, "
                   "new_due_at, officer_name, officer_phone … (bản in lại ghi như lần in "
                   "đầu: nội dung đưa vào phải giống lần đó)")

    p = add("ledger", cmd_ledger, "in sổ theo dõi hồ sơ (mẫu 07) cho một khoảng ngày")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                   help="từ ngày (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                   help="đến ngày (YYYY-MM-DD)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="tệp PDF ghi ra")
    p.add_argument("--size", choices=("A4", "A5"), default="A4", help="khổ giấy")
