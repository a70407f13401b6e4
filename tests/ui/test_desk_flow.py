"""The whole desk day through the real widgets: sign in, intake by QR scan, receipt,
find, scan, return with a rating; and the form 02 / form 03 ways out. Asserts on the store."""

from __future__ import annotations

from datetime import date

import pypdf
import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import select

from onestop_desktop.domain.status import Status
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.store import dossier_repo, outbox, return_repo
from onestop_desktop.store.models import PrintRow
from tests.conftest import all_dossiers

from .conftest import (
    CCCD_QR,
    choose_procedure,
    focus,
    idle,
    press,
    print_from_preview,
    scan,
    sign_in,
    type_keys,
)

PROCEDURE = "1.001612"  # Đăng ký thành lập hộ kinh doanh


def _pdf_text(path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def _wait_print(qtbot, flow, win) -> None:
    """The print job answers with a PDF, or with 'not ready' while printing is unbuilt."""
    idle(qtbot, win)
    qtbot.waitUntil(lambda: not win.ctx.jobs.busy, timeout=15_000)


def test_intake_by_qr_scan_receipt_find_scan_and_return(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    assert win.current_page() == "intake"
    assert "Nguyễn Thị Lan" in win.status.officerLabel.text()

    page = win.intake
    choose_procedure(qtbot, win, "dang ky thanh lap ho kinh doanh", PROCEDURE)
    page_procedure = page.procedure
    assert page.checklistTable.rowCount() == len(page.procedure.documents) > 0
    # The appointment follows within a glance (read in the background).
    qtbot.waitUntil(lambda: "Hẹn trả:" in page.appointmentLabel.text(), timeout=2_000)

    # The QR burst arrives wherever the focus is (here: the applicant's name).
    assert focus() is page.nameEdit
    scan(CCCD_QR)
    assert win.last_scan == CCCD_QR
    assert page.nameEdit.text() == "Đặng Thị Ngọc Hường"
    assert page.idEdit.text() == "038190012345"
    assert page.addressEdit.text().startswith("Số 5 Lê Lợi")
    assert page.kindCombo.currentIndex() == 0  # the burst did not leak into the combo
    assert focus() is page.phoneEdit
    type_keys("0912 345 678")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    _wait_print(qtbot, page.printing, win)
    code = page.last_code
    # The new events wait for the centre: the dossier, and its lệ phí collected at once
    # ("thu ngay, tiền mặt", the default of a procedure with fees).
    assert "chờ gửi: 2" in win.status.syncLabel.text()

    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, code)
        assert dossier.status is Status.RECEIVED
        assert dossier.applicant.name == "Đặng Thị Ngọc Hường"
        assert dossier.applicant.phone == "0912345678"
        assert dossier.received_by == "lan"
        # The checklist of 1.001612 as it starts: the two papers it always asks for
        # ticked, the two "(nếu có)" ones left for the officer to tick when brought.
        assert [d.name for d in dossier.documents] == [
            d.name for d in page_procedure.documents if not d.optional]
        assert len(dossier.documents) == 2 < len(page_procedure.documents)
        # Read from the card's QR and kept: the birth date and the gender.
        assert dossier.applicant.birth_date == date(1990, 3, 15)
        assert dossier.applicant.gender == "Nữ"
        assert [e.kind for e in outbox.events_for(session, dossier.id)] == [
            "dossier.created", "dossier.fee_collected"]
    pdf = page.printing.last_pdf
    assert pdf is not None and pdf.is_file()
    assert code in _pdf_text(pdf)
    assert "100.000 đ — Đã thu, biên lai số 0100001" in _pdf_text(pdf)
    assert page.printing.last_preview is not None
    preview = page.printing.last_preview
    assert preview.isVisible() and preview.body.pagesHost.findChildren(type(page.nameError))
    assert focus().window() is preview
    press(Qt.Key.Key_Escape)  # back to the desk window; the closed preview is deleted
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview) and focus() is not None)
    assert focus().window() is win

    # Find it in the list by typing the name without accents.
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "list"
    assert focus() is win.dossiers.searchEdit
    type_keys("dang thi ngoc huong")
    qtbot.waitUntil(lambda: win.dossiers.codes() == [code], timeout=5_000)

    # The back office finishes it; the officer scans the receipt's barcode from the list.
    change_status(store, code, Status.DONE, actor="backoffice")
    scan(code)
    qtbot.waitUntil(lambda: win.current_page() == "detail" and win.detail.detail is not None
                    and win.detail.detail.dossier.code == code, timeout=5_000)
    assert win.detail.statusValue.text().startswith("9.")
    assert any("Đã xử lý xong" in e.text for e in win.detail.detail.timeline)

    # Return: on the return page a scan loads the dossier; rate and confirm by keyboard.
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "return"
    scan(code)
    qtbot.waitUntil(lambda: win.returns.dossier is not None, timeout=5_000)
    # The applicant collects: name and number come from the dossier; the rating is asked.
    assert win.returns.recipientNameEdit.text() == "Đặng Thị Ngọc Hường"
    assert win.returns.recipientIdEdit.text() == "038190012345"
    assert not win.returns.confirmButton.isEnabled()
    assert "mức độ hài lòng" in win.returns.confirmHint.text()
    win.returns.ratingVerySatisfied.setChecked(True)
    assert win.returns.confirmButton.isEnabled()
    win.returns.commentEdit.setFocus()
    type_keys("Cán bộ hướng dẫn tận tình")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    question = win.returns.hand_back_question
    assert question is not None and question.isVisible()
    qtbot.mouseClick(question.action_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    assert "Đã trả kết quả" in win.returns.messageLabel.text()

    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, code)
        assert row.status == 10 and row.returned_at is not None
        back = return_repo.get_return(session, row.id)
        assert (back.recipient_name, back.recipient_id_number, back.authorised) == (
            "Đặng Thị Ngọc Hường", "038190012345", False)
        assert back.rating == 1 and back.rating_comment == "Cán bộ hướng dẫn tận tình"
        assert back.fees_collected == 0  # paid at intake: nothing left at the hand-back
        assert back.actor == "lan" and back.timing in ("early", "on_time")
        assert outbox.events_for(session, row.id)[-1].kind == "dossier.returned"


def _fill_applicant_by_typing(page) -> None:
    page.nameEdit.setFocus()
    type_keys("Phạm Văn Đức")
    press(Qt.Key.Key_Tab)
    type_keys("038090012399")
    press(Qt.Key.Key_Tab)
    type_keys("0987654321")
    press(Qt.Key.Key_Tab)
    type_keys("Thôn 3, xã Quảng Phú, Thanh Hóa")


def test_missing_documents_issue_form_02(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky thanh lap ho kinh doanh", PROCEDURE)
    _fill_applicant_by_typing(page)
    page.incompleteButton.click()  # nothing unticked yet: it says what to do
    assert page.documentsError.isVisible() and not page.last_code
    # Untick the first paper with the keyboard: it becomes the "missing" list.
    table = page.checklistTable
    table.setFocus()
    table.setCurrentCell(0, 0)
    press(Qt.Key.Key_Space)
    missing_name = table.item(0, 0).text()
    assert table.item(0, 0).checkState() == Qt.CheckState.Unchecked
    page.reasonEdit.setFocus()
    type_keys("Thiếu giấy tờ theo danh mục")
    page.incompleteButton.click()
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    print_from_preview(qtbot, page.printing)
    idle(qtbot, win)
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, page.last_code)
        assert dossier.status is Status.SUPPLEMENT_REQUESTED
        assert missing_name not in [d.name for d in dossier.documents]
        prints = list(session.scalars(select(PrintRow).where(
            PrintRow.dossier_id == dossier.id)))
        assert [p.form for p in prints] == ["02"]
        assert [m["name"] for m in prints[0].details["missing"]] == [missing_name]
        assert prints[0].details["reason"] == "Thiếu giấy tờ theo danh mục"
    assert "BỔ SUNG" in _pdf_text(page.printing.last_pdf).upper()


def test_refusal_needs_a_reason_and_issues_form_03(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky thanh lap ho kinh doanh", PROCEDURE)
    _fill_applicant_by_typing(page)
    page.refuseButton.click()
    assert page.reasonError.isVisible() and focus() is page.reasonEdit
    idle(qtbot, win)
    assert all_dossiers(store) == []
    type_keys("Thủ tục không thuộc thẩm quyền giải quyết")
    page.refuseButton.click()
    question = page.refusal_question
    assert question is not None and question.isVisible()
    qtbot.mouseClick(question.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    print_from_preview(qtbot, page.printing)
    idle(qtbot, win)
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, page.last_code)
        assert dossier.status is Status.NOT_ACCEPTED and dossier.due_at is None
        assert dossier.note == "Thủ tục không thuộc thẩm quyền giải quyết"
        forms = [p.form for p in session.scalars(select(PrintRow).where(
            PrintRow.dossier_id == dossier.id))]
        assert forms == ["03"]


def test_invalid_input_shows_messages_next_to_fields_and_writes_nothing(qtbot, window, store):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    page.idEdit.setFocus()
    type_keys("12345")
    assert "không hợp lệ" in page.idError.property("fullText")
    page.phoneEdit.setFocus()
    type_keys("0123")
    assert page.phoneError.property("fullText")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert page.procedureError.isVisible() and page.nameError.property("fullText")
    assert not page.last_code
    assert all_dossiers(store) == []


def test_an_organisation_sends_its_representative_and_asks_for_the_post(qtbot, window, store):
    """The one at the counter is not the owner: the receipt names both, and the result
    goes by post to the address typed."""
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "dang ky thanh lap ho kinh doanh", PROCEDURE)
    assert not page.submitterBox.isEnabled() and not page.deliveryAddressEdit.isEnabled()
    page.kindCombo.setFocus()
    press(Qt.Key.Key_Down)  # organisation: its representative comes to the counter
    assert page.nameLabel.text() == "Tên tổ chức"
    assert page.submitterCheck.isChecked() and page.submitterBox.isEnabled()
    page.nameEdit.setFocus()
    type_keys("Công ty TNHH Minh Phát")
    press(Qt.Key.Key_Tab)
    type_keys("2807654325")  # its tax code
    page.addressEdit.setFocus()
    type_keys("Số 5 Lê Lợi, Thanh Hóa")
    page.deliveryCombo.setFocus()
    press(Qt.Key.Key_Down)  # by post: the address starts as the owner's
    assert page.deliveryAddressEdit.isEnabled()
    assert page.deliveryAddressEdit.text() == "Số 5 Lê Lợi, Thanh Hóa"
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no representative yet
    idle(qtbot, win)
    assert not page.last_code and all_dossiers(store) == []
    assert "người nộp" in page.submitterError.property("fullText")
    assert focus() is page.submitterNameEdit
    type_keys("Trần Văn Bình")
    press(Qt.Key.Key_Tab)
    type_keys("038090012399")
    press(Qt.Key.Key_Tab)
    type_keys("0912345678")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    print_from_preview(qtbot, page.printing)
    idle(qtbot, win)
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, page.last_code)
    assert dossier.applicant.name == "Công ty TNHH Minh Phát"
    assert (dossier.submitter.name, dossier.submitter.id_number) == ("Trần Văn Bình",
                                                                     "038090012399")
    assert dossier.delivery.method.value == "post"
    assert dossier.delivery.address == "Số 5 Lê Lợi, Thanh Hóa"
    text = " ".join(_pdf_text(page.printing.last_pdf).split())
    assert "Trần Văn Bình" in text and "Công ty TNHH Minh Phát" in text
    assert "bưu chính" in text
