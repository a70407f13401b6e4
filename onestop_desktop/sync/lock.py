"""One sync at a time per data directory, across threads, processes and app instances.

An OS file lock (the `filelock` package: fcntl/msvcrt) on `<data dir>/sync.lock`;
the OS drops it when a process dies, so a crash never leaves the desk locked.
Holding it is also what makes requeuing "sending" events safe: nobody else is
mid-push.
"""

from __future__ import annotations

import threading
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_FILENAME = "sync.lock"


class SyncLock:
    def __init__(self, data_dir: Path):
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        # thread_local=False: the worker thread that acquires may differ from the releaser.
        self._lock = FileLock(str(Path(data_dir) / LOCK_FILENAME), thread_local=False)
        # A FileLock object is re-entrant; this keeps two threads sharing it apart.
        self._local = threading.Lock()

    def try_acquire(self, timeout: float = 0.0) -> bool:
        got = (self._local.acquire(timeout=timeout) if timeout > 0
               else self._local.acquire(blocking=False))
        if not got:
            return False
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            self._local.release()
            return False
        return True

    def release(self) -> None:
        self._lock.release()
        self._local.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
