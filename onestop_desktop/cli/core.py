"""Core subcommands: init, catalogue, intake, show, list, calendar."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from ..domain.calendar import LOCAL_TZ, TimeUnit, local_text
from ..domain.countries import nationality_text
from ..domain.dossier import DossierNotFound, dossier_to_dict, is_foreign
from ..domain.intake import EARLIEST_RECEIPT, LATEST_RECEIPT
from ..domain.listing import DossierSummary
from ..domain.money import format_vnd
from ..domain.procedure import TimeLimit
from .backup import print_recovery_secret
from .common import (
    UsageError,
    actor,
    open_desk,
    parse_local_datetime,
    print_json,
    read_json_input,
)


def cmd_init(args) -> int:
    with open_desk(args) as desk:
        result = desk.setup.initialise(
            actor(), agency_code=args.agency_code, agency_name=args.agency_name,
            desk=args.desk, desk_digits=args.desk_digits, parent_name=args.parent_name,
            center_address=args.address, place_name=args.place_name).value
        data_dir = desk.data_dir
        # At set-up, once: what opens the backups on another PC (cli/backup.py).
        secret = (None if desk.backups.has_recovery_secret()
                  else desk.backups.new_recovery_secret(actor()))
    summary = {"data_dir": str(data_dir), "agency_code": result.config.agency_code,
               "desk": result.config.desk, "catalogue_loaded": result.catalogue_loaded,
               "calendar_days": result.calendar_days}
    if secret is not None:
        summary["recovery_secret"] = secret
    if args.json:
        print_json(summary)
    else:
        print(f"Quầy {result.config.desk} của {result.config.agency_code} đã sẵn sàng tại "
              f"{summary['data_dir']} (đã nạp {result.catalogue_loaded} thủ tục, "
              f"{result.calendar_days} ngày lịch).")
        if secret is not None:
            print_recovery_secret(secret)
    return 0


def cmd_catalogue_list(args) -> int:
    with open_desk(args) as desk:
        procedures = desk.dossiers.find_procedures(args.search or "")
    if args.json:
        print_json([{"code": p.code, "name": p.name, "field": p.field, "agency": p.agency,
                      "time_limit": _limit_json(p.time_limit),
                      "fee_total": p.total_fee, "documents": len(p.documents),
                      "source": p.source}
                     for p in procedures])
    else:
        for p in procedures:
            print(f"{p.code}  {p.name}  [{p.time_limit.describe()}; {format_vnd(p.total_fee)}]")
    return 0


def _limit_json(limit: TimeLimit) -> dict:
    """As the catalogue file writes it: same-day has no value."""
    if limit.unit is TimeUnit.SAME_DAY:
        return {"unit": limit.unit.value}
    return {"value": limit.value, "unit": limit.unit.value}


def cmd_catalogue_load(args) -> int:
    with open_desk(args) as desk:  # a bad file: ValidationFailed, in Vietnamese
        count = desk.setup.load_catalogue(Path(args.file), actor()).value
    print(f"Đã nạp {count} thủ tục.")
    return 0


def cmd_intake(args) -> int:
    data = read_json_input(args.file)
    # Form 02's or 03's details may come with the intake (README: "The intake JSON").
    details = data.pop("form_details", None) if isinstance(data, dict) else None
    with open_desk(args) as desk:
        dossier = desk.dossiers.take_in(data, actor(), form_details=details).value
    for warning in dossier.warnings:  # taken in all the same: said, not refused
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    if args.json:
        # Taken in from JSON alone: no paper has a scan yet (`attach` adds them).
        print_json({**dossier_to_dict(dossier), "digitised": False,
                    "warnings": list(dossier.warnings)})
    else:
        print(dossier.code)
    return 0


def resolved(desk, code: str) -> str:
    """The full code the officer typed (whole, or the tail a citizen reads out)."""
    full = desk.dossiers.resolve_code(code)
    if full is None:
        raise UsageError(f"“{code}” không phải mã hồ sơ (ví dụ 000.00.01.H22-261202-2002, "
                         f"hoặc phần cuối 261202-2002).")
    return full


def cmd_show(args) -> int:
    with open_desk(args) as desk:  # opening a citizen's record is in the audit trail
        code = resolved(desk, args.code)
        if args.json:  # a copy taken out, for another program or a file
            dossier = desk.dossiers.export(code, actor()).value
        else:
            detail = desk.dossiers.view(code, actor()).value
            if detail is None:
                raise DossierNotFound(code)
            dossier = detail.dossier
        files = desk.files.list(code)
    if args.json:
        print_json({**dossier_to_dict(dossier), "digitised": files.digitised})
        return 0
    a = dossier.applicant
    print(f"Mã hồ sơ:      {dossier.code}")
    print(f"Thủ tục:       {dossier.procedure_code} {dossier.procedure_name}")
    born = f", sinh {a.birth_date:%d/%m/%Y}" if a.birth_date else ""
    gender = f", {a.gender}" if a.gender else ""
    foreign = f", quốc tịch {nationality_text(a.nationality)}" if is_foreign(a) else ""
    print(f"Người nộp:     {a.name} ({a.id_number}{foreign}{born}{gender})"
          + (f", {a.phone}" if a.phone else ""))
    print(f"Địa chỉ:       {a.address}")
    print(f"Trạng thái:    {int(dossier.status)} {dossier.status.label}")
    print(f"Nhận lúc:      {local_text(dossier.received_at)}")
    print(f"Hẹn trả:       {local_text(dossier.due_at)}"
          + (" (dự kiến)" if dossier.due_provisional else ""))
    print(f"Thành phần hồ sơ ({len(dossier.documents)}):")
    for i, d in enumerate(dossier.documents, 1):
        scanned = " — đã quét" if files.of_paper(i) else ""
        print(f"  {i:>2}. {d.name} (chính {d.original}, chứng thực {d.certified}, "
              f"photo {d.photo}){scanned}")
    if files.results:
        print("Kết quả:       đã quét")
    return 0


def summary_to_dict(row: DossierSummary) -> dict:
    return {"code": row.code, "applicant_name": row.applicant_name,
            "id_number": row.id_number, "phone": row.phone,
            "procedure_code": row.procedure_code, "procedure_name": row.procedure_name,
            "received_at": row.received_at.astimezone(LOCAL_TZ).isoformat(),
            "due_at": row.due_at.astimezone(LOCAL_TZ).isoformat() if row.due_at else None,
            "status": int(row.status), "status_label": row.status.label}


def print_summaries(rows: list[DossierSummary], as_json: bool) -> None:
    if as_json:
        print_json([summary_to_dict(r) for r in rows])
        return
    for r in rows:
        print(f"{r.code}  {int(r.status):>2}  {local_text(r.due_at):>16}  "
              f"{r.applicant_name} — {r.procedure_name}")


def cmd_list(args) -> int:
    from ..services.dossier_queries import DossierFilter

    if args.status is not None and not 1 <= args.status <= 10:
        raise UsageError("--status phải từ 1 đến 10.")
    if not 1 <= args.limit <= 10_000:
        raise UsageError("--limit phải từ 1 đến 10000.")
    with open_desk(args) as desk:
        page = desk.dossiers.page(DossierFilter(status=args.status, query=args.search or ""),
                                  limit=args.limit)
    print_summaries(page.rows, args.json)
    return 0


def _limit_of(args) -> TimeLimit:
    if args.same_day:
        return TimeLimit.same_day()
    value, unit = (args.days, TimeUnit.DAY) if args.days is not None else (args.hours,
                                                                           TimeUnit.HOUR)
    if not math.isfinite(value):
        raise UsageError("Thời hạn giải quyết phải là một số hữu hạn.")
    if value < 0:
        raise UsageError("Thời hạn giải quyết không được âm.")
    return TimeLimit(value, unit)


def cmd_calendar_due(args) -> int:
    received = parse_local_datetime(args.received)
    if not EARLIEST_RECEIPT <= received < LATEST_RECEIPT:
        raise UsageError("--received phải trong khoảng 2000-01-01 đến 2099-12-31.")
    limit = _limit_of(args)
    with open_desk(args) as desk:
        appointment = desk.calendar.appointment(received, limit)
    due_local = appointment.at.astimezone(LOCAL_TZ)
    if args.json:
        print_json({"received": received.isoformat(), "due": due_local.isoformat(),
                    "provisional": appointment.provisional})
    else:
        print(due_local.isoformat())
        if appointment.provisional:
            print(f"(dự kiến: lịch nghỉ lễ, Tết năm {due_local.year} chưa được công bố "
                  f"chính thức)")
    return 0


def register(sub, add) -> None:
    p = add("init", cmd_init, "tạo hoặc cập nhật dữ liệu của quầy (chạy lại không sao)")
    p.add_argument("--agency-code", required=True, help="mã cơ quan, ví dụ 000.00.01.H22")
    p.add_argument("--agency-name", required=True, help="tên cơ quan tiếp nhận")
    p.add_argument("--desk", required=True, type=int, help="số quầy (1–9, hoặc 1–99)")
    p.add_argument("--desk-digits", type=int, choices=(1, 2),
                   help="số chữ số của số thứ tự trong ngày dành cho số quầy "
                        "(mặc định: giữ giá trị đã lưu; 1 với quầy mới)")
    p.add_argument("--parent-name", help="cơ quan chủ quản, dòng trên tên cơ quan")
    p.add_argument("--address", help="địa chỉ Trung tâm, in trên các mẫu")
    p.add_argument("--place-name", help="địa danh in trước ngày tháng trên các mẫu")

    catalogue = sub.add_parser("catalogue", help="danh mục thủ tục hành chính")
    catalogue_sub = catalogue.add_subparsers(dest="catalogue_command", metavar="COMMAND",
                                             required=True)
    p = add("list", cmd_catalogue_list, "liệt kê các thủ tục", parent=catalogue_sub)
    p.add_argument("--search", help="tìm kiếm, gõ có dấu hay không dấu đều được")
    p = add("load", cmd_catalogue_load, "thay danh mục bằng một tệp JSON",
            json_flag=False, parent=catalogue_sub)
    p.add_argument("file", help="tệp danh mục (JSON)")

    p = add("intake", cmd_intake, "tiếp nhận một hồ sơ từ tệp JSON (hoặc - để đọc stdin)")
    p.add_argument("file", metavar="FILE|-", help="tệp JSON của hồ sơ, hoặc -")

    p = add("show", cmd_show, "xem một hồ sơ")
    p.add_argument("code", help="mã hồ sơ")

    p = add("list", cmd_list, "liệt kê hồ sơ, mới nhất trước")
    p.add_argument("--status", type=int, help="chỉ hồ sơ ở trạng thái này (1–10)")
    p.add_argument("--search", help="tìm theo mã, tên, số giấy tờ, điện thoại "
                                    "(có dấu hay không dấu)")
    p.add_argument("--limit", type=int, default=100, help="nhiều nhất bao nhiêu hồ sơ "
                                                          "(mặc định 100)")

    calendar = sub.add_parser("calendar", help="lịch làm việc")
    calendar_sub = calendar.add_subparsers(dest="calendar_command", metavar="COMMAND",
                                           required=True)
    p = add("due", cmd_calendar_due, "thời điểm hẹn trả cho một thời điểm nhận và thời hạn",
            parent=calendar_sub)
    p.add_argument("--received", required=True, metavar="ISO_DATETIME",
                   help="thời điểm nhận (không ghi múi giờ: giờ Việt Nam)")
    limit = p.add_mutually_exclusive_group(required=True)
    limit.add_argument("--days", type=int, help="thời hạn tính bằng ngày làm việc")
    limit.add_argument("--hours", type=float, help="thời hạn tính bằng giờ làm việc")
    limit.add_argument("--same-day", action="store_true",
                       help="giải quyết trong ngày: nhận trước giờ chốt, hẹn cuối ngày đó; "
                            "từ giờ chốt, ngoài giờ hoặc ngày nghỉ, cuối ngày làm việc tiếp theo")
