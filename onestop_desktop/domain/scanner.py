"""Telling a barcode scanner from a person typing, by the timing of key presses.

A keyboard-wedge scanner types a whole code in a burst (a few ms between
keys) and usually ends it with Enter; a person types slower than ~40 ms a
key. The detector buffers fast keys; a burst that is long enough and ends
with the terminator (or the configured suffix) is a scan. A queue ticket's
barcode ("A012", domain/tickets.py) is shorter than the usual minimum: a fast
burst of that shape, ended the same way, is a scan too. Anything else is
released as ordinary typing. Pure logic: the Qt event filter feeds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .tickets import looks_like_ticket_scan

TERMINATOR = "\n"


@dataclass(frozen=True)
class ScannerSettings:
    max_gap_ms: float = 35.0  # slower than this between two keys: a person typing
    min_length: int = 6  # shorter bursts are typing, even when fast
    prefix: str = ""  # some scanners are set to send e.g. "~" before the code
    suffix: str = ""  # ... and a suffix instead of (or before) Enter


@dataclass
class Burst:
    """What the detector decided about the keys it held back."""

    scan: str | None = None  # a complete scan, prefix/suffix removed
    typed: str = ""  # keys to hand back to the focused widget as typing


@dataclass
class ScanDetector:
    settings: ScannerSettings = field(default_factory=ScannerSettings)
    _buffer: list[str] = field(default_factory=list)
    _last_ms: float | None = None

    @property
    def pending(self) -> str:
        return "".join(self._buffer)

    def feed(self, char: str, at_ms: float) -> Burst | None:
        """One key. Returns None while undecided (the key is held back)."""
        gap_ok = self._last_ms is not None and at_ms - self._last_ms <= self.settings.max_gap_ms
        self._last_ms = at_ms
        if char == TERMINATOR:
            held = self.pending
            self._buffer.clear()
            if held and gap_ok and self._is_scan(held):
                return Burst(scan=self._strip(held))
            return Burst(typed=held + TERMINATOR)
        if self._buffer and not gap_ok:
            # The burst broke off: what we held was typing; start afresh with this key.
            held = self.pending
            self._buffer = [char]
            return Burst(typed=held)
        self._buffer.append(char)
        held = self.pending
        if self.settings.suffix and held.endswith(self.settings.suffix) and self._is_scan(held):
            self._buffer.clear()
            return Burst(scan=self._strip(held))
        return None

    def flush(self, at_ms: float) -> Burst | None:
        """Called by a timer: keys held longer than the gap are typing after all."""
        if not self._buffer or self._last_ms is None:
            return None
        if at_ms - self._last_ms <= self.settings.max_gap_ms:
            return None
        held = self.pending
        self._buffer.clear()
        return Burst(typed=held)

    def _is_scan(self, held: str) -> bool:
        s = self.settings
        body = self._strip(held)
        if s.prefix and not held.startswith(s.prefix):
            return False
        return len(body) >= s.min_length or looks_like_ticket_scan(body)

    def _strip(self, held: str) -> str:
        s = self.settings
        if s.prefix and held.startswith(s.prefix):
            held = held[len(s.prefix):]
        if s.suffix and held.endswith(s.suffix):
            held = held[: -len(s.suffix)]
        return held
