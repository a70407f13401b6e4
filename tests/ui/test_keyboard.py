"""Keyboard only: the tab order of the intake page, the shortcuts, a whole intake without
the mouse, and Ctrl+P sending the receipt straight to the printer."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import Qt

from onestop_desktop.domain.status import Status
from onestop_desktop.store import dossier_repo
from onestop_desktop.ui.print_preview import PDFIUM_LOCK

from .conftest import (
    choose_procedure,
    focus,
    idle,
    press,
    sign_in,
    type_a_birth_registration,
    type_keys,
)

INTAKE_TAB_ORDER = ["procedureSearch", "procedureList", "kindCombo", "nameEdit", "idEdit",
                    "phoneEdit", "addressEdit", "birthEdit", "genderCombo", "notifySms",
                    "notifyZalo", "notifyEmail", "emailEdit", "deliveryCombo",
                    # the postal address and the submitter's fields wait, greyed, till asked
                    "submitterCheck", "checklistTable", "extraDocEdit",
                    "addDocButton", "removeDocButton", "setsSpin", "reasonEdit", "clearButton",
                    "refuseButton", "incompleteButton", "saveButton",
                    # the ticket is scanned, or called with F8: its field last
                    "ticketEdit", "callNextButton"]


def test_intake_tab_order(qtbot, window, store):
    sign_in(qtbot, window, store)
    window.intake.procedureSearch.setFocus()
    seen = [focus().objectName()]
    for _ in INTAKE_TAB_ORDER[1:]:
        press(Qt.Key.Key_Tab)
        seen.append(focus().objectName())
    assert seen == INTAKE_TAB_ORDER


def test_navigation_shortcuts(qtbot, window, store):
    sign_in(qtbot, window, store)
    for key, page, field in ((Qt.Key.Key_2, "list", "searchEdit"),
                             (Qt.Key.Key_3, "return", "codeEdit"),
                             (Qt.Key.Key_4, "reports", None), (Qt.Key.Key_5, "settings", None),
                             (Qt.Key.Key_1, "intake", "procedureSearch")):
        press(key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
        if field:
            assert focus().objectName() == field


def test_whole_intake_without_the_mouse(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)  # typed, Enter between fields
    page = win.intake
    assert focus() is page.procedureSearch  # the page opens ready to search
    choose_procedure(qtbot, win, "khai sinh", "1.001193")  # Enter picks the first match
    assert focus() is page.nameEdit  # the applicant is next (a citizen by default)
    page_procedure = page.procedure
    type_keys("Lê Thị Mai")
    press(Qt.Key.Key_Return)  # Enter moves to the next field
    type_keys("038190054321")
    press(Qt.Key.Key_Tab)
    type_keys("0987 111 222")
    press(Qt.Key.Key_Tab)
    type_keys("Phường Hạc Thành, Thanh Hóa")
    # An extra paper outside the checklist, added from the keyboard.
    for _ in range(10):  # birth, gender, SMS, Zalo, Email, email, delivery, submitter, papers
        press(Qt.Key.Key_Tab)
    assert focus() is page.extraDocEdit
    type_keys("Giấy ủy quyền")
    press(Qt.Key.Key_Return)
    rows = page.checklistTable.rowCount()
    assert page.checklistTable.item(rows - 1, 0).text() == "Giấy ủy quyền"
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, page.last_code)
    assert dossier.status is Status.RECEIVED and dossier.applicant.name == "Lê Thị Mai"
    assert dossier.procedure_code == "1.001193"
    # Every row but the "(nếu có)" paper left unticked (it does not apply here).
    optional = [d for d in page_procedure.documents if d.optional]
    assert len(optional) == 1
    assert dossier.documents[-1].name == "Giấy ủy quyền"
    assert len(dossier.documents) == rows - len(optional)


def test_ctrl_p_prints_the_receipt_directly(qtbot, window, store, printed_pdf):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    type_a_birth_registration(qtbot, win)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)
    assert page.printing.last_preview is None  # no preview: straight to the printer
    assert page.printing.last_printed_pages >= 1
    # The "printer" here writes a PDF (QPrinter PdfFormat): it holds the rendered page.
    with PDFIUM_LOCK:  # PDFium is not thread-safe: never beside a worker's render
        document = pypdfium2.PdfDocument(str(printed_pdf))
        assert len(document) == page.printing.last_printed_pages
        first = document[0]
        bitmap = first.render(scale=0.5)
        image = bitmap.to_pil().convert("L")
        for item in (bitmap, first, document):
            item.close()  # here, not by a finaliser outside the lock
    assert image.getextrema()[0] < 100  # ink on the page, not a blank sheet
