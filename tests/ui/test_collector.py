"""Python's cycle collector runs on the GUI thread only (ui/collector.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from onestop_desktop.ui.collector import GuiThreadCollector, collect_due
from onestop_desktop.ui.jobs import Jobs

RELEASED: list[int] = []  # the threads ClosedDialog objects were destroyed on


class ClosedDialog(QObject):
    """A Qt object in a reference cycle, let go by the window (garbage for the collector)."""

    def __init__(self):
        super().__init__()
        self.myself = self

    def __del__(self):
        RELEASED.append(threading.get_ident())


def _query_allocating_a_lot():
    """What a job's store query does to the collector's counts."""
    rows = [{"row": n} for n in range(100_000)]
    return len(rows)


def test_garbage_holding_a_qt_object_is_collected_on_the_gui_thread(qtbot):
    RELEASED.clear()
    gc.enable()  # as Python starts the desk
    collector = GuiThreadCollector()
    jobs = Jobs()
    try:
        gc.collect()  # counts from zero: the job's allocations would trigger the next pass
        ClosedDialog()  # garbage from here on
        answers = []
        jobs.run(_query_allocating_a_lot, on_done=answers.append)
        assert jobs.wait(10_000)
        assert not RELEASED  # nothing collected by the worker
        qtbot.waitUntil(lambda: bool(RELEASED and answers), timeout=5_000)
    finally:
        collector.stop()
        gc.disable()  # as the test session runs (tests/conftest.py)
    assert RELEASED == [threading.get_ident()]
    assert answers == [100_000]


def test_collect_due_takes_the_young_and_follows_the_thresholds_for_the_old():
    thresholds = gc.get_threshold()
    try:
        gc.collect()
        gc.set_threshold(700, 1_000, 1_000)
        collect_due()
        assert gc.get_count()[1] == 1  # a young pass only: the middle one counts it
        gc.set_threshold(700, 0, 1_000)
        collect_due()
        assert gc.get_count()[1:] == (0, 1)  # the middle generation was due: taken too
        gc.set_threshold(0)
        assert collect_due() == 0  # switched off by whoever runs the desk: left off
    finally:
        gc.set_threshold(*thresholds)
