"""The counter's actions at the command line, through the same boundary as the window:
`status CODE N`, `return CODE`, `search QUERY`."""

from __future__ import annotations

from ..domain.calendar import LOCAL_TZ
from ..domain.fees import Method
from ..domain.money import format_vnd
from ..domain.returns import Rating
from ..domain.status import Status
from .common import UsageError, actor, open_desk, print_json
from .core import print_summaries, resolved

RATING_HELP = ", ".join(f"{int(r)} = {r.label.lower()}" for r in Rating)


def cmd_status(args) -> int:
    if args.status not in {int(s) for s in Status}:
        raise UsageError("Trạng thái phải từ 1 đến 10.")
    if args.status == int(Status.RETURNED):
        raise UsageError("Trả kết quả (trạng thái 10) dùng lệnh `return`: ghi người nhận, "
                         "phí, lệ phí và mức độ hài lòng.")
    with open_desk(args) as desk:
        dossier = desk.dossiers.change_status(resolved(desk, args.code), args.status, actor(),
                                              note=args.note or "").value
    if args.json:
        print_json({"code": dossier.code, "status": int(dossier.status),
                    "status_label": dossier.status.label})
    else:
        print(f"{dossier.code}: {int(dossier.status)} {dossier.status.label}")
    return 0


def _rating(value: int | None) -> Rating | None:
    if value is None:
        return None
    try:
        return Rating(value)
    except ValueError:
        raise UsageError(f"Mức độ hài lòng phải là một trong: {RATING_HELP}.") from None


def cmd_return(args) -> int:
    from ..services.returns import ReturnRequest  # the store's modules: not for the window

    authorised = bool(args.collector_name or args.collector_id)
    if args.fees is not None and args.fees < 0:
        raise UsageError("Số tiền thu không được âm.")
    with open_desk(args) as desk:
        request = ReturnRequest(code=resolved(desk, args.code), authorised=authorised,
                                recipient_name=args.collector_name or "",
                                recipient_id_number=args.collector_id or "",
                                fees_collected=args.fees, fee_method=Method(args.fee_method),
                                rating=_rating(args.rating),
                                comment=args.comment or "")
        record = desk.dossiers.hand_back(request, actor()).value
    if args.json:
        print_json({"code": record.code,
                    "returned_at": record.returned_at.astimezone(LOCAL_TZ).isoformat(),
                    "recipient_name": record.recipient_name,
                    "recipient_id_number": record.recipient_id_number,
                    "authorised": record.authorised, "fees_collected": record.fees_collected,
                    "fee_receipt": record.fee_receipt.to_dict() if record.fee_receipt
                    else None,
                    "fee_method": str(record.fee_method) if record.fee_method else None,
                    "timing": record.timing.value,
                    "rating": int(record.rating) if record.rating else None})
    else:
        print(f"Đã trả kết quả hồ sơ {record.code} cho {record.recipient_name} "
              f"({record.timing.label}).")
        if record.fee_receipt is not None:
            print(f"Đã thu {format_vnd(record.fees_collected)} "
                  f"({record.fee_method.label.lower()}): biên lai {record.fee_receipt}.")
    return 0


def cmd_search(args) -> int:
    if not 1 <= args.limit <= 200:
        raise UsageError("--limit phải từ 1 đến 200.")
    if not args.query.strip():
        raise UsageError("Chưa nhập nội dung tìm kiếm.")
    with open_desk(args) as desk:
        rows = desk.dossiers.search(args.query, args.limit)
    print_summaries(rows, args.json)
    return 0


def register(sub, add) -> None:
    p = add("status", cmd_status, "chuyển trạng thái một hồ sơ (theo quy tắc chuyển trạng thái)")
    p.add_argument("code", help="mã hồ sơ, hoặc phần cuối (ví dụ 261202-2002)")
    p.add_argument("status", type=int, metavar="N", help="trạng thái mới (1–9; 10: `return`)")
    p.add_argument("--note", help="ghi chú cho lần chuyển")

    p = add("return", cmd_return, "trả kết quả hồ sơ (trạng thái 10)")
    p.add_argument("code", help="mã hồ sơ, hoặc phần cuối (ví dụ 261202-2002)")
    p.add_argument("--collector-name", help="họ tên người được ủy quyền nhận (bỏ trống: "
                                            "người nộp hồ sơ tự nhận)")
    p.add_argument("--collector-id", help="số định danh của người được ủy quyền")
    p.add_argument("--fees", type=int, help="phí, lệ phí thu khi trả (đồng): phải đúng số "
                                            "còn phải thu; bỏ trống: thu đúng số đó")
    p.add_argument("--fee-method", choices=("cash", "transfer"), default="cash",
                   help="thu bằng tiền mặt (cash, mặc định) hay chuyển khoản (transfer)")
    p.add_argument("--rating", type=int, help=f"mức độ hài lòng: {RATING_HELP}; bỏ trống: "
                                              "công dân không đánh giá")
    p.add_argument("--comment", help="ý kiến của công dân")

    p = add("search", cmd_search, "tìm hồ sơ theo tên, số giấy tờ, điện thoại, mã "
                                  "(mới nhất trước)")
    p.add_argument("query", help="nội dung tìm, có dấu hay không dấu")
    p.add_argument("--limit", type=int, default=20, help="nhiều nhất bao nhiêu hồ sơ "
                                                         "(mặc định 20, tối đa 200)")
