"""Form 07: Sổ theo dõi hồ sơ, the desk's register for a date range (landscape, many
pages; the column headings repeat on every page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Paragraph, Table

from ..domain.config import DeskConfig
from ..domain.dossier import Dossier
from .blocks import NationalHeader, esc, grid_style, local
from .layout import build_pdf, page_spec, standard_decorations, styles_for
from .templates import FormTemplate


@dataclass(frozen=True)
class LedgerEntry:
    dossier: Dossier
    returned_at: datetime | None = None
    recipient: str = ""  # who collected the result


# (heading, share of the table width)
COLUMNS = (
    ("STT", 0.04), ("Mã hồ sơ", 0.09), ("Tên thủ tục hành chính", 0.14),
    ("Số bộ hồ sơ", 0.04), ("Tên cá nhân, tổ chức", 0.105),
    ("Địa chỉ, số điện thoại", 0.11), ("Cơ quan chủ trì giải quyết", 0.08),
    ("Nhận hồ sơ", 0.075), ("Hẹn trả kết quả", 0.075),
    ("Chuyển hồ sơ đến cơ quan giải quyết", 0.07), ("Trả kết quả", 0.075),
    ("Ký nhận", 0.055), ("Ghi chú", 0.045),
)


def _when(moment: datetime | None) -> str:
    return "" if moment is None else local(moment).strftime("%H:%M<br/>%d/%m/%Y")


def _code_lines(code: str) -> str:
    """The agency part and the day-sequence part on two lines, never cut mid-part."""
    agency, _, rest = code.partition("-")
    return f"{esc(agency)}-<br/>{esc(rest)}" if rest else esc(code)


def render_ledger(entries: list[LedgerEntry], config: DeskConfig, template: FormTemplate,
                  date_from: date, date_to: date, *, size: str = "A4",
                  printed_at: datetime, copy_no: int = 1) -> bytes:
    spec = page_spec(size, wide=True)
    if spec.roll:
        raise ValueError("the ledger is printed on A4 or A5 sheets")
    styles = styles_for(spec.font)
    cell, head = styles.cell, styles.cell_head
    data = [[Paragraph(esc(title), head) for title, _ in COLUMNS],
            [Paragraph(f"({i})", head) for i in range(1, len(COLUMNS) + 1)]]
    for n, entry in enumerate(entries, 1):
        d = entry.dossier
        a = d.applicant
        data.append([
            Paragraph(str(n), styles.cell_center), Paragraph(_code_lines(d.code), cell),
            Paragraph(esc(d.procedure_name), cell), Paragraph(str(d.sets), styles.cell_center),
            Paragraph(esc(a.name), cell), Paragraph(f"{esc(a.address)}<br/>{esc(a.phone)}", cell),
            Paragraph(esc(d.lead_agency), cell), Paragraph(_when(d.received_at), cell),
            Paragraph(_when(d.due_at), cell), Paragraph("", cell),
            Paragraph(_when(entry.returned_at), cell), Paragraph(esc(entry.recipient), cell),
            Paragraph(esc(d.note), cell)])
    width = spec.frame_width
    table = Table(data, colWidths=[width * share for _, share in COLUMNS], repeatRows=2,
                  hAlign="LEFT")
    table.setStyle(grid_style(spec))
    period = f"Từ ngày {date_from:%d/%m/%Y} đến ngày {date_to:%d/%m/%Y}"
    story = [Paragraph(f"<i>{esc(template.legal_ref)}</i>", styles.small_right),
             NationalHeader(spec, config.parent_name, config.agency_name, ""),
             Paragraph(esc(template.title), styles.title),
             Paragraph(esc(period), styles.subtitle)]
    if not entries:
        story.append(Paragraph("Không có hồ sơ nào được tiếp nhận trong thời gian này.",
                               styles.center))
    story.append(table)
    story.append(Paragraph(f"<i>Tổng số: {len(entries)} hồ sơ. In lúc "
                           f"{local(printed_at):%H:%M ngày %d/%m/%Y}.</i>", styles.body))
    return build_pdf(story, spec, title=f"{template.title} – {period}",
                     author=config.agency_name,
                     decorate=standard_decorations(f"{template.title} ({period})", copy_no - 1),
                     stamp_band=copy_no > 1)
