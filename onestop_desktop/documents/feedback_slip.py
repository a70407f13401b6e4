"""Phiếu tiếp nhận phản ánh, kiến nghị: the acknowledgement a citizen takes away.

The look of the official forms (national header, place and date, title, the code in
Code128 bars as on form 01), then who gave it, what it is about, its content, when it
was received and by whom, and how the answer will come; signed by the citizen and the
officer. No circular fixes this paper: it is the centre's own, so it has no template
version. One page on A4 (A5 too); a very long content runs over, with page numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.config import DeskConfig
from ..domain.feedback import Feedback
from .blocks import (
    NationalHeader,
    clock_text,
    esc,
    field,
    italic_note,
    numbered,
    place_date,
    sign_off,
    signatures,
)
from .code_strip import code_strip
from .layout import build_pdf, page_spec, standard_decorations, styles_for

TITLE = "PHIẾU TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ"
SIZES = ("A4", "A5")


@dataclass(frozen=True)
class FeedbackSlip:
    feedback: Feedback
    config: DeskConfig
    officer_name: str  # who received it ("" : written by hand)
    printed_at: datetime
    copy_no: int = 1
    size: str = "A4"


def _content(text: str, style) -> list[Flowable]:
    """The citizen's words as given: one paragraph per paragraph, lines kept."""
    return [Paragraph(esc(part).replace("\n", "<br/>"), style)
            for part in text.split("\n\n") if part.strip()]


def render_feedback_slip(slip: FeedbackSlip) -> bytes:
    f, config = slip.feedback, slip.config
    spec = page_spec(slip.size)
    styles = styles_for(spec.font)
    story: list[Flowable] = [
        NationalHeader(spec, config.parent_name, config.agency_name, f"Số: {f.code}"),
        Paragraph(esc(place_date(config.place_name, f.received_at)), styles.right_italic),
        Paragraph(TITLE, styles.title),
        Spacer(1, spec.font * 0.3),
        *code_strip(spec, styles, f.code, ""),
        Spacer(1, spec.font * 0.3),
        Paragraph(f"{esc(config.agency_name)} đã tiếp nhận phản ánh, kiến nghị của:",
                  styles.body),
        Paragraph(f"Ông (Bà): <b>{esc(f.name)}</b>", styles.body),
        field(styles, "Số điện thoại", f.phone),
        field(styles, "Email", f.email),
        numbered(styles, 1, "Phản ánh, kiến nghị về:"),
    ]
    if f.procedure_code:
        name = f" – {esc(f.procedure_name)}" if f.procedure_name else ""
        story.append(Paragraph(f"– Thủ tục hành chính: {esc(f.procedure_code)}{name}",
                               styles.justify))
    if f.dossier_code:
        story.append(Paragraph(f"– Hồ sơ: <b>{esc(f.dossier_code)}</b>", styles.body))
    if not (f.procedure_code or f.dossier_code):
        story.append(Paragraph("– Chung (không gắn với thủ tục hay hồ sơ cụ thể)",
                               styles.body))
    story.append(numbered(styles, 2, "Nội dung:"))
    story += _content(f.content, styles.justify)
    story.append(numbered(styles, 3, "Thời gian tiếp nhận:", clock_text(f.received_at)))
    story.append(italic_note(
        styles, f"Phản ánh, kiến nghị được chuyển đến cơ quan có thẩm quyền xem xét, xử lý; "
                f"kết quả được thông báo qua số điện thoại hoặc email đã đăng ký. Khi cần "
                f"tra cứu, xin đọc mã số {f.code}."))
    story = sign_off(spec, story, signatures(
        spec, styles, [("NGƯỜI PHẢN ÁNH, KIẾN NGHỊ", f.name),
                       ("NGƯỜI TIẾP NHẬN", slip.officer_name)]))
    reprint_no = max(0, slip.copy_no - 1)
    return build_pdf(story, spec, title=f"Phiếu tiếp nhận phản ánh, kiến nghị – {f.code}",
                     author=config.agency_name,
                     decorate=standard_decorations(f.code, reprint_no),
                     stamp_band=reprint_no > 0)
