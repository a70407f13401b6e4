"""Building blocks shared by the forms: national header, fields, tables, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.calendar import LOCAL_TZ
from .fonts import BOLD, ITALIC, REGULAR
from .layout import PageSpec, Styles

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def esc(text: object) -> str:
    return escape(str(text))


class NationalHeader(Flowable):
    """Agency on the left, the national title and motto on the right, each underlined
    as in administrative documents; on narrow paper the two stack, centred."""

    def __init__(self, spec: PageSpec, parent: str, agency: str, number: str):
        super().__init__()
        self.spec = spec
        size = spec.font * (0.95 if spec.compact else 0.92)
        self.size = size
        self.leading = size * 1.2
        left = [(parent.upper(), REGULAR)] if parent else []
        left.append((agency.upper(), BOLD))
        self.left_lines = left
        self.right_lines = [(NATION, BOLD), (MOTTO, BOLD)]
        self.number = number

    def _columns(self, width: float) -> tuple[float, float]:
        if self.spec.compact:
            return width, width
        return width * 0.42, width * 0.58

    def _split(self, lines, width: float) -> list[tuple[str, str, bool]]:
        """(text, font, last line of its entry) after wrapping to `width`."""
        out = []
        for text, font in lines:
            parts = simpleSplit(text, font, self.size, width)
            out.extend((part, font, i == len(parts) - 1) for i, part in enumerate(parts))
        return out

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        left_w, right_w = self._columns(avail_width)
        self._left = self._split(self.left_lines, left_w - 2 * mm)
        self._right = self._split(self.right_lines, right_w)
        gap = self.leading * 0.6  # room for the rule under each column
        number_h = self.leading * 1.3 if self.number else 0
        left_h = len(self._left) * self.leading + gap + number_h
        right_h = len(self._right) * self.leading + gap
        if self.spec.compact:
            self.height = left_h + right_h + self.leading * 0.3
        else:
            self.height = max(left_h, right_h)
        return self.width, self.height

    def _draw_column(self, lines, x_center: float, top: float, rule_under: str) -> float:
        """Draw centred lines from `top` down; rule under the last one. Returns the bottom."""
        canvas = self.canv
        y = top
        for text, font, _ in lines:
            y -= self.leading
            canvas.setFont(font, self.size)
            canvas.drawCentredString(x_center, y + self.leading * 0.22, text)
        last_text, last_font, _ = lines[-1]
        full = canvas.stringWidth(last_text, last_font, self.size)
        rule = full if rule_under == "full" else full * 0.4
        canvas.setLineWidth(0.6)
        rule_y = y + self.leading * 0.22 - self.size * 0.42
        canvas.line(x_center - rule / 2, rule_y, x_center + rule / 2, rule_y)
        return y - self.leading * 0.6

    def draw(self) -> None:
        left_w, _ = self._columns(self.width)
        if self.spec.compact:
            bottom = self._draw_column(self._right, self.width / 2, self.height, "full")
            bottom = self._draw_column(self._left, self.width / 2, bottom - self.leading * 0.3,
                                       "short")
            number_x = self.width / 2
        else:
            self._draw_column(self._right, left_w + (self.width - left_w) / 2, self.height,
                              "full")
            bottom = self._draw_column(self._left, left_w / 2, self.height, "short")
            number_x = left_w / 2
        if self.number:
            self.canv.setFont(REGULAR, self.size)
            self.canv.drawCentredString(number_x, bottom - self.leading * 0.9, self.number)


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def place_date(place: str, moment: datetime) -> str:
    """"Thanh Hóa, ngày 30 tháng 11 năm 2026". As Decree 30/2020 writes dates: days
    below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02", "tháng 3")."""
    day = local(moment)
    dd = f"{day.day:02d}"
    mm_ = f"{day.month:02d}" if day.month < 3 else str(day.month)
    prefix = f"{place}, " if place else ""
    return f"{prefix}ngày {dd} tháng {mm_} năm {day.year}"


def clock_text(moment: datetime | None) -> str:
    """"09 giờ 15 phút, ngày 30/11/2026"."""
    if moment is None:
        return "—"
    t = local(moment)
    return f"{t:%H} giờ {t:%M} phút, ngày {t:%d/%m/%Y}"


def field(styles: Styles, label: str, value: object, *, bold_value: bool = False) -> Paragraph:
    text = esc(value) if value not in (None, "") else "…"
    if bold_value:
        text = f"<b>{text}</b>"
    return Paragraph(f"{esc(label)}: {text}", styles.body)


def numbered(styles: Styles, number: int | str, label: str, value: str = "") -> Paragraph:
    rest = f" {value}" if value else ""
    return Paragraph(f"<b>{number}. {esc(label)}</b>{rest}", styles.body)


def documents_table(spec: PageSpec, styles: Styles, rows: Sequence[object],
                    *, name_header: str = "Tên giấy tờ") -> Table:
    """TT | Tên giấy tờ | Bản chính | Bản chứng thực | Bản photo; the header repeats
    on every page the table runs onto. `rows` hold .name/.original/.certified/.photo."""
    width = spec.frame_width
    count_w = (12 * mm if spec.compact else 19 * mm) if spec.name != "A5" else 15 * mm
    tt_w = 7 * mm if spec.compact else 10 * mm
    head = [Paragraph("TT", styles.cell_head), Paragraph(esc(name_header), styles.cell_head),
            Paragraph("Bản chính", styles.cell_head),
            Paragraph("Bản chứng thực", styles.cell_head),
            Paragraph("Bản photo", styles.cell_head)]
    data = [head]
    for i, row in enumerate(rows, 1):
        data.append([Paragraph(str(i), styles.cell_center), Paragraph(esc(row.name), styles.cell),
                     Paragraph(str(row.original), styles.cell_center),
                     Paragraph(str(row.certified), styles.cell_center),
                     Paragraph(str(row.photo), styles.cell_center)])
    table = Table(data, colWidths=[tt_w, width - tt_w - 3 * count_w, count_w, count_w, count_w],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(spec))
    return table


def grid_style(spec: PageSpec) -> TableStyle:
    pad = 1.2 * mm if spec.compact else 1.8 * mm
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad * 0.7),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad * 0.7),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.7),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
    ])


def signatures(spec: PageSpec, styles: Styles, blocks: Sequence[tuple[str, str]],
               note: str = "(Ký và ghi rõ họ tên)") -> list[Flowable]:
    """Signature blocks side by side (stacked on roll paper): title, note, room, name.
    Add them to a story with `sign_off`, which keeps them with the text they close."""
    room = 14 if spec.compact else 15 if spec.name == "A5" else 18
    space = Spacer(1, room * mm)
    cells = []
    for title, name in blocks:
        cells.append([Paragraph(f"<b>{esc(title)}</b>", styles.center),
                      Paragraph(f"<i>{esc(note)}</i>", styles.center), space,
                      Paragraph(f"<b>{esc(name)}</b>" if name else "", styles.center)])
    if spec.compact and len(cells) > 1:
        data = [[cell] for cell in cells]
        widths = [spec.frame_width]
    elif len(cells) == 1 and not spec.compact:
        # A lone signer (the head of the agency) signs on the right, as in letters.
        data = [["", cells[0]]]
        widths = [spec.frame_width * 0.45, spec.frame_width * 0.55]
    else:
        data = [cells]
        widths = [spec.frame_width / len(cells)] * len(cells)
    table = Table(data, colWidths=widths, hAlign="CENTER")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return [Spacer(1, spec.font * 0.6), table]


# How many of the last lines of text go over to the next page with the signatures.
KEPT_WITH_SIGNATURES = 2


def sign_off(spec: PageSpec, story: list[Flowable], closing: list[Flowable],
             keep: int = KEPT_WITH_SIGNATURES) -> list[Flowable]:
    """`story` followed by `closing` (the signatures), which never stand alone on a
    page: when they do not fit under the text, the last `keep` paragraphs go over to
    the next page with them. Only paragraphs are taken along, never a table (a long
    one would drag whole pages with it)."""
    if spec.roll:
        return story + closing  # one page as long as its content: nothing to keep
    body = list(story)
    tail: list[Flowable] = []
    taken = 0
    while body and taken < keep and isinstance(body[-1], (Paragraph, Spacer)):
        flowable = body.pop()
        tail.insert(0, flowable)
        taken += isinstance(flowable, Paragraph)
    return [*body, KeepTogether(tail + closing)]


def italic_note(styles: Styles, text: str) -> Paragraph:
    return Paragraph(f"<i>{esc(text)}</i>", styles.body)


__all__ = ["BOLD", "ITALIC", "NationalHeader", "clock_text", "documents_table", "esc", "field",
           "grid_style", "italic_note", "numbered", "place_date", "sign_off",
           "signatures"]
