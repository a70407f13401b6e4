"""The hand-back page: who collects (the applicant's name and number from the dossier, or
an authorised person's typed in), the short code the citizen reads out, a code that finds
nothing clears the page, and the rating is asked for. Asserts on the store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from onestop_desktop.domain.status import Status
from onestop_desktop.store import dossier_repo, return_repo

from .conftest import focus, idle, press, scan, sign_in, type_keys


def _short(code: str) -> str:
    """"000.00.01.H22-261202-2002" -> "261202-2002", as the citizen reads it out."""
    return code.split("-", 1)[1]


def _find_by_typing(qtbot, win, text: str):
    page = win.returns
    win.show_page("return")
    assert focus() is page.codeEdit
    type_keys(text)
    press(Qt.Key.Key_Return)
    idle(qtbot, win)
    return page


def _hand_back(qtbot, page) -> None:
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    question = page.hand_back_question
    qtbot.waitUntil(question.isActiveWindow, timeout=5_000)
    qtbot.mouseClick(question.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã trả kết quả" in page.messageLabel.text(), timeout=10_000)


def _return_row(store, code: str):
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, code)
        back = return_repo.get_return(session, row.id)
        session.expunge_all()
        return row.status, back


def test_the_short_code_read_out_finds_the_dossier(qtbot, window, store, done):
    sign_in(qtbot, window, store)
    page = _find_by_typing(qtbot, window, _short(done.code))
    assert page.dossier is not None and page.dossier.code == done.code
    assert page.codeEdit.text() == done.code  # the full code, once found
    page.codeEdit.setFocus()
    page.codeEdit.clear()
    type_keys(_short(done.code).replace("-", ""))  # ten digits, no dash
    press(Qt.Key.Key_Return)
    idle(qtbot, window)
    assert page.dossier is not None and page.dossier.code == done.code


def test_a_scanned_short_code_opens_the_dossier(qtbot, window, store, done):
    sign_in(qtbot, window, store)
    window.show_page("list")
    scan(_short(done.code))
    qtbot.waitUntil(lambda: window.current_page() == "detail"
                    and window.detail.detail is not None
                    and window.detail.detail.dossier.code == done.code, timeout=10_000)


def test_self_collect_takes_name_and_number_from_the_dossier(qtbot, window, store, done):
    sign_in(qtbot, window, store)
    page = _find_by_typing(qtbot, window, done.code)
    name, number = page.recipientNameEdit, page.recipientIdEdit
    assert page.selfRadio.isChecked()
    assert (name.text(), number.text()) == ("Đặng Thị Ngọc Hường", "038190012345")
    assert name.isReadOnly() and number.isReadOnly()
    # Someone authorised: empty fields to type their name and number into.
    page.authorisedRadio.setFocus()
    press(Qt.Key.Key_Space)
    assert page.authorisedRadio.isChecked()
    assert (name.text(), number.text()) == ("", "")
    assert not name.isReadOnly() and not number.isReadOnly()
    assert focus() is name
    type_keys("Lê Văn Tám")
    press(Qt.Key.Key_Tab)
    type_keys("038095001234")
    assert (name.text(), number.text()) == ("Lê Văn Tám", "038095001234")
    # Back to the applicant: their details again, not the typed ones.
    page.selfRadio.setFocus()
    press(Qt.Key.Key_Space)
    assert (name.text(), number.text()) == ("Đặng Thị Ngọc Hường", "038190012345")
    page.ratingVerySatisfied.setFocus()
    press(Qt.Key.Key_Space)
    _hand_back(qtbot, page)
    status, back = _return_row(store, done.code)
    assert status == int(Status.RETURNED) and not back.authorised
    assert (back.recipient_name, back.recipient_id_number) == ("Đặng Thị Ngọc Hường",
                                                                "038190012345")


def test_an_authorised_collector_is_recorded(qtbot, window, store, done):
    sign_in(qtbot, window, store)
    page = _find_by_typing(qtbot, window, done.code)
    page.authorisedRadio.setFocus()
    press(Qt.Key.Key_Space)
    type_keys("Lê Văn Tám")
    assert not page.confirmButton.isEnabled()
    assert page.confirmHint.text() == "Nhập số CCCD của người được ủy quyền."
    press(Qt.Key.Key_Tab)
    type_keys("038095001234")
    page.ratingNone.setFocus()
    press(Qt.Key.Key_Space)
    _hand_back(qtbot, page)
    _status, back = _return_row(store, done.code)
    assert back.authorised and back.recipient_name == "Lê Văn Tám"
    assert back.recipient_id_number == "038095001234" and back.rating is None


def test_a_code_that_finds_nothing_clears_the_page(qtbot, window, store, done):
    sign_in(qtbot, window, store)
    page = _find_by_typing(qtbot, window, done.code)
    assert page.dossier is not None and page.feesSpin.value() == done.total_fee
    page.ratingSatisfied.setChecked(True)
    missing = done.code[:-4] + "9999"
    scan(missing)
    qtbot.waitUntil(lambda: page.dossier is None, timeout=10_000)
    idle(qtbot, window)
    assert page.messageLabel.text() == f"Không tìm thấy hồ sơ mã {missing}."
    # Nothing of the earlier dossier stays below the message.
    assert done.code not in page.dossierSummary.text()
    assert "Đặng Thị Ngọc Hường" not in page.dossierSummary.text()
    assert page.recipientNameEdit.text() == page.recipientIdEdit.text() == ""
    assert page.timingLabel.text() == "" and page.feesSpin.value() == 0
    assert page.rating() is None and not page.confirmButton.isEnabled()
    assert page.codeEdit.text() == missing  # to correct it
    # What is no code at all says so, and clears the page too.
    page = _find_by_typing(qtbot, window, done.code)
    assert page.dossier is not None
    page.codeEdit.setFocus()
    page.codeEdit.selectAll()
    type_keys("12345")
    press(Qt.Key.Key_Return)
    idle(qtbot, window)
    assert page.dossier is None and "không phải mã hồ sơ" in page.messageLabel.text()
    assert page.recipientNameEdit.text() == ""


def test_the_rating_must_be_chosen_or_declined(qtbot, window, store, done):
    sign_in(qtbot, window, store)
    page = _find_by_typing(qtbot, window, done.code)
    hint = "Chọn mức độ hài lòng của người dân, hoặc “Công dân không đánh giá”."
    assert not page.confirmButton.isEnabled()
    assert page.confirmHint.text() == hint and page.confirmHint.isVisible()
    assert page.confirmButton.toolTip() == hint
    page.commentEdit.setFocus()
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # not yet: says why
    assert page.hand_back_question is None
    assert page.messageLabel.text() == hint
    assert focus() is page.ratingVerySatisfied  # where to answer
    idle(qtbot, window)
    assert _return_row(store, done.code) == (int(Status.DONE), None)
    # The citizen declines: a deliberate choice, recorded as no rating.
    page.ratingNone.setFocus()
    press(Qt.Key.Key_Space)
    assert page.confirmButton.isEnabled() and not page.confirmHint.isVisible()
    _hand_back(qtbot, page)
    status, back = _return_row(store, done.code)
    assert status == int(Status.RETURNED) and back.rating is None
    assert page.dossier is None  # handed back: the page is ready for the next one
