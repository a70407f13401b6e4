"""Fees in the window, as an officer works: the intake's fee line (thu ngay / thu khi trả
kết quả / miễn; tiền mặt / chuyển khoản), the hand-back collecting what is still owed, and
the day's handover dialog with its PDF. Asserts on the store and on the PDF read back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from onestop_desktop.desk import Desk
from onestop_desktop.domain.fees import Collect, Method
from onestop_desktop.domain.officer import Officer
from onestop_desktop.domain.status import Status
from onestop_desktop.services import dossier_actions
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import dossier_repo, fee_repo, outbox
from onestop_desktop.ui.widgets import full_text
from tests.conftest import sample_request

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

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def _shoot(widget, name: str) -> None:
    """What the officer sees, once the layout has caught up with the last texts set."""
    QTest.qWait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


def _fees_of(store, code: str):
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, code)
        return (fee_repo.plan_of(row.fee_plan), fee_repo.collections_of(session, row.id),
                [e.kind for e in outbox.events_for(session, row.id)])


def _choose_again(qtbot, win, search: str, code: str) -> None:
    """Another procedure: select what the search box holds, type over it, Enter."""
    win.intake.procedureSearch.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    choose_procedure(qtbot, win, search, code)


def _pick(combo, index: int) -> None:
    """Choose a combo's item by keyboard: focus it, Down/Up to the item."""
    combo.setFocus()
    while combo.currentIndex() != index:
        press(Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_fee_line_follows_the_procedure_and_exempts_with_a_reason(qtbot, window, store):
    win = window
    win.resize(1366, 768)
    sign_in(qtbot, win, store)
    page = win.intake
    # Two lines (lệ phí + phí): "thu ngay, tiền mặt" unless the officer says otherwise.
    choose_procedure(qtbot, win, "thanh lap doanh nghiep tu nhan", "2.001610")
    assert page.feeLabel.text() == "Phí, lệ phí 150.000 đ:"
    assert full_text(page.procedureInfo).endswith(
        "Phí, lệ phí: Lệ phí đăng ký doanh nghiệp: 50.000 đ, Phí công bố nội dung đăng ký "
        "doanh nghiệp: 100.000 đ")
    assert page.feeCollectCombo.isVisible() and page.feeCollectCombo.currentText() == "Thu ngay"
    assert page.feeMethodCombo.isVisible() and page.feeMethodCombo.currentText() == "Tiền mặt"
    assert not page.feeReasonEdit.isVisible()
    qtbot.waitUntil(lambda: "Hẹn trả:" in page.appointmentLabel.text(), timeout=5_000)
    _shoot(win, "intake_fee_line.png")

    # A procedure without fees: nothing to choose.
    _choose_again(qtbot, win, "dang ky khai sinh", "1.001193")
    assert page.feeLabel.text() == "Phí, lệ phí: không thu"
    assert not page.feeCollectCombo.isVisible() and not page.feeMethodCombo.isVisible()

    # Exempt: the reason replaces the method; saving without it is refused beside it.
    _choose_again(qtbot, win, "dang ky thanh lap ho kinh doanh", "1.001612")
    assert page.feeCollectCombo.currentIndex() == 0  # back to the default
    _pick(page.feeCollectCombo, 2)
    assert page.feeCollectCombo.currentText() == "Miễn"
    assert page.feeReasonEdit.isVisible() and not page.feeMethodCombo.isVisible()
    assert focus() is page.feeReasonEdit
    page.nameEdit.setFocus()
    scan(CCCD_QR)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert page.last_code == ""
    assert full_text(page.feeError) == "Chưa nhập lý do miễn phí, lệ phí."
    assert page.feeReasonEdit.property("invalid") is True
    _shoot(win, "intake_fee_exempt_refused.png")
    page.feeReasonEdit.setFocus()
    type_keys("Người có công với cách mạng")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    idle(qtbot, win)
    plan, collections, kinds = _fees_of(store, page.last_code)
    assert (plan.collect, plan.reason) == (Collect.EXEMPT, "Người có công với cách mạng")
    assert collections == [] and kinds == ["dossier.created"]
    # The next dossier starts from the default again.
    assert page.feeCollectCombo.currentIndex() == 0


def test_intake_by_transfer_collects_with_the_desk_s_receipt_number(qtbot, window, store,
                                                                    printed_pdf):
    win = window
    sign_in(qtbot, win, store)
    page = win.intake
    choose_procedure(qtbot, win, "thanh lap doanh nghiep tu nhan", "2.001610")
    _pick(page.feeMethodCombo, 1)
    assert page.feeMethodCombo.currentText() == "Chuyển khoản"
    page.nameEdit.setFocus()
    scan(CCCD_QR)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    code = page.last_code
    counted = print_from_preview(qtbot, page.printing)
    plan, collections, kinds = _fees_of(store, code)
    assert plan.collect is Collect.NOW and plan.method is Method.TRANSFER
    [paid] = collections
    assert (paid.amount, paid.method, paid.receipt.number, paid.actor) == (
        150_000, Method.TRANSFER, "0100001", "lan")
    assert kinds == ["dossier.created", "dossier.fee_collected"]
    # Form 01 as printed says it: each line, the receipt and the method.
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(counted)).pages)
    flat = " ".join(text.split())
    assert "Lệ phí đăng ký doanh nghiệp: 50.000 đ — Đã thu, biên lai số 0100001" in flat
    assert ("Đã thu 150.000 đ (chuyển khoản): biên lai thu phí, lệ phí mẫu số 01BLP0-001, "
            "ký hiệu AA-") in flat


@pytest.fixture
def done_owing(store):
    """A dossier whose lệ phí is collected at the hand-back, its result ready."""
    now = datetime.now(UTC)
    dossier = IntakeService(store, lambda: now).intake(sample_request(
        received_at=now.isoformat(), fees={"collect": "at_return", "method": "cash"}), "lan")
    dossier_actions.change_status(store, dossier.code, Status.DONE, actor="backoffice")
    return dossier


def test_the_hand_back_collects_what_is_owed_by_the_method_chosen(qtbot, window, store,
                                                                  done_owing):
    win = window
    win.resize(1366, 768)
    sign_in(qtbot, win, store)
    page = win.returns
    win.show_page("return")
    scan(done_owing.code)
    qtbot.waitUntil(lambda: page.dossier is not None, timeout=5_000)
    idle(qtbot, win)
    assert page.feesSpin.value() == 100_000 and page.feesSpin.isReadOnly()
    assert page.feeMethodCombo.isEnabled()
    _pick(page.feeMethodCombo, 1)
    page.ratingSatisfied.setFocus()
    press(Qt.Key.Key_Space)
    _shoot(win, "return_fee_method.png")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    question = page.hand_back_question
    qtbot.waitUntil(question.isActiveWindow, timeout=5_000)
    assert "thu 100.000 đ phí, lệ phí (chuyển khoản)" in question.text()
    qtbot.mouseClick(question.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã trả kết quả" in page.messageLabel.text(), timeout=10_000)
    assert "biên lai số 0100001" in page.messageLabel.text()
    _plan, collections, kinds = _fees_of(store, done_owing.code)
    [paid] = collections
    assert (paid.amount, paid.method, str(paid.occasion)) == (100_000, Method.TRANSFER,
                                                              "return")
    assert kinds[-2:] == ["dossier.fee_collected", "dossier.returned"]


def test_the_day_s_handover_dialog_and_its_sheet(qtbot, window, store, printed_pdf):
    win = window
    win.resize(1366, 768)
    sign_in(qtbot, win, store)
    desk = Desk(store)
    lan, system = win.ctx.actor, Officer("cli:thu", "", "system")
    now = datetime.now(UTC)
    service = IntakeService(store, lambda: now)
    codes = [service.intake(sample_request(received_at=now.isoformat(), fees=fees), actor).code
             for fees, actor in (({"collect": "now", "method": "cash"}, "lan"),
                                 ({"collect": "now", "method": "transfer"}, "lan"),
                                 ({"collect": "at_return"}, "lan"))]
    desk.fees.collect(codes[2], "cash", system)
    desk.fees.refund(codes[0], 30_000, "Thu thừa", lan)
    win.show_page("reports")
    page = win.reports
    qtbot.waitUntil(lambda: "3 biên lai" in page.feeSummaryLabel.text(), timeout=5_000)
    assert "tiền mặt phải nộp 170.000 đ" in page.feeSummaryLabel.text()
    page.feeDayButton.click()
    dialog = page.fee_day_dialog
    qtbot.waitUntil(lambda: dialog.sheet is not None and dialog.totalsTable.rowCount() == 3,
                    timeout=5_000)
    rows = [[dialog.totalsTable.item(r, c).text() for c in range(7)] for r in range(3)]
    assert rows == [
        ["cli:thu", "Tiền mặt", "1", "100.000 đ", "0", "0 đ", "100.000 đ"],
        ["Nguyễn Thị Lan (lan)", "Tiền mặt", "1", "100.000 đ", "1", "30.000 đ", "70.000 đ"],
        ["Nguyễn Thị Lan (lan)", "Chuyển khoản", "1", "100.000 đ", "0", "0 đ", "100.000 đ"]]
    assert dialog.summaryLabel.text().startswith(
        "Tiền mặt nộp bàn giao: 170.000 đ · Chuyển khoản đã nhận: 100.000 đ")
    assert dialog.entriesTable.rowCount() == 4
    _shoot(dialog, "fee_day_dialog.png")

    # One officer's sheet: her rows only, then printed from the preview.
    dialog.officerCombo.setFocus()
    index = dialog.officerCombo.findData("lan")
    _pick(dialog.officerCombo, index)
    qtbot.waitUntil(lambda: dialog.sheet.officer == "lan", timeout=5_000)
    assert dialog.totalsTable.rowCount() == 2 and dialog.entriesTable.rowCount() == 3
    dialog.printButton.click()
    counted = print_from_preview(qtbot, dialog.printing)
    text = " ".join("".join(p.extract_text() for p in
                            pypdf.PdfReader(str(counted)).pages).split())
    assert "BẢNG KÊ THU PHÍ, LỆ PHÍ TRONG NGÀY" in text
    assert "Cán bộ thu: Nguyễn Thị Lan (lan)" in text
    assert "Tiền mặt nộp bàn giao: 70.000 đồng (thu 100.000, hoàn 30.000)" in text
    assert "Chuyển khoản đã nhận: 100.000 đồng" in text
    assert "cli:thu" not in text
    dialog.close()
