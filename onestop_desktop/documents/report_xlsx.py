"""The centre's report as an Excel workbook (openpyxl): a summary sheet (figure, number,
share) and one sheet per table (by procedure, by field, by officer), numbers as numbers
and Vietnamese headings, from the report's JSON (services/reports.PeriodReport.to_dict)
so the file says exactly what `report --format json` says."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..domain.report_figures import (
    BREAKDOWN_COLUMNS,
    BREAKDOWNS,
    FIGURES,
    figure_value,
    share_of,
)

SUMMARY_SHEET = "Tổng hợp"
SUMMARY_HEADINGS = ("Chỉ tiêu", "Số lượng", "Tỷ lệ (%)", "Giải thích")
# The first columns of each table sheet, before BREAKDOWN_COLUMNS.
KEY_HEADINGS = {
    "by_procedure": (("code", "Mã thủ tục"), ("name", "Tên thủ tục")),
    "by_field": (("code", "Mã lĩnh vực"), ("name", "Tên lĩnh vực")),
    "by_officer": (("officer", "Tài khoản"), ("name", "Họ và tên")),
}
FIRST_ROW = 4  # rows 1–3: title, period, blank; the headings on row 4


def period_text(report: dict) -> str:
    start, end = date.fromisoformat(report["from"]), date.fromisoformat(report["to"])
    return f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"


def render_xlsx(report: dict, agency_name: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = SUMMARY_SHEET
    _title(sheet, f"BÁO CÁO KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ – {agency_name}",
           period_text(report))
    _headings(sheet, SUMMARY_HEADINGS)
    for row, figure in enumerate(FIGURES, start=FIRST_ROW + 1):
        sheet.cell(row, 1, figure.label)
        sheet.cell(row, 2, figure_value(report, figure.key))
        percent = share_of(report, figure.key)
        if percent is not None:
            sheet.cell(row, 3, percent)
        sheet.cell(row, 4, figure.help).alignment = Alignment(wrap_text=True,
                                                               vertical="top")
    _widths(sheet, (34, 12, 12, 90))
    for name, title in BREAKDOWNS:
        table = book.create_sheet(title)
        _title(table, title, period_text(report))
        columns = (*KEY_HEADINGS[name], *BREAKDOWN_COLUMNS)
        _headings(table, [heading for _, heading in columns])
        for row, entry in enumerate(report[name], start=FIRST_ROW + 1):
            for col, (key, _) in enumerate(columns, start=1):
                table.cell(row, col, entry[key])
        _widths(table, (14, 60, *([14] * len(BREAKDOWN_COLUMNS))))
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _title(sheet, title: str, period: str) -> None:
    sheet.cell(1, 1, title).font = Font(bold=True, size=13)
    sheet.cell(2, 1, period).font = Font(italic=True)


def _headings(sheet, headings) -> None:
    for col, text in enumerate(headings, start=1):
        cell = sheet.cell(FIRST_ROW, col, text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.freeze_panes = sheet.cell(FIRST_ROW + 1, 1)


def _widths(sheet, widths) -> None:
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
