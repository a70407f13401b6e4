"""One desk per data directory: real lock files, real local sockets, real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from onestop_desktop.ui.single_instance import LOCK_NAME, SingleInstance, server_name

WORKER = """
import os, sys
from PySide6.QtCore import QCoreApplication
from onestop_desktop.ui.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(sys.argv[1])
owner = guard.acquire()
print("owner" if owner else "already-running", flush=True)
if sys.argv[2] == "crash":
    os._exit(3)  # no clean-up: the lock file and the socket stay behind
guard.release()
sys.exit(0)
"""


def launch(data_dir: Path, mode: str = "exit") -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-c", WORKER, str(data_dir), mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.fixture
def guards():
    made: list[SingleInstance] = []
    yield made
    for guard in made:
        guard.release()


def make(guards, data_dir) -> SingleInstance:
    guard = SingleInstance(data_dir)
    guards.append(guard)
    return guard


def test_name_depends_on_the_absolute_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert server_name("desk") == server_name(tmp_path / "desk")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_second_guard_on_same_directory_activates_the_first(qtbot, tmp_path, guards):
    first = make(guards, tmp_path / "desk")
    assert first.acquire()
    assert (tmp_path / "desk" / LOCK_NAME).exists()
    second = make(guards, tmp_path / "desk")
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.acquire() is False


def test_other_directories_are_independent(qtbot, tmp_path, guards):
    assert make(guards, tmp_path / "one").acquire()
    assert make(guards, tmp_path / "two").acquire()


def test_second_process_exits_zero_and_wakes_the_first(qtbot, tmp_path, guards):
    first = make(guards, tmp_path / "desk")
    assert first.acquire()
    with qtbot.waitSignal(first.activated, timeout=10000):
        process = launch(tmp_path / "desk")
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert out.strip() == "already-running"


def test_released_directory_can_be_taken_by_another_process(qtbot, tmp_path, guards):
    first = make(guards, tmp_path / "desk")
    assert first.acquire()
    first.release()
    out, err = launch(tmp_path / "desk").communicate(timeout=30)
    assert out.strip() == "owner", err


def test_crashed_owner_leaves_nothing_that_blocks(qtbot, tmp_path, guards):
    crashed = launch(tmp_path / "desk", "crash")
    out, err = crashed.communicate(timeout=30)
    assert (crashed.returncode, out.strip()) == (3, "owner"), err
    assert (tmp_path / "desk" / LOCK_NAME).exists()  # left behind by the crash

    survivor = make(guards, tmp_path / "desk")
    assert survivor.acquire()  # the dead process's lock is stale
    # and the new owner really listens despite the dead one's socket file
    with qtbot.waitSignal(survivor.activated, timeout=10000):
        late = launch(tmp_path / "desk")
    out, err = late.communicate(timeout=30)
    assert out.strip() == "already-running", err
