"""The background-job helper: work off the GUI thread, answers on it, `changed` after writes."""

from __future__ import annotations

import threading

import pytest

from onestop_desktop.desk.changes import DOSSIERS, Done
from onestop_desktop.ui.jobs import Jobs


@pytest.fixture
def jobs(qtbot):
    helper = Jobs()
    yield helper
    # Teardown as the window does it: workers stopped, their answers delivered.
    assert helper.wait(5000)
    qtbot.waitUntil(lambda: not helper.busy, timeout=5000)
    qtbot.wait(20)


def test_success_and_failure_come_back_on_the_gui_thread(qtbot, jobs):
    gui = threading.get_ident()
    worker_threads, answers = [], []

    def work():
        worker_threads.append(threading.get_ident())
        return Done(42, DOSSIERS)  # a command's answer: its value and what it changed

    def boom():
        raise ValueError("hỏng")

    with qtbot.waitSignal(jobs.changed, timeout=5000) as changed:
        jobs.run(work, on_done=lambda r: answers.append((r, threading.get_ident())))
    assert changed.args == [DOSSIERS]
    assert answers == [(42, gui)] and worker_threads[0] != gui
    errors = []
    with qtbot.waitSignal(jobs.busy_changed, timeout=5000,
                          check_params_cb=lambda busy: busy is False):
        jobs.run(boom, on_error=lambda e: errors.append((str(e), threading.get_ident())),
                 changes=DOSSIERS)
    assert errors == [("hỏng", gui)] and not jobs.busy
    assert jobs.wait(1000)


def test_a_failed_write_does_not_announce_a_change(qtbot, jobs):
    changes = []
    jobs.changed.connect(changes.append)
    jobs.run(lambda: 1 / 0, on_error=lambda e: None, changes=DOSSIERS)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    assert changes == []


def test_answers_after_shutdown_are_dropped(qtbot, jobs):
    import time

    answers = []
    jobs.run(lambda: time.sleep(0.2) or "late", on_done=answers.append)
    assert jobs.shutdown(5000)  # the window closes while the job runs
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    assert answers == []


def test_what_a_job_holds_is_let_go_on_the_gui_thread(qtbot, jobs):
    """A page captured by a job (its callable, its answer's callbacks) may be held by
    nothing else: it is then destroyed where it was let go, which must be the GUI
    thread, never a worker."""
    released: list[int] = []

    class Page:
        def __del__(self):
            released.append(threading.get_ident())

        def read(self):
            return "đã đọc"

        def show(self, answer):
            assert answer == "đã đọc"

    def job_holding_it_in_its_callable(page):
        jobs.run(page.read)

    def job_holding_it_in_its_answer(page):
        jobs.run(lambda: "đã đọc", on_done=page.show)

    def failed_job_holding_it_in_its_callable(page):
        jobs.run(lambda page=page: 1 / 0, on_error=lambda _exc: None)

    starts = (job_holding_it_in_its_callable, job_holding_it_in_its_answer,
              failed_job_holding_it_in_its_callable)
    for start in starts:
        start(Page())  # the page is closed at once: the job alone holds it
        assert jobs.wait(5000)
        qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
        qtbot.wait(50)  # the workers' own clean-up after their answer
    assert released == [threading.get_ident()] * len(starts)
