"""Page sizes, text styles and building a PDF from flowables.

A4 and A5 are cut sheets; "80mm" is roll paper whose page is as long as its content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import BinaryIO, ClassVar

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fonts import BOLD, FAMILY, ITALIC, REGULAR, register_fonts

SIZES = ("A4", "A5", "80mm")


@dataclass(frozen=True)
class PageSpec:
    name: str
    width: float
    height: float  # 0: roll paper, the height follows the content
    left: float
    right: float
    top: float
    bottom: float
    font: float  # body text size, points

    @property
    def roll(self) -> bool:
        return self.height == 0

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def compact(self) -> bool:
        """Narrow paper: headers stack instead of standing side by side."""
        return self.frame_width < 100 * mm


_SPECS = {
    # Cut sheets: left margin wider for binding, as in administrative documents.
    "A4": PageSpec("A4", A4[0], A4[1], 25 * mm, 15 * mm, 12 * mm, 12 * mm, 12),
    "A5": PageSpec("A5", A5[0], A5[1], 14 * mm, 10 * mm, 9 * mm, 9 * mm, 8.5),
    # 80 mm thermal roll: 72 mm printable, 4 mm blank either side.
    "80mm": PageSpec("80mm", 80 * mm, 0, 4 * mm, 4 * mm, 4 * mm, 6 * mm, 8.5),
}


def page_spec(size: str, *, wide: bool = False) -> PageSpec:
    """The page of a paper size; `wide` turns a cut sheet to landscape (the ledger)."""
    try:
        spec = _SPECS[size]
    except KeyError:
        raise ValueError(f"unknown paper size {size!r} (A4, A5 or 80mm)") from None
    if wide and not spec.roll:
        width, height = landscape((spec.width, spec.height))
        spec = PageSpec(spec.name, width, height, spec.top + 5 * mm, spec.bottom,
                        spec.right, spec.bottom, spec.font * 0.8)
    return spec


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    justify: ParagraphStyle
    center: ParagraphStyle
    right_italic: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    small_right: ParagraphStyle


@lru_cache(maxsize=16)
def styles_for(font: float) -> Styles:
    register_fonts()
    lead = font * 1.2
    body = ParagraphStyle("body", fontName=FAMILY, fontSize=font, leading=lead,
                          spaceBefore=font * 0.15, spaceAfter=font * 0.05, alignment=TA_LEFT)
    cell = ParagraphStyle("cell", parent=body, fontSize=font * 0.92, leading=font * 1.1,
                          spaceBefore=0, spaceAfter=0)
    return Styles(
        body=body,
        justify=ParagraphStyle("justify", parent=body, alignment=TA_JUSTIFY),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        right_italic=ParagraphStyle("right_italic", parent=body, fontName=ITALIC,
                                    alignment=TA_RIGHT, spaceBefore=font * 0.5),
        title=ParagraphStyle("title", parent=body, fontName=BOLD,
                             fontSize=font * (1.12 if font > 8.5 else 1.0),
                             leading=font * (1.4 if font > 8.5 else 1.25),
                             alignment=TA_CENTER, spaceBefore=font * 0.7, spaceAfter=font * 0.3),
        subtitle=ParagraphStyle("subtitle", parent=body, fontName=ITALIC,
                                alignment=TA_CENTER, spaceAfter=font * 0.4),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=font * 0.4),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        small=ParagraphStyle("small", parent=body, fontSize=font * 0.8, leading=font,
                             spaceBefore=0, spaceAfter=0),
        small_center=ParagraphStyle("small_center", parent=body, fontSize=font * 0.8,
                                    leading=font, spaceBefore=0, spaceAfter=0,
                                    alignment=TA_CENTER),
        small_right=ParagraphStyle("small_right", parent=body, fontSize=font * 0.75,
                                   leading=font * 0.95, spaceBefore=0, spaceAfter=font * 0.2,
                                   alignment=TA_RIGHT),
    )


PageDecorator = Callable[[Canvas, int, int, PageSpec], None]


def _numbered_canvas(decorate: PageDecorator | None, spec: PageSpec):
    """A canvas class that knows the page count when it draws each page's marks."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                if decorate is not None:
                    decorate(self, number, total, spec)
                super().showPage()
            super().save()

    return NumberedCanvas


def _content_height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    scratch = Canvas(BytesIO())  # some flowables measure themselves on a canvas
    for flowable in flowables:
        _, height = flowable.wrapOn(scratch, width, 10_000 * mm)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def build_pdf(flowables: list[Flowable], spec: PageSpec, out: BinaryIO | None = None, *,
              title: str = "", author: str = "", decorate: PageDecorator | None = None,
              stamp_band: bool = False) -> bytes:
    """Lay the flowables out on pages of `spec`; write to `out`, or return the bytes.

    Inside the margins a band at the foot (page numbers) and, with `stamp_band`, one
    at the head (the reprint stamp) are kept free of content, so nothing overlaps.
    """
    register_fonts()
    head, foot = band_heights(spec, stamp_band)
    height = spec.height
    if spec.roll:
        # Roll paper: one page exactly as long as what is printed on it.
        height = (_content_height(flowables, spec.frame_width) + spec.top + spec.bottom
                  + head + foot + 2 * mm)
    target = out if out is not None else BytesIO()
    doc = BaseDocTemplate(target, pagesize=(spec.width, height), leftMargin=spec.left,
                          rightMargin=spec.right, topMargin=spec.top,
                          bottomMargin=spec.bottom, title=title, author=author,
                          creator="onestop-desktop", invariant=True,
                          # Not reportlab's default Helvetica: every font named is embedded.
                          initialFontName=REGULAR, initialFontSize=spec.font)
    frame = Frame(spec.left, spec.bottom + foot, spec.frame_width,
                  height - spec.top - spec.bottom - head - foot,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame])])
    doc.build(flowables, canvasmaker=_numbered_canvas(decorate, spec))
    return b"" if out is not None else target.getvalue()


def band_heights(spec: PageSpec, stamp_band: bool) -> tuple[float, float]:
    """(head, foot) bands reserved inside the margins for page marks."""
    head = spec.font * 1.6 if stamp_band else 0.0
    foot = 0.0 if spec.roll else spec.font * 1.2
    return head, foot


@dataclass
class Footnote:
    """One line of small print at the foot of a one-page form, made small enough to fit
    (not below MIN_SIZE); `placed` says whether it was (a form over two pages has its
    page numbers there, and gets the text in its body instead)."""

    text: str
    placed: bool = False

    MIN_SIZE: ClassVar[float] = 5.0

    def draw(self, canvas: Canvas, spec: PageSpec, baseline: float) -> None:
        wanted = canvas.stringWidth(self.text, ITALIC, 1.0)
        size = max(self.MIN_SIZE, min(spec.font * 0.7, spec.frame_width / wanted))
        canvas.saveState()
        canvas.setFont(ITALIC, size)
        canvas.drawString(spec.left, baseline, self.text)
        canvas.restoreState()
        self.placed = True


def standard_decorations(code: str, reprint_no: int, footnote: Footnote | None = None
                         ) -> PageDecorator:
    """The reprint stamp on every page, "Trang x/y" when a form runs over a page, else
    the footnote in that place."""

    def decorate(canvas: Canvas, number: int, total: int, spec: PageSpec) -> None:
        size = spec.font * 0.8
        if footnote is not None and total == 1:
            footnote.draw(canvas, spec, spec.bottom + size * 0.2)
        if reprint_no > 0:
            text = f"BẢN IN LẠI – lần {reprint_no}"
            canvas.saveState()
            canvas.setFont(BOLD, size)
            width = canvas.stringWidth(text, BOLD, size)
            x = spec.width - spec.right - width - 2
            y = canvas._pagesize[1] - spec.top - size * 1.05
            canvas.setLineWidth(0.8)
            canvas.rect(x - 2, y - size * 0.3, width + 4, size * 1.3, stroke=1, fill=0)
            canvas.drawString(x, y, text)
            canvas.restoreState()
        if total > 1:
            canvas.saveState()
            canvas.setFont(REGULAR, size)
            canvas.drawRightString(spec.width - spec.right, spec.bottom + size * 0.2,
                                   f"{code} – Trang {number}/{total}")
            canvas.restoreState()

    return decorate
