"""Render a form in the background, then preview it or send it straight to the printer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from .context import DeskContext


class PrintFlow(QObject):
    finished = Signal(str)  # the PDF's path
    failed = Signal(str)  # a message for the officer

    def __init__(self, ctx: DeskContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.window_parent = parent
        self.last_preview = None  # the PrintPreviewDialog last shown
        self.last_pdf: Path | None = None
        self.last_printed_pages = 0

    def start(self, make_pdf: Callable[[], Path], title: str, *, direct: bool = False) -> None:
        """`make_pdf` runs on a worker thread (it opens its own store session)."""
        from .print_preview import PREVIEW_DPI, PRINT_DPI, render_pages  # pypdfium2: lazily

        dpi = PRINT_DPI if direct else PREVIEW_DPI

        def work() -> tuple[Path, list]:
            path = Path(make_pdf())
            return path, render_pages(path, dpi)

        self.ctx.jobs.run(work, on_done=lambda r: self._show(r, title, direct),
                          on_error=self._failed, changes="prints")

    def _show(self, result: tuple[Path, list], title: str, direct: bool) -> None:
        from .print_preview import PREVIEW_DPI, PrintPreviewDialog, print_pdf, render_pages

        path, pages = result
        self.last_pdf = path
        if direct:
            printer = self.ctx.printer_factory()
            if printer is not None:
                try:
                    self.last_printed_pages = print_pdf(path, printer, pages)
                except OSError as exc:
                    self.failed.emit(str(exc))
                    return
                self.finished.emit(str(path))
                return
            pages = render_pages(path, PREVIEW_DPI)  # no printer: show it instead
        dialog = PrintPreviewDialog(path, pages, title, self.ctx.printer_factory,
                                    self.window_parent)
        self.last_preview = dialog
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
        self.failed.emit(self.tr("Không in được: %1").replace("%1", str(exc)))
