"""Form 07: Sổ theo dõi hồ sơ, the desk's register for a date range (landscape, many
pages; the column headings repeat on every page).

Rows carry their number in the year's book (domain/ledger.py), the same number form 01
prints as "Số thứ tự"; the handovers column lists what each dossier's form 06 recorded;
the note column says where the dossier stands now.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.platypus import Paragraph, Table

from ..domain.config import DeskConfig
from ..domain.ledger import Handover, LedgerEntry, book_label
from .blocks import NationalHeader, esc, grid_style, local
from .layout import build_pdf, page_spec, standard_decorations, styles_for
from .templates import FormTemplate

# (heading, share of the table width)
COLUMNS = (
    ("STT", 0.045), ("Mã hồ sơ", 0.09), ("Tên thủ tục hành chính", 0.115),
    ("Số bộ hồ sơ", 0.03), ("Tên cá nhân, tổ chức", 0.095),
    ("Địa chỉ, số điện thoại", 0.095), ("Cơ quan chủ trì giải quyết", 0.07),
    ("Nhận hồ sơ", 0.07), ("Hẹn trả kết quả", 0.07),
    ("Chuyển hồ sơ đến cơ quan giải quyết", 0.125), ("Trả kết quả", 0.07),
    ("Ký nhận", 0.05), ("Ghi chú", 0.075),
)


def _when(moment: datetime | None) -> str:
    return "" if moment is None else local(moment).strftime("%H:%M<br/>%d/%m/%Y")


def _code_lines(code: str) -> str:
    """The agency part and the day-sequence part on two lines, never cut mid-part."""
    agency, _, rest = code.partition("-")
    return f"{esc(agency)}-<br/>{esc(rest)}" if rest else esc(code)


def _handover_text(handover: Handover) -> str:
    """"08:30 01/12/2026: Bộ phận Một cửa → Phòng Tài chính"; a time stored as free
    text by an older print is shown as written, a missing one is left out."""
    when = handover.at
    try:
        when = local(datetime.fromisoformat(when)).strftime("%H:%M %d/%m/%Y") if when else ""
    except ValueError:
        pass
    route = f"{esc(handover.giver or '…')} → {esc(handover.receiver or '…')}"
    return f"<b>{esc(when)}</b>: {route}" if when else route


def _note_text(entry: LedgerEntry, printed_at: datetime) -> str:
    state = f"<b>{esc(entry.state_text(printed_at))}</b>"
    return f"{state}<br/>{esc(entry.note)}" if entry.note else state


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
    for e in entries:
        data.append([
            Paragraph(str(e.number), styles.cell_center), Paragraph(_code_lines(e.code), cell),
            Paragraph(esc(e.procedure_name), cell), Paragraph(str(e.sets), styles.cell_center),
            Paragraph(esc(e.applicant_name), cell),
            Paragraph(f"{esc(e.address)}<br/>{esc(e.phone)}", cell),
            Paragraph(esc(e.lead_agency), cell), Paragraph(_when(e.received_at), cell),
            Paragraph(_when(e.due_at), cell),
            Paragraph("<br/>".join(_handover_text(h) for h in e.handovers), cell),
            Paragraph(_when(e.returned_at), cell), Paragraph(esc(e.recipient), cell),
            Paragraph(_note_text(e, printed_at), cell)])
    width = spec.frame_width
    table = Table(data, colWidths=[width * share for _, share in COLUMNS], repeatRows=2,
                  hAlign="LEFT")
    table.setStyle(grid_style(spec))
    period = f"Từ ngày {date_from:%d/%m/%Y} đến ngày {date_to:%d/%m/%Y}"
    books = ", ".join(book_label(config.desk, year)
                      for year in range(date_from.year, date_to.year + 1))
    story = [Paragraph(f"<i>{esc(template.legal_ref)}</i>", styles.small_right),
             NationalHeader(spec, config.parent_name, config.agency_name, ""),
             Paragraph(esc(template.title), styles.title),
             Paragraph(f"{esc(period)} – Quyển số: {esc(books)}", styles.subtitle)]
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
