"""The dossier page (timeline, reprint, status change), list filters and colours, the ledger."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from onestop_desktop.desk import Changes
from onestop_desktop.domain.status import Status
from onestop_desktop.services import dossier_queries
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import dossier_repo
from onestop_desktop.ui.dossier_model import CODE_ROLE, URGENCY_ROLE
from tests.conftest import sample_request

from .conftest import idle, print_from_preview, sign_in


@pytest.fixture
def two_dossiers(store):
    now = datetime.now(UTC)
    service = IntakeService(store, lambda: now)
    late = service.intake(sample_request(received_at=(now - timedelta(days=20)).isoformat()),
                          "lan")
    fresh = service.intake(sample_request(
        received_at=now.isoformat(),
        applicant={"name": "Võ Minh Tâm", "id_number": "038090077777", "phone": "0977000111",
                   "address": "Thanh Hóa"}), "lan")
    return late, fresh


def test_list_filters_and_overdue_colour(qtbot, window, store, two_dossiers):
    late, fresh = two_dossiers
    sign_in(qtbot, window, store)
    window.show_page("list")
    page = window.dossiers
    qtbot.waitUntil(lambda: set(page.codes()) == {late.code, fresh.code}, timeout=5000)
    colours = {page.model.index(r, 0).data(CODE_ROLE): page.model.index(r, 0).data(URGENCY_ROLE)
               for r in range(page.model.rowCount())}
    assert colours[late.code] == "overdue" and colours[fresh.code] != "overdue"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None or \
        page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    page.periodCombo.setCurrentIndex(page.periodCombo.findData("overdue"))
    qtbot.waitUntil(lambda: page.codes() == [late.code], timeout=5000)
    page.periodCombo.setCurrentIndex(page.periodCombo.findData("today"))
    qtbot.waitUntil(lambda: page.codes() == [fresh.code], timeout=5000)
    page.periodCombo.setCurrentIndex(0)
    page.statusCombo.setCurrentIndex(page.statusCombo.findData(3))
    qtbot.waitUntil(lambda: page.codes() == [], timeout=5000)
    assert page.countLabel.text() == "0 hồ sơ"


def test_dossier_page_timeline_reprint_and_status_change(qtbot, window, store, two_dossiers):
    late, _fresh = two_dossiers
    sign_in(qtbot, window, store)
    window.open_dossier(late.code)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5000)
    assert detail.titleLabel.text().endswith(late.code)
    texts = [detail.timelineTree.topLevelItem(i).text(1)
             for i in range(detail.timelineTree.topLevelItemCount())]
    assert any("Được tiếp nhận" in t for t in texts)
    assert any("Tiếp nhận hồ sơ" in t and "chờ gửi" in t for t in texts)  # sync state
    assert not detail.returnButton.isEnabled()  # only once done
    detail.targetStatusCombo.setCurrentIndex(detail.targetStatusCombo.findData(9))
    detail.changeStatusButton.click()
    qtbot.waitUntil(lambda: detail.detail.dossier.status is Status.DONE, timeout=5000)
    assert detail.returnButton.isEnabled()
    with store.read() as session:
        assert dossier_repo.get_by_code(session, late.code).status is Status.DONE
    detail.returnButton.click()
    qtbot.waitUntil(lambda: window.returns.dossier is not None, timeout=5000)
    assert window.current_page() == "return"
    assert window.returns.timingLabel.text().endswith("Quá hạn")
    window.open_dossier(late.code)
    qtbot.waitUntil(detail.isVisible, timeout=5000)
    detail.reprint()
    print_from_preview(qtbot, detail.printing)
    qtbot.waitUntil(lambda: any("In mẫu 01" in e.text for e in detail.detail.timeline),
                    timeout=10_000)
    idle(qtbot, window)


def test_ledger_preview_from_reports(qtbot, window, store, two_dossiers):
    sign_in(qtbot, window, store)
    window.show_page("reports")
    reports = window.reports
    qtbot.waitUntil(lambda: "Đang quá hạn: 1" in reports.summaryLabel.text(), timeout=5000)
    reports.fromDate.setDate(reports.fromDate.date().addDays(-30))
    reports.ledgerButton.click()
    qtbot.waitUntil(lambda: reports.printing.last_preview is not None, timeout=15_000)
    assert reports.printing.last_pdf.is_file()
    reports.printing.last_preview.close()


def test_status_bar_counts_never_go_back_to_an_older_read(qtbot, window, store, monkeypatch):
    """Two count reads out at once: the one asked first answering last is not shown."""
    idle(qtbot, window)
    release = threading.Event()
    calls: list[int] = []

    def counts(_store):
        calls.append(1)
        if len(calls) == 1:
            assert release.wait(20)  # asked first, answers last: before the intake
            return 0, 0
        return 1, 0

    monkeypatch.setattr(dossier_queries, "sync_counts", counts)
    try:
        window.ctx.jobs.changed.emit(Changes(dossiers=True))
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=5_000)
        window.ctx.jobs.changed.emit(Changes(dossiers=True))  # an intake: one event waits now
        qtbot.waitUntil(lambda: "chờ gửi: 1" in window.status.syncLabel.text(), timeout=5_000)
    finally:
        release.set()
    idle(qtbot, window)
    assert "chờ gửi: 1" in window.status.syncLabel.text()
