"""The idle lock's clock: input anywhere in the application (keys, the mouse, the wheel,
a touch) starts the wait again; a wait that runs out emits `idle`.

The period comes from the desk's setting (Cài đặt, by a centre's head or an admin), in
seconds, so a test can lock a window in a second or two of real time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# What a person at the desk does: a scanner's keys count too.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.seconds = 0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, seconds: int | None = None) -> None:
        """Watch for `seconds` without input (the last period when None)."""
        if seconds is not None:
            self.seconds = max(1, int(seconds))
        if self.seconds:
            self._timer.start(self.seconds * 1000)

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # again from now, with the same period
        return False
