"""The report written as files through the command line: the XLSX read back with openpyxl
and compared cell by cell with the JSON, the PDF's text holding every figure, and the
exit statuses of bad input."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from onestop_desktop.cli import main
from onestop_desktop.documents.report_xlsx import FIRST_ROW, KEY_HEADINGS, SUMMARY_HEADINGS
from onestop_desktop.domain.report_figures import (
    BREAKDOWN_COLUMNS,
    BREAKDOWNS,
    FIGURES,
    figure_value,
    share_of,
)
from tests.test_reports import fixed  # noqa: F401 - the fixed data set, a fixture

FROM, TO = "30/11/2026", "11/12/2026"


def run(capsys, data_dir, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def figures(fixed, data_dir, capsys):  # noqa: F811
    """The JSON of the period, from `report -o -`."""
    code, out, err = run(capsys, data_dir, "--from", FROM, "--to", TO, "--format", "json",
                         "-o", "-")
    assert code == 0, err
    return json.loads(out)


def test_the_json_on_stdout_has_the_figures_the_issue_names(figures):
    assert figures["from"] == "2026-11-30" and figures["to"] == "2026-12-11"
    for key in ("received", "refused", "returned", "by_procedure", "by_officer"):
        assert key in figures
    assert set(figures["processed"]) == {"early", "on_time", "late"}
    assert set(figures["pending"]) == {"within_time", "overdue"}
    assert set(figures["ratings"]) == {"1", "2", "3", "none"}  # one per level of the scale
    assert (figures["received"], figures["refused"], figures["returned"]) == (8, 1, 2)
    assert figures["processed"] == {"early": 1, "on_time": 2, "late": 1}


def test_the_xlsx_read_back_matches_the_json_cell_by_cell(figures, data_dir, tmp_path,
                                                         capsys):
    out = tmp_path / "bao-cao.xlsx"
    # ISO dates work as well as dd/mm/yyyy.
    code, printed, err = run(capsys, data_dir, "--from", "2026-11-30", "--to", "2026-12-11",
                             "--format", "xlsx", "-o", str(out))
    assert code == 0, err
    assert printed.strip() == str(out)
    book = load_workbook(out)
    summary = book["Tổng hợp"]
    assert summary.cell(2, 1).value == "Từ ngày 30/11/2026 đến ngày 11/12/2026"
    assert [summary.cell(FIRST_ROW, c).value for c in range(1, 5)] == list(SUMMARY_HEADINGS)
    for row, figure in enumerate(FIGURES, start=FIRST_ROW + 1):
        assert summary.cell(row, 1).value == figure.label
        number = summary.cell(row, 2).value
        assert isinstance(number, int) and number == figure_value(figures, figure.key)
        assert summary.cell(row, 3).value == share_of(figures, figure.key)
        assert summary.cell(row, 4).value == figure.help
    assert summary.cell(FIRST_ROW + len(FIGURES) + 1, 1).value is None
    for name, title in BREAKDOWNS:
        sheet = book[title]
        columns = (*KEY_HEADINGS[name], *BREAKDOWN_COLUMNS)
        assert [sheet.cell(FIRST_ROW, c).value for c in range(1, len(columns) + 1)] == \
            [heading for _, heading in columns]
        for row, entry in enumerate(figures[name], start=FIRST_ROW + 1):
            for col, (key, _) in enumerate(columns, start=1):
                # openpyxl reads an empty string back as an empty cell
                assert sheet.cell(row, col).value == (entry[key] if entry[key] != "" else None)
        assert sheet.cell(FIRST_ROW + len(figures[name]) + 1, 1).value is None
    assert book.sheetnames == ["Tổng hợp", *(title for _, title in BREAKDOWNS)]


def test_the_pdf_text_holds_the_figures(figures, data_dir, tmp_path, capsys):
    out = tmp_path / "bao-cao.pdf"
    code, _, err = run(capsys, data_dir, "--from", FROM, "--to", TO, "--format", "pdf",
                       "-o", str(out))
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(text.split())
    assert "BÁO CÁO KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ" in flat
    assert "Từ ngày 30/11/2026 đến ngày 11/12/2026" in flat
    for figure in FIGURES:
        assert figure.label in flat
    # Row by row: the label, then its number (and share, where it has one).
    assert "Tiếp nhận 8" in flat and "Giải quyết đúng hạn 2 50,0 %" in flat
    assert "Đang quá hạn" in flat and "Rất hài lòng 1 50,0 %" in flat
    for entry in figures["by_procedure"]:
        assert entry["code"] in flat
    assert "Nguyễn Thị Lan 7 1 2 1" in flat


@pytest.mark.parametrize("args, said", [
    (["--from", "31/02/2026", "--to", TO, "-o", "-"], "--from phải là ngày dạng dd/mm/yyyy"),
    (["--from", "2026-12-11", "--to", "30/11/2026", "-o", "-"], "sau ngày kết thúc"),
    (["--from", "01/01/2020", "--to", "01/01/2026", "-o", "-"], "dài quá 5 năm"),
    (["--from", FROM, "--to", TO, "--format", "xlsx", "-o", "-"], "chỉ dùng với --format json"),
    (["--from", FROM, "--to", TO, "--format", "pdf", "-o", "/no/such/dir/x.pdf"],
     "không có thư mục"),
])
def test_bad_input_exits_2_with_a_vietnamese_message_and_writes_nothing(
        fixed, data_dir, tmp_path, capsys, args, said):  # noqa: F811
    code, out, err = run(capsys, data_dir, *args)
    assert code == 2 and out == ""
    assert err.startswith("Lỗi: ") and said in err
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob("*.pdf")) == []
