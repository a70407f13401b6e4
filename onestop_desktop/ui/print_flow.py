"""Show a form, then print it or save it: a copy counts only when it reaches a printer
or a file the officer saves, never when it is only shown.

A preview is rendered by a job on the helper (ui/jobs.py) to a temporary folder, with
the copy number it would get if printed now, and is not recorded; the folder goes when
the preview closes. "In" (Ctrl+P) and "Lưu tệp PDF…" (Ctrl+S) run another job that
renders the copy again with the copy number of that moment, records it and writes it
(services/printing), so a print made elsewhere meanwhile is never repeated. Ctrl+P on a
page sends the counted copy straight to the printer. Pages are rasterised off the GUI
thread; only painting them onto a printer, or showing them, happens on it.
"""

from __future__ import annotations

import functools
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ..desk.printing import PRINTED
from .context import DeskContext
from .widgets import failure_text

log = logging.getLogger(__name__)


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


def _reason(exc: Exception) -> str:
    """What to tell the officer (an unexpected error is logged with its traceback)."""
    return failure_text(exc)


class _RenderFailed(Exception):
    """The PDF was made but its pages could not be rasterised."""

    def __init__(self, path: Path, cause: Exception):
        super().__init__(str(cause))
        self.path = path


@dataclass(frozen=True)
class PrintOrder:
    """One form to put on paper, as the page asking for it knows it. `preview` and
    `record` run on a worker (each opens its own store session)."""

    title: str  # the preview's window title
    file_stem: str  # the name a saved copy is offered under, e.g. "<code>-mau01"
    # Writes what would print now to the path, not counted; returns its copy number.
    preview: Callable[[Path], int]
    # Renders the copy with the copy number of the moment, counts it, writes it there.
    record: Callable[[Path], object]
    counted_path: Callable[[], Path]  # where a printed copy is kept (the prints folder)


class PrintStep(StrEnum):
    SHOWN = "shown"  # the preview is up, nothing counted yet
    PRINTED = "printed"  # a counted copy reached the printer
    SAVED = "saved"  # a counted copy was saved where the officer chose
    NOT_PRINTED = "not_printed"  # the preview was closed without a copy
    FAILED = "failed"


@dataclass(frozen=True)
class PrintOutcome:
    step: PrintStep
    path: Path | None = None  # the copy printed or saved
    message: str = ""  # why it failed

    @property
    def final(self) -> bool:
        return self.step is not PrintStep.SHOWN


Listener = Callable[[PrintOutcome], None]


class PrintFlow(QObject):
    finished = Signal(str)  # a preview was shown or a copy printed directly (its path)
    failed = Signal(str)  # a message for the officer

    def __init__(self, ctx: DeskContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.window_parent = parent
        self._last_preview = None
        self.last_pdf: Path | None = None  # the PDF last shown or counted
        self.last_printed_pages = 0
        self.pending = 0  # previews or direct prints started and not yet shown or failed

    @property
    def busy(self) -> bool:
        return self.pending > 0

    @property
    def last_preview(self):
        """The preview last shown, None once it is closed and deleted."""
        dialog = self._last_preview
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def start(self, order: PrintOrder, *, direct: bool = False,
              on_step: Listener | None = None) -> None:
        """A preview, or with `direct` a counted copy straight to the default printer
        (a preview instead when the machine has none). `on_step` hears what became of
        this order: shown, then printed, saved, not printed or failed."""
        tell = on_step or (lambda _outcome: None)
        printer = self.ctx.printer_factory() if direct else None
        self.pending += 1
        if printer is not None:
            self._print_copy(order, printer, self._direct_done(tell),
                             self._direct_failed(tell))
        else:
            self._preview(order, tell)

    # ---- straight to the printer -------------------------------------------------------
    def _direct_done(self, tell: Listener) -> Callable[[Path, int], None]:
        def done(path: Path, pages: int) -> None:
            self.pending -= 1
            self.last_pdf, self.last_printed_pages = path, pages
            self.finished.emit(str(path))
            tell(PrintOutcome(PrintStep.PRINTED, path))
        return done

    def _direct_failed(self, tell: Listener) -> Callable[[str], None]:
        def failed(message: str) -> None:
            self.pending -= 1
            self.failed.emit(message)
            tell(PrintOutcome(PrintStep.FAILED, message=message))
        return failed

    def _print_copy(self, order: PrintOrder, printer: QPrinter,
                    done: Callable[[Path, int], None], failed: Callable[[str], None]) -> None:
        """Count a copy (rendered with the copy number of this moment) and print it."""
        pp = _pp()  # the widget modules are imported on the GUI thread, not by a worker
        counted = order.counted_path()

        def work() -> list:
            order.record(counted)
            try:
                return pp.render_pages(counted, pp.PRINT_DPI)  # looked up at call time
            except Exception as exc:  # said with the PDF's path, which exists
                raise _RenderFailed(counted, exc) from exc

        def rendered(pages: list) -> None:
            self.last_pdf = counted
            try:
                printed = _pp().print_pdf(counted, printer, pages)
            except OSError as exc:  # counted, and kept in the prints folder
                kept = QCoreApplication.translate("PrintFlow", "Bản in đã lưu tại: %1")
                failed(_cannot_print(f"{exc} " + kept.replace("%1", str(counted))))
                return
            done(counted, printed)

        def not_rendered(exc: Exception) -> None:
            reason = _reason(exc)
            if isinstance(exc, _RenderFailed):
                self.last_pdf = exc.path
                # Counted before the render failed: views showing prints reload.
                self.ctx.jobs.changed.emit(PRINTED)
                failed(_render_failure(exc.path, exc))
            else:
                failed(_cannot_print(reason))

        self.ctx.jobs.run(work, on_done=rendered, on_error=not_rendered, changes=PRINTED)

    # ---- the preview ------------------------------------------------------------------
    def _preview(self, order: PrintOrder, tell: Listener) -> None:
        pp = _pp()
        folder = Path(tempfile.mkdtemp(prefix="onestop-preview-"))
        shown = folder / f"{order.file_stem}.pdf"

        def work() -> tuple[int, list]:
            copy_no = order.preview(shown)
            try:
                return copy_no, pp.render_pages(shown, pp.PREVIEW_DPI)
            except Exception as exc:
                raise _RenderFailed(shown, exc) from exc

        def failed(exc: Exception) -> None:
            self.pending -= 1
            shutil.rmtree(folder, ignore_errors=True)
            reason = _reason(exc)
            message = _cannot_print(reason) if not isinstance(exc, _RenderFailed) else \
                _cannot_print(QCoreApplication.translate(
                    "PrintFlow", "không đọc được các trang của bản xem trước (%1).")
                    .replace("%1", str(exc)))
            self.failed.emit(message)
            tell(PrintOutcome(PrintStep.FAILED, message=message))

        self.ctx.jobs.run(work, on_done=lambda result: self._show(order, folder, shown,
                                                                  *result, tell),
                          on_error=failed)

    def _show(self, order: PrintOrder, folder: Path, shown: Path, copy_no: int,
              pages: list, tell: Listener) -> None:
        self.pending -= 1
        self.last_pdf = shown
        dialog = _preview_class()(self, order, pages, copy_no, tell, self.window_parent)
        # Each preview holds its pages as pixmaps (~3.6 MB an A4 page):
        # freed when it is closed, not kept as a child of the page.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._last_preview = dialog
        return_to = QApplication.focusWidget() or self.window_parent
        # The render goes with the preview: closed, or deleted with the window.
        dialog.finished.connect(lambda _r: shutil.rmtree(folder, ignore_errors=True))
        dialog.destroyed.connect(lambda _o=None: shutil.rmtree(folder, ignore_errors=True))
        dialog.finished.connect(lambda _r: self._back_to(return_to))
        dialog.show()
        dialog.activateWindow()
        dialog.body.printButton.setFocus()
        self.finished.emit(str(shown))
        tell(PrintOutcome(PrintStep.SHOWN, shown))

    def _back_to(self, widget: QWidget) -> None:
        """Closing the preview gives the keyboard back to where the officer was."""
        if shiboken6.isValid(widget):
            widget.window().activateWindow()
            widget.setFocus()

    def save_location(self, file_stem: str) -> str:
        """Where "Lưu tệp PDF…" proposes to save: the folder used last, else Documents,
        else the home folder (the first of them that exists)."""
        places = (str(self.ctx.ui_settings.value("printing/save_dir", "") or ""),
                  QStandardPaths.writableLocation(
                      QStandardPaths.StandardLocation.DocumentsLocation),
                  str(Path.home()))
        folder = next((p for p in places if p and Path(p).is_dir()), str(Path.home()))
        return str(Path(folder) / f"{file_stem}.pdf")

    def remember_save_location(self, path: Path) -> None:
        self.ctx.ui_settings.setValue("printing/save_dir", str(path.parent))


def _copy_note(copy_no: int) -> str:
    if copy_no <= 1:
        return QCoreApplication.translate(
            "PrintFlow", "Xem trước bản in lần đầu. Chỉ tính là một bản in khi in ra máy in "
            "hoặc lưu thành tệp.")
    return QCoreApplication.translate(
        "PrintFlow", "Xem trước bản in lại lần %1. Chỉ tính là một bản in khi in ra máy in "
        "hoặc lưu thành tệp.").replace("%1", str(copy_no - 1))


@functools.cache
def _preview_class():
    """The preview whose "In" and "Lưu tệp PDF…" make the counted copy in a job."""
    pp = _pp()

    class _Preview(pp.PrintPreviewDialog):
        def __init__(self, flow: PrintFlow, order: PrintOrder, pages: list, copy_no: int,
                     tell: Listener, parent: QWidget | None = None):
            super().__init__(pages, order.title, _copy_note(copy_no), parent)
            self.flow, self.order, self.tell = flow, order, tell
            self.printed_pages = 0
            self.copy: PrintOutcome | None = None  # the copy made from this preview
            self.save_dialog: QFileDialog | None = None
            self.finished.connect(self._closed)

        def _closed(self, _result: int) -> None:
            if self.save_dialog is not None:
                self.save_dialog.reject()
            self.tell(self.copy or PrintOutcome(PrintStep.NOT_PRINTED))

        def print_now(self) -> None:
            if self.working or not self.isVisible():
                return  # a second Ctrl+P while the first copy is on its way
            printer = self.flow.ctx.printer_factory()
            if printer is None:
                self.body.infoLabel.setText(self.tr(
                    "Không tìm thấy máy in mặc định: bấm “Lưu tệp PDF…” (Ctrl+S) để lưu "
                    "bản in thành tệp."))
                return
            self.set_working(True, self.tr("Đang in…"))
            self.flow._print_copy(self.order, printer, self._printed, self._stopped)

        def _printed(self, path: Path, pages: int) -> None:
            self.printed_pages = pages
            self.copy = PrintOutcome(PrintStep.PRINTED, path)
            self.working = False
            self.accept()

        def save_copy(self) -> None:
            if self.working or not self.isVisible():
                return
            if self.save_dialog is not None and self.save_dialog.isVisible():
                self.save_dialog.raise_()
                return
            dialog = self.save_dialog = QFileDialog(
                self, self.tr("Lưu bản in thành tệp PDF"),
                self.flow.save_location(self.order.file_stem), self.tr("Tệp PDF (*.pdf)"))
            dialog.setObjectName("saveCopyDialog")
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("pdf")
            dialog.fileSelected.connect(lambda name: self._save_to(Path(name)))
            dialog.open()

        def _save_to(self, path: Path) -> None:
            if not self.isVisible() or self.working:
                return
            self.flow.remember_save_location(path)
            self.set_working(True, self.tr("Đang lưu tệp…"))
            order = self.order
            self.flow.ctx.jobs.run(lambda: order.record(path),
                                   on_done=lambda _r: self._saved(path),
                                   on_error=lambda exc: self._stopped(
                                       self.tr("Không lưu được: %1").replace("%1",
                                                                             _reason(exc))),
                                   changes=PRINTED)

        def _saved(self, path: Path) -> None:
            self.flow.last_pdf = path
            self.copy = PrintOutcome(PrintStep.SAVED, path)
            self.working = False
            self.accept()

        def _stopped(self, message: str) -> None:
            if not shiboken6.isValid(self):
                return
            log.info("print from the preview stopped: %s", message)
            self.set_working(False, message)

    return _Preview
