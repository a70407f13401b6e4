"""The intake page's identity papers: a foreigner's passport with the nationality, an old
CMND said in the warning colour yet saved, the label the law uses."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from onestop_desktop.store import dossier_repo
from onestop_desktop.ui.widgets import full_text

from .conftest import choose_procedure, focus, idle, press, sign_in, type_keys

MARRIAGE = "1.000894"  # Đăng ký kết hôn
# Where the screenshots of this page go when asked for (a person looks at them).
SCREENS = os.environ.get("ONESTOP_SCREENS")


def _text(path) -> str:
    return " ".join("".join(page.extract_text() for page in
                            pypdf.PdfReader(str(path)).pages).split())


def _grab(win, name: str) -> None:
    if SCREENS:
        win.resize(1366, 768)
        win.grab().save(str(Path(SCREENS) / name))


def _save_and_read(qtbot, win, store):
    page = win.intake
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)
    with store.read() as session:
        return dossier_repo.get_by_code(session, page.last_code)


def test_a_foreigner_is_taken_in_with_the_passport_and_the_nationality(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    label = page.findChild(QLabel, "idLabel")
    # Short on the page (the forms print the full label); no CMND either way.
    assert label.text() == "Số định danh/Hộ chiếu"
    assert label.toolTip().startswith("Số định danh cá nhân/Thẻ căn cước/Hộ chiếu")
    assert not page.nationalityCombo.isVisible()  # a citizen's card needs none
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE)
    type_keys("Kim Min-jun")
    press(Qt.Key.Key_Tab)
    type_keys("M12345678")
    # Not a Vietnamese paper: the nationality is asked for, Việt Nam until chosen.
    assert page.nationalityCombo.isVisible()
    assert page.nationalityCombo.currentText() == "Việt Nam (VNM)"
    assert "quốc tịch" in full_text(page.idError)
    press(Qt.Key.Key_Tab)
    assert focus() is page.nationalityCombo
    page.nationalityCombo.lineEdit().selectAll()
    type_keys("kor")  # the code, as the passport prints it
    press(Qt.Key.Key_Tab)
    assert full_text(page.idError) == ""
    assert page.nationalityCombo.currentText() == "South Korea (KOR)"
    for text in ("0912345678", "Số 1 Tràng Tiền, Hà Nội"):
        assert focus() in (page.phoneEdit, page.addressEdit)
        type_keys(text)
        press(Qt.Key.Key_Tab)
    _grab(win, "intake-foreigner.png")
    dossier = _save_and_read(qtbot, win, store)
    assert (dossier.applicant.id_number, dossier.applicant.nationality) == ("M12345678", "KOR")
    receipt = _text(page.printing.last_pdf)
    assert "Số định danh cá nhân/Thẻ căn cước/Hộ chiếu: M12345678" in receipt
    assert "(Quốc tịch: South Korea (KOR))" in receipt
    # The dossier's page names the country beside the passport.
    win.open_dossier(dossier.code)
    qtbot.waitUntil(lambda: win.detail.detail is not None
                    and win.detail.detail.dossier.code == dossier.code, timeout=5_000)
    assert "M12345678 (quốc tịch South Korea (KOR))" in win.detail.applicantValue.text()
    # The next applicant starts as a citizen of Việt Nam again, the row hidden.
    assert page.nationalityCombo.currentText() == "Việt Nam (VNM)"
    assert page.nationalityCombo.isHidden()


def test_a_nationality_naming_no_country_is_said_beside_the_field(qtbot, window, store):
    sign_in(qtbot, window, store)
    page = window.intake
    page.idEdit.setFocus()
    type_keys("M12345678")
    page.nationalityCombo.setFocus()
    page.nationalityCombo.lineEdit().selectAll()
    type_keys("Xyz")
    assert "Chọn quốc tịch trong danh sách" in full_text(page.idError)
    assert page.nationalityCombo.property("invalid") is True


def test_an_old_cmnd_is_said_in_the_warning_colour_and_saved(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE)
    for text in ("Lê Văn Cũ", "038190012", "0912345678", "Thôn 2, Hoằng Hóa, Thanh Hóa"):
        type_keys(text)
        press(Qt.Key.Key_Tab)
    warning = full_text(page.idError)
    assert "01/01/2025" in warning and "số định danh cá nhân" in warning
    assert page.idError.text() == warning  # whole, not elided
    assert page.idError.property("role") == "warn"  # the warning colour, not the error's
    assert not page.idEdit.property("invalid")
    assert not page.nationalityCombo.isVisible() or \
        page.nationalityCombo.currentText() == "Việt Nam (VNM)"
    _grab(win, "intake-cmnd-warning.png")
    dossier = _save_and_read(qtbot, win, store)  # the warning does not stop the save
    assert dossier.applicant.id_number == "038190012"
    assert dossier.applicant.nationality == "VNM"
    # A CCCD typed instead: no warning, and the line back to the error style.
    page.idEdit.setFocus()
    type_keys("038190012345")
    assert full_text(page.idError) == "" and page.idError.property("role") == "error"


def test_the_procedure_tooltip_says_where_its_code_was_confirmed(qtbot, window, store):
    sign_in(qtbot, window, store)
    page = window.intake
    page.procedureSearch.setFocus()
    type_keys("thanh lap ho kinh doanh")
    item = page.procedureList.item(0)
    assert item.text().startswith("1.001612")
    assert "Nguồn mã thủ tục: chưa xác minh" in item.toolTip()


def test_pasting_past_a_field_s_bound_stops_at_it_and_the_dossier_saves(qtbot, window, store):
    """The window's fields know the intake rules' lengths: a name or address pasted from
    somewhere long is cut where the rules stop, not refused after Ctrl+S."""
    from PySide6.QtGui import QGuiApplication

    from onestop_desktop.domain.intake import MAX_NAME, MAX_NUMBER, MAX_TEXT

    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky ket hon", MARRIAGE)
    assert focus() is page.nameEdit
    long_name, long_address = "Nguyễn Văn " + "An " * 100, "Thôn 2, " * 100
    for edit, text in ((page.nameEdit, long_name), (page.addressEdit, long_address)):
        edit.setFocus()
        QGuiApplication.clipboard().setText(text)
        press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    page.idEdit.setFocus()
    type_keys("038190012345" + "9" * 40)  # a scanner's run-on digits
    assert len(page.nameEdit.text()) == MAX_NAME == len(long_name[:MAX_NAME])
    assert len(page.addressEdit.text()) == MAX_TEXT
    assert len(page.idEdit.text()) == MAX_NUMBER
    page.idEdit.setText("038190012345")
    dossier = _save_and_read(qtbot, win, store)
    assert dossier.applicant.name == long_name[:MAX_NAME].strip()
    assert dossier.applicant.address == long_address[:MAX_TEXT].strip()
