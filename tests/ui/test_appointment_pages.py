"""The appointment as the officer sees it: "(dự kiến)" beside a provisional date on the
intake page, the dossier page and the list's tooltip; a new appointment on the dossier's
timeline; the hand-back page saying the processing's timing, not "if returned now"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from onestop_desktop.domain.status import Status
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.ui.dossier_model import CODE_ROLE, DUE_COL
from onestop_desktop.ui.widgets import full_text
from tests.conftest import local, sample_request

from .conftest import choose_procedure, idle, press, sign_in, type_keys

BUSINESS = "1.001612"  # Đăng ký thành lập hộ kinh doanh: 3 working days
PAPERS = [{"name": "Giấy đề nghị đăng ký hộ kinh doanh", "original": 1}]


def _at(window, moment) -> None:
    window.ctx.desk.clock = lambda: moment


def test_the_intake_page_marks_a_provisional_appointment(qtbot, window, store):
    sign_in(qtbot, window, store)
    page = window.intake
    _at(window, local(2026, 12, 30, 9, 0))  # 3 working days reach into 2027
    choose_procedure(qtbot, window, "thanh lap ho kinh doanh", BUSINESS)
    qtbot.waitUntil(lambda: bool(page.appointmentLabel.text()), timeout=5_000)
    assert page.appointmentLabel.text() == "Hẹn trả: 11:30 05/01/2027 (dự kiến)"
    assert "năm 2027 chưa được công bố" in page.appointmentLabel.toolTip()
    page.clearButton.click()
    _at(window, local(2026, 12, 1, 9, 0))
    choose_procedure(qtbot, window, "thanh lap ho kinh doanh", BUSINESS)
    qtbot.waitUntil(lambda: bool(page.appointmentLabel.text()), timeout=5_000)
    assert page.appointmentLabel.text() == "Hẹn trả: 11:30 04/12/2026"
    assert page.appointmentLabel.toolTip() == ""


def test_papers_arriving_at_the_desk_give_a_new_provisional_date(qtbot, window, store):
    taken = local(2026, 12, 1, 9, 0)
    dossier = IntakeService(store, lambda: taken).intake(
        sample_request(received_at=taken.isoformat(), status=5, documents=PAPERS), "lan")
    sign_in(qtbot, window, store)
    _at(window, local(2026, 12, 30, 9, 0))  # the papers come in on 30/12
    window.open_dossier(dossier.code)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5_000)
    assert "(dự kiến)" not in detail.dueValue.text()
    detail.targetStatusCombo.setFocus()
    detail.targetStatusCombo.setCurrentIndex(detail.targetStatusCombo.findData(2))
    detail.changeStatusButton.click()
    qtbot.waitUntil(lambda: detail.detail.dossier.status is Status.RECEIVED, timeout=5_000)
    idle(qtbot, window)
    assert detail.dueValue.text().startswith("11:30 05/01/2027 (dự kiến)")
    assert "chưa được công bố" in detail.dueValue.toolTip()
    lines = [detail.timelineTree.topLevelItem(i).text(1)
             for i in range(detail.timelineTree.topLevelItemCount())]
    assert any(line.startswith("Hẹn trả 11:30 04/12/2026 → 11:30 05/01/2027 (dự kiến): "
                               "nhận giấy tờ bổ sung") for line in lines)
    window.show_page("list")
    page = window.dossiers
    qtbot.waitUntil(lambda: page.codes() == [dossier.code], timeout=5_000)
    due = page.model.index(0, DUE_COL)
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "05/01/27 11:30 (dự kiến)"
    assert due.data() == "05/01/27 11:30"  # the cell itself stays short
    assert page.model.index(0, 0).data(CODE_ROLE) == dossier.code


def test_the_hand_back_page_says_the_processings_timing(qtbot, window, store):
    taken = local(2026, 11, 30, 9, 0)  # due 11:30 03/12/2026
    dossier = IntakeService(store, lambda: taken).intake(
        sample_request(received_at=taken.isoformat()), "lan")
    change_status(store, dossier.code, Status.DONE, actor="phong",
                  now=local(2026, 12, 2, 16, 0))  # ready the day before
    sign_in(qtbot, window, store)
    _at(window, dossier.due_at + timedelta(days=7))  # collected a week late
    window.show_page("return")
    type_keys(dossier.code)
    press(Qt.Key.Key_Return)
    idle(qtbot, window)
    page = window.returns
    qtbot.waitUntil(lambda: page.dossier is not None, timeout=5_000)
    assert full_text(page.timingLabel) == "Xử lý xong lúc 16:00 02/12/2026: Trước hạn"
