"""The sync bridge (worker thread -> signals) and the sync panel, offscreen, live server."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from onestop_desktop.store import outbox, sync_repo
from onestop_desktop.sync import credentials
from onestop_desktop.ui.sync_bridge import NOT_CONFIGURED, SyncBridge
from onestop_desktop.ui.sync_panel import SyncPanel
from tests.sync.desks import intake_many, make_desk, outbox_states

AGENCY = "000.00.01.H22"


@pytest.fixture
def desk(tmp_path, central):
    data_dir = tmp_path / "desk"
    store = make_desk(data_dir, 1)
    with store.transaction() as session:
        sync_repo.set_server_url(session, central.url)
    credentials.save_token(data_dir, central.add_device("Quầy 1", AGENCY, 1))
    yield store, data_dir
    store.close()


def test_bridge_runs_off_the_gui_thread_and_reports(qtbot, desk):
    store, data_dir = desk
    intake_many(store, 3)
    bridge = SyncBridge(store, data_dir)
    states: list[tuple] = []
    bridge.state_changed.connect(lambda *args: states.append(args))
    worker_threads: list[threading.Thread] = []
    original = bridge._work

    def spy(force: bool):
        worker_threads.append(threading.current_thread())
        return original(force)

    bridge._work = spy
    with qtbot.waitSignal(bridge.finished, timeout=20_000) as blocker:
        assert bridge.sync_now()
        assert bridge.running and not bridge.sync_now()  # one run at a time
    report = blocker.args[0]
    assert report.clean and report.pushed == 3
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert states[0] == (False, 3, 0, "Đang đồng bộ…")  # not known to be online yet
    assert states[-1][:3] == (True, 0, 0) and "Đã gửi 3" in states[-1][3]
    assert not bridge.running
    assert bridge.shutdown(5_000)


def test_bridge_says_when_sync_is_not_configured(qtbot, tmp_path):
    store = make_desk(tmp_path / "bare", 1)
    intake_many(store, 1)
    bridge = SyncBridge(store, tmp_path / "bare")
    states: list[tuple] = []
    bridge.state_changed.connect(lambda *args: states.append(args))
    with qtbot.waitSignal(bridge.finished, timeout=10_000) as blocker:
        bridge.sync_now()
    assert blocker.args[0].error == NOT_CONFIGURED
    assert states[-1] == (False, 1, 0, NOT_CONFIGURED + " Đã gửi 0, đã nhận 0; còn chờ 1.")
    bridge.shutdown(5_000)
    store.close()


def test_panel_lists_problems_and_retries(qtbot, desk, central, tmp_path):
    store, data_dir = desk
    intake_many(store, 2)
    with store.transaction() as session:
        bad = outbox.enqueue(session, "dossier.teleported", {"id": "x", "code": "—"})
        bad_id = bad.event_id
    bridge = SyncBridge(store, data_dir)
    panel = SyncPanel(store, bridge)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    assert panel.table.rowCount() == 3
    assert panel.table.item(0, 0).text() == "Chờ gửi"
    with qtbot.waitSignal(bridge.finished, timeout=20_000):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    # After the run the panel refreshed itself: only the refused event is left.
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "Lỗi, sẽ gửi lại"
    assert "không được hỗ trợ" in panel.table.item(0, 4).text()
    assert "Lỗi: 1" in panel.summary.text() and "Đã gửi: 2" in panel.summary.text()
    panel.grab().save(str(tmp_path / "sync_panel.png"))

    panel.table.selectRow(0)
    with qtbot.waitSignal(bridge.finished, timeout=20_000):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    with store.read() as session:
        row = next(p for p in sync_repo.problems(session) if p.key == bad_id)
    assert row.attempts == 2 and row.state == "failed"  # sent again, refused again, kept
    assert outbox_states(store) == {"acked": 2, "failed": 1}
    bridge.shutdown(5_000)
