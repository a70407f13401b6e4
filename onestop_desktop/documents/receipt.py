"""Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt and appointment slip)."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import Flowable, Paragraph

from ..domain.calendar import LOCAL_TZ
from ..domain.fees import LineState, Method
from ..domain.money import format_vnd
from ..domain.privacy import privacy_notice
from .blocks import (
    clock_text,
    documents_table,
    esc,
    italic_note,
    numbered,
    sign_off,
    signatures,
)
from .common import (
    applicant_block,
    delivery_text,
    form_page,
    opening,
    render,
    request_line,
)
from .context import FormContext, applicant_title
from .layout import Footnote, PageSpec

_LINE_NOTES = {LineState.AT_RETURN: "Thu khi trả kết quả", LineState.EXEMPT: "Miễn",
               LineState.NOT_OWED: "Không thu"}


def fee_section(ctx: FormContext, styles) -> list[Paragraph]:
    """7. Phí, lệ phí: each line and its amount, then what became of it: collected (the
    receipt's number, its form and series, the method), "Thu khi trả kết quả", or
    "Miễn" with the reason. As the first print found it (kept in its details); a receipt
    first printed before fees were recorded lists the lines and amounts only."""
    d = ctx.dossier
    kept = ctx.details.get("fees")
    if not isinstance(kept, dict):
        text = "; ".join(f"{esc(f.name)}: {format_vnd(f.amount)}" for f in d.fees)
        return [numbered(styles, 7, "Phí, lệ phí:", text)]
    out = [numbered(styles, 7, "Phí, lệ phí:")]
    for line in kept.get("lines", []):
        state = LineState(line["state"])
        note = f"Đã thu, biên lai số {esc(line['number'])}" \
            if state is LineState.COLLECTED else _LINE_NOTES[state]
        out.append(Paragraph(f"– {esc(line['name'])}: {format_vnd(line['amount'])} — {note}",
                             styles.body))
    if kept.get("reason"):
        out.append(Paragraph(f"Lý do miễn: {esc(kept['reason'])}", styles.body))
    for receipt in kept.get("receipts", []):
        method = Method(receipt["method"]).label.lower()
        out.append(Paragraph(
            f"Đã thu {format_vnd(receipt['amount'])} ({method}): biên lai thu phí, lệ phí "
            f"mẫu số {esc(receipt['form'])}, ký hiệu {esc(receipt['series'])}, "
            f"số <b>{esc(receipt['number'])}</b>.", styles.body))
    return out


def ledger_line(ctx: FormContext, styles) -> Paragraph:
    """"Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 12." as the first print
    found it (domain/ledger.py); dotted blanks for the officer's pen when not known."""
    place = ctx.details.get("ledger")
    book, number = ("……", "……")
    if isinstance(place, dict) and place.get("book") and place.get("number"):
        book, number = esc(place["book"]), f"<b>{int(place['number'])}</b>"
    return Paragraph(f"Vào Sổ theo dõi hồ sơ, Quyển số: {book}, Số thứ tự: {number}.",
                     styles.body)


def render_receipt(ctx: FormContext, out: BinaryIO | None = None) -> bytes:
    """Form 01. What the citizen's data is for (personal data law) is said in one line of
    small print at the foot of the page; a receipt running over a page has the page
    numbers there, and the line at its end instead (it is laid out again: rare)."""
    spec, styles = form_page(ctx)
    notice = Paragraph(esc(privacy_notice().receipt), styles.small)
    if spec.roll:  # as long as its content
        return render(ctx, spec, [*_story(ctx, spec, styles), notice], out)
    footnote = Footnote(privacy_notice().receipt)
    pdf = render(ctx, spec, _story(ctx, spec, styles), None, footnote=footnote)
    if not footnote.placed:
        pdf = render(ctx, spec, [*_story(ctx, spec, styles), notice], None)
    if out is None:
        return pdf
    out.write(pdf)
    return b""


def _story(ctx: FormContext, spec: PageSpec, styles) -> list[Flowable]:
    d = ctx.dossier
    story = opening(ctx, spec, styles, d.received_at)
    story += applicant_block(ctx, styles, f"{ctx.config.agency_name} tiếp nhận hồ sơ của")
    story.append(request_line(ctx, styles))
    story.append(numbered(styles, 1, "Thành phần hồ sơ nộp gồm:"))
    story.append(documents_table(spec, styles, d.documents))
    story.append(numbered(styles, 2, "Số lượng hồ sơ:", f"{d.sets:02d} (bộ)"))
    story.append(numbered(styles, 3, "Thời gian giải quyết hồ sơ theo quy định:",
                          esc(d.time_limit_text or "…")))
    story.append(numbered(styles, 4, "Thời gian nhận hồ sơ:", clock_text(d.received_at)))
    provisional = d.due_provisional and d.due_at is not None
    story.append(numbered(styles, 5, "Thời gian trả kết quả giải quyết hồ sơ:",
                          f"<b>{clock_text(d.due_at)}</b>"
                          + (" (dự kiến)" if provisional else "")))
    if provisional:
        # Counted over days off not decided yet: the citizen is told, in plain words.
        year = d.due_at.astimezone(LOCAL_TZ).year
        story.append(italic_note(styles, f"Ngày hẹn trả là dự kiến: lịch nghỉ lễ, Tết năm "
                                         f"{year} chưa được công bố chính thức."))
    story.append(numbered(styles, 6, "Đăng ký nhận kết quả tại:", delivery_text(ctx)))
    if d.fees:
        story += fee_section(ctx, styles)
    story.append(ledger_line(ctx, styles))
    story.append(italic_note(styles, f"Khi đến nhận kết quả, {applicant_title(d)} mang theo "
                                     "Giấy tiếp nhận hồ sơ và hẹn trả kết quả này; nếu nhận "
                                     "thay phải có giấy ủy quyền theo quy định."))
    if ctx.lookup_url and not spec.roll:
        # Small on A5, so the address stays on one line beside its label.
        story.append(Paragraph(f"Tra cứu tình trạng hồ sơ tại: {esc(ctx.lookup_url)}",
                               styles.small if spec.name == "A5" else styles.body))
    return sign_off(spec, story, signatures(
        spec, styles, [("NGƯỜI NỘP HỒ SƠ", d.signer_name),
                       ("NGƯỜI TIẾP NHẬN HỒ SƠ", ctx.officer_name)]))
