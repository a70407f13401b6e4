"""`audit verify`: whether the desk's audit trail and its dossiers are as the program wrote
them (exit 0), or where they were changed in the file (exit 1)."""

from __future__ import annotations

import sys

from .common import open_desk, print_json

EXIT_BROKEN = 1


def cmd_verify(args) -> int:
    with open_desk(args) as desk:
        verdict = desk.audit.verify()
    if args.json:
        print_json(verdict.to_dict())
    elif verdict.intact:
        print(verdict.message())
    else:
        print(f"Lỗi: {verdict.message()}", file=sys.stderr)
        more = len(verdict.problems) - 1
        if more:
            print(f"(và {more} chỗ khác; xem --json)", file=sys.stderr)
    return 0 if verdict.intact else EXIT_BROKEN


def register(sub, add) -> None:
    audit = sub.add_parser("audit", help="nhật ký thao tác của quầy")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    add("verify", cmd_verify, "kiểm tra nhật ký và hồ sơ không bị sửa, xoá, đảo thứ tự "
        "ngoài chương trình (mã thoát 1 nếu có)", parent=audit_sub)
