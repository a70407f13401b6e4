"""The sync bridge (worker thread -> signals) and the sync panel, offscreen, live server."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import select

from onestop_desktop.desk import Changes, Desk
from onestop_desktop.services import sync_queue
from onestop_desktop.services.sync_port import StoreSyncPort
from onestop_desktop.store import outbox, sync_repo
from onestop_desktop.store.models import OutboxEvent, SyncConflictRow
from onestop_desktop.sync import credentials
from onestop_desktop.ui.jobs import Jobs
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
    bridge = SyncBridge(StoreSyncPort(store), data_dir)
    states: list[tuple] = []
    bridge.state_changed.connect(lambda *args: states.append(args))
    worker_threads: list[threading.Thread] = []
    original = bridge._work

    def spy(force: bool):
        worker_threads.append(threading.current_thread())
        return original(force)

    bridge._work = spy
    count_threads: list[threading.Thread] = []
    original_counts = bridge._counts

    def count_spy():
        count_threads.append(threading.current_thread())
        return original_counts()

    bridge._counts = count_spy
    with qtbot.waitSignal(bridge.finished, timeout=20_000) as blocker:
        assert bridge.sync_now()
        assert bridge.running and not bridge.sync_now()  # one run at a time
    report = blocker.args[0]
    assert report.clean and report.pushed == 3
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    # The queue counts shown with "Đang đồng bộ…" are read by the worker too.
    assert count_threads and threading.main_thread() not in count_threads
    assert states[0] == (False, 3, 0, "Đang đồng bộ…")  # not known to be online yet
    assert states[-1][:3] == (True, 0, 0) and "Đã gửi 3" in states[-1][3]
    assert not bridge.running
    assert bridge.shutdown(5_000)


def test_bridge_says_when_sync_is_not_configured(qtbot, tmp_path):
    store = make_desk(tmp_path / "bare", 1)
    intake_many(store, 1)
    bridge = SyncBridge(StoreSyncPort(store), tmp_path / "bare")
    states: list[tuple] = []
    bridge.state_changed.connect(lambda *args: states.append(args))
    with qtbot.waitSignal(bridge.finished, timeout=10_000) as blocker:
        bridge.sync_now()
    assert blocker.args[0].error == NOT_CONFIGURED
    # Short, for the status bar, which shows the count beside it; no configuration keys.
    assert states[-1] == (False, 1, 0, "chưa kết nối máy chủ")
    bridge.shutdown(5_000)
    store.close()


def test_panel_lists_problems_and_retries(qtbot, desk, central, tmp_path):
    store, data_dir = desk
    intake_many(store, 2)
    with store.transaction() as session:
        bad = outbox.enqueue(session, "dossier.teleported", {"id": "x", "code": "—"})
        bad_id = bad.event_id
    bridge = SyncBridge(StoreSyncPort(store), data_dir)
    panel = SyncPanel(Desk(store), bridge)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3, timeout=5_000)
    assert panel.table.item(0, 0).text() == "Chờ gửi"
    with qtbot.waitSignal(bridge.finished, timeout=20_000):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    # After the run the panel refreshed itself: only the refused event is left.
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5_000)
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
    assert panel.jobs.wait(5_000)


def _refuse(store, event_id: str, message: str) -> None:
    """The centre refuses one event, the way a push records it (claimed, then rejected)."""
    now = datetime.now(UTC)
    with store.transaction() as session:
        claimed = sync_repo.claim_batch(session, 100, now)
        sync_repo.record_outcomes(
            session,
            [sync_repo.EventOutcome(c.event_id, "accepted") for c in claimed
             if c.event_id != event_id]
            + [sync_repo.EventOutcome(event_id, "rejected", "unsupported_kind", message)],
            now)


def _thread_spy(monkeypatch, module, name: str) -> list[threading.Thread]:
    threads: list[threading.Thread] = []
    original = getattr(module, name)

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return threads


@pytest.fixture
def offline_desk(tmp_path):
    store = make_desk(tmp_path / "offline", 1)
    yield store
    store.close()


def test_panel_reads_and_retries_off_the_gui_thread(qtbot, offline_desk, monkeypatch):
    store = offline_desk
    intake_many(store, 2)
    with store.transaction() as session:
        bad_id = outbox.enqueue(session, "dossier.teleported", {"id": "x", "code": "—"}).event_id
    _refuse(store, bad_id, "Loại sự kiện không được hỗ trợ")
    reads = _thread_spy(monkeypatch, sync_queue, "queue_view")
    writes = _thread_spy(monkeypatch, sync_queue, "retry_events")
    jobs = Jobs()
    panel = SyncPanel(Desk(store), None, jobs=jobs)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 0  # nothing read on the GUI thread while building
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5_000)
    assert panel.table.item(0, 0).text() == "Lỗi, sẽ gửi lại"
    assert panel.table.item(0, 4).text() == "Loại sự kiện không được hỗ trợ"
    assert panel.table.item(0, 4).toolTip() == "Loại sự kiện không được hỗ trợ"
    assert panel.table.item(0, 3).text() == "1"
    assert "Lỗi: 1" in panel.summary.text() and "Đã gửi: 2" in panel.summary.text()

    # Nothing selected: "Thử lại" takes every refused event back into the queue.
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox_states(store) == {"acked": 2, "pending": 1}, timeout=5_000)
    with store.read() as session:
        row = session.get(OutboxEvent, bad_id)
        assert row.next_attempt_at is None and row.attempts == 1  # due now, not yet resent
    # The write's "changed" refreshed the view.
    qtbot.waitUntil(lambda: panel.table.item(0, 0).text() == "Chờ gửi", timeout=5_000)
    assert "Chờ gửi: 1" in panel.summary.text() and "Lỗi: 0" in panel.summary.text()

    # A new intake elsewhere in the window says "dossiers": its event shows up.
    intake_many(store, 1)
    jobs.changed.emit(Changes(dossiers=True))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=5_000)
    assert jobs.wait(5_000)
    assert reads and writes
    assert threading.main_thread() not in reads + writes


def test_panel_dismisses_a_conflict_from_the_centre(qtbot, offline_desk, monkeypatch, tmp_path):
    store = offline_desk
    with store.transaction() as session:
        session.add(SyncConflictRow(at=datetime.now(UTC), code="H22.00-261130-0001",
                                    reason="Không chuyển được từ Đã trả sang Đang xử lý"))
    writes = _thread_spy(monkeypatch, sync_queue, "dismiss_conflicts")
    panel = SyncPanel(Desk(store))
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5_000)
    assert panel.table.item(0, 1).text() == "Trạng thái từ máy chủ"
    assert panel.table.item(0, 4).text() == "Không chuyển được từ Đã trả sang Đang xử lý"
    assert "Xung đột: 1" in panel.summary.text()
    panel.grab().save(str(tmp_path / "sync_panel_conflict.png"))
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=5_000)
    with store.read() as session:
        assert [c.resolved_at is not None for c in session.scalars(select(SyncConflictRow))] \
            == [True]
    assert "Xung đột: 0" in panel.summary.text()
    assert writes and threading.main_thread() not in writes
    assert panel.jobs.wait(5_000)


def test_panel_keeps_refreshing_after_a_row_it_could_not_show(qtbot, offline_desk, monkeypatch):
    """A row that breaks the table (a bad time) must not stop every later refresh; a code
    that is a number is shown as one."""
    views = [
        sync_queue.QueueView(problems=[sync_repo.Problem(
            source="event", key="e1", state="failed", kind="dossier.created", code="H22-1",
            attempts=1, reason="hỏng", at="hôm qua")], waiting=0, failed=1, conflicts=0,
            acked=0),
        sync_queue.QueueView(problems=[sync_repo.Problem(
            source="pull", key="7", state="conflict", kind="", code=12345, attempts=0,
            reason=None, at=datetime.now(UTC))], waiting=0, failed=0, conflicts=1, acked=0),
    ]
    monkeypatch.setattr(sync_queue, "queue_view", lambda _store: views.pop(0))
    jobs = Jobs()
    with qtbot.capture_exceptions() as exceptions:
        panel = SyncPanel(Desk(offline_desk), None, jobs=jobs)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: len(views) == 1 and not jobs.busy, timeout=5_000)
    assert len(exceptions) == 1 and exceptions[0][0] is AttributeError
    jobs.changed.emit(Changes(sync=True))  # the next run: the panel reads again
    qtbot.waitUntil(lambda: not views and "Xung đột: 1" in panel.summary.text(), timeout=5_000)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == "12345"
    assert panel.table.item(0, 4).text() == "" and panel.table.item(0, 3).text() == "0"
    assert jobs.wait(5_000)


def _run_alone(script: str, tmp_path) -> subprocess.CompletedProcess:
    """In a process of its own: a crash or a hang must fail the test, not the run."""
    return subprocess.run([sys.executable, "-c", script, str(tmp_path / "desk")],
                          capture_output=True, text=True, timeout=120, check=False,
                          cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


# The window lets go of a panel that made its own job helper, right after the panel's
# first read was shown. The answer's callback held the panel: it was let go while the
# helper destroyed the read's relay, and the panel, destroying its helper, destroyed
# that relay a second time (a crash).
PANEL_LET_GO_AFTER_ITS_READ = """
import gc, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from onestop_desktop.desk import Desk
from onestop_desktop.ui.sync_panel import SyncPanel
from tests.sync.desks import make_desk

app = QApplication([])
store = make_desk(Path(sys.argv[1]), 1)
for _ in range(3):
    panel = SyncPanel(Desk(store))
    assert panel.jobs.wait(5000)
    app.processEvents()  # the read's answer reaches the panel
    assert panel.summary.text().startswith("Chờ gửi: 0"), panel.summary.text()
    gone = []
    panel.destroyed.connect(lambda: gone.append(True))
    del panel  # the last reference
    for _turn in range(3):
        app.processEvents()
    gc.collect()
    app.processEvents()
    print("gone" if gone else "kept")
store.close()
"""


def test_a_panel_let_go_after_its_read_is_destroyed_cleanly(tmp_path):
    result = _run_alone(PANEL_LET_GO_AFTER_ITS_READ, tmp_path)
    assert result.returncode == 0, f"the panel's end crashed ({result.returncode}): " \
                                   f"{result.stderr[-3000:]}"
    assert result.stdout.split() == ["gone"] * 3  # and nothing of it is kept alive


# A panel that made its own job helper is closed while its read is out (a slow disk).
# Under a watchdog: the helper's pool, destroyed with the panel, waited for a worker
# that needed the Python lock its destroyer held (a hang).
PANEL_CLOSED_MID_READ = """
import faulthandler, sys, time
from pathlib import Path
import shiboken6
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from onestop_desktop.desk import Desk
from onestop_desktop.services import sync_queue
from onestop_desktop.ui.sync_panel import SyncPanel
from tests.sync.desks import make_desk

faulthandler.dump_traceback_later(30, exit=True)  # a hang ends the process, with its stacks
app = QApplication([])
store = make_desk(Path(sys.argv[1]), 1)
read = sync_queue.queue_view
sync_queue.queue_view = lambda store: time.sleep(0.5) or read(store)
panel = SyncPanel(Desk(store))
QTest.qWait(50)
panel.deleteLater()
QTest.qWait(50)  # the panel and its helper are destroyed while the read runs
print("closed" if not shiboken6.isValid(panel) else "open")
store.close()
"""


# The same for the window's bridge: the window is destroyed while a run counts the queue.
WINDOW_CLOSED_MID_SYNC = """
import faulthandler, sys, time
from pathlib import Path
import shiboken6
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from onestop_desktop.services.sync_port import StoreSyncPort
from onestop_desktop.ui.sync_bridge import SyncBridge
from tests.sync.desks import make_desk

faulthandler.dump_traceback_later(30, exit=True)
app = QApplication([])
data_dir = Path(sys.argv[1])
store = make_desk(data_dir, 1)
window = QWidget()
bridge = SyncBridge(StoreSyncPort(store), data_dir, parent=window)
count = bridge._counts
bridge._counts = lambda: time.sleep(0.5) or count()
assert bridge.sync_now()
QTest.qWait(50)
window.deleteLater()
QTest.qWait(50)
print("closed" if not shiboken6.isValid(bridge) else "open")
store.close()
"""


@pytest.mark.parametrize("script", [PANEL_CLOSED_MID_READ, WINDOW_CLOSED_MID_SYNC],
                         ids=["panel-mid-read", "window-mid-sync"])
def test_an_owner_closes_while_its_worker_runs(tmp_path, script):
    result = _run_alone(script, tmp_path)
    assert result.returncode == 0, f"closing hung or crashed " \
                                   f"({result.returncode}): {result.stderr[-3000:]}"
    assert result.stdout.split() == ["closed"]


@pytest.mark.parametrize("outcome", ["answer", "failure"])
def test_an_answer_for_a_closed_panel_is_dropped(qtbot, offline_desk, monkeypatch, caplog,
                                                 outcome):
    """The settings page replaces its panel (or the window closes) while the panel's read
    is out on the window's helper: the answer has nobody to go to (a failure is logged)."""
    release = threading.Event()
    answer = sync_queue.queue_view(offline_desk)

    def slow_read(_store):
        release.wait(5)
        if outcome == "failure":
            raise OSError("ổ đĩa không đọc được")
        return answer

    monkeypatch.setattr(sync_queue, "queue_view", slow_read)
    jobs = Jobs()
    panel = SyncPanel(Desk(offline_desk), None, jobs=jobs)
    assert jobs.busy
    panel.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel), timeout=5_000)
    with qtbot.capture_exceptions() as exceptions:
        release.set()
        qtbot.waitUntil(lambda: not jobs.busy, timeout=5_000)
        qtbot.wait(50)
    assert exceptions == []
    assert jobs.wait(5_000)
    logged = [r.getMessage() for r in caplog.records if r.name == "onestop_desktop.ui.jobs"]
    if outcome == "failure":
        assert len(logged) == 1 and "after its page was closed" in logged[0]
        assert "ổ đĩa không đọc được" in logged[0] and "Traceback" in logged[0]
    else:
        assert logged == []


def test_the_bridge_outlives_the_panel_it_fed(qtbot, tmp_path):
    """The window's bridge keeps running after the settings page dropped a panel that
    listened to it: its next run reaches nothing of that panel."""
    store = make_desk(tmp_path / "bare", 1)
    bridge = SyncBridge(StoreSyncPort(store), tmp_path / "bare")
    panel = SyncPanel(Desk(store), bridge)  # its own helper: it relays the bridge's runs itself
    qtbot.waitUntil(lambda: not panel.jobs.busy, timeout=5_000)
    panel.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel), timeout=5_000)
    with qtbot.capture_exceptions() as exceptions:
        with qtbot.waitSignal(bridge.finished, timeout=10_000):
            assert bridge.sync_now()
        qtbot.wait(50)
    assert exceptions == []
    assert bridge.shutdown(5_000)
    store.close()


def test_panel_counts_the_files_waiting_until_they_reach_the_centre(qtbot, desk, tmp_path):
    from tests.sync.uploading import attach, some_bytes

    store, data_dir = desk
    [code] = intake_many(store, 1)
    attach(store, code, some_bytes(1_500_000, 1), paper=0)
    attach(store, code, some_bytes(600_000, 2), paper=1)
    bridge = SyncBridge(StoreSyncPort(store), data_dir)
    panel = SyncPanel(Desk(store), bridge)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    qtbot.waitUntil(lambda: "Tệp chờ gửi" in panel.summary.text(), timeout=5_000)
    assert panel.summary.text().endswith("· Tệp chờ gửi: 2 (2,1 MB)")
    with qtbot.waitSignal(bridge.finished, timeout=20_000) as blocker:
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].clean and blocker.args[0].uploaded == 2
    qtbot.waitUntil(lambda: "Tệp chờ gửi" not in panel.summary.text(), timeout=5_000)
    assert "Chờ gửi: 0" in panel.summary.text()
    bridge.shutdown(5_000)
