"""Telling scanner bursts from typing: the pure detector, then the application-wide filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from onestop_desktop.domain.scanner import ScanDetector, ScannerSettings

from .conftest import CLOCK, focus, idle, press, scan, sign_in, type_keys

CODE = "000.00.01.H22-261130-1001"


def feed(detector: ScanDetector, text: str, start: float, gap: float):
    results, at = [], start
    for char in text:
        results.append(detector.feed(char, at))
        at += gap
    return [r for r in results if r is not None], at


def test_fast_burst_ending_in_enter_is_a_scan():
    detector = ScanDetector()
    results, _ = feed(detector, CODE + "\n", 0, 3)
    assert [r.scan for r in results] == [CODE] and not results[0].typed


def test_typing_is_released_key_by_key_and_never_a_scan():
    detector = ScanDetector()
    results, _ = feed(detector, CODE + "\n", 0, 120)
    assert all(r.scan is None for r in results)
    typed = "".join(r.typed for r in results)
    assert typed == CODE + "\n"


def test_short_fast_bursts_and_unfinished_bursts_are_typing():
    detector = ScanDetector()
    results, at = feed(detector, "ab\n", 0, 2)  # shorter than min_length
    assert [r.typed for r in results] == ["ab\n"]
    results, at = feed(detector, CODE, at + 500, 2)  # no Enter: the timer flushes it
    assert results == []
    assert detector.flush(at) is None  # still within the gap
    assert detector.flush(at + 100).typed == CODE


def test_prefix_and_suffix_are_configurable_and_stripped():
    detector = ScanDetector(ScannerSettings(prefix="~", suffix="#"))
    results, at = feed(detector, f"~{CODE}#", 0, 2)
    assert [r.scan for r in results] == [CODE]  # the suffix ends it, no Enter needed
    results, _ = feed(detector, CODE + "\n", at + 500, 2)  # no prefix: not a scan
    assert [r.scan for r in results] == [None] and results[0].typed == CODE + "\n"


def test_filter_types_slow_keys_and_catches_fast_ones(qtbot, window, store):
    sign_in(qtbot, window, store)
    seen: list[str] = []
    window.scanner.scanned.connect(seen.append)
    window.show_page("list")
    search = window.dossiers.searchEdit
    assert focus() is search
    type_keys(CODE)  # a person typing a code: it lands in the field, nothing scanned
    assert search.text() == CODE and seen == []
    search.clear()
    scan(CODE)  # the scanner: a burst, then Enter
    assert seen == [CODE] and search.text() == ""
    idle(qtbot, window)
    assert window.current_page() == "detail"  # a code scanned from any page opens it


def test_filter_keeps_key_order_when_a_shortcut_follows_typing(qtbot, window, store):
    sign_in(qtbot, window, store)
    page = window.intake
    page.nameEdit.setFocus()
    CLOCK.step = CLOCK.SCANNER_MS  # fast enough to be held, not ended by Enter
    try:
        for char in "Lan":
            press(getattr(Qt.Key, f"Key_{char.upper()}"))
    finally:
        CLOCK.step = CLOCK.HUMAN_MS
    press(Qt.Key.Key_Tab)  # a non-text key hands the held keys over first
    assert page.nameEdit.text().lower() == "lan"
    assert focus() is page.idEdit


def test_scanner_settings_are_saved_per_desk_and_applied(qtbot, window, store):
    sign_in(qtbot, window, store)
    settings = window.settings
    settings.prefixEdit.setText("~")
    settings.gapSpin.setValue(50)
    settings.saveScannerButton.click()
    assert window.scanner.detector.settings == ScannerSettings(max_gap_ms=50, prefix="~")
    assert window.ctx.scanner_settings().prefix == "~"
    assert (window.ctx.data_dir / "desk-ui.ini").is_file()
    seen: list[str] = []
    window.scanner.scanned.connect(seen.append)
    window.show_page("list")
    scan("~" + CODE)
    assert seen == [CODE]
