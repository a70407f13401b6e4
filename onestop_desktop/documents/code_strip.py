"""The code strip under a form's title: "Mã hồ sơ", Code128 bars and the QR look-up."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from .blocks import esc
from .codes import Code128Bars, QrMark, barcode_module
from .fonts import REGULAR
from .layout import PageSpec, Styles


def code_strip(spec: PageSpec, styles: Styles, code: str, lookup_url: str) -> list[Flowable]:
    if spec.roll:
        return _roll_strip(spec, styles, code, lookup_url)
    module = barcode_module(spec.name)
    bar_height = 13 * mm if spec.name == "A4" else 10 * mm
    bars = Code128Bars(code, module, bar_height, spec.font * 0.95)
    if not lookup_url:
        return [bars]
    qr_size = bar_height + spec.font * 1.35
    qr = QrMark(lookup_url, qr_size)
    bars_w = bars.wrap(spec.frame_width, 0)[0]
    table = Table([[bars, qr]], colWidths=[bars_w + 4 * mm, qr_size], hAlign="CENTER")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _roll_strip(spec: PageSpec, styles: Styles, code: str, lookup_url: str) -> list[Flowable]:
    """Roll paper: the bars run down the paper on the left; code and QR on the right."""
    bars = Code128Bars(code, barcode_module(spec.name), 16 * mm, spec.font, vertical=True)
    bars_w = bars.wrap(spec.frame_width, 0)[0]
    right: list[Flowable] = [Paragraph("Mã hồ sơ:", styles.center),
                             Paragraph(f"<b>{esc(code)}</b>", styles.center)]
    if lookup_url:
        qr = QrMark(lookup_url, 26 * mm)
        qr.hAlign = "CENTER"
        right += [Spacer(1, 3 * mm), qr,
                  Paragraph("Quét mã QR để tra cứu hồ sơ", styles.small_center)]
    left_w = bars_w + 3 * mm
    table = Table([[bars, right]], colWidths=[left_w, spec.frame_width - left_w], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 1 * mm), table]
