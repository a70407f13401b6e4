"""Python's cycle collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread allocates when a threshold
is crossed: often a job's worker, since the store's queries allocate a lot. A
garbage cycle that holds a Qt object (a closed window or dialog, a replaced panel,
a job helper) then destroys that object on the worker: a widget destroyed off the
GUI thread crashes the desk, or deadlocks it against the GUI thread (Qt's
connection lock on one side, Python's lock on the other). So automatic collection
is switched off and the GUI thread collects on a timer instead: the youngest
generation every time (the automatic collector reacts to allocations, which a
timer cannot see: a worker's burst is freed again by the time it fires, leaving
the garbage), the older ones when their thresholds say so, as automatically.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


def collect_due() -> int:
    """The youngest generation, and the oldest older one whose count is over its
    threshold with it. Returns the number of unreachable objects found."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if thresholds[0] == 0:
        return 0  # collection switched off altogether
    oldest = max((generation for generation in range(1, len(thresholds))
                  if counts[generation] > thresholds[generation]), default=0)
    return gc.collect(oldest)


class GuiThreadCollector(QObject):
    """While it lives: no automatic collection, `collect_due` on the GUI thread instead.
    Create it on the GUI thread once the application exists."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due)
        self._timer.start(self.INTERVAL_MS)

    def stop(self) -> None:
        """Back to automatic collection (the desk has shut its workers down)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
