"""Application-wide event filter: keyboard-wedge scanner bursts become `scanned` signals.

Printable keys are held back while the detector (domain/scanner.py) decides;
typing is replayed to the widget that had focus, a scan is emitted whole.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.scanner import TERMINATOR, Burst, ScanDetector, ScannerSettings

_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def _command_modifiers(event: QKeyEvent) -> Qt.KeyboardModifier:
    """Ctrl/Alt/Meta: Shift and the keypad flag come with plain characters too."""
    return event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier \
        & ~Qt.KeyboardModifier.KeypadModifier


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None,
                 settings: ScannerSettings | None = None,
                 clock: Callable[[], float] = _monotonic_ms):
        super().__init__(parent)
        self.detector = ScanDetector(settings or ScannerSettings())
        self.clock = clock
        self.enabled = True
        self._replaying = False
        self._target: QWidget | None = None
        # The held keys as they came (key code, text): typing is replayed as itself,
        # so Space still ticks a checkbox and Enter still presses a button.
        self._held: list[tuple[int, str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    def set_settings(self, settings: ScannerSettings) -> None:
        self.flush()
        self.detector = ScanDetector(settings)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # A shortcut (Ctrl+S …) fires before any KeyPress: typed keys go in first.
            key = Qt.Key(event.key())
            if self.detector.pending and key not in _MODIFIER_KEYS and (
                    _command_modifiers(event) != Qt.KeyboardModifier.NoModifier
                    or key == Qt.Key.Key_Escape
                    or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35):
                self.flush()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        # A key travels from the focus widget up to its parents: look at it once.
        if not isinstance(watched, QWidget) or (
                watched is not focus and not (focus is None and watched.isWindow())):
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return False
        mods = _command_modifiers(event)
        text = event.text()
        if key in _ENTER_KEYS and mods == Qt.KeyboardModifier.NoModifier:
            if not self.detector.pending:
                return False
            self._held.append((int(key), "\r"))
            return self._handle(self.detector.feed(TERMINATOR, self.clock()), watched)
        if mods != Qt.KeyboardModifier.NoModifier or not text or not text.isprintable():
            self.flush()  # e.g. Tab or Backspace after held keys: keep the order
            return False
        self._target = QApplication.focusWidget() or watched
        self._held.append((int(key), text))
        burst = self.detector.feed(text, self.clock())
        self._timer.start(int(self.detector.settings.max_gap_ms) + 15)
        return self._handle(burst, watched)

    def _handle(self, burst: Burst | None, watched: QObject) -> bool:
        if burst is None:
            return True  # held back
        if burst.typed:
            self._replay_held(len(burst.typed))
        if burst.scan is not None:
            self._held.clear()
            self._timer.stop()
            self.scanned.emit(burst.scan)
        elif not self.detector.pending:
            self._timer.stop()
        return True

    def _on_timeout(self) -> None:
        burst = self.detector.flush(self.clock() + self.detector.settings.max_gap_ms + 1)
        if burst is not None and burst.typed:
            self._replay_held(len(burst.typed))

    def flush(self) -> None:
        """Hand held keys over as typing now (before another key is delivered)."""
        self._timer.stop()
        if self.detector.pending:
            self.detector.flush(float("inf"))
            self._replay_held(len(self._held))

    def _replay_held(self, count: int) -> None:
        keys, self._held = self._held[:count], self._held[count:]
        self._send(keys)

    def replay(self, text: str) -> None:
        """Type `text` into the focused widget (a scan that was meant as input)."""
        self._send([(int(Qt.Key.Key_Return), "\r") if c == TERMINATOR else (0, c)
                    for c in text])

    def _send(self, keys: list[tuple[int, str]]) -> None:
        target = self._target or QApplication.focusWidget()
        if target is None or not keys:
            return
        self._replaying = True
        try:
            for key, text in keys:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(
                        kind, key, Qt.KeyboardModifier.NoModifier, text))
        finally:
            self._replaying = False
