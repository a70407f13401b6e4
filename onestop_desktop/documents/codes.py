"""Machine-readable codes drawn as vector shapes: Code128 of the dossier code, QR look-up link.

The bars come from python-barcode's module pattern ("1101…"), one filled
rectangle per run of dark modules, so they stay sharp at any printer resolution.
"""

from __future__ import annotations

from functools import lru_cache

from barcode import Code128
from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .fonts import REGULAR

QUIET_MODULES = 10  # Code128 needs at least 10 modules of white either side
QR_QUIET_MODULES = 4


@lru_cache(maxsize=256)
def code128_runs(code: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """(modules, ((start, length) of each dark run)) of the Code128 symbol for `code`."""
    pattern = Code128(code).build()[0]
    runs: list[tuple[int, int]] = []
    start = None
    for i, bit in enumerate(pattern + "0"):
        if bit == "1" and start is None:
            start = i
        elif bit != "1" and start is not None:
            runs.append((start, i - start))
            start = None
    return len(pattern), tuple(runs)


class Code128Bars(Flowable):
    """The dossier code as bars, quiet zones included, with the code in text below."""

    def __init__(self, code: str, module: float, bar_height: float, font_size: float = 10,
                 vertical: bool = False):
        super().__init__()
        self.code = code
        self.module = module
        self.bar_height = bar_height
        self.font_size = font_size
        # vertical: the symbol runs along the paper (roll paper is too narrow for
        # modules a 150 dpi scan still resolves); the text reads bottom to top.
        self.vertical = vertical
        self.modules, self.runs = code128_runs(code)
        self.hAlign = "CENTER"

    @property
    def quiet(self) -> float:
        return QUIET_MODULES * self.module

    def wrap(self, avail_width, avail_height):
        length = self.modules * self.module + 2 * self.quiet
        across = self.bar_height + self.font_size * 1.35
        self.width, self.height = (across, length) if self.vertical else (length, across)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.vertical:
            canvas.translate(self.width, 0)
            canvas.rotate(90)
        x0 = self.quiet
        text_band = self.font_size * 1.35
        path = canvas.beginPath()
        for start, length in self.runs:
            path.rect(x0 + start * self.module, text_band, length * self.module,
                      self.bar_height)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.setFont(REGULAR, self.font_size)
        canvas.drawCentredString(x0 + self.modules * self.module / 2, self.font_size * 0.3,
                                 self.code)


@lru_cache(maxsize=64)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of `data` (error correction M), rows top to bottom."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    n = code.getModuleCount()
    return tuple(tuple(code.isDark(r, c) for c in range(n)) for r in range(n))


class QrMark(Flowable):
    """A QR code of `data`, `size` points square including its 4-module quiet zone,
    drawn as one vector path (one rectangle per horizontal run of dark modules)."""

    def __init__(self, data: str, size: float):
        super().__init__()
        self.data = data
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self) -> None:
        matrix = qr_matrix(self.data)
        n = len(matrix)
        unit = self.size / (n + 2 * QR_QUIET_MODULES)
        path = self.canv.beginPath()
        for r, row in enumerate(matrix):
            y = self.size - (QR_QUIET_MODULES + r + 1) * unit
            c = 0
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    path.rect((QR_QUIET_MODULES + start) * unit, y, (c - start) * unit, unit)
                else:
                    c += 1
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)


def barcode_module(size: str) -> float:
    """Module width per paper size: wide enough for a handheld scanner at arm's length
    (>= 0.25 mm; 0.33 mm is the usual 13 mil) and decodable from a 150 dpi scan."""
    # Roll: 0.375 mm is exactly 3 dots of a 203 dpi thermal head.
    return {"A4": 0.36 * mm, "A5": 0.33 * mm}.get(size, 0.375 * mm)
