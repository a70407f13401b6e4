"""`privacy purge --before DATE`: closed dossiers past the retention period anonymised
(the figures of the reports kept); `privacy retention`: that period."""

from __future__ import annotations

import sys
from datetime import date

from .common import UsageError, actor, open_desk, print_json


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"--before phải là ngày dạng YYYY-MM-DD: {text!r}.") from exc


def cmd_purge(args) -> int:
    before = _date(args.before)
    with open_desk(args) as desk:
        plan = desk.privacy.plan_purge(before)
        said = (f"{plan.count} hồ sơ đã kết thúc trước {plan.cutoff:%d/%m/%Y} (trước ngày "
                f"{before:%d/%m/%Y} và quá thời hạn lưu trữ {plan.retention_years} năm)")
        if plan.feedback:
            said += f" và {plan.feedback} phản ánh, kiến nghị đã trả lời trước ngày đó"
        if plan.waiting:
            print(f"Giữ nguyên {plan.waiting} hồ sơ còn dữ liệu chưa gửi lên máy chủ trung "
                  f"tâm: đồng bộ xong rồi chạy lại.", file=sys.stderr)
        if args.dry_run or not (plan.count or plan.feedback):
            if args.json:
                print_json({"dry_run": args.dry_run, "cutoff": plan.cutoff.isoformat(),
                            "retention_years": plan.retention_years, "dossiers": plan.count,
                            "waiting": plan.waiting, "feedback": plan.feedback,
                            "anonymised": 0})
            else:
                print(f"Sẽ ẩn danh {said}." if args.dry_run else f"Không có hồ sơ nào: {said}.")
            return 0
        if not args.yes:
            _confirm(said)
        result = _purge(desk, plan)
    if args.json:
        print_json({"dry_run": False, "cutoff": plan.cutoff.isoformat(),
                    "retention_years": plan.retention_years, "dossiers": plan.count,
                    "waiting": plan.waiting, "feedback": result.feedback,
                    "anonymised": result.anonymised})
    else:
        print(f"Đã ẩn danh {result.anonymised} hồ sơ và {result.feedback} phản ánh, kiến "
              f"nghị; mã, thủ tục, ngày, trạng thái, phí và đánh giá được giữ cho báo cáo.")
    return 0


def _confirm(said: str) -> None:
    if not sys.stdin.isatty():
        raise UsageError(f"Sẽ ẩn danh {said}: không hoàn tác được. Thêm --yes để xác nhận "
                         f"(không hỏi được khi không chạy trong cửa sổ dòng lệnh).")
    answer = input(f"Ẩn danh {said}? Không hoàn tác được. Gõ “có” để tiếp tục: ")
    if answer.strip().lower() not in ("có", "co", "yes", "y"):
        raise UsageError("Đã huỷ: không hồ sơ nào bị thay đổi.")


def _purge(desk, plan):
    from tqdm import tqdm  # here: the other commands and the window do without it

    with tqdm(total=plan.count, desc="Ẩn danh hồ sơ", unit=" hồ sơ", file=sys.stderr,
              dynamic_ncols=True) as bar:
        def progress(done: int) -> None:
            bar.update(done - bar.n)

        return desk.privacy.purge(plan, actor(), progress).value


def cmd_retention(args) -> int:
    with open_desk(args) as desk:
        if args.set_years is not None:
            desk.privacy.set_retention_years(args.set_years, actor())
        years = desk.privacy.retention_years()
    if args.json:
        print_json({"retention_years": years})
    else:
        print(f"Thời hạn lưu trữ hồ sơ đã kết thúc trước khi ẩn danh: {years} năm.")
    return 0


def register(sub, add) -> None:
    privacy = sub.add_parser("privacy", help="dữ liệu cá nhân")
    privacy_sub = privacy.add_subparsers(dest="privacy_command", metavar="COMMAND",
                                         required=True)
    p = add("purge", cmd_purge, "ẩn danh hồ sơ đã kết thúc quá thời hạn lưu trữ (giữ số "
        "liệu báo cáo)", parent=privacy_sub)
    p.add_argument("--before", required=True, metavar="DATE",
                   help="chỉ hồ sơ kết thúc trước ngày này (YYYY-MM-DD)")
    p.add_argument("--dry-run", action="store_true", help="chỉ đếm, không thay đổi gì")
    p.add_argument("--yes", action="store_true", help="không hỏi xác nhận")
    p = add("retention", cmd_retention, "thời hạn lưu trữ (năm) trước khi ẩn danh",
            parent=privacy_sub)
    p.add_argument("--set-years", type=int, metavar="N", help="đặt thời hạn mới (năm)")
