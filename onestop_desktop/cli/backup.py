"""`backup -o FILE`, `backup recovery-secret`, `backup daily`, `restore FILE`.

A backup is made online (the window may go on taking dossiers) and is encrypted with
the store's key; `restore` puts one into an empty data directory: on this PC with the
key the OS keyring keeps, on a replacement PC with the recovery secret (stdin).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..paths import data_dir
from .common import UsageError, actor, open_desk, print_json


def _manifest_json(manifest, path: Path) -> dict:
    return {"file": str(path), "agency_code": manifest.agency_code, "desk": manifest.desk,
            "store_id": manifest.store_id, "created_at": manifest.created_at,
            "schema": manifest.schema, "bytes": manifest.size, "sha256": manifest.sha256,
            "recovery_secret": bool(manifest.recovery)}


def cmd_backup(args) -> int:
    if args.backup_command is not None:
        return args.backup_handler(args)
    if not args.output:
        raise UsageError("Thiếu tệp đích: onestop-desktop backup -o TỆP.")
    from tqdm import tqdm  # here: the other commands and the window do without it

    target = Path(args.output)
    with open_desk(args) as desk, tqdm(desc="Sao lưu", unit=" trang", file=sys.stderr,
                                       disable=None) as bar:
        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        manifest = desk.backups.make(target, progress=progress)
    if args.json:
        print_json(_manifest_json(manifest, target))
    else:
        print(f"Đã sao lưu quầy số {manifest.desk} ({manifest.agency_code}) vào {target} "
              f"({manifest.size / 1e6:.1f} MB, mã hóa; SHA-256 {manifest.sha256[:16]}…).")
    if not manifest.recovery:
        print("Cảnh báo: chưa đặt mã khôi phục, bản sao lưu này chỉ khôi phục được trên "
              "máy này. Chạy: onestop-desktop backup recovery-secret", file=sys.stderr)
    return 0


def print_recovery_secret(secret: str) -> None:
    print("Mã khôi phục bản sao lưu (chỉ hiện một lần; quản trị viên chép lại và cất nơi an "
          "toàn, không để trên máy này):")
    print()
    print(f"    {secret}")
    print()
    print("Với mã này, bản sao lưu khôi phục được trên một máy khác: onestop-desktop "
          "--data-dir THƯ_MỤC restore TỆP --recovery-secret-stdin.")


def cmd_recovery_secret(args) -> int:
    with open_desk(args) as desk:
        had = desk.backups.has_recovery_secret()
        secret = desk.backups.new_recovery_secret(actor())
    if args.json:
        print_json({"recovery_secret": secret, "replaced": had})
        return 0
    print_recovery_secret(secret)
    if had:
        print("Mã cũ vẫn mở được các bản sao lưu đã tạo trước đây, không mở được các bản "
              "mới.")
    return 0


def cmd_daily(args) -> int:
    with open_desk(args) as desk:
        result = desk.backups.daily(keep=args.keep)
        folder = desk.backups.folder()
    if args.json:
        print_json({"made": str(result.path) if result.path else None,
                    "removed": [str(p) for p in result.removed], "folder": str(folder)})
    elif result.path:
        print(f"Đã sao lưu hằng ngày vào {result.path}.")
    else:
        print(f"Hôm nay đã có bản sao lưu trong {folder}.")
    return 0


def cmd_restore(args) -> int:
    from ..store.backup import restore_backup, restore_scans

    secret = None
    if args.recovery_secret_stdin:
        if sys.stdin.isatty():
            import getpass

            secret = getpass.getpass("Mã khôi phục: ")
        else:
            secret = sys.stdin.readline()
        if not secret.strip():
            raise UsageError("Chưa nhập mã khôi phục.")
    target = data_dir(args.data_dir)
    manifest = restore_backup(Path(args.file), target, secret=secret)
    try:
        scans = restore_scans(Path(args.file), manifest, target)
    except OSError as exc:  # the store is back; the scans can be copied again by hand
        scans = 0
        print(f"Cảnh báo: chưa chép lại được bản quét ({exc}); chép thư mục onestop-scans-"
              f"{manifest.store_id} cạnh tệp sao lưu vào {target / 'files'}.", file=sys.stderr)
    if args.json:
        print_json(_manifest_json(manifest, Path(args.file))
                   | {"data_dir": str(target), "scans": scans})
    else:
        print(f"Đã khôi phục quầy số {manifest.desk} ({manifest.agency_code}), bản sao lưu "
              f"lúc {manifest.created_at}, vào {target}; {scans} bản quét.")
    return 0


def register(sub, add) -> None:
    p = add("backup", cmd_backup, "sao lưu dữ liệu của quầy (mã hóa) vào một tệp")
    p.add_argument("-o", "--output", metavar="FILE", help="tệp sao lưu cần tạo")
    p.set_defaults(backup_command=None)
    backup_sub = p.add_subparsers(dest="backup_command", metavar="COMMAND")
    q = add("recovery-secret", cmd_backup, "tạo mã khôi phục mới (quản trị viên giữ) để "
            "khôi phục bản sao lưu trên máy khác", parent=backup_sub)
    q.set_defaults(backup_handler=cmd_recovery_secret)
    q = add("daily", cmd_backup, "bản sao lưu hằng ngày nếu hôm nay chưa có, xóa bản cũ",
            parent=backup_sub)
    q.add_argument("--keep", type=int, default=14, help="số bản hằng ngày giữ lại")
    q.set_defaults(backup_handler=cmd_daily)

    p = add("restore", cmd_restore, "khôi phục một bản sao lưu vào thư mục dữ liệu trống")
    p.add_argument("file", help="tệp sao lưu")
    p.add_argument("--recovery-secret-stdin", action="store_true",
                   help="đọc mã khôi phục từ đầu vào chuẩn (khôi phục trên máy khác)")
