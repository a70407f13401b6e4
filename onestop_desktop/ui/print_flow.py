"""Render a form in the background, then preview it or send it straight to the printer.

One job on the helper (ui/jobs.py) makes the PDF, counts the print and rasterises
its pages; only painting the finished images onto a printer, or showing them,
happens on the GUI thread, so a ledger of many pages never freezes the window.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from .context import DeskContext
from .jobs import Jobs


def _pp():
    """ui/print_preview (and pypdfium2 with it), imported when a form is first printed.
    Its functions are looked up at call time, on the worker that runs them."""
    from . import print_preview

    return print_preview


def _cannot_print(reason: str) -> str:
    return QCoreApplication.translate("PrintFlow", "Không in được: %1").replace("%1", reason)


def _render_failure(path: Path, exc: Exception) -> str:
    return _cannot_print(f"không đọc được các trang của tệp PDF ({exc}). "
                         f"Tệp vẫn được lưu tại: {path}")


class _RenderFailed(Exception):
    """The PDF was made (and its print counted) but its pages could not be rendered."""

    def __init__(self, path: Path, cause: Exception):
        super().__init__(str(cause))
        self.path = path


class PrintFlow(QObject):
    finished = Signal(str)  # the PDF's path
    failed = Signal(str)  # a message for the officer

    def __init__(self, ctx: DeskContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.window_parent = parent
        self._last_preview = None
        self.last_pdf: Path | None = None
        self.last_printed_pages = 0
        self.pending = 0  # prints started and not yet shown or failed

    @property
    def busy(self) -> bool:
        return self.pending > 0

    @property
    def last_preview(self):
        """The PrintPreviewDialog last shown, None once it is closed and deleted."""
        dialog = self._last_preview
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def start(self, make_pdf: Callable[[], Path], title: str, *, direct: bool = False) -> None:
        """`make_pdf` runs on a worker thread (it opens its own store session)."""
        # Asked up front (cheap) so the pages are rendered once, at the resolution
        # they are used at; no printer: the preview is shown instead.
        printer = self.ctx.printer_factory() if direct else None
        pp = _pp()  # the widget modules are imported on the GUI thread, not by a worker
        dpi = pp.PREVIEW_DPI if printer is None else pp.PRINT_DPI

        def work() -> tuple[Path, list]:
            path = Path(make_pdf())
            try:
                return path, pp.render_pages(path, dpi)  # looked up at call time
            except Exception as exc:  # said with the PDF's path, which exists
                raise _RenderFailed(path, exc) from exc

        # One job; a render failure announces "prints" itself (_failed): the print
        # row exists by then, and the dossier page's forms menu must show it.
        self.pending += 1
        self.ctx.jobs.run(work, on_done=lambda result: self._show(*result, title, printer),
                          on_error=self._failed, changes="prints")

    def _show(self, path: Path, pages: list, title: str, printer: QPrinter | None) -> None:
        self.pending -= 1
        self.last_pdf = path
        if printer is not None:
            try:
                self.last_printed_pages = _pp().print_pdf(path, printer, pages)
            except OSError as exc:
                self.failed.emit(str(exc))
                return
            self.finished.emit(str(path))
            return
        dialog = _preview_class()(self.ctx.jobs, path, pages, title, self.ctx.printer_factory,
                                  self.window_parent)
        # Each preview holds its pages as pixmaps (~3.6 MB an A4 page):
        # freed when it is closed, not kept as a child of the page.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._last_preview = dialog
        return_to = QApplication.focusWidget() or self.window_parent
        dialog.finished.connect(lambda _r: self._back_to(return_to))
        dialog.show()
        dialog.activateWindow()
        dialog.body.printButton.setFocus()
        self.finished.emit(str(path))

    def _back_to(self, widget: QWidget) -> None:
        """Closing the preview gives the keyboard back to where the officer was."""
        widget.window().activateWindow()
        widget.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.pending -= 1
        if isinstance(exc, _RenderFailed):
            self.last_pdf = exc.path
            self.failed.emit(_render_failure(exc.path, exc))
            # The print was counted before the render failed: views showing prints
            # reload (the dossier page keeps the message on a reload).
            self.ctx.jobs.changed.emit("prints")
        else:
            self.failed.emit(_cannot_print(str(exc)))


@functools.cache
def _preview_class():
    """The preview whose "In" (and Ctrl+P) also renders at print resolution in a job."""
    pp = _pp()

    class _Preview(pp.PrintPreviewDialog):
        def __init__(self, jobs: Jobs, pdf_path: Path, pages: list, title: str, printer_factory,
                     parent: QWidget | None = None):
            super().__init__(pdf_path, pages, title, printer_factory, parent)
            self.jobs = jobs
            self.printing = False
            self.closed = False  # "Đóng" (or Esc) pressed: a render still out prints nothing
            self.finished.connect(self._closed)

        def _closed(self, _result: int) -> None:
            self.closed = True

        def _alive(self) -> bool:
            return shiboken6.isValid(self) and not self.closed

        def print_now(self) -> None:
            if self.printing or self.closed:
                return  # a second Ctrl+P while the first is being rendered
            printer = self.printer_factory()
            if printer is None:
                super().print_now()  # says there is no printer and where the PDF is
                return
            self.printing = True
            self.body.printButton.setEnabled(False)
            path = self.pdf_path
            self.jobs.run(lambda: pp.render_pages(path, pp.PRINT_DPI),
                          on_done=lambda pages: self._print(printer, pages),
                          on_error=lambda exc: self._stopped(_render_failure(path, exc)))

        def _print(self, printer: QPrinter, pages: list) -> None:
            if not self._alive():
                return  # closed while the pages were rendered: the officer changed mind
            try:
                self.printed_pages = pp.print_pdf(self.pdf_path, printer, pages)
            except OSError as exc:
                self._stopped(str(exc))
                return
            self.printing = False
            self.accept()

        def _stopped(self, message: str) -> None:
            if not self._alive():
                return
            self.printing = False
            self.body.printButton.setEnabled(True)
            self.body.infoLabel.setText(message)

    return _Preview
