"""What every page of the desk window shares: the desk (the application boundary), the
job helper, the signed-in officer, the desk's own window settings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QThread
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ..domain.officer import Officer
from ..domain.scanner import ScannerSettings
from .jobs import Jobs
from .opening import DeskOpening

if TYPE_CHECKING:
    from ..desk import Desk

log = logging.getLogger(__name__)

# The sizes documents/layout.py draws forms 01–06 on.
PAPER_SIZES = ("A4", "A5", "80mm")


def default_printer() -> QPrinter | None:
    """The system's default printer, or None when the machine has none."""
    if QPrinterInfo.defaultPrinter().isNull():
        return None
    return QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)


def named_printer(name: str) -> QPrinter | None:
    """The printer chosen in Cài đặt; "" (or one no longer installed) is the system's
    default, so a desk whose printer was renamed still prints somewhere visible."""
    if name:
        info = QPrinterInfo.printerInfo(name)
        if not info.isNull():
            return QPrinter(info, QPrinter.PrinterMode.HighResolution)
        log.warning("printer %r is not installed: printing on the system default", name)
    return default_printer()


# Acting before anyone signed in (a page's background read): never a real officer.
NOBODY = Officer("desk", "", "officer")


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


class DeskContext:
    """`desk` is the Desk, or a DeskOpening while the window is shown before the store
    is open (ui/opening.py): then `ready` says whether it can be used yet."""

    def __init__(self, desk: Desk | DeskOpening, jobs: Jobs, officer: Officer | None = None,
                 printer_factory: Callable[[], QPrinter | None] | None = None,
                 ui_settings: QSettings | None = None):
        self._opening = desk if isinstance(desk, DeskOpening) else None
        self._desk: Desk | None = None if self._opening is not None else desk
        self.jobs = jobs
        self.officer = officer
        # None: the printer chosen in Cài đặt ("printing/printer"), read at each print.
        self.printer_factory = printer_factory
        if printer_factory is None:
            self.printer_factory = lambda: named_printer(self.printer_name())
        self.ui_settings = ui_settings
        if ui_settings is None:  # per data directory (this desk's scanner), not per user
            self.ui_settings = QSettings(str(self.data_dir / "desk-ui.ini"),
                                         QSettings.Format.IniFormat)

    @property
    def desk(self) -> Desk:
        """The desk. While it is being opened a worker waits for it; the GUI thread must
        not (it would wait for itself): it asks `ready`, or `when_ready`."""
        if self._desk is None:
            assert self._opening is not None
            if not self._opening.is_ready and _on_gui_thread():
                raise RuntimeError("the desk is not open yet: use it from a job, or when ready")
            self._desk = self._opening.wait()
        return self._desk

    @property
    def ready(self) -> bool:
        return self._opening is None or self._opening.is_ready

    def when_ready(self, work: Callable[[], object]) -> None:
        """`work` now if the desk is ready, else on the GUI thread once it is."""
        if self.ready:
            work()
        else:
            assert self._opening is not None
            self._opening.ready.connect(work)

    def abandon_opening(self) -> None:
        """The window closes: work still waiting for a desk being opened stops waiting."""
        if self._opening is not None:
            self._opening.abandon()

    @property
    def clock(self) -> Callable[[], datetime]:
        if not self.ready:
            assert self._opening is not None
            return self._opening.clock  # the clock the desk is being opened with
        return self.desk.clock

    @property
    def data_dir(self) -> Path:
        if self._opening is not None:
            return self._opening.data_dir
        return self.desk.data_dir

    @property
    def prints_dir(self) -> Path:
        path = self.data_dir / "prints"
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def actor(self) -> Officer:
        """Who the commands of the window act as: the signed-in officer."""
        return self.officer or NOBODY

    def pdf_path(self, form: str, code: str) -> Path:
        stamp = self.clock().strftime("%Y%m%d%H%M%S%f")
        safe = code.replace("/", "_") or "ledger"
        return self.prints_dir / f"{safe}-mau{form}-{stamp}.pdf"

    def scanner_settings(self) -> ScannerSettings:
        s = self.ui_settings
        return ScannerSettings(max_gap_ms=float(s.value("scanner/max_gap_ms", 35)),
                               prefix=str(s.value("scanner/prefix", "") or ""),
                               suffix=str(s.value("scanner/suffix", "") or ""))

    def paper_size(self) -> str:
        """The paper the desk's forms 01–06 are printed on (Cài đặt): A4, A5 or 80mm."""
        size = str(self.ui_settings.value("printing/paper_size", "A4") or "A4")
        return size if size in PAPER_SIZES else "A4"

    def printer_name(self) -> str:
        """The printer chosen in Cài đặt; "" for the system's default printer."""
        return str(self.ui_settings.value("printing/printer", "") or "")

    def save_printing(self, printer: str, paper_size: str) -> None:
        if paper_size not in PAPER_SIZES:
            raise ValueError(f"Khổ giấy không hợp lệ: {paper_size}")
        s = self.ui_settings
        s.setValue("printing/printer", printer)
        s.setValue("printing/paper_size", paper_size)
        s.sync()

    def save_scanner_settings(self, settings: ScannerSettings) -> None:
        s = self.ui_settings
        s.setValue("scanner/max_gap_ms", settings.max_gap_ms)
        s.setValue("scanner/prefix", settings.prefix)
        s.setValue("scanner/suffix", settings.suffix)
        s.sync()
