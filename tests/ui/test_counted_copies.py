"""A copy counts when it reaches a printer or a file the officer saves, never when it is
only shown: Ctrl+S then Esc leaves no print behind, the next real print is the first
copy, and the intake banner says what became of the receipt."""

from __future__ import annotations

import unicodedata

import pypdf
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit
from sqlalchemy import select

from onestop_desktop.services.printing import print_form
from onestop_desktop.store import dossier_repo
from onestop_desktop.store.models import PrintRow
from onestop_desktop.ui.widgets import full_text

from .conftest import (
    focus,
    idle,
    press,
    print_from_preview,
    sign_in,
    type_a_birth_registration,
    type_keys,
)


def _pdf_text(path) -> str:
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return unicodedata.normalize("NFC", text)


def _copies(store, code: str, form: str = "01") -> list[int]:
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, code)
        return list(session.scalars(select(PrintRow.copy_no).where(
            PrintRow.dossier_id == dossier.id, PrintRow.form == form)
            .order_by(PrintRow.copy_no)))


def _save_and_preview(qtbot, win):
    """Type an intake, Ctrl+S: the dossier is saved and its receipt previewed."""
    page = win.intake
    type_a_birth_registration(qtbot, win)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.printing.last_preview is not None, timeout=15_000)
    preview = page.printing.last_preview
    qtbot.waitUntil(preview.isActiveWindow, timeout=5_000)
    return page.last_code, preview


def test_a_preview_closed_with_esc_is_not_a_copy(qtbot, window, store, printed_pdf):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    code, preview = _save_and_preview(qtbot, win)
    shown = page.printing.last_pdf
    assert "BẢN IN LẠI" not in _pdf_text(shown) and code in _pdf_text(shown)
    assert "bản in lần đầu" in preview.body.infoLabel.text()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview), timeout=5_000)
    idle(qtbot, win)
    assert _copies(store, code) == []
    assert not shown.exists() and not shown.parent.exists()  # the render went with it
    message = page.messageLabel.text()
    assert "Đang in" not in message
    assert message.startswith(f"Đã lưu hồ sơ {code}, chưa in giấy tiếp nhận")
    assert "In giấy tiếp nhận" in message  # and how to print it later

    # The next real print, from the dossier's page, is the first copy.
    win.open_dossier(code)
    detail = win.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.dossier.code == code,
                    timeout=10_000)
    idle(qtbot, win)
    assert detail.receiptButton.text() == "In giấy tiếp nhận"
    detail.receiptButton.click()
    counted = print_from_preview(qtbot, detail.printing)
    idle(qtbot, win)
    assert _copies(store, code) == [1]
    assert "BẢN IN LẠI" not in _pdf_text(counted) and code in _pdf_text(counted)
    assert printed_pdf.is_file()  # and it reached the printer


def test_a_preview_printed_is_counted_once(qtbot, window, store, printed_pdf):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    code, preview = _save_and_preview(qtbot, win)
    assert "Đang xem trước mẫu 01" in page.messageLabel.text()
    with qtbot.waitSignal(preview.accepted, timeout=15_000):
        press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert _copies(store, code) == [1]
    assert printed_pdf.is_file()
    assert page.messageLabel.text() == f"Đã lưu hồ sơ {code} và in mẫu 01."
    counted = page.printing.last_pdf
    assert counted.parent == win.ctx.prints_dir and "BẢN IN LẠI" not in _pdf_text(counted)


def test_saving_the_file_is_a_copy(qtbot, window, store, tmp_path):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    code, preview = _save_and_preview(qtbot, win)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # "Lưu tệp PDF…"
    qtbot.waitUntil(lambda: preview.save_dialog is not None
                    and preview.save_dialog.isVisible(), timeout=5_000)
    chooser = preview.save_dialog
    assert isinstance(chooser, QFileDialog)
    assert _copies(store, code) == []  # asking where is not a copy yet
    name_edit = chooser.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: focus() is name_edit, timeout=5_000)
    assert name_edit.text() == f"{code}-mau01.pdf"
    target = tmp_path / "giay-tiep-nhan.pdf"
    name_edit.selectAll()
    type_keys(str(target))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview), timeout=15_000)
    idle(qtbot, win)
    assert _copies(store, code) == [1]
    assert code in _pdf_text(target) and "BẢN IN LẠI" not in _pdf_text(target)
    assert full_text(page.messageLabel) == (f"Đã lưu hồ sơ {code} và lưu mẫu 01 thành tệp "
                                        f"{target}.")
    # The folder is offered again next time.
    assert win.intake.printing.save_location("x") == str(tmp_path / "x.pdf")


def test_a_print_made_meanwhile_is_never_repeated(qtbot, window, store, printed_pdf):
    """Preview (the first copy, as it stands), another window prints the receipt, then
    "In": the copy is numbered when it is printed, and says it is a reprint."""
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    code, preview = _save_and_preview(qtbot, win)
    assert "BẢN IN LẠI" not in _pdf_text(page.printing.last_pdf)
    elsewhere = print_form(store, "01", code, win.ctx.pdf_path("01", code), actor="lan")
    assert elsewhere.copy_no == 1
    with qtbot.waitSignal(preview.accepted, timeout=15_000):
        press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert _copies(store, code) == [1, 2]
    assert "BẢN IN LẠI – lần 1" in _pdf_text(page.printing.last_pdf)


def test_ctrl_p_on_the_intake_counts_and_says_printed(qtbot, window, store, printed_pdf):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    type_a_birth_registration(qtbot, win)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    qtbot.waitUntil(lambda: "và in mẫu 01" in page.messageLabel.text(), timeout=15_000)
    assert page.printing.last_preview is None
    assert _copies(store, page.last_code) == [1]
    assert printed_pdf.is_file()


def test_forms_are_printed_on_the_desks_paper(qtbot, window, store, printed_pdf):
    win = window
    win.ctx.ui_settings.setValue("printing/paper_size", "A5")
    sign_in(qtbot, win, store)
    page = win.intake
    code, _preview = _save_and_preview(qtbot, win)
    counted = print_from_preview(qtbot, page.printing)
    idle(qtbot, win)
    box = pypdf.PdfReader(str(counted)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)  # A5 points
    assert _copies(store, code) == [1]


def _ledger_copies(store) -> list[int]:
    with store.read() as session:
        return list(session.scalars(select(PrintRow.copy_no).where(PrintRow.form == "07")
                                    .order_by(PrintRow.copy_no)))


def test_the_ledger_counts_only_when_printed(qtbot, window, store, printed_pdf):
    win = window
    sign_in(qtbot, win, store, "tam", role="head")  # the ledger is a head's report
    win.show_page("reports")
    reports = win.reports
    reports.ledgerButton.click()
    qtbot.waitUntil(lambda: reports.printing.last_preview is not None, timeout=15_000)
    preview = reports.printing.last_preview
    qtbot.waitUntil(preview.isActiveWindow, timeout=5_000)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview), timeout=5_000)
    idle(qtbot, win)
    assert _ledger_copies(store) == []
    reports.ledgerButton.click()
    counted = print_from_preview(qtbot, reports.printing)
    idle(qtbot, win)
    assert _ledger_copies(store) == [1]
    assert "BẢN IN LẠI" not in _pdf_text(counted)
    assert reports.messageLabel.text() == "Đã in sổ theo dõi hồ sơ."
