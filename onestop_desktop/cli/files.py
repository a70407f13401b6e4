"""Scanned papers and results at the command line, through the same boundary as the window:
`attach CODE --paper N FILE…` (or `--result`), `scan CODE --paper N`, `files CODE`."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..domain.calendar import local_text
from ..domain.files import DossierFile, FileSource
from .common import UsageError, actor, open_desk, print_json
from .core import resolved


def _file_line(f: DossierFile) -> str:
    where = f"Giấy tờ {f.paper}: {f.paper_name}" if f.paper else "Kết quả"
    return (f"{where} — {f.pages} trang, {max(1, round(f.size / 1024))} KB, "
            f"{f.source.label}, {local_text(f.added_at)} ({f.added_by})  sha256 {f.sha256}")


def _print_done(args, desk, code: str, done: DossierFile) -> None:
    if args.json:
        print_json({**done.to_dict(), "code": code,
                    "digitised": desk.files.list(code).digitised})
    else:
        print(_file_line(done))


def _where(args) -> dict:
    if args.result == (args.paper is not None):
        raise UsageError("Chọn một trong hai: --paper N (giấy tờ số N của danh mục) hoặc "
                         "--result (kết quả trả cho công dân).")
    return {} if args.result else {"paper": args.paper}


def cmd_attach(args) -> int:
    where = _where(args)
    with open_desk(args) as desk:
        code = resolved(desk, args.code)
        paths = [Path(p) for p in args.files]
        if args.result:
            done = desk.files.attach_result(code, paths=paths, actor=actor()).value
        else:
            done = desk.files.attach(code, paper=where["paper"], paths=paths, actor=actor(),
                                     source=FileSource.FILE).value
        _print_done(args, desk, code, done)
    return 0


def cmd_scan(args) -> int:
    from ..services.scanning import COLOR, GRAY, default_scanner

    where = _where(args)
    with open_desk(args) as desk:
        code = resolved(desk, args.code)
        desk.files.list(code)  # an unknown code is said before the paper is scanned
        with tempfile.TemporaryDirectory(prefix="onestop-scan-") as folder:
            pages = default_scanner().scan(Path(folder), device=args.device, dpi=args.dpi,
                                           mode=GRAY if args.gray else COLOR)
            if args.result:
                done = desk.files.attach_result(code, paths=pages, actor=actor(),
                                                source=FileSource.SCANNER).value
            else:
                done = desk.files.attach(code, paper=where["paper"], paths=pages,
                                         actor=actor(), source=FileSource.SCANNER).value
        _print_done(args, desk, code, done)
    return 0


def cmd_files(args) -> int:
    with open_desk(args) as desk:
        files = desk.files.list(resolved(desk, args.code))
    if args.json:
        print_json(files.to_dict())
        return 0
    print(f"Hồ sơ {files.code}: " + ("đã số hóa giấy tờ" if files.digitised
                                      else "chưa số hóa giấy tờ nào"))
    for f in files.files:
        print(f"  {_file_line(f)}")
    return 0


def _dpi(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 75 <= value <= 1200:
        raise UsageError(f"--dpi phải từ 75 đến 1200, không phải {text!r}.")
    return value


def register(sub, add) -> None:
    p = add("attach", cmd_attach, "đính kèm bản quét của một giấy tờ trong danh mục (các "
                                  "tệp ghép thành một PDF), hoặc của kết quả")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("--paper", type=int, metavar="N", help="giấy tờ số N trong danh mục của "
                                                         "hồ sơ (đánh số từ 1)")
    p.add_argument("--result", action="store_true", help="bản quét kết quả trả cho công dân")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="ảnh PNG, JPEG, TIFF (nhiều trang được) hoặc PDF, theo thứ tự trang")

    p = add("scan", cmd_scan, "quét giấy tờ từ máy quét của quầy vào hồ sơ")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("--paper", type=int, metavar="N", help="giấy tờ số N trong danh mục")
    p.add_argument("--result", action="store_true", help="quét kết quả trả cho công dân")
    p.add_argument("--device", help="máy quét (mặc định: máy đầu tiên tìm thấy)")
    p.add_argument("--dpi", type=_dpi, default=300, help="độ phân giải (mặc định 300)")
    p.add_argument("--gray", action="store_true", help="quét đen trắng (xám)")

    p = add("files", cmd_files, "liệt kê các tệp (bản quét) của một hồ sơ")
    p.add_argument("code", help="mã hồ sơ")
