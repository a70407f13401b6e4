"""Reading PDFs back: rasterise, decode bar/QR codes, extract text and text boxes.

Helpers used by the document tests, and tests showing the layout checks do catch
overlapping or out-of-margin text (so they are not tautologies).
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from onestop_desktop.documents.fonts import REGULAR, register_fonts

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


@dataclass
class Decoded:
    format: str
    text: str
    box: Box  # in PDF points


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def decode(pdf: bytes, page: int = 0, dpi: int = 150) -> list[Decoded]:
    """Rasterise one page at `dpi` and decode every bar/QR code on it."""
    doc = pdfium.PdfDocument(pdf)
    pdf_page = doc[page]
    height = pdf_page.get_height()
    image = pdf_page.render(scale=dpi / 72).to_pil()
    out = []
    for result in zxingcpp.read_barcodes(image):
        p = result.position
        xs = [pt.x * 72 / dpi for pt in (p.top_left, p.top_right, p.bottom_left, p.bottom_right)]
        ys = [height - pt.y * 72 / dpi
              for pt in (p.top_left, p.top_right, p.bottom_left, p.bottom_right)]
        out.append(Decoded(result.format.name, result.text, (min(xs), min(ys), max(xs), max(ys))))
    return out


def code128(pdf: bytes, page: int = 0, dpi: int = 150) -> list[str]:
    return [d.text for d in decode(pdf, page, dpi) if d.format == "Code128"]


def text(pdf: bytes, page: int | None = None) -> str:
    """The text of a page (or of all pages), white space folded to single spaces."""
    doc = pdfium.PdfDocument(pdf)
    pages = range(len(doc)) if page is None else [page]
    raw = " ".join(doc[i].get_textpage().get_text_range() for i in pages)
    return re.sub(r"\s+", " ", raw).strip()


def assert_nfc_contains(haystack: str, needle: str) -> None:
    assert unicodedata.is_normalized("NFC", haystack)
    assert re.sub(r"\s+", " ", needle) in haystack, f"{needle!r} not in the PDF text"


def text_boxes(pdf: bytes, page: int = 0) -> tuple[list[tuple[Box, str]], tuple[float, float]]:
    """Every text run pdfium finds on the page, with its box, and the page size."""
    doc = pdfium.PdfDocument(pdf)
    p = doc[page]
    tp = p.get_textpage()
    boxes = []
    for i in range(tp.count_rects()):
        box = tp.get_rect(i)
        boxes.append((box, tp.get_text_bounded(*box)))
    return boxes, (p.get_width(), p.get_height())


def _intersect(a: Box, b: Box, tol: float) -> bool:
    return (min(a[2], b[2]) - max(a[0], b[0]) > tol) and (min(a[3], b[3]) - max(a[1], b[1]) > tol)


def overlaps(boxes: list[tuple[Box, str]], tol: float = 0.6) -> list[tuple[str, str]]:
    """Pairs of text runs whose boxes overlap by more than `tol` points both ways."""
    found = []
    for i, (a, ta) in enumerate(boxes):
        for b, tb in boxes[i + 1:]:
            if _intersect(a, b, tol):
                found.append((ta, tb))
    return found


def outside(boxes: list[tuple[Box, str]], area: Box, tol: float = 0.6) -> list[str]:
    """Text runs that stick out of `area` (the page inside its margins)."""
    left, bottom, right, top = area
    return [t for (x0, y0, x1, y1), t in boxes
            if x0 < left - tol or y0 < bottom - tol or x1 > right + tol or y1 > top + tol]


def hits(boxes: list[tuple[Box, str]], area: Box) -> list[str]:
    return [t for box, t in boxes if _intersect(box, area, 0.3)]


def _sample(draw) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont(REGULAR, 12)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_overlap_check_catches_text_drawn_over_text():
    pdf = _sample(lambda c: (c.drawString(100, 500, "Nguyễn Văn Ẩn"),
                             c.drawString(130, 503, "Đặng Thị Ngọc Hường")))
    boxes, _ = text_boxes(pdf)
    assert overlaps(boxes)


def test_overlap_check_passes_separate_lines():
    pdf = _sample(lambda c: (c.drawString(100, 500, "Nguyễn Văn Ẩn"),
                             c.drawString(100, 485, "Đặng Thị Ngọc Hường")))
    boxes, _ = text_boxes(pdf)
    assert overlaps(boxes) == []


def test_margin_check_catches_text_past_the_right_margin():
    pdf = _sample(lambda c: c.drawString(A4[0] - 20 * mm, 500, "Địa chỉ rất dài"))
    boxes, (w, h) = text_boxes(pdf)
    assert outside(boxes, (15 * mm, 15 * mm, w - 15 * mm, h - 15 * mm)) == ["Địa chỉ rất dài"]


@pytest.mark.parametrize("dpi", [150, 300])
def test_decoder_reads_a_code_from_a_pdf(dpi):
    from onestop_desktop.documents.codes import Code128Bars

    def draw(c):
        bars = Code128Bars("000.00.01.H22-261130-1001", 0.36 * mm, 13 * mm)
        bars.wrapOn(c, 180 * mm, 50 * mm)
        bars.drawOn(c, 30 * mm, 200 * mm)

    assert code128(_sample(draw), dpi=dpi) == ["000.00.01.H22-261130-1001"]
