"""The desk opened behind the sign-in page.

On an ordinary launch (a store already there) the window is on the screen before the
store is open: importing SQLAlchemy and opening the store take a few tenths of a second
the officer spends typing a name and a password. A DeskOpening does that on a thread
of its own once the window has been painted. Background jobs that need the desk wait
for it (DeskContext.desk); the GUI thread never waits: the window reads the desk and
builds its other pages once it is ready.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from ..desk import Desk


class DeskUnavailable(RuntimeError):
    """What a job waiting for the desk gets when it will not be ready: it could not be
    opened (the cause says why), or the window closed first."""


class DeskOpening(QObject):
    """`open_desk` runs on the opening thread and returns the Desk; `opened` then says
    so on the GUI thread, with whether the desk still needs its first-run set-up. The
    desk is ready once `set_ready` is called (after that set-up, if any)."""

    opened = Signal(object, bool)  # the Desk, whether it needs the first-run wizard
    failed = Signal(object)  # what kept it from opening
    ready = Signal()

    _opened_here = Signal(object, bool)  # from the opening thread, queued to this one
    _failed_here = Signal(object)

    def __init__(self, data_dir: Path, open_desk: Callable[[], Desk],
                 clock: Callable[[], datetime], parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.clock = clock  # the desk's clock, for the status bar until it is open
        self._open_desk = open_desk
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._desk: Desk | None = None
        self._unavailable = ""  # why the desk will not be ready, once that is known
        self._failure: Exception | None = None
        self.opened_desk: Desk | None = None  # what the thread opened, ready or not
        # Bound methods of a GUI-thread QObject: Qt queues the calls to this thread.
        self._opened_here.connect(self._say_opened)
        self._failed_here.connect(self._say_failed)

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def is_ready(self) -> bool:
        return self._desk is not None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._open, name="open-desk", daemon=True)
            self._thread.start()

    def _open(self) -> None:
        try:
            desk = self.opened_desk = self._open_desk()
            needs_first_run = desk.setup.needs_first_run()
        except Exception as exc:  # noqa: BLE001 - said on the GUI thread and to every waiting job
            # The text now: a waiting job's failure chains this exception, and the job
            # lets go of the frames of its whole chain (jobs._without_frames), maybe
            # before the GUI thread logs it.
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._failure, self._unavailable = exc, f"{self.data_dir} could not be opened"
            self._done.set()
            self._failed_here.emit(exc)
        else:
            self._opened_here.emit(desk, needs_first_run)

    @Slot(object, bool)
    def _say_opened(self, desk: Desk, needs_first_run: bool) -> None:
        self.opened.emit(desk, needs_first_run)

    @Slot(object)
    def _say_failed(self, exc: Exception) -> None:
        self.failed.emit(exc)

    def set_ready(self, desk: Desk) -> None:
        """GUI thread: the desk can be used (its first run, if it needed one, is done);
        not if the window has been closed meanwhile."""
        if self._unavailable:
            return
        self._desk = desk
        self._done.set()
        self.ready.emit()

    def abandon(self) -> None:
        """The window is closing before the desk was ready: jobs waiting for it stop
        waiting (with DeskUnavailable), so the window's workers can end."""
        if not self._done.is_set():
            self._unavailable = f"the window closed before {self.data_dir} was open"
            self._done.set()

    def wait(self, timeout_s: float | None = None) -> Desk:
        """The desk once ready (a worker waits for it); DeskUnavailable if it will not be."""
        if not self._done.wait(timeout_s):
            raise TimeoutError(f"the desk in {self.data_dir} is still being opened")
        if self._unavailable:  # a new exception for each waiting thread, the cause shared
            raise DeskUnavailable(self._unavailable) from self._failure
        assert self._desk is not None
        return self._desk

    def join(self, timeout_s: float) -> bool:
        """Whether the opening thread has ended (or never started)."""
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True
