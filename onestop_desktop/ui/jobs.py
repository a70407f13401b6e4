"""The one helper for slow work: run a callable on a thread pool, answer on the GUI thread.

Jobs call the desk (the application boundary), which opens its own store sessions,
so no session crosses a thread. A command answers with a Done: on success its value
goes to `on_done` and `changed` is emitted with its Changes, and views refresh on it
instead of being poked.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..desk.changes import Changes, Done

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the slots run here (queued)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject, on_done, on_error, finish):
        super().__init__(parent)
        self.on_done, self.on_error, self.finish = on_done, on_error, finish
        self.closed = parent.is_closed  # type: ignore[attr-defined]
        # Bound methods of a GUI-thread QObject: Qt queues the call to this thread.
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        changes = None
        if isinstance(result, Done):
            result, changes = result.value, result.changes
        try:
            if self.on_done is not None and not self.closed():
                self.on_done(result)
        finally:
            self.finish(self, True, changes)

    @Slot(object)
    def _deliver_failed(self, exc: Exception) -> None:
        try:
            if self.closed():
                pass  # the window is gone: nobody to tell
            elif self.on_error is not None:
                self.on_error(exc)
            else:
                log.error("background job failed: %s", getattr(exc, "__traceback_text__", exc))
        finally:
            self.finish(self, False, None)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - any failure goes back to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Jobs(QObject):
    changed = Signal(object)  # a Changes, after a successful command
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()
        self._closed = False

    def is_closed(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None,
            changes: Changes | None = None) -> None:
        """`fn` runs on a worker. `changes`: what a job made of several steps changed when
        it succeeds (a command's Done says it by itself)."""
        def finish(relay: _Relay, ok: bool, made: Changes | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self.busy:
                self.busy_changed.emit(False)
            if ok and (made or changes):
                self.changed.emit((made or Changes()) | (changes or Changes()))

        relay = _Relay(self, on_done, on_error, finish)
        if not self.busy:
            self.busy_changed.emit(True)
        self._relays.add(relay)
        self.pool.start(_Runnable(fn, relay))

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """The window closes: let running jobs end, and drop answers nobody can show."""
        self._closed = True
        return self.pool.waitForDone(timeout_ms)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the workers are idle (shutdown, tests); replies are still queued."""
        return self.pool.waitForDone(timeout_ms)


class NewestAnswer:
    """Reads of one thing run on two workers and may answer out of order: an answer
    older than the one already shown is dropped."""

    def __init__(self) -> None:
        self._asked = self._shown = 0

    def ask(self) -> int:
        self._asked += 1
        return self._asked

    def take(self, number: int) -> bool:
        """Whether the answer to read `number` is to be shown."""
        if number <= self._shown:
            return False
        self._shown = number
        return True
