"""The bundled serif face (Liberation Serif: Times New Roman metrics, full Vietnamese).

Registered once per process; reportlab embeds a subset of each face in every PDF.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path

FAMILY = "OSSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_state = {"registered": False}


def register_fonts() -> None:
    """Register the family with reportlab (idempotent, thread-safe)."""
    if _state["registered"]:
        return
    with _lock:
        if _state["registered"]:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        # <b>/<i> inside paragraphs pick the matching face.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _state["registered"] = True


def missing_glyphs(text: str, face: str = REGULAR) -> set[str]:
    """Characters of `text` the face cannot draw (used to check coverage)."""
    register_fonts()
    widths = pdfmetrics.getFont(face).face.charWidths
    return {ch for ch in text if not ch.isspace() and ord(ch) not in widths}
