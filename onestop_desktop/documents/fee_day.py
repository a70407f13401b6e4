"""Bảng kê thu phí, lệ phí trong ngày: the sheet an officer hands over with the day's cash.

By officer and method: the receipts issued and their sum, the refunds and theirs, what is
left (the cash handed over, the transfers that reached the account); then every
collection and refund of the day, in time order; signed by the officer handing over and
the one taking the money. A4 portrait; the detail's headings repeat on every page.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table

from ..domain.config import DeskConfig
from ..domain.fees import FeeDay, Method, ReceiptSeries, officer_label
from .blocks import (
    NationalHeader,
    esc,
    grid_style,
    local,
    place_date,
    sign_off,
    signatures,
)
from .layout import build_pdf, page_spec, standard_decorations, styles_for

TITLE = "BẢNG KÊ THU PHÍ, LỆ PHÍ TRONG NGÀY"


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def render_fee_day(sheet: FeeDay, config: DeskConfig, series: ReceiptSeries, *,
                   printed_at: datetime) -> bytes:
    spec = page_spec("A4")
    styles = styles_for(spec.font)
    cell, head, center = styles.cell, styles.cell_head, styles.cell_center
    right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    width = spec.frame_width
    day_text = f"Ngày {sheet.day:%d/%m/%Y}"
    names = dict(sheet.officers())
    if sheet.officer:
        day_text += f" – Cán bộ thu: {officer_label(sheet.officer, names.get(sheet.officer, ''))}"
    story = [NationalHeader(spec, config.parent_name, config.agency_name, ""),
             Paragraph(TITLE, styles.title), Paragraph(esc(day_text), styles.subtitle),
             Paragraph(f"Biên lai thu phí, lệ phí: mẫu số {esc(series.form)}, ký hiệu "
                       f"{esc(series.series_on(sheet.day))}; quầy số {config.desk}.",
                       styles.body)]

    # 1. Totals by officer and method.
    story.append(Spacer(1, spec.font * 0.4))
    story.append(Paragraph("1. Tổng hợp theo cán bộ và hình thức thu", styles.heading))
    rows = [[Paragraph(t, head) for t in ("TT", "Cán bộ thu", "Hình thức", "Số biên lai",
                                           "Đã thu (đồng)", "Số lần hoàn", "Đã hoàn (đồng)",
                                           "Còn lại (đồng)")]]
    for n, t in enumerate(sheet.totals, 1):
        rows.append([Paragraph(str(n), center),
                     Paragraph(esc(officer_label(t.officer, t.officer_name)), cell),
                     Paragraph(t.method.label, cell), Paragraph(str(t.collections), center),
                     Paragraph(_money(t.collected), right), Paragraph(str(t.refunds), center),
                     Paragraph(_money(t.refunded), right), Paragraph(_money(t.net), right)])
    rows.append([Paragraph("", cell), Paragraph("<b>Tổng cộng</b>", cell), Paragraph("", cell),
                 Paragraph(f"<b>{sum(t.collections for t in sheet.totals)}</b>", center),
                 Paragraph(f"<b>{_money(sheet.collected)}</b>", right),
                 Paragraph(f"<b>{sum(t.refunds for t in sheet.totals)}</b>", center),
                 Paragraph(f"<b>{_money(sheet.refunded)}</b>", right),
                 Paragraph(f"<b>{_money(sheet.net)}</b>", right)])
    shares = (0.05, 0.23, 0.15, 0.08, 0.14, 0.08, 0.13, 0.14)
    totals = Table(rows, colWidths=[width * s for s in shares], repeatRows=1, hAlign="LEFT")
    totals.setStyle(grid_style(spec))
    story.append(totals)
    for method in Method:
        collected, refunded = sheet.method_total(method)
        what = "Tiền mặt nộp bàn giao" if method is Method.CASH else "Chuyển khoản đã nhận"
        story.append(Paragraph(f"{what}: <b>{_money(collected - refunded)} đồng</b> (thu "
                               f"{_money(collected)}, hoàn {_money(refunded)}).", styles.body))

    # 2. Every collection and refund.
    story.append(Spacer(1, spec.font * 0.4))
    story.append(Paragraph("2. Chi tiết các khoản thu, hoàn", styles.heading))
    if sheet.entries:
        rows = [[Paragraph(t, head) for t in ("TT", "Giờ", "Mã hồ sơ", "Số biên lai",
                                               "Nội dung", "Hình thức", "Thu (đồng)",
                                               "Hoàn (đồng)", "Cán bộ")]]
        for n, e in enumerate(sheet.entries, 1):
            agency, _, rest = e.code.partition("-")
            note = f"Hoàn: {e.note}" if e.refund else e.note
            rows.append([Paragraph(str(n), center), Paragraph(f"{local(e.at):%H:%M}", center),
                         Paragraph(f"{esc(agency)}-<br/>{esc(rest)}" if rest else esc(e.code),
                                   cell),
                         Paragraph(esc(e.receipt.number), center), Paragraph(esc(note), cell),
                         Paragraph(e.method.label, cell),
                         Paragraph("" if e.refund else _money(e.amount), right),
                         Paragraph(_money(e.amount) if e.refund else "", right),
                         Paragraph(esc(e.officer), cell)])
        shares = (0.05, 0.07, 0.17, 0.1, 0.2, 0.15, 0.1, 0.09, 0.07)
        detail = Table(rows, colWidths=[width * s for s in shares], repeatRows=1,
                       hAlign="LEFT")
        detail.setStyle(grid_style(spec))
        story.append(detail)
    else:
        story.append(Paragraph("Không có khoản thu hay hoàn nào trong ngày.", styles.body))

    story.append(Paragraph(f"<i>{esc(place_date(config.place_name, printed_at))}. In lúc "
                           f"{local(printed_at):%H:%M}.</i>", styles.right_italic))
    handing = officer_label(sheet.officer, names.get(sheet.officer, "")) \
        if sheet.officer else ""
    story = sign_off(spec, story, signatures(spec, styles, [("NGƯỜI NỘP TIỀN", handing),
                                                            ("NGƯỜI NHẬN TIỀN", "")]))
    title = f"{TITLE} – {sheet.day:%d/%m/%Y}"
    return build_pdf(story, spec, title=title, author=config.agency_name,
                     decorate=standard_decorations(f"Bảng kê thu phí {sheet.day:%d/%m/%Y}", 0))
