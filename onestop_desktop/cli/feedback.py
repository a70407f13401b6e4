"""Feedback and petitions at the command line, through the same boundary as the window:
`feedback add FILE|-`, `feedback list`, `feedback show CODE`, `feedback print CODE`."""

from __future__ import annotations

from ..domain.calendar import LOCAL_TZ, local_text
from ..domain.feedback import Feedback, feedback_to_dict
from .common import UsageError, actor, open_desk, print_json, read_json_input
from .documents import _output, _writing

MAX_LIST = 500


def feedback_json(f: Feedback) -> dict:
    """As the command line prints it: local times, the status with its label, the answer."""
    return {**feedback_to_dict(f), "received_at": f.received_at.astimezone(LOCAL_TZ).isoformat(),
            "status_label": f.status.label, "answer": f.answer, "answered_by": f.answered_by,
            "answered_at": (f.answered_at.astimezone(LOCAL_TZ).isoformat()
                            if f.answered_at else None),
            "dossier_on_desk": f.dossier_id is not None}


def cmd_add(args) -> int:
    data = read_json_input(args.file)
    with open_desk(args) as desk:
        taken = desk.feedback.take_in(data, actor()).value
    if args.json:
        print_json(feedback_json(taken))
    else:
        print(taken.code)
    return 0


def cmd_list(args) -> int:
    if not 1 <= args.limit <= MAX_LIST:
        raise UsageError(f"--limit phải từ 1 đến {MAX_LIST}.")
    with open_desk(args) as desk:
        dossier = None
        if args.dossier:
            dossier = desk.dossiers.resolve_code(args.dossier, bare_digits=False)
            if dossier is None:
                raise UsageError(f"“{args.dossier}” không phải mã hồ sơ.")
        rows = desk.feedback.page(limit=args.limit, dossier_code=dossier)
    if args.json:
        print_json([feedback_json(f) for f in rows])
        return 0
    if not rows:
        print("Chưa có phản ánh, kiến nghị nào.")
    for f in rows:
        print(f"{f.code}  {local_text(f.received_at)}  {f.status.label:<12}  {f.name} — "
              f"{f.about}")
        if f.answer:
            answered = local_text(f.answered_at) if f.answered_at else ""
            print(f"    Trả lời ({f.answered_by}, {answered}): {f.answer}")
    return 0


def cmd_show(args) -> int:
    with open_desk(args) as desk:
        f = desk.feedback.get(args.code)
    if args.json:
        print_json(feedback_json(f))
        return 0
    print(f"Mã:            {f.code}")
    print(f"Người phản ánh: {f.name}" + (f" ({f.contact})" if f.contact else ""))
    print(f"Về:            {f.about}")
    print(f"Nhận lúc:      {local_text(f.received_at)} ({f.received_by})")
    print(f"Trạng thái:    {f.status.label}")
    print("Nội dung:")
    for line in f.content.split("\n"):
        print(f"  {line}")
    if f.answer:
        answered = local_text(f.answered_at) if f.answered_at else ""
        print(f"Trả lời ({f.answered_by}, {answered}):")
        for line in f.answer.split("\n"):
            print(f"  {line}")
    return 0


def cmd_print(args) -> int:
    out = _output(args.output)
    with open_desk(args) as desk, _writing(out):
        done = desk.feedback.print_slip(args.code, out, actor(), size=args.size).value
    if args.json:
        print_json({"path": str(done.path), "code": done.code, "copy_no": done.copy_no,
                    "reprint": done.reprint})
    else:
        note = f" (bản in lại lần {done.copy_no - 1})" if done.reprint else ""
        print(f"{done.path}{note}")
    return 0


def register(sub, add) -> None:
    group = sub.add_parser("feedback", help="phản ánh, kiến nghị của người dân")
    group_sub = group.add_subparsers(dest="feedback_command", metavar="COMMAND", required=True)
    p = add("add", cmd_add, "tiếp nhận một phản ánh, kiến nghị từ tệp JSON (hoặc - để đọc "
                            "stdin): name, phone, email, content, procedure_code, dossier_code",
            parent=group_sub)
    p.add_argument("file", metavar="FILE|-", help="tệp JSON, hoặc -")
    p = add("list", cmd_list, "liệt kê phản ánh, kiến nghị, mới nhất trước, với trạng thái "
                              "và trả lời", parent=group_sub)
    p.add_argument("--limit", type=int, default=50,
                   help=f"nhiều nhất bao nhiêu (mặc định 50, tối đa {MAX_LIST})")
    p.add_argument("--dossier", help="chỉ những phản ánh về hồ sơ này")
    p = add("show", cmd_show, "xem một phản ánh, kiến nghị", parent=group_sub)
    p.add_argument("code", help="mã phản ánh, ví dụ 000.00.01.H22-PA-261203-1001")
    p = add("print", cmd_print, "in phiếu tiếp nhận phản ánh, kiến nghị ra PDF",
            parent=group_sub)
    p.add_argument("code", help="mã phản ánh")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="tệp PDF ghi ra")
    p.add_argument("--size", choices=("A4", "A5"), default="A4", help="khổ giấy")
