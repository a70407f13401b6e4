"""SyncBridge: runs the sync engine off the GUI thread and reports through signals.

Public API (for the main window):
    bridge = SyncBridge(StoreSyncPort(store), data_dir, parent=window)
    bridge.state_changed.connect(slot)   # (online: bool, pending: int, failed: int, message: str)
    bridge.finished.connect(slot)        # (report: SyncReport) after every run
    bridge.sync_now() -> bool            # "Đồng bộ ngay": False if a run is already going
    bridge.start_auto(interval_s=60)     # background runs; backs off after failures
    bridge.stop_auto(); bridge.shutdown(timeout_ms)  # on close: stop the timer, wait the worker
    bridge.drain_ms                      # how long a run stuck on the network may still take
    bridge.running -> bool

`failed` in state_changed counts events refused by the server (failed + conflict).
The bridge reaches the desk's data only through the engine's port (sync/port.py),
and only from the worker thread; each run opens its own HTTP client there; no
session or client crosses threads. A second app instance on the same data
directory cannot run at the same time (the engine's file lock): its run
reports "busy".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QTimer, Signal, Slot

from ..sync import credentials
from ..sync import port as sync_port
from ..sync.client import SyncClient
from ..sync.engine import SyncEngine, SyncReport, backoff_delay
from .jobs import owned_pool

log = logging.getLogger(__name__)

ClientFactory = Callable[[str, str], SyncClient]
# The run's error when no server address or device token is set (Cài đặt, or `config
# set`); state_changed says it shortly for the status bar ("chưa kết nối máy chủ").
NOT_CONFIGURED = "Chưa cấu hình máy chủ đồng bộ: chưa có địa chỉ máy chủ hay mã thiết bị."


class _Relay(QObject):
    """Created on the GUI thread: the worker emits, the bridge's slots run there."""

    started = Signal(int, int)  # (to push, refused), read by the worker as the run begins
    done = Signal(object)


class _Run(QRunnable):
    def __init__(self, work: Callable[[], SyncReport], relay: _Relay):
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            report = self.work()
        except Exception as exc:  # shown in the status bar, never lost
            log.exception("sync run failed")
            report = SyncReport(error=f"Lỗi đồng bộ: {exc}")
        self.relay.done.emit(report)


class SyncBridge(QObject):
    state_changed = Signal(bool, int, int, str)
    finished = Signal(object)
    DRAIN_MARGIN_MS = 10_000  # past the client's timeout: the engine settles, closes its client

    def __init__(self, port: sync_port.SyncPort, data_dir: Path, parent: QObject | None = None,
                 *, client_factory: ClientFactory | None = None, timeout: float = 15.0):
        super().__init__(parent)
        self.port, self.data_dir = port, Path(data_dir)
        self.timeout = timeout
        self._client_factory = client_factory or (
            lambda url, token: SyncClient(url, token, timeout=timeout,
                                          ca_bundle=self.port.ca_bundle()))
        self._pool = owned_pool(self, 1)  # before the relay: it goes first, once idle
        self._relay = _Relay(self)
        self._relay.started.connect(self._on_started)
        self._relay.done.connect(self._on_done)
        self._running = False
        self._online = False  # last known; unknown until the first run answers
        self._failures = 0
        self._interval_s = 60.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._auto_tick)
        self._auto = False

    @property
    def running(self) -> bool:
        return self._running

    def sync_now(self) -> bool:
        """Start a run now (manual: also resends events waiting out a retry delay)."""
        return self._start(force=True)

    def start_auto(self, interval_s: float | None = None) -> None:
        if interval_s is not None:
            self._interval_s = interval_s
        self._auto = True
        self._timer.start(0)

    def stop_auto(self) -> None:
        self._auto = False
        self._timer.stop()

    def shutdown(self, timeout_ms: int = 20_000) -> bool:
        """Stop the timer and wait for a run under way; False if it is still running."""
        self.stop_auto()
        return self._pool.waitForDone(timeout_ms)

    @property
    def drain_ms(self) -> int:
        """Enough for a run waiting on the network to give up by itself (its request's
        timeout) and settle the outbox: how long to wait before closing the store."""
        return int(self.timeout * 1000) + self.DRAIN_MARGIN_MS

    def _auto_tick(self) -> None:
        if not self._start(force=False):
            self._schedule()

    def _start(self, force: bool) -> bool:
        if self._running:
            return False
        self._running = True
        # "Đang đồng bộ…" goes out once the worker has counted the queue: no store
        # read on the GUI thread.
        self._pool.start(_Run(lambda: self._work(force), self._relay))
        return True

    def _work(self, force: bool) -> SyncReport:
        """Runs on the worker thread."""
        self._relay.started.emit(*self._counts())
        url = self.port.server_url()
        token = credentials.load_token(self.data_dir)
        if not url or not token:
            report = SyncReport(error=NOT_CONFIGURED)
            report.count(self.port.counts())
            return report
        client = self._client_factory(url, token)
        try:
            return SyncEngine(self.port, client, self.data_dir).run_once(force=force)
        finally:
            client.close()

    @Slot(int, int)
    def _on_started(self, pending: int, failed: int) -> None:
        if self._running:
            self.state_changed.emit(self._online, pending, failed, "Đang đồng bộ…")

    @Slot(object)
    def _on_done(self, report: SyncReport) -> None:
        self._running = False
        if not report.busy:
            self._online = report.online
        self._failures = self._failures + 1 if report.back_off else 0
        # Not configured: a short line for the status bar (the counts are shown beside it).
        message = (self.tr("chưa kết nối máy chủ") if report.error == NOT_CONFIGURED
                   else report.message())
        self.state_changed.emit(report.online, report.pending,
                                report.failed + report.conflicts, message)
        self.finished.emit(report)
        self._schedule()

    def _schedule(self) -> None:
        if not self._auto:
            return
        delay = backoff_delay(self._failures) + 1.0 if self._failures else self._interval_s
        self._timer.start(int(delay * 1000))

    def _counts(self) -> tuple[int, int]:
        """Worker thread only."""
        queue = self.port.counts()
        return queue.to_push, queue.refused
