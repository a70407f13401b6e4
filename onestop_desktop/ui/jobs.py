"""The one helper for slow work: run a callable on a thread pool, answer on the GUI thread.

Jobs call the desk (the application boundary), which opens its own store sessions,
so no session crosses a thread. A command answers with a Done: on success its value
goes to `on_done` and `changed` is emitted with its Changes, and views refresh on it
instead of being poked.

Lifetimes: a job's callable and callbacks often hold a page, and a page held by
nothing else is destroyed wherever its last reference goes. So they are held here,
in the helper, until the answer is delivered, and let go in that delivery, on the
GUI thread: never by a worker (a widget destroyed off the GUI thread), never in a
Qt object's destructor (a panel that owns this helper, let go while one of the
helper's children was being destroyed, destroyed that child a second time).
An answer for a page whose widget is gone meanwhile is dropped.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..desk.changes import Changes, Done

log = logging.getLogger(__name__)


@dataclass
class _Job:
    fn: Callable[[], Any]  # held until the answer: the worker lets go of its own first
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    changes: Changes | None  # what a job of several steps changed (a Done says its own)


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits (job number, answer), and the helper's
    slots run on the GUI thread (queued). It holds nothing of the jobs."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Runnable(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self.number, self.fn, self.relay = number, fn, relay

    def run(self) -> None:
        fn, self.fn = self.fn, None
        try:
            answer, ok = fn(), True
        except Exception as exc:  # noqa: BLE001 - any failure goes back to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            answer, ok = _without_frames(exc), False
        # Before the answer goes out: once it is delivered, the helper's reference may be
        # the other one left, and this one must not be the last.
        del fn
        if ok:
            self.relay.done.emit(self.number, answer)
        else:
            self.relay.failed.emit(self.number, answer)


def _without_frames(exc: BaseException) -> BaseException:
    """The traceback's frames hold the job's locals (a page among them): they are let go
    here, while the helper still holds the job. The text is kept in __traceback_text__."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return exc


def owned_pool(owner: QObject, max_threads: int) -> QThreadPool:
    """A thread pool that goes with `owner`, and waits for its workers first.

    Destroyed with work running (a panel that owns its helper closed mid-read, a window
    closed mid-sync), a pool's destructor waits for workers that need the Python lock,
    which whoever destroys the owner may hold: a hang. waitForDone called from Python
    lets go of the lock, so the pool waits on the owner's `destroyed`, which comes
    before the owner's children are destroyed."""
    pool = QThreadPool(owner)
    pool.setMaxThreadCount(max_threads)
    owner.destroyed.connect(lambda *_owner: _wait_for(pool))
    return pool


def _wait_for(pool: QThreadPool) -> None:
    # An owner let go from Python has its children's wrappers invalidated first; Python
    # then lets go of its lock itself while the C++ objects are destroyed.
    if shiboken6.isValid(pool):
        pool.waitForDone()


def _receiver_alive(callback: Callable[..., Any]) -> bool:
    """False for a method of a Qt object destroyed while its job ran (a page or panel
    closed meanwhile): nobody to show the answer to."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Jobs(QObject):
    changed = Signal(object)  # a Changes, after a successful command
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        # The pool is created before the relay: children are destroyed in that order, so
        # the pool has waited for its workers before the relay they emit on goes.
        self.pool = owned_pool(self, max_threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver_done)
        self._relay.failed.connect(self._deliver_failed)
        self._jobs: dict[int, _Job] = {}  # started, answer not yet delivered
        self._numbers = itertools.count(1)
        self._closed = False

    def is_closed(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None,
            changes: Changes | None = None) -> None:
        """`fn` runs on a worker. `changes`: what a job made of several steps changed when
        it succeeds (a command's Done says it by itself)."""
        number = next(self._numbers)
        if not self.busy:
            self.busy_changed.emit(True)
        self._jobs[number] = _Job(fn, on_done, on_error, changes)
        self.pool.start(_Runnable(number, fn, self._relay))

    @Slot(int, object)
    def _deliver_done(self, number: int, result: Any) -> None:
        job = self._jobs.pop(number)
        made = job.changes
        if isinstance(result, Done):
            result, made = result.value, result.changes | (job.changes or Changes())
        try:
            if job.on_done is not None and not self._closed and _receiver_alive(job.on_done):
                job.on_done(result)
        finally:
            self._finished(made)

    @Slot(int, object)
    def _deliver_failed(self, number: int, exc: Exception) -> None:
        job = self._jobs.pop(number)
        try:
            text = getattr(exc, "__traceback_text__", exc)
            if self._closed:
                pass  # the window is gone: nobody to tell
            elif job.on_error is None:
                log.error("background job failed: %s", text)
            elif not _receiver_alive(job.on_error):
                log.warning("background job failed after its page was closed: %s", text)
            else:
                job.on_error(exc)
        finally:
            self._finished(None)

    def _finished(self, changes: Changes | None) -> None:
        if not self.busy:
            self.busy_changed.emit(False)
        if changes:
            self.changed.emit(changes)

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
