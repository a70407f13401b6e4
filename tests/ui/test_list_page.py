"""The dossier list at a counter's 1366×768: short codes, nothing cut without its
tooltip, the status as a coloured chip, and "Chờ trả kết quả" one choice away."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from onestop_desktop.domain.status import Status
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.ui.dossier_model import (
    CODE_COL,
    CODE_ROLE,
    PROCEDURE_COL,
    STATUS_COL,
    STATUS_COLOURS,
    StatusChipDelegate,
)
from tests.conftest import sample_request

from .conftest import idle, sign_in

LONG_PROCEDURE = "1.009972"  # Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, …


def _take(store, n: int, procedure: str = "1.001612"):
    now = datetime.now(UTC)
    service = IntakeService(store, lambda: now)
    return [service.intake(sample_request(procedure_code=procedure,
                                          received_at=(now - timedelta(hours=i)).isoformat()),
                           "lan") for i in range(n)]


def test_the_list_shows_short_codes_and_says_everything_in_tooltips(qtbot, window, store):
    taken = _take(store, 2, LONG_PROCEDURE)
    window.resize(1366, 768)
    sign_in(qtbot, window, store)
    window.show_page("list")
    page = window.dossiers
    qtbot.waitUntil(lambda: len(page.codes()) == 2, timeout=5_000)
    model = page.model
    first = model.index(0, CODE_COL)
    code = first.data(CODE_ROLE)
    assert code == taken[0].code
    # 000.00.01.H22-261203-1001 -> 261203-1001: the agency is this desk's own.
    assert first.data() == code.split("-", 1)[1]
    assert first.data(Qt.ItemDataRole.ToolTipRole) == code
    procedure = model.index(0, PROCEDURE_COL)
    assert procedure.data(Qt.ItemDataRole.ToolTipRole).endswith(taken[0].procedure_name)
    # At 1366 px the procedure keeps room to read (it elides, its tooltip has it all).
    assert page.resultTable.columnWidth(PROCEDURE_COL) >= 250
    assert page.resultTable.textElideMode() == Qt.TextElideMode.ElideRight
    status = model.index(0, STATUS_COL)
    assert status.data() == "Được tiếp nhận"
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "2. Được tiếp nhận"


def test_the_status_is_painted_as_a_coloured_chip(qtbot, window, store):
    (dossier,) = _take(store, 1)
    for target in (Status.PROCESSING, Status.DONE):
        change_status(store, dossier.code, target, actor="lan")
    window.resize(1366, 768)
    sign_in(qtbot, window, store)
    window.show_page("list")
    page = window.dossiers
    qtbot.waitUntil(lambda: len(page.codes()) == 1, timeout=5_000)
    idle(qtbot, window)
    assert isinstance(page.resultTable.itemDelegateForColumn(STATUS_COL), StatusChipDelegate)
    assert page.model.index(0, STATUS_COL).data() == "Chờ trả kết quả"
    rect = page.resultTable.visualRect(page.model.index(0, STATUS_COL))
    page.resultTable.clearSelection()  # the chip's own colour, not the selection's
    image: QImage = page.resultTable.viewport().grab().toImage()
    green = STATUS_COLOURS[Status.DONE][0]
    inside = image.pixelColor(rect.topLeft() + QPoint(6, rect.height() // 2))  # left of the text
    assert inside.name() == green


def test_waiting_to_be_handed_back_is_one_filter_away(qtbot, window, store):
    ready, pending = _take(store, 2)
    for target in (Status.PROCESSING, Status.DONE):
        change_status(store, ready.code, target, actor="lan")
    sign_in(qtbot, window, store)
    window.show_page("list")
    page = window.dossiers
    qtbot.waitUntil(lambda: len(page.codes()) == 2, timeout=5_000)
    assert page.periodCombo.itemText(1) == "Chờ trả kết quả"
    page.periodCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.codes() == [ready.code], timeout=5_000)
    assert pending.code not in page.codes()
