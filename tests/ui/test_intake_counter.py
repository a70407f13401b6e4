"""The intake page at a busy counter's pace: Enter right after typing takes the procedure
typed, errors never move the form, the applicant's details from the card are kept, and
the checklist starts as the papers are usually brought."""

from __future__ import annotations

from datetime import date

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from onestop_desktop.store import dossier_repo
from onestop_desktop.ui.widgets import full_text

from .conftest import CCCD_QR, choose_procedure, focus, idle, press, scan, sign_in, type_keys

MARRIAGE = "1.000894"  # Đăng ký kết hôn
MARRIAGE_ABROAD = "2.000806"  # Đăng ký kết hôn có yếu tố nước ngoài
PERSON_MS = 110  # a quick typist at the counter


def _text(path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def test_enter_right_after_typing_takes_the_procedure_typed(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    # 110 ms a key, Enter at once: the list a moment ago still began with certified copies.
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE, pace_ms=PERSON_MS)
    assert page.procedureList.item(0).text().startswith(MARRIAGE)
    # Unmistakable: code and name in the strong line at the head of the checklist.
    assert page.chosenLabel.text() == "Thủ tục: 1.000894 — Đăng ký kết hôn"
    assert page.checklistTable.item(0, 0).text() == page.procedure.documents[0].name
    # The applicant's name is next (a citizen by default); Tab goes on in reading order.
    assert focus() is page.nameEdit and page.kindCombo.currentIndex() == 0
    type_keys("Lê Văn Tám", pace_ms=PERSON_MS)
    order = []
    for text in ("038090054321", "0987111222", "Thôn 2, xã Hoằng Hóa, Thanh Hóa"):
        press(Qt.Key.Key_Tab)
        order.append(focus().objectName())
        type_keys(text)
    assert order == ["idEdit", "phoneEdit", "addressEdit"]
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, page.last_code)
    assert dossier.procedure_code == MARRIAGE and dossier.procedure_name == "Đăng ký kết hôn"
    pdf = page.printing.last_pdf
    assert pdf is not None and "Đăng ký kết hôn" in _text(pdf)


def test_arrow_keys_in_the_search_box_pick_another_match(qtbot, window, store):
    sign_in(qtbot, window, store)
    page = window.intake
    page.procedureSearch.setFocus()
    type_keys("ket hon", pace_ms=PERSON_MS, settle=False)
    press(Qt.Key.Key_Down)  # the second match, without leaving the box
    press(Qt.Key.Key_Return)
    assert page.procedure.code == MARRIAGE_ABROAD
    assert focus() is page.nameEdit


def test_enter_with_nothing_matching_says_so_and_chooses_nothing(qtbot, window, store):
    sign_in(qtbot, window, store)
    page = window.intake
    page.procedureSearch.setFocus()
    type_keys("xyzw", settle=False)
    press(Qt.Key.Key_Return)
    assert page.procedure is None and focus() is page.procedureSearch
    assert "xyzw" in full_text(page.procedureError)


def _places(page) -> dict[str, tuple[int, int, int, int]]:
    """Where every field of the page is, in window coordinates."""
    places = {}
    for name in ("procedureSearch", "procedureList", "nameEdit", "idEdit", "phoneEdit",
                 "addressEdit", "birthEdit", "emailEdit", "checklistTable", "reasonEdit",
                 "saveButton"):
        widget: QWidget = getattr(page, name)
        corner = widget.mapTo(page.window(), widget.rect().topLeft())
        places[name] = (corner.x(), corner.y(), widget.width(), widget.height())
    return places


def test_errors_and_banners_never_move_the_form(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    idle(qtbot, win)
    before = _places(page)
    page.phoneEdit.setFocus()
    type_keys("0123")  # wrong: the message appears beside the field...
    assert "Số điện thoại không hợp lệ" in full_text(page.phoneError)
    assert _places(page) == before  # ...and nothing moves
    page.idEdit.setFocus()
    type_keys("12345")
    assert full_text(page.idError)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert "Chưa lưu" in full_text(page.messageLabel)  # the banner is up
    assert full_text(page.procedureError) and full_text(page.nameError)
    assert _places(page) == before
    # The first field in error, in the page's order, has the keyboard: the procedure.
    assert focus() is page.procedureSearch
    page.clearButton.click()  # the banner goes: still nothing moves
    assert full_text(page.messageLabel) == ""
    assert _places(page) == before


def test_focus_goes_to_the_first_applicant_field_in_error(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE)
    type_keys("Lê Văn Tám")
    press(Qt.Key.Key_Tab)
    type_keys("038090054321")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no address yet
    idle(qtbot, win)
    assert focus() is page.addressEdit
    assert "địa chỉ" in full_text(page.addressError).lower()


def test_the_card_fills_birth_date_and_gender_and_they_are_kept(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE)
    scan(CCCD_QR)  # female, born 15/03/1990
    assert page.birthEdit.text() == "15/03/1990" and page.genderCombo.currentText() == "Nữ"
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no phone: it is optional
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, page.last_code)
    assert dossier.applicant.birth_date == date(1990, 3, 15)
    assert dossier.applicant.gender == "Nữ" and dossier.applicant.phone == ""


def test_a_phone_is_needed_only_for_notices_by_phone(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE)
    scan(CCCD_QR)
    page.notifySms.setChecked(True)
    assert "SMS" in full_text(page.phoneError)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert not page.last_code and focus() is page.phoneEdit
    type_keys("0912345678")
    assert full_text(page.phoneError) == ""
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, page.last_code)
    assert [str(c) for c in dossier.notify] == ["sms"]


def test_papers_asked_for_only_if_they_apply_start_unticked(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "thanh lap ho kinh doanh", "1.001612")
    table = page.checklistTable
    states = {table.item(r, 0).text(): table.item(r, 0).checkState()
              for r in range(table.rowCount())}
    optional = [name for name in states if "(nếu có)" in name]
    assert optional and all(states[n] == Qt.CheckState.Unchecked for n in optional)
    assert all(s == Qt.CheckState.Checked for n, s in states.items() if n not in optional)
    # Left unticked, they are not "missing": the receipt can be saved as complete.
    _received, missing = page.checklist()
    assert missing == []
