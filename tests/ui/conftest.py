"""Desk-window fixtures: a real store, real widgets offscreen, workers stopped on teardown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from onestop_desktop.desk import Desk
from onestop_desktop.services.accounts import create_user
from onestop_desktop.ui.context import DeskContext
from onestop_desktop.ui.i18n import apply_style
from onestop_desktop.ui.jobs import Jobs
from onestop_desktop.ui.main_window import MainWindow

PASSWORD = "mat-khau-quay-1"
# A CCCD QR as a 2D scanner types it (female, born 1990, Thanh Hóa).
CCCD_QR = ("038190012345|123456789|Đặng Thị Ngọc Hường|15031990|Nữ|"
           "Số 5 Lê Lợi, phường Hạc Thành, Thanh Hóa|01012021")


class KeyClock:
    """The scanner filter's clock in tests: a person types 120 ms apart, a scanner 2 ms."""

    HUMAN_MS, SCANNER_MS = 120.0, 2.0

    def __init__(self) -> None:
        self.now = 0.0
        self.step = self.HUMAN_MS

    def __call__(self) -> float:
        self.now += self.step
        return self.now


CLOCK = KeyClock()


@pytest.fixture
def printed_pdf(tmp_path: Path) -> Path:
    return tmp_path / "printer-output.pdf"


@pytest.fixture
def window(qtbot, store, printed_pdf):
    app = QApplication.instance()
    apply_style(app)

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_pdf))
        return printer

    ctx = DeskContext(desk=Desk(store), jobs=Jobs(), printer_factory=pdf_printer)
    win = MainWindow(ctx)
    win.scanner.clock = CLOCK
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    yield win
    win.close()
    assert ctx.jobs.wait(10_000)
    app.removeEventFilter(win.scanner)
    for name in ("intake", "detail"):  # the pages built (a short test may end before)
        page = win.pages.get(name)
        if page is not None and page.printing.last_preview is not None:
            page.printing.last_preview.close()


def idle(qtbot, win, timeout: int = 10_000) -> None:
    """Wait until every background job has answered on the GUI thread."""
    qtbot.waitUntil(lambda: not win.ctx.jobs.busy, timeout=timeout)


def focus():
    return QApplication.focusWidget()


def type_keys(text: str, *, pace_ms: int = 0, settle: bool = True) -> None:
    """Key presses as a keyboard (or a wedge scanner) sends them, Vietnamese letters too
    (QTest.keyClicks only knows Latin-1). At a person's pace unless a scan is under way:
    the scanner filter's clock says so, and `pace_ms` also lets that much real time pass
    before each key (timers and background answers run meanwhile, as they would).
    `settle`: afterwards, let the filter's timer hand the last held key to the field, as
    a person's next move would; without it the next key comes at once."""
    for char in text:
        if pace_ms:
            QTest.qWait(pace_ms)
        if char.isascii():
            QTest.keyClick(focus(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focus(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                      char))
    if settle and CLOCK.step == CLOCK.HUMAN_MS:
        QTest.qWait(80)  # the filter's timer hands the last held key to the field


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), key, modifier)
    if key == Qt.Key.Key_Space:
        QTest.qWait(80)  # a printable key is held back briefly by the scanner filter


def scan(text: str) -> None:
    """A keyboard-wedge scanner: the whole text in one fast burst, then Enter."""
    CLOCK.step = CLOCK.SCANNER_MS
    try:
        type_keys(text)
        QTest.keyClick(focus(), Qt.Key.Key_Return)
    finally:
        CLOCK.step = CLOCK.HUMAN_MS


def print_from_preview(qtbot, flow, timeout: int = 15_000):
    """The officer presses Ctrl+P on the preview that is up: the copy is counted and
    printed, the preview closes. Returns the counted PDF."""
    qtbot.waitUntil(lambda: flow.last_preview is not None, timeout=timeout)
    preview = flow.last_preview
    qtbot.waitUntil(preview.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(preview.accepted, timeout=timeout):
        press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    return flow.last_pdf


def sign_in(qtbot, win, store, username: str = "lan", role: str = "officer") -> None:
    create_user(store, username, "Nguyễn Thị Lan", PASSWORD, role=role)
    sign_in_as(qtbot, win, username)


def sign_in_as(qtbot, win, username: str) -> None:
    """An existing account signs in, typing as a person does."""
    win.require_sign_in()
    win.sign_in.usernameEdit.setFocus()
    type_keys(username)
    press(Qt.Key.Key_Return)
    type_keys(PASSWORD)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.ctx.officer is not None, timeout=10_000)
    idle(qtbot, win)


def choose_procedure(qtbot, win, search: str, code: str, *, pace_ms: int = 0) -> None:
    """Type the search as a person does and press Enter at once, without waiting to see
    the list: Enter must take the procedure the typed text names."""
    page = win.intake
    page.procedureSearch.setFocus()
    type_keys(search, pace_ms=pace_ms, settle=False)
    press(Qt.Key.Key_Return)
    assert page.procedure is not None and page.procedure.code == code


def type_a_birth_registration(qtbot, win) -> None:
    """By keyboard: the birth-registration procedure and an applicant, up to the papers."""
    choose_procedure(qtbot, win, "khai sinh", "1.001193")
    win.intake.nameEdit.setFocus()
    for text in ("Lê Thị Mai", "038190054321", "0987111222", "Thanh Hóa"):
        type_keys(text)
        press(Qt.Key.Key_Tab)


def screens_dir(name: str) -> Path | None:
    """Where a test saves its screenshots for a person to look at: a folder of
    $ONESTOP_SCREENS when that is set (made if needed), else None (none saved)."""
    root = os.environ.get("ONESTOP_SCREENS")
    if not root:
        return None
    folder = Path(root) / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def done(store):
    """A dossier taken in this morning, its result ready (status 9)."""
    from datetime import UTC, datetime

    from onestop_desktop.domain.status import Status
    from onestop_desktop.services import dossier_actions
    from onestop_desktop.services.intake import IntakeService
    from tests.conftest import sample_request

    now = datetime.now(UTC)
    dossier = IntakeService(store, lambda: now).intake(
        sample_request(received_at=now.isoformat()), "lan")
    dossier_actions.change_status(store, dossier.code, Status.DONE, actor="backoffice")
    return dossier
