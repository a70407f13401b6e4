"""Printing subcommands: receipt, form, ledger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from .common import UsageError, actor, open_store, print_json, read_json_input

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
        raise UsageError(f"-o {text}: is a directory; give a file name, e.g. "
                         f"{path / 'form.pdf'}")
    parent = path.parent
    if not parent.exists():
        raise UsageError(f"-o {text}: directory {parent} does not exist")
    if not parent.is_dir():
        raise UsageError(f"-o {text}: {parent} is not a directory")
    return path


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Turns a failure to write the PDF (permissions, full disk…) into exit 2."""
    try:
        yield
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc


def cmd_receipt(args) -> int:
    from ..services.printing import print_receipt

    out = _output(args.output)
    with open_store(args) as store, _writing(out):
        result = print_receipt(store, args.code, out, size=args.size, actor=actor())
    return _report(args, result.path, result.form, result.copy_no, result.reprint)


def cmd_form(args) -> int:
    from ..services.printing import print_form

    if args.number not in ("02", "03", "04", "05", "06"):
        raise UsageError("form number must be 02, 03, 04, 05 or 06 (01 is `receipt`)")
    details = read_json_input(args.details) if args.details else None
    if details is not None and not isinstance(details, dict):
        raise UsageError("--details must hold a JSON object")
    out = _output(args.output)
    with open_store(args) as store, _writing(out):
        result = print_form(store, args.number, args.code, out, size=args.size,
                            actor=actor(), details=details)
    return _report(args, result.path, result.form, result.copy_no, result.reprint)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"not an ISO date (YYYY-MM-DD): {text!r}") from exc


def cmd_ledger(args) -> int:
    from ..services.printing import print_ledger

    date_from, date_to = _date(args.date_from), _date(args.date_to)
    out = _output(args.output)
    with open_store(args) as store, _writing(out):
        path = print_ledger(store, date_from, date_to, out, size=args.size, actor=actor())
    if args.json:
        print_json({"path": str(path), "form": "07"})
    else:
        print(path)
    return 0


def register(sub, add) -> None:
    p = add("receipt", cmd_receipt, "print the receipt (form 01) of a dossier to a PDF")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--size", choices=SIZE_CHOICES, default="A4")

    p = add("form", cmd_form, "print form 02-06 of a dossier to a PDF")
    p.add_argument("number", metavar="NN", help="02 supplement, 03 refusal, 04 apology, "
                   "05 stop, 06 control slip")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--size", choices=SIZE_CHOICES, default="A4")
    p.add_argument("--details", metavar="FILE|-", help="JSON object: reason, missing, "
                   "new_due_at, officer_name, officer_phone … (a reprint says what the first "
                   "print said: details given for it must be the same)")

    p = add("ledger", cmd_ledger, "print the dossier ledger (form 07) for a date range")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--size", choices=("A4", "A5"), default="A4")
