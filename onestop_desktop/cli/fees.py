"""Fees at the command line, through the same boundary as the window: `fees show`,
`fees collect`, `fees refund`, `fees day` (the handover sheet), `fees series`."""

from __future__ import annotations

from datetime import date

from ..domain.calendar import LOCAL_TZ
from ..domain.fees import (
    FeeCollection,
    FeeDay,
    FeeStatement,
    LineState,
    Method,
    officer_label,
)
from ..domain.money import format_vnd
from .common import UsageError, actor, open_desk, print_json
from .core import resolved
from .documents import _date, _output, _writing

METHODS = tuple(str(m) for m in Method)


def _local(moment) -> str:
    return moment.astimezone(LOCAL_TZ).isoformat()


def collection_dict(c: FeeCollection) -> dict:
    return {"id": c.id, "receipt": c.receipt.to_dict(), "amount": c.amount,
            "method": str(c.method), "lines": list(c.lines), "occasion": str(c.occasion),
            "at": _local(c.at), "actor": c.actor, "refunded": c.refunded}


def statement_dict(s: FeeStatement) -> dict:
    return {
        "code": s.code, "status": int(s.status), "plan": s.plan.to_dict(),
        "lines": [{**fee.to_dict(), "state": str(s.state(i))} for i, fee in enumerate(s.lines)],
        "total": s.total, "owed": s.outstanding_amount, "collected": s.collected,
        "refunded": s.refunded, "collections": [collection_dict(c) for c in s.collections],
        "refunds": [{"id": r.id, "collection_id": r.collection_id,
                     "receipt": r.receipt.to_dict(), "amount": r.amount,
                     "method": str(r.method), "reason": r.reason, "at": _local(r.at),
                     "actor": r.actor} for r in s.refunds]}


def _print_statement(s: FeeStatement) -> None:
    if not s.lines:
        print(f"{s.code}: không có phí, lệ phí.")
        return
    print(f"{s.code}: {s.plan.collect.label}"
          + (f" ({s.plan.reason})" if s.plan.reason else ""))
    for i, fee in enumerate(s.lines):
        state = s.state(i)
        collection = s.collection_of(i)
        note = f"đã thu, biên lai số {collection.receipt.number}" if collection else \
            {LineState.AT_RETURN: "còn phải thu", LineState.EXEMPT: "miễn",
             LineState.NOT_OWED: "không thu"}[state]
        print(f"  {fee.kind.label}: {fee.name}: {format_vnd(fee.amount)} ({note})")
    for c in s.collections:
        print(f"  Biên lai {c.receipt}: {format_vnd(c.amount)}, {c.method.label.lower()}, "
              f"{c.actor}" + (f"; đã hoàn {format_vnd(c.refunded)}" if c.refunded else ""))
    for r in s.refunds:
        print(f"  Hoàn {format_vnd(r.amount)} theo biên lai số {r.receipt.number} "
              f"({r.method.label.lower()}, {r.actor}): {r.reason}")


def cmd_show(args) -> int:
    with open_desk(args) as desk:
        s = desk.fees.statement(resolved(desk, args.code))
    if args.json:
        print_json(statement_dict(s))
    else:
        _print_statement(s)
    return 0


def cmd_collect(args) -> int:
    if args.exempt == (args.method is not None):
        raise UsageError("Chọn một: --method cash|transfer (thu tiền) hoặc --exempt "
                         "--reason LÝ_DO (miễn).")
    if args.reason is not None and not args.exempt:
        raise UsageError("--reason chỉ dùng với --exempt.")
    with open_desk(args) as desk:
        code = resolved(desk, args.code)
        if args.exempt:
            s = desk.fees.exempt(code, args.reason or "", actor()).value
            if args.json:
                print_json(statement_dict(s))
            else:
                print(f"Đã miễn phí, lệ phí của hồ sơ {s.code}: {s.plan.reason}")
            return 0
        c = desk.fees.collect(code, args.method, actor()).value
    if args.json:
        print_json({"code": code, **collection_dict(c)})
    else:
        print(f"Đã thu {format_vnd(c.amount)} ({c.method.label.lower()}) của hồ sơ {code}: "
              f"biên lai {c.receipt}.")
    return 0


def cmd_refund(args) -> int:
    if args.amount <= 0:
        raise UsageError("--amount phải là số đồng lớn hơn 0.")
    with open_desk(args) as desk:
        code = resolved(desk, args.code)
        r = desk.fees.refund(code, args.amount, args.reason, actor(), number=args.receipt,
                             method=args.method).value
    if args.json:
        print_json({"code": code, "id": r.id, "collection_id": r.collection_id,
                    "receipt": r.receipt.to_dict(), "amount": r.amount,
                    "method": str(r.method), "reason": r.reason, "at": _local(r.at),
                    "actor": r.actor})
    else:
        print(f"Đã hoàn {format_vnd(r.amount)} ({r.method.label.lower()}) của hồ sơ {code} "
              f"theo biên lai số {r.receipt.number}.")
    return 0


def day_dict(sheet: FeeDay) -> dict:
    by_method = {}
    for method in Method:
        collected, refunded = sheet.method_total(method)
        by_method[str(method)] = {"collected": collected, "refunded": refunded,
                                  "net": collected - refunded}
    return {
        "date": sheet.day.isoformat(), "officer": sheet.officer,
        "totals": [{"officer": t.officer, "officer_name": t.officer_name,
                    "method": str(t.method), "collections": t.collections,
                    "collected": t.collected, "refunds": t.refunds, "refunded": t.refunded,
                    "net": t.net} for t in sheet.totals],
        "by_method": by_method, "collected": sheet.collected, "refunded": sheet.refunded,
        "net": sheet.net,
        "entries": [{"at": _local(e.at), "officer": e.officer, "code": e.code,
                     "receipt": e.receipt.to_dict(), "method": str(e.method),
                     "amount": e.amount, "refund": e.refund, "note": e.note}
                    for e in sheet.entries]}


def _print_day(sheet: FeeDay) -> None:
    print(f"Thu phí, lệ phí ngày {sheet.day:%d/%m/%Y}"
          + (f" – cán bộ {sheet.officer}" if sheet.officer else ""))
    if not sheet.totals:
        print("  Không có khoản thu hay hoàn nào.")
        return
    for username, name in sheet.officers():
        print(f"  {officer_label(username, name)}")
        for t in sheet.totals:
            if t.officer == username:
                print(f"    {t.method.label}: thu {t.collections} biên lai "
                      f"{format_vnd(t.collected)}; hoàn {t.refunds} lần "
                      f"{format_vnd(t.refunded)}; còn {format_vnd(t.net)}")
    cash_in, cash_out = sheet.method_total(Method.CASH)
    print(f"  Tổng: thu {format_vnd(sheet.collected)}, hoàn {format_vnd(sheet.refunded)}, "
          f"còn {format_vnd(sheet.net)}; tiền mặt phải nộp {format_vnd(cash_in - cash_out)}")


def cmd_day(args) -> int:
    day = _date(args.date) if args.date else None
    out = _output(args.output) if args.output else None
    with open_desk(args) as desk:
        day = day or desk.clock().astimezone(LOCAL_TZ).date()
        sheet = desk.fees.day(day, args.officer)
        if out is not None:
            with _writing(out):
                desk.fees.print_day(day, out, actor(), officer=args.officer)
    if args.json:
        print_json({**day_dict(sheet), **({"path": str(out)} if out else {})})
    else:
        _print_day(sheet)
        if out is not None:
            print(out)
    return 0


def cmd_series(args) -> int:
    with open_desk(args) as desk:
        if args.form is not None or args.series is not None:
            current = desk.fees.series()
            chosen = desk.fees.set_series(args.form if args.form is not None else current.form,
                                          args.series if args.series is not None
                                          else current.series, actor()).value
        else:
            chosen = desk.fees.series()
        config = desk.config()
        today: date = desk.clock().astimezone(LOCAL_TZ).date()
    desk_no = config.desk if config is not None else None
    if args.json:
        print_json({**chosen.to_dict(), "series_today": chosen.series_on(today),
                    "desk": desk_no})
    else:
        block = f", quầy {desk_no} cấp số {desk_no:02d}00001–{desk_no:02d}99999" \
            if desk_no else ""
        print(f"Biên lai thu phí, lệ phí: mẫu số {chosen.form}, ký hiệu {chosen.series} "
              f"(hôm nay: {chosen.series_on(today)}){block}.")
    return 0


def register(sub, add) -> None:
    fees = sub.add_parser("fees", help="phí, lệ phí: thu, miễn, hoàn, bảng kê cuối ngày")
    fees_sub = fees.add_subparsers(dest="fees_command", metavar="COMMAND", required=True)
    code_help = "mã hồ sơ, hoặc phần cuối (ví dụ 261202-2002)"

    p = add("show", cmd_show, "phí, lệ phí của một hồ sơ: đã thu, còn phải thu, đã hoàn",
            parent=fees_sub)
    p.add_argument("code", help=code_help)

    p = add("collect", cmd_collect, "thu phí, lệ phí còn phải thu của hồ sơ (có số biên "
            "lai), hoặc miễn", parent=fees_sub)
    p.add_argument("code", help=code_help)
    p.add_argument("--method", choices=METHODS, help="cash: tiền mặt; transfer: chuyển khoản")
    p.add_argument("--exempt", action="store_true", help="miễn phí, lệ phí (cần --reason)")
    p.add_argument("--reason", help="lý do miễn (trường hợp được miễn theo quy định)")

    p = add("refund", cmd_refund, "hoàn phí, lệ phí đã thu (ghi lý do; biên lai vẫn giữ "
            "nguyên)", parent=fees_sub)
    p.add_argument("code", help=code_help)
    p.add_argument("--amount", type=int, required=True, help="số tiền hoàn (đồng)")
    p.add_argument("--reason", required=True, help="lý do hoàn")
    p.add_argument("--receipt", metavar="NUMBER", help="số biên lai được hoàn (mặc định: "
                   "biên lai gần nhất còn đủ tiền hoàn)")
    p.add_argument("--method", choices=METHODS, help="hoàn bằng (mặc định: như khi thu)")

    p = add("day", cmd_day, "bảng kê thu phí, lệ phí trong ngày để bàn giao tiền, theo cán "
            "bộ và hình thức thu", parent=fees_sub)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="ngày (mặc định: hôm nay)")
    p.add_argument("--officer", metavar="USER", help="chỉ một cán bộ (tên đăng nhập)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="ghi bảng kê ra tệp PDF")

    p = add("series", cmd_series, "xem hoặc đặt mẫu số và ký hiệu biên lai của quầy",
            parent=fees_sub)
    p.add_argument("--form", help="mẫu số biên lai, ví dụ 01BLP0-001")
    p.add_argument("--series", help="ký hiệu biên lai; {yy} là hai số cuối của năm, "
                   "ví dụ AA-{yy}E")
