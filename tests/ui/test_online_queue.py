"""The queue of dossiers submitted online at a counter's 1366×768: its entry in the list's
filter with its count, a waiting dossier's papers, and receiving or refusing it by
keyboard; the form goes into the dossier's files."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from onestop_desktop.domain.calendar import LOCAL_TZ, TimeUnit
from onestop_desktop.domain.codes import make_code
from onestop_desktop.domain.dossier import Applicant, Channel, Dossier, dossier_to_dict
from onestop_desktop.domain.procedure import DocumentSpec, TimeLimit
from onestop_desktop.domain.status import Status
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import online_repo
from onestop_desktop.store.blobs import BlobStore
from onestop_desktop.store.models import DossierFileRow, DossierRow
from tests.conftest import AGENCY, sample_request

from .conftest import idle, press, screens_dir, sign_in, type_keys

SCAN = b"%PDF-1.4\n" + bytes(range(256)) * 20


def _online(store, number: int, name: str) -> str:
    """A dossier the centre sent (as a pulled dossier.online change puts it in)."""
    now = datetime.now(UTC)
    code = str(make_code(AGENCY, now.astimezone(LOCAL_TZ).date(), number))
    limit = TimeLimit(3, TimeUnit.DAY)
    dossier = Dossier(
        code=code, procedure_code="1.001612", procedure_name="Đăng ký thành lập hộ kinh doanh",
        field_name="Thành lập và hoạt động của hộ kinh doanh", lead_agency="UBND cấp xã",
        applicant=Applicant(name, "038190012345", "0912345678", "Số 9 Trần Phú, Thanh Hóa"),
        documents=[DocumentSpec("Giấy đề nghị đăng ký hộ kinh doanh", 1, 0, 0),
                   DocumentSpec("Bản sao căn cước", 0, 1, 0)],
        fees=[], sets=1, channel=Channel.ONLINE, received_at=now - timedelta(hours=2),
        due_at=None, status=Status.REGISTERED, time_limit_text=limit.describe(),
        received_by="Cổng dịch vụ công", time_limit=limit)
    payload = dict(dossier_to_dict(dossier), time_limit_unit="day", time_limit_value=3)
    blob = BlobStore.of_data_dir(store.path.parent).put_bytes(SCAN)
    with store.transaction() as session:
        assert online_repo.take_online(session, {"dossier": payload, "files": [
            {"sha256": blob.sha256, "size": blob.size, "paper": 0,
             "name": "giay-de-nghi.pdf"},
            {"sha256": hashlib.sha256(b"not fetched yet").hexdigest(), "size": 15,
             "paper": 1, "name": "can-cuoc.jpg", "media_type": "image/jpeg"}]}, now)
    return code


@pytest.fixture
def queue(store):
    now = datetime.now(UTC)
    IntakeService(store, lambda: now).intake(sample_request(received_at=now.isoformat()), "lan")
    return [_online(store, 1, "Trần Văn Bình"), _online(store, 2, "Lê Thị Hoa")]


def _open_queue(qtbot, window, store):
    window.resize(1366, 768)
    sign_in(qtbot, window, store)
    window.show_page("list")
    page = window.dossiers
    idle(qtbot, window)
    combo = page.periodCombo
    assert combo.itemText(combo.count() - 1) == "Trực tuyến – chờ tiếp nhận (2)"
    combo.setFocus()
    press(Qt.Key.Key_End)  # the last entry of the filter
    qtbot.waitUntil(lambda: len(page.codes()) == 2, timeout=5_000)
    assert page.countLabel.text() == "2 hồ sơ"
    return page


def test_the_queue_lists_online_dossiers_and_receiving_one_keeps_form_01(
        qtbot, window, store, queue):
    page = _open_queue(qtbot, window, store)
    assert sorted(page.codes()) == sorted(queue)
    shots = screens_dir("online")
    if shots:
        window.grab().save(str(shots / "queue-list.png"))
    page.resultTable.setFocus()
    press(Qt.Key.Key_Return)  # opens the newest (selected)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.onlinePanel.isVisible(),
                    timeout=10_000)
    idle(qtbot, window)
    code = detail.detail.dossier.code
    panel = detail.onlinePanel
    rows = [[panel.papersTree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(panel.papersTree.topLevelItemCount())]
    assert rows[0][:2] == ["Giấy đề nghị đăng ký hộ kinh doanh", "giay-de-nghi.pdf"]
    assert rows[1] == ["Bản sao căn cước", "can-cuoc.jpg", "đang tải về…"]
    assert panel.openButton.isEnabled()
    # Decided on the panel only: no bare status move, the appointment said to come.
    assert not detail.changeStatusButton.isVisible()
    assert detail.dueValue.text().startswith("hẹn khi tiếp nhận — ")
    if shots:
        window.grab().save(str(shots / "queue-detail.png"))

    panel.receiveButton.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: detail.detail.dossier.status is Status.RECEIVED, timeout=20_000)
    idle(qtbot, window)
    assert not panel.isVisible()
    assert detail.detail.dossier.due_at is not None
    assert detail.changeStatusButton.isVisible()
    assert "Đã tiếp nhận hồ sơ" in detail.messageLabel.toolTip() + detail.messageLabel.text()
    if shots:
        window.grab().save(str(shots / "queue-received.png"))
    with store.read() as session:
        row = session.scalar(select(DossierRow).where(DossierRow.code == code))
        names = session.scalars(select(DossierFileRow.name).where(
            DossierFileRow.dossier_id == row.id, DossierFileRow.role == "form")).all()
    assert names == ["Mẫu 01 - Giấy tiếp nhận.pdf"]
    window.show_page("list")
    page = window.dossiers
    qtbot.waitUntil(lambda: len(page.codes()) == 1, timeout=5_000)
    assert page.periodCombo.currentText() == "Trực tuyến – chờ tiếp nhận (1)"


def test_refusing_asks_the_reason_and_keeps_form_03(qtbot, window, store, queue):
    page = _open_queue(qtbot, window, store)
    page.resultTable.setFocus()
    press(Qt.Key.Key_Return)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.onlinePanel.isVisible(),
                    timeout=10_000)
    idle(qtbot, window)
    panel = detail.onlinePanel
    panel.refuseButton.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(),
                    timeout=5_000)
    dialog = panel.dialog
    shots = screens_dir("online")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    dialog.reasonEdit.setFocus()
    type_keys("Thủ tục không thuộc thẩm quyền của cơ quan")
    if shots:
        window.grab().save(str(shots / "refuse-dialog-window.png"))
        dialog.grab().save(str(shots / "refuse-dialog.png"))
    assert dialog.reasonEdit.toPlainText() == "Thủ tục không thuộc thẩm quyền của cơ quan"
    dialog.printButton.click()
    qtbot.waitUntil(lambda: detail.detail.dossier.status is Status.NOT_ACCEPTED,
                    timeout=20_000)
    idle(qtbot, window)
    with store.read() as session:
        row = session.scalar(select(DossierRow).where(
            DossierRow.code == detail.detail.dossier.code))
        names = session.scalars(select(DossierFileRow.name).where(
            DossierFileRow.dossier_id == row.id, DossierFileRow.role == "form")).all()
    assert names == ["Mẫu 03 - Phiếu từ chối tiếp nhận.pdf"]
