"""One desk window per data directory: a second launch wakes the first and exits.

Two processes on one store would each show a stale view of it and fight over
the printer queue; officers double-click twice. The owner holds a QLockFile in
the data directory (released by the OS if the process dies: Qt treats a lock
whose process is gone as stale) and listens on a QLocalServer named after a
hash of the directory's absolute path. A later launch that cannot take the lock
connects to that server, sends "activate" and reports that it must exit.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LOCK_NAME = ".onestop-desktop.lock"
ACTIVATE = b"activate\n"
CONNECT_ATTEMPTS, CONNECT_WAIT_MS = 20, 100  # the owner may still be starting its server


def server_name(data_dir: str | Path) -> str:
    """Per data directory, short enough for a Unix socket path and a Windows pipe name."""
    key = str(Path(data_dir).resolve())
    if sys.platform == "win32":
        key = key.lower()  # one directory, however it was typed
    return "onestop-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """`guard = SingleInstance(data_dir); if not guard.acquire(): return 0`."""

    activated = Signal()  # another launch asked this instance to come forward

    def __init__(self, data_dir: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir).resolve()
        self.name = server_name(self.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True: this process owns the data directory. False: another one does and
        has been told to come forward; this process should exit (status 0)."""
        if self._lock.tryLock(0):
            self._listen()
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # cannot even create the lock file (read-only directory …): do not block work
            log.warning("cannot lock %s: %s", self.data_dir, self._lock.error())
            return True
        self.notify_running()
        return False

    def _listen(self) -> None:
        # A crashed owner leaves its Unix socket file behind; we hold the lock, so it is stale.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance server %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._clients.append(socket)
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == ACTIVATE:
                self.activated.emit()

    def _forget(self, socket: QLocalSocket) -> None:
        if socket in self._clients:
            self._clients.remove(socket)
        socket.deleteLater()

    def notify_running(self) -> bool:
        """Ask the owner to come forward; False if it could not be reached."""
        for _ in range(CONNECT_ATTEMPTS):
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_WAIT_MS):
                socket.write(ACTIVATE)
                sent = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return sent
            QThread.msleep(CONNECT_WAIT_MS)
        log.warning("another desk holds %s but does not answer", self.data_dir)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def bring_forward_on_activate(self, window: QWidget) -> None:
        self.activated.connect(lambda: bring_forward(window))


def bring_forward(window: QWidget) -> None:
    """Show, un-minimise and raise a window (the OS may only flash its task-bar entry)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
