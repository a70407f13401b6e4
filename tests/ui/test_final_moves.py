"""Moves that cannot be undone ask once: a refusal at intake, a final status on the dossier
page, the hand-back (button or Ctrl+Enter). The safe button has the focus: Enter and Esc
write nothing; only the button naming the action does. Asserts on the store."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt

from onestop_desktop.domain.status import Status
from onestop_desktop.services import dossier_actions
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import dossier_repo, return_repo
from tests.conftest import all_dossiers, sample_request

from .conftest import (
    choose_procedure,
    focus,
    idle,
    press,
    print_from_preview,
    sign_in,
    type_keys,
)

PROCEDURE = "1.001612"  # Đăng ký thành lập hộ kinh doanh
REASON = "Thủ tục không thuộc thẩm quyền giải quyết"


@pytest.fixture
def dossier(store):
    now = datetime.now(UTC)
    return IntakeService(store, lambda: now).intake(sample_request(received_at=now.isoformat()),
                                                    "lan")


def _asked(qtbot, dialog):
    """The question is up, in front, with the keyboard on "Quay lại"."""
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    assert focus() is dialog.back_button and dialog.defaultButton() is dialog.back_button
    assert dialog.back_button.text() == "Quay lại"
    return dialog


def _gone(qtbot, dialog) -> None:
    """The question closed and the keyboard is back in the desk window."""
    window = dialog.parent().window()
    qtbot.waitUntil(lambda: (not shiboken6.isValid(dialog) or not dialog.isVisible())
                    and focus() is not None and focus().window() is window, timeout=5_000)


def _dossiers(store):
    return all_dossiers(store)


def _type_a_refusal(qtbot, win) -> None:
    page = win.intake
    choose_procedure(qtbot, win, "dang ky thanh lap ho kinh doanh", PROCEDURE)
    page.nameEdit.setFocus()
    for text in ("Phạm Văn Đức", "038090012399", "0987654321", "Thôn 3, xã Quảng Phú"):
        type_keys(text)
        press(Qt.Key.Key_Tab)
    page.reasonEdit.setFocus()
    type_keys(REASON)


def test_a_refusal_asks_first_and_enter_or_esc_write_nothing(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    _type_a_refusal(qtbot, win)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        page.refuseButton.click()
        question = _asked(qtbot, page.refusal_question)
        text = question.text()
        assert text.startswith("Từ chối tiếp nhận hồ sơ của Phạm Văn Đức (thủ tục ")
        assert "“Không được tiếp nhận”" in text and "(mẫu 03)" in text
        assert text.endswith("Tiếp tục?")
        assert question.action_button.text() == "Từ chối và in mẫu 03"
        press(key)
        _gone(qtbot, question)
        idle(qtbot, win)
        assert _dossiers(store) == []  # no code spent, nothing written
        assert page.nameEdit.text() == "Phạm Văn Đức"  # the intake is still there
        assert page.printing.last_preview is None

    page.refuseButton.click()
    question = _asked(qtbot, page.refusal_question)
    qtbot.mouseClick(question.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    [saved] = _dossiers(store)
    assert saved.status is Status.NOT_ACCEPTED and saved.code == page.last_code
    print_from_preview(qtbot, page.printing)  # the refusal slip (form 03)


def test_an_invalid_refusal_shows_its_errors_instead_of_asking(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky thanh lap ho kinh doanh", PROCEDURE)
    page.reasonEdit.setFocus()
    type_keys(REASON)
    page.refuseButton.click()
    assert page.refusal_question is None
    assert page.nameError.isVisible()
    idle(qtbot, win)
    assert _dossiers(store) == []


def _open(qtbot, win, code: str):
    win.open_dossier(code)
    page = win.detail
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.dossier.code == code
                    and bool(page.choices), timeout=10_000)
    idle(qtbot, win)
    return page


def _status(store, code: str) -> Status:
    with store.read() as session:
        return dossier_repo.get_by_code(session, code).status


def test_a_final_status_asks_first(qtbot, window, store, dossier):
    win = window
    sign_in(qtbot, win, store)
    page = _open(qtbot, win, dossier.code)
    combo = page.targetStatusCombo
    combo.setCurrentIndex(combo.findData(int(Status.STOPPED)))
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        page.changeStatusButton.click()
        question = _asked(qtbot, page.status_question)
        text = question.text()
        assert text.startswith(f"Chuyển hồ sơ {dossier.code} của Đặng Thị Ngọc Hường sang "
                               "“Dừng xử lý” (8)")
        assert "(mẫu 05)" in text and "không in gì ngay" in text
        assert question.action_button.text() == "Chuyển sang “Dừng xử lý”"
        press(key)
        _gone(qtbot, question)
        idle(qtbot, win)
        assert _status(store, dossier.code) is Status.RECEIVED
    page.changeStatusButton.click()
    question = _asked(qtbot, page.status_question)
    qtbot.mouseClick(question.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.dossier.status is Status.STOPPED, timeout=10_000)
    assert _status(store, dossier.code) is Status.STOPPED


def test_the_withdrawal_asks_and_a_move_that_can_be_left_does_not(qtbot, window, store,
                                                                   dossier):
    win = window
    sign_in(qtbot, win, store)
    page = _open(qtbot, win, dossier.code)
    combo = page.targetStatusCombo
    combo.setCurrentIndex(combo.findData(int(Status.WITHDRAWN)))
    page.changeStatusButton.click()
    question = _asked(qtbot, page.status_question)
    assert "“Công dân yêu cầu rút hồ sơ” (7)" in question.text()
    press(Qt.Key.Key_Escape)
    _gone(qtbot, question)
    combo.setCurrentIndex(combo.findData(int(Status.PROCESSING)))
    page.changeStatusButton.click()  # not final: no question, done at once
    assert page.status_question is question or not shiboken6.isValid(question)
    qtbot.waitUntil(lambda: page.detail.dossier.status is Status.PROCESSING, timeout=10_000)
    assert _status(store, dossier.code) is Status.PROCESSING


def _ready_to_hand_back(qtbot, win, store, code: str):
    dossier_actions.change_status(store, code, Status.DONE, actor="backoffice")
    page = win.returns
    win.show_page("return")
    type_keys(code)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dossier is not None, timeout=10_000)
    page.ratingSatisfied.setFocus()
    press(Qt.Key.Key_Space)  # "Hài lòng"
    assert page.confirmButton.isEnabled()
    return page


def _returned(store, code: str):
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, code)
        return row.status, return_repo.get_return(session, row.id)


def test_the_hand_back_asks_first_also_by_ctrl_enter(qtbot, window, store, dossier):
    win = window
    sign_in(qtbot, win, store)
    page = _ready_to_hand_back(qtbot, win, store, dossier.code)
    fee = page.feesSpin.value()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        question = _asked(qtbot, page.hand_back_question)
        text = question.text()
        assert text.startswith(f"Trả kết quả hồ sơ {dossier.code} cho Đặng Thị Ngọc Hường "
                               "(người nộp hồ sơ tự nhận, số giấy tờ 038190012345)")
        assert "“Đã trả kết quả”" in text
        assert ("không thu phí, lệ phí" in text) if fee == 0 else ("phí, lệ phí" in text)
        press(key)
        _gone(qtbot, question)
        idle(qtbot, win)
        assert _returned(store, dossier.code) == (int(Status.DONE), None)
        assert page.dossier is not None  # the page is as it was
    page.confirmButton.click()
    question = _asked(qtbot, page.hand_back_question)
    qtbot.mouseClick(question.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã trả kết quả" in page.messageLabel.text(), timeout=10_000)
    status, back = _returned(store, dossier.code)
    assert status == int(Status.RETURNED) and back.rating == 2
    assert (back.recipient_name, back.recipient_id_number) == ("Đặng Thị Ngọc Hường",
                                                                "038190012345")
