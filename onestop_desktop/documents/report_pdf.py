"""The centre's report as a PDF (A4 landscape, the bundled fonts): the summary table
(figure, number, share, what it counts) and the tables by procedure, field and
officer, from the report's JSON, the same tables as the XLSX (documents/report_xlsx.py)."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from ..domain.config import DeskConfig
from ..domain.report_figures import (
    BREAKDOWN_COLUMNS,
    BREAKDOWN_HELP,
    BREAKDOWNS,
    FIGURES,
    figure_value,
    share_of,
)
from .blocks import NationalHeader, esc, grid_style, local
from .layout import build_pdf, page_spec, standard_decorations, styles_for
from .report_xlsx import KEY_HEADINGS, SUMMARY_HEADINGS, period_text

TITLE = "BÁO CÁO KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ"


def _number(value: object) -> str:
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}".replace(".", ",") + " %"


def render_report_pdf(report: dict, config: DeskConfig, *, printed_at: datetime) -> bytes:
    spec = page_spec("A4", wide=True)
    styles = styles_for(spec.font)
    cell, head, right = styles.cell, styles.cell_head, styles.cell_center
    width = spec.frame_width
    period = period_text(report)
    story = [NationalHeader(spec, config.parent_name, config.agency_name, ""),
             Paragraph(TITLE, styles.title), Paragraph(esc(period), styles.subtitle)]

    rows = [[Paragraph(esc(h), head) for h in SUMMARY_HEADINGS]]
    for figure in FIGURES:
        rows.append([Paragraph(esc(figure.label), cell),
                     Paragraph(_number(figure_value(report, figure.key)), right),
                     Paragraph(_percent(share_of(report, figure.key)), right),
                     Paragraph(esc(figure.help), cell)])
    summary = Table(rows, colWidths=[width * s for s in (0.22, 0.09, 0.09, 0.60)],
                    repeatRows=1, hAlign="LEFT")
    summary.setStyle(grid_style(spec))
    story.append(summary)

    for name, title in BREAKDOWNS:
        columns = (*KEY_HEADINGS[name], *BREAKDOWN_COLUMNS)
        # A heading never stands alone at the foot of a page.
        story += [Spacer(1, spec.font), CondPageBreak(4 * cm),
                  Paragraph(esc(title), styles.heading)]
        rows = [[Paragraph(esc(h), head) for _, h in columns]]
        for entry in report[name]:
            rows.append([Paragraph(esc(entry[key]), cell) for key, _ in columns[:2]]
                        + [Paragraph(_number(entry[key]), right) for key, _ in columns[2:]])
        if len(rows) == 1:
            rows.append([Paragraph("Không có hồ sơ nào trong kỳ.", cell)]
                        + [""] * (len(columns) - 1))
        shares = (0.12, 0.40, *([0.08] * len(BREAKDOWN_COLUMNS)))
        table = Table(rows, colWidths=[width * s / sum(shares) for s in shares],
                      repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_style(spec))
        story.append(table)
    story += [Paragraph(f"<i>{esc(BREAKDOWN_HELP)}</i>", styles.small),
              Paragraph(f"<i>Lập lúc {local(printed_at):%H:%M ngày %d/%m/%Y}.</i>",
                        styles.body)]
    return build_pdf(story, spec, title=f"{TITLE} – {period}", author=config.agency_name,
                     decorate=standard_decorations(f"{TITLE} ({period})", 0))
