"""Forms 02–05: the request to complete a dossier, the refusal, the apology with a new
date and the notice of stopped processing. Same opening, different body."""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.platypus import Flowable, Paragraph

from ..domain.form_details import missing_documents
from .blocks import (
    clock_text,
    documents_table,
    esc,
    field,
    italic_note,
    sign_off,
    signatures,
)
from .common import applicant_block, form_page, opening, render, request_line
from .context import FormContext, applicant_title
from .layout import PageSpec, Styles

HEAD_SIGNER = ("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "")
HEAD_NOTE = "(Ký, ghi rõ họ tên và đóng dấu)"


def _request_completion(ctx: FormContext, spec: PageSpec, styles: Styles) -> list[Flowable]:
    d = ctx.dossier
    title = applicant_title(d)
    story = applicant_block(ctx, styles, f"{ctx.config.agency_name} tiếp nhận hồ sơ của")
    story.append(request_line(ctx, styles))
    story.append(Paragraph(f"Mã hồ sơ: <b>{esc(d.code)}</b>; thời gian nhận hồ sơ: "
                           f"{clock_text(d.received_at)}.", styles.body))
    story.append(Paragraph(f"Yêu cầu {title} bổ sung, hoàn thiện hồ sơ gồm những nội dung "
                           "sau:", styles.body))
    story.append(documents_table(spec, styles, missing_documents(ctx.details)))
    story.append(field(styles, "Lý do", ctx.detail("reason")))
    if ctx.detail("guide_url"):
        story.append(field(styles, "Quy định chi tiết về thủ tục xem tại",
                           ctx.detail("guide_url")))
    phone = ctx.detail("officer_phone", "…")
    # No name on record: a dotted blank for the officer to fill in by hand.
    who = f"<b>{esc(ctx.officer_name)}</b>" if ctx.officer_name else "……………………"
    story.append(Paragraph(
        f"Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, {title} liên hệ với "
        f"{who}, số điện thoại {esc(phone)} để được hướng dẫn.",
        styles.justify))
    story = sign_off(spec, story, signatures(
        spec, styles, [("NGƯỜI NỘP HỒ SƠ", d.signer_name),
                       ("NGƯỜI HƯỚNG DẪN", ctx.officer_name)]))
    return story


def _refusal(ctx: FormContext, spec: PageSpec, styles: Styles) -> list[Flowable]:
    d = ctx.dossier
    story = applicant_block(ctx, styles, f"{ctx.config.agency_name} tiếp nhận hồ sơ của")
    story.append(request_line(ctx, styles))
    story.append(Paragraph(
        "Sau khi xem xét, đối chiếu thành phần hồ sơ, cơ quan, đơn vị không tiếp nhận, "
        "giải quyết hồ sơ này với lý do cụ thể như sau:", styles.justify))
    story.append(Paragraph(f"<b>{esc(ctx.detail('reason'))}</b>", styles.justify))
    story.append(Paragraph(f"Xin thông báo để {applicant_title(d)} được biết và thực hiện.",
                           styles.body))
    story = sign_off(spec, story, signatures(spec, styles,
                                                [("NGƯỜI TIẾP NHẬN HỒ SƠ", ctx.officer_name)]))
    return story


def _addressee(ctx: FormContext, styles: Styles) -> list[Flowable]:
    d = ctx.dossier
    return [Paragraph(f"Kính gửi: {applicant_title(d)} <b>{esc(d.applicant.name)}</b>",
                      styles.center),
            field(styles, "Địa chỉ", d.applicant.address)]


def _apology(ctx: FormContext, spec: PageSpec, styles: Styles) -> list[Flowable]:
    d = ctx.dossier
    title = applicant_title(d)
    new_due = datetime.fromisoformat(ctx.detail("new_due_at"))
    # The appointment apologised for, as the first print found it: the dossier's own
    # is the new date once that print is made.
    previous = ctx.detail("previous_due_at")
    due = datetime.fromisoformat(previous) if previous else d.due_at
    story = _addressee(ctx, styles)
    story.append(Paragraph(
        f"Ngày {clock_text(d.received_at).split('ngày ')[-1]}, {esc(ctx.config.agency_name)} "
        f"tiếp nhận giải quyết hồ sơ của {title} về việc <b>{esc(d.procedure_name)}</b> "
        f"(mã hồ sơ {esc(d.code)}), thời gian hẹn trả kết quả: {clock_text(due)}.",
        styles.justify))
    story.append(Paragraph(
        f"Tuy nhiên đến nay, cơ quan, đơn vị chưa trả kết quả giải quyết hồ sơ của {title} "
        "đúng hạn như đã ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", styles.justify))
    story.append(field(styles, "Lý do", ctx.detail("reason")))
    story.append(Paragraph(
        f"Sự chậm trễ này đã gây phiền hà cho {title}. Chúng tôi xin lỗi và đề nghị gia hạn "
        f"thời gian giải quyết hồ sơ đến: <b>{clock_text(new_due)}</b>.", styles.justify))
    story.append(italic_note(styles, f"Mong {title} thông cảm."))
    story = sign_off(spec, story, signatures(spec, styles, [HEAD_SIGNER], note=HEAD_NOTE))
    return story


def _stopped(ctx: FormContext, spec: PageSpec, styles: Styles) -> list[Flowable]:
    d = ctx.dossier
    title = applicant_title(d)
    story = _addressee(ctx, styles)
    story.append(Paragraph(
        f"{esc(ctx.config.agency_name)} thông báo dừng giải quyết hồ sơ của {title} về việc "
        f"<b>{esc(d.procedure_name)}</b> (mã hồ sơ {esc(d.code)}, tiếp nhận lúc "
        f"{clock_text(d.received_at)}).", styles.justify))
    story.append(field(styles, "Lý do", ctx.detail("reason")))
    story.append(Paragraph(f"Xin thông báo để {title} được biết.", styles.body))
    story = sign_off(spec, story, signatures(spec, styles, [HEAD_SIGNER], note=HEAD_NOTE))
    return story


_BODIES = {"02": _request_completion, "03": _refusal, "04": _apology, "05": _stopped}


def render_notice(ctx: FormContext, out: BinaryIO | None = None) -> bytes:
    spec, styles = form_page(ctx)
    story = opening(ctx, spec, styles, ctx.issued_at)
    story += _BODIES[ctx.template.form](ctx, spec, styles)
    return render(ctx, spec, story, out)
