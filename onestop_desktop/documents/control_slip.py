"""Form 06: Phiếu kiểm soát quá trình giải quyết hồ sơ (travels with the dossier)."""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.platypus import Paragraph, Table

from .blocks import clock_text, esc, field, grid_style
from .common import form_page, opening, render
from .context import FormContext

# Rows are kept for handovers written by hand: at least one, and enough for four
# rows in all, which is what fits one A4 page with the heading.
MIN_BLANK_ROWS = 1
MIN_ROWS = 4


def _when(value: object) -> str:
    """An ISO handover time as forms write it; older prints kept free text, shown as is."""
    if not value:
        return "…giờ…phút, ngày…/…/……"
    try:
        return clock_text(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def render_control_slip(ctx: FormContext, out: BinaryIO | None = None) -> bytes:
    d = ctx.dossier
    spec, styles = form_page(ctx)
    story = opening(ctx, spec, styles, ctx.issued_at)
    story.append(Paragraph(f"<i>(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, mã hồ sơ "
                           f"{esc(d.code)})</i>", styles.center))
    story.append(field(styles, "Người nộp hồ sơ", d.applicant.name, bold_value=True))
    story.append(field(styles, "Thủ tục", d.procedure_name))
    story.append(field(styles, "Cơ quan (bộ phận) giải quyết hồ sơ", d.lead_agency))
    story.append(field(styles, "Thời gian nhận hồ sơ", clock_text(d.received_at)))
    story.append(field(styles, "Thời gian hẹn trả kết quả", clock_text(d.due_at)))

    cell, head = styles.cell, styles.cell_head
    sign = "Người giao<br/><br/><br/>Người nhận<br/><br/>"
    data = [[Paragraph("TÊN CƠ QUAN", head),
             Paragraph("THỜI GIAN GIAO, NHẬN HỒ SƠ", head),
             Paragraph("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)", head),
             Paragraph("GHI CHÚ", head)]]
    handovers = list(ctx.details.get("handovers") or [])  # type: ignore[arg-type]
    if not handovers:
        # The first handover is always from the one-stop desk to the lead agency.
        handovers = [{"from": ctx.config.agency_name, "to": d.lead_agency, "at": "",
                      "result": "", "note": ""}]
    for i, h in enumerate(handovers, 1):
        when = _when(h.get("at"))
        data.append([Paragraph(f"{i}. Giao: {esc(h.get('from') or '…')}<br/>"
                               f"Nhận: {esc(h.get('to') or '…')}", cell),
                     Paragraph(f"{esc(when)}<br/>{sign}", cell),
                     Paragraph(esc(h.get("result", "")), cell),
                     Paragraph(esc(h.get("note", "")), cell)])
    blank_rows = max(MIN_BLANK_ROWS, MIN_ROWS - len(handovers))
    for i in range(len(handovers) + 1, len(handovers) + 1 + blank_rows):
        data.append([Paragraph(f"{i}. Giao: …<br/>Nhận: …", cell),
                     Paragraph(f"…giờ…phút, ngày…/…/……<br/>{sign}", cell),
                     Paragraph("", cell), Paragraph("", cell)])
    width = spec.frame_width
    widths = [width * 0.34, width * 0.30, width * 0.20, width * 0.16]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(spec))
    story.append(Paragraph("", styles.body))
    story.append(table)
    story.append(Paragraph("<i>Trả kết quả cho người nộp hồ sơ: …giờ…phút, ngày…/…/……</i>",
                           styles.body))
    return render(ctx, spec, story, out)
