"""Printing through the job helper: the PDF pages are rasterised off the GUI thread, for the
preview, for Ctrl+P straight to the printer and for the preview's own Ctrl+P."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import dossier_repo
from onestop_desktop.store.models import PrintRow
from onestop_desktop.ui import print_preview
from onestop_desktop.ui.print_preview import PrintPreviewDialog
from onestop_desktop.ui.widgets import full_text
from tests.conftest import sample_request

from .conftest import idle, press, sign_in, type_a_birth_registration


@pytest.fixture
def dossiers(store):
    now = datetime.now(UTC)
    service = IntakeService(store, lambda: now)
    return [service.intake(sample_request(received_at=(now - timedelta(days=i)).isoformat()),
                           "lan") for i in range(3)]


@pytest.fixture
def render_calls(monkeypatch):
    """Every render_pages call as (thread, dpi); `gate` holds the render until set."""
    calls: list[tuple[threading.Thread, int]] = []
    gate = threading.Event()
    gate.set()
    original = print_preview.render_pages

    def spy(path, dpi=print_preview.PREVIEW_DPI):
        calls.append((threading.current_thread(), dpi))
        assert gate.wait(20)
        return original(path, dpi)

    monkeypatch.setattr(print_preview, "render_pages", spy)
    yield calls, gate
    gate.set()  # never leave a worker waiting


def _print_rows(store, form: str) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(PrintRow)
                              .where(PrintRow.form == form))


def _pdf_pages(path) -> int:
    with print_preview.PDFIUM_LOCK:  # PDFium is not thread-safe: never beside a render
        document = pypdfium2.PdfDocument(str(path))
        try:
            return len(document)
        finally:
            document.close()


def _shown_pages(preview) -> int:
    return len(preview.body.pagesHost.findChildren(QLabel, "previewPage"))


def test_ledger_preview_renders_off_the_gui_thread(qtbot, window, store, dossiers,
                                                   render_calls, tmp_path):
    calls, gate = render_calls
    sign_in(qtbot, window, store)
    window.show_page("reports")
    reports = window.reports
    reports.fromDate.setDate(reports.fromDate.date().addDays(-30))
    gate.clear()  # hold the rendering to look at the window meanwhile
    reports.ledgerButton.click()
    qtbot.waitUntil(lambda: bool(calls), timeout=15_000)
    # The GUI thread keeps serving its event loop while the pages are rasterised.
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2_000)
    assert reports.printing.last_preview is None and window.ctx.jobs.busy
    gate.set()
    qtbot.waitUntil(lambda: reports.printing.last_preview is not None, timeout=15_000)

    assert [dpi for _t, dpi in calls] == [print_preview.PREVIEW_DPI]
    assert all(thread is not threading.main_thread() for thread, _dpi in calls)
    preview = reports.printing.last_preview
    assert preview.isVisible()
    assert _shown_pages(preview) == _pdf_pages(reports.printing.last_pdf) >= 1
    assert _print_rows(store, "07") == 0  # only shown: not a copy
    page = preview.findChild(QLabel, "previewPage")
    # As wide as the landscape page needs, but never wider than the screen.
    room = preview.screen().availableGeometry().width() - 40
    assert min(page.pixmap().width() + 60, room) <= preview.width() <= room
    preview.grab().save(str(tmp_path / "ledger_preview.png"))
    preview.close()


def test_preview_ctrl_p_renders_for_the_printer_off_the_gui_thread(
        qtbot, window, store, dossiers, render_calls, printed_pdf):
    calls, _gate = render_calls
    sign_in(qtbot, window, store)
    detail = window.detail
    window.open_dossier(dossiers[0].code)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5_000)
    detail.reprint()
    qtbot.waitUntil(lambda: detail.printing.last_preview is not None, timeout=15_000)
    preview = detail.printing.last_preview
    qtbot.waitUntil(preview.isActiveWindow, timeout=5_000)
    shown = _shown_pages(preview)
    with qtbot.waitSignal(preview.accepted, timeout=15_000):  # printed, closed (and deleted)
        press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert preview.printed_pages == shown == _pdf_pages(printed_pdf)
    assert [dpi for _t, dpi in calls] == [print_preview.PREVIEW_DPI, print_preview.PRINT_DPI]
    assert all(thread is not threading.main_thread() for thread, _dpi in calls)
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, dossiers[0].code)
        forms = list(session.scalars(select(PrintRow.form)
                                     .where(PrintRow.dossier_id == dossier.id)))
    assert forms == ["01"]  # the reprint is counted; printing the preview is not a new print


def test_ctrl_p_renders_for_the_printer_off_the_gui_thread(qtbot, window, store,
                                                           render_calls, printed_pdf):
    calls, _gate = render_calls
    sign_in(qtbot, window, store)
    page = window.intake
    type_a_birth_registration(qtbot, window)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.printing.last_printed_pages > 0, timeout=10_000)
    assert page.printing.last_preview is None  # straight to the printer
    assert page.printing.last_printed_pages == _pdf_pages(printed_pdf)
    assert [dpi for _t, dpi in calls] == [print_preview.PRINT_DPI]  # rendered once
    assert all(thread is not threading.main_thread() for thread, _dpi in calls)
    assert _print_rows(store, "01") == 1


def test_ctrl_p_without_a_printer_previews_instead(qtbot, window, store, render_calls):
    calls, _gate = render_calls
    window.ctx.printer_factory = lambda: None
    sign_in(qtbot, window, store)
    page = window.intake
    type_a_birth_registration(qtbot, window)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.printing.last_preview is not None, timeout=15_000)
    assert page.printing.last_printed_pages == 0
    assert [dpi for _t, dpi in calls] == [print_preview.PREVIEW_DPI]  # not at 300 dpi
    assert all(thread is not threading.main_thread() for thread, _dpi in calls)
    assert _shown_pages(page.printing.last_preview) == _pdf_pages(page.printing.last_pdf)
    assert _print_rows(store, "01") == 0  # shown, not printed: not counted


def test_a_preview_that_cannot_be_rendered_says_so(qtbot, window, store, dossiers,
                                                   monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def broken(path, dpi=print_preview.PREVIEW_DPI):
        raise RuntimeError("tệp hỏng")

    monkeypatch.setattr(print_preview, "render_pages", broken)
    sign_in(qtbot, window, store)
    detail = window.detail
    window.open_dossier(dossiers[0].code)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5_000)
    detail.reprint()
    qtbot.waitUntil(lambda: "Không in được" in detail.messageLabel.text(), timeout=15_000)
    idle(qtbot, window)
    assert "tệp hỏng" in full_text(detail.messageLabel)  # the banner elides a long one
    assert detail.printing.last_preview is None
    assert _print_rows(store, "01") == 0  # nothing was shown, nothing counted
    assert not list(tmp_path.glob("onestop-preview-*"))  # the render was removed
    assert detail.receiptButton.text() == "In giấy tiếp nhận"  # still the first print


def test_a_counted_copy_that_cannot_be_rendered_says_where_it_is(qtbot, window, store,
                                                                 dossiers, monkeypatch):
    """Ctrl+P straight to the printer: the copy is counted, then its pages fail."""
    original = print_preview.render_pages

    def broken(path, dpi=print_preview.PREVIEW_DPI):
        if dpi == print_preview.PRINT_DPI:
            raise RuntimeError("tệp hỏng")
        return original(path, dpi)

    monkeypatch.setattr(print_preview, "render_pages", broken)
    sign_in(qtbot, window, store)
    detail = window.detail
    window.open_dossier(dossiers[0].code)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5_000)
    detail.reprint()
    qtbot.waitUntil(lambda: detail.printing.last_preview is not None, timeout=15_000)
    preview = detail.printing.last_preview
    qtbot.waitUntil(preview.isActiveWindow, timeout=5_000)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "tệp hỏng" in preview.body.infoLabel.text(), timeout=15_000)
    assert str(detail.printing.last_pdf) in preview.body.infoLabel.text()
    assert detail.printing.last_pdf.is_file()
    assert _print_rows(store, "01") == 1  # counted before its pages failed
    # The page reloads all the same: the receipt is now a reprint, not a first print.
    qtbot.waitUntil(lambda: detail.choices["01"].issued, timeout=10_000)
    idle(qtbot, window)
    assert detail.receiptButton.text() == "In lại giấy tiếp nhận"
    assert preview.isVisible() and preview.body.closeButton.isEnabled()
    preview.close()


# Two threads rendering at once, in a process of its own: without the lock PDFium
# corrupts its heap and the process dies, which must fail the test, not the run.
CONCURRENT_RENDERS = """
import sys, threading
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from onestop_desktop.ui import print_preview

pdf = Path(sys.argv[1])
sheet = canvas.Canvas(str(pdf), pagesize=A4)
for page in range(6):
    for line in range(60):
        sheet.drawString(40, 800 - line * 12, f"Trang {page} dong {line} " * 4)
    sheet.showPage()
sheet.save()
counts, errors = [], []

def work():
    try:
        for _ in range(5):
            counts.append(len(print_preview.render_pages(pdf, 150)))
    except Exception as exc:
        errors.append(repr(exc))

threads = [threading.Thread(target=work) for _ in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(counts, errors)
"""


def test_two_renders_at_once_do_not_crash_pdfium(tmp_path):
    """The ledger preview's "In" renders while "Xem và in sổ" renders again."""
    result = subprocess.run([sys.executable, "-c", CONCURRENT_RENDERS, str(tmp_path / "six.pdf")],
                            capture_output=True, text=True, timeout=120, check=False,
                            cwd=Path(__file__).resolve().parents[2],
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"rendering crashed ({result.returncode}): {result.stderr}"
    assert result.stdout.strip() == f"{[6] * 10} []"


def _preview_of_a_reprint(qtbot, detail):
    before = detail.printing.last_preview
    detail.reprint()
    qtbot.waitUntil(lambda: detail.printing.last_preview not in (None, before), timeout=15_000)
    return detail.printing.last_preview


def test_closed_previews_are_deleted(qtbot, window, store, dossiers):
    """Each preview holds its pages as pixmaps: closing it frees them."""
    sign_in(qtbot, window, store)
    detail = window.detail
    window.open_dossier(dossiers[0].code)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5_000)
    for _ in range(3):
        preview = _preview_of_a_reprint(qtbot, detail)
        idle(qtbot, window)
        preview.close()
    qtbot.waitUntil(lambda: not detail.findChildren(PrintPreviewDialog), timeout=5_000)
    assert detail.printing.last_preview is None
    assert _print_rows(store, "01") == 0  # only shown


def test_closing_while_a_copy_prints_waits_for_it(qtbot, window, store, dossiers,
                                                  render_calls, printed_pdf):
    """"In" counts the copy and starts its 300 dpi render; "Đóng" meanwhile does not drop
    a counted copy: the preview says it is printing and closes once the copy is out."""
    calls, gate = render_calls
    sign_in(qtbot, window, store)
    detail = window.detail
    window.open_dossier(dossiers[0].code)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5_000)
    preview = _preview_of_a_reprint(qtbot, detail)
    idle(qtbot, window)
    gate.clear()
    preview.body.printButton.click()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5_000)  # the print render is held
    assert preview.body.infoLabel.text() == "Đang in…"
    assert not preview.body.closeButton.isEnabled()
    press(Qt.Key.Key_Escape)
    assert preview.isVisible()
    gate.set()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: detail.printing.last_preview is None, timeout=5_000)
    assert [dpi for _t, dpi in calls] == [print_preview.PREVIEW_DPI, print_preview.PRINT_DPI]
    assert _pdf_pages(printed_pdf) == 1
    assert _print_rows(store, "01") == 1
