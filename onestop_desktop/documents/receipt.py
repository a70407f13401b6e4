"""Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt and appointment slip)."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import Paragraph

from ..domain.calendar import LOCAL_TZ
from ..domain.money import format_vnd
from .blocks import clock_text, documents_table, esc, italic_note, numbered, signatures
from .common import (
    applicant_block,
    delivery_text,
    form_page,
    opening,
    render,
    request_line,
)
from .context import FormContext, applicant_title


def render_receipt(ctx: FormContext, out: BinaryIO | None = None) -> bytes:
    d = ctx.dossier
    spec, styles = form_page(ctx)
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
        fees = "; ".join(f"{esc(f.name)}: {format_vnd(f.amount)}" for f in d.fees)
        story.append(numbered(styles, 7, "Phí, lệ phí:", fees))
    story.append(italic_note(styles, f"Khi đến nhận kết quả, {applicant_title(d)} mang theo "
                                     "Giấy tiếp nhận hồ sơ và hẹn trả kết quả này; nếu nhận "
                                     "thay phải có giấy ủy quyền theo quy định."))
    if ctx.lookup_url and not spec.roll:
        story.append(Paragraph(f"Tra cứu tình trạng hồ sơ tại: {esc(ctx.lookup_url)}",
                               styles.body))
    story += (signatures(spec, styles, [("NGƯỜI NỘP HỒ SƠ", d.signer_name),
                                           ("NGƯỜI TIẾP NHẬN HỒ SƠ", ctx.officer_name)]))
    return render(ctx, spec, story, out)
