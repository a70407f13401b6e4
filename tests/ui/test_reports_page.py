"""The Báo cáo page as a head and as an officer: the period's figures with their tooltips,
the tables, the exports off the GUI thread (cancelled too), and the officer refused."""

from __future__ import annotations

import threading

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit

from onestop_desktop.domain.report_figures import FIGURES
from onestop_desktop.store import report_queries
from onestop_desktop.ui.widgets import full_text
from tests.test_reports import NOW, fixed  # noqa: F401 - the fixed data set, a fixture

from .conftest import focus, idle, press, screens_dir, sign_in_as, type_keys


def type_date(edit, digits: str) -> None:
    """Into the day section, as after Tab: each section full moves on to the next."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    type_keys(digits)


def screenshot(win, name: str) -> None:
    folder = screens_dir("reports")
    if folder is not None:
        win.grab().save(str(folder / name))


def test_a_head_sees_the_period_figures_with_their_meaning_and_exports_them(
        qtbot, window, fixed, tmp_path, monkeypatch):  # noqa: F811
    win = window
    win.ctx.desk.clock = lambda: NOW  # Mon 14/12/2026 09:00
    win.resize(1366, 768)
    sign_in_as(qtbot, win, "tam")
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = win.reports
    assert win.current_page() == "reports" and page.periodBox.isVisible()
    assert page.quickCombo.currentText() == "Tháng này"
    type_date(page.fromDate, "30112026")
    type_date(page.toDate, "11122026")
    assert page.quickCombo.currentText() == "Tùy chọn"
    QTest.mouseClick(page.showButton, Qt.MouseButton.LeftButton)
    received = page.value_labels["received"]
    qtbot.waitUntil(lambda: received.text() == "8", timeout=10_000)
    assert page.value_labels["processed.on_time"].text() == "2 (50,0 %)"
    assert page.value_labels["processed.late"].text() == "1 (25,0 %)"
    assert page.value_labels["refused"].text() == "1"
    assert page.value_labels["withdrawn"].text() == "1"
    assert page.value_labels["ratings.3"].text() == "1 (50,0 %)"
    for figure in FIGURES:  # each figure explains itself
        assert page.value_labels[figure.key].toolTip() == figure.help
    table = page.procedureTable
    assert table.rowCount() == 3
    assert [table.item(0, c).text() for c in range(table.columnCount())] == \
        ["1.001612", "Đăng ký thành lập hộ kinh doanh", "5", "1", "1", "0", "1", "1"]
    assert page.officerTable.item(0, 1).text() == "Nguyễn Thị Lan"
    assert page.fieldTable.rowCount() == 3
    assert page.timing_set.at(1) == 2 and page.rating_series.count() == 2
    screenshot(win, "reports-head.png")

    out = tmp_path / "bao-cao.xlsx"
    page.export("xlsx", out)
    assert page.exportProgress.isVisible() and page.cancelExportButton.isVisible()
    assert not page.xlsxButton.isEnabled()
    qtbot.waitUntil(lambda: "Đã lưu báo cáo" in full_text(page.messageLabel),
                    timeout=15_000)
    assert not page.exportProgress.isVisible() and page.xlsxButton.isEnabled()
    assert load_workbook(out)["Tổng hợp"].cell(5, 2).value == 8

    # The export is held at its first figure until the officer has pressed cancel (the
    # figures come in a blink now; a person's click must still stop the export).
    gate, real = threading.Event(), report_queries.received

    def held(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(report_queries, "received", held)
    cancelled = tmp_path / "bao-cao.pdf"
    page.export("pdf", cancelled)
    QTest.mouseClick(page.cancelExportButton, Qt.MouseButton.LeftButton)
    gate.set()
    idle(qtbot, win)
    qtbot.waitUntil(lambda: not page.exportProgress.isVisible(), timeout=10_000)
    assert not cancelled.exists() and list(tmp_path.glob("*.part")) == []
    assert "Đã hủy xuất báo cáo" in full_text(page.messageLabel)
    assert page.pdfButton.isEnabled()


def test_an_officer_does_not_see_the_period_and_is_refused_by_the_boundary(
        qtbot, window, fixed):  # noqa: F811
    win = window
    win.ctx.desk.clock = lambda: NOW
    sign_in_as(qtbot, win, "lan")
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = win.reports
    assert win.current_page() == "reports"
    assert not page.periodBox.isVisible() and page.todayBox.isVisible()
    idle(qtbot, win)
    assert page.value_labels["received"].text() == "—"  # nothing was counted
    page.load_period()  # called anyway: the boundary refuses
    qtbot.waitUntil(lambda: "không được xem báo cáo" in full_text(page.messageLabel),
                    timeout=10_000)
    assert page.value_labels["received"].text() == "—"
    assert focus() is not None
