"""Print preview of a rendered form (PDF rasterised with pypdfium2) and printing via QPrinter."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from .forms import FormPage
from .generated.ui_print_preview import Ui_PrintPreviewForm

PREVIEW_DPI = 96
PRINT_DPI = 300

# PDFium is not thread-safe: two renders at once (a preview's "In" while another form
# is rendered) corrupt its heap and kill the desk. Every use of pypdfium2 in the
# process (open, render, close) holds this lock; tests reading PDFs take it too.
PDFIUM_LOCK = threading.Lock()


def render_pages(pdf_path: Path, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page as an image (safe off the GUI thread: QImage, not QPixmap)."""
    images: list[QImage] = []
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(pdf_path))
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    bitmap = page.render(scale=dpi / 72, rev_byteorder=True,
                                         prefer_bgrx=True)
                    try:
                        images.append(QImage(bytes(bitmap.buffer), bitmap.width,
                                             bitmap.height, bitmap.stride,
                                             QImage.Format.Format_RGBX8888).copy())
                    finally:
                        bitmap.close()  # freed here, not by a finaliser outside the lock
                finally:
                    page.close()
        finally:
            document.close()
    return images


def print_pdf(pdf_path: Path, printer: QPrinter, pages: list[QImage] | None = None) -> int:
    """Send every page to `printer`, fitted to its page; returns the number of pages.

    Pass `pages` rendered at PRINT_DPI by a background job to keep the GUI thread free.
    """
    pages = pages if pages is not None else render_pages(pdf_path, PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Không mở được máy in.")
    try:
        for index, image in enumerate(pages):
            if index:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return len(pages)


class _PreviewBody(FormPage, Ui_PrintPreviewForm):
    """The preview's page area, message line and buttons (forms/print_preview.ui)."""


class PrintPreviewDialog(QDialog):
    """The pages of a copy not made yet. "In" (Ctrl+P) prints it, "Lưu tệp PDF…" (Ctrl+S)
    saves it, "Đóng" (Esc) leaves without one; the subclass does the printing and saving.
    While a copy is on its way (`working`) the preview stays: that copy is counted."""

    def __init__(self, pages: list[QImage], title: str, note: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.working = False
        self.body = _PreviewBody(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        self.note = self.tr("%n trang — %1", "", len(pages)).replace("%1", note)
        self.body.infoLabel.setText(self.note)
        host_layout = self.body.pagesHost.layout()
        for image in pages:
            label = QLabel()
            label.setObjectName("previewPage")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            host_layout.addWidget(label)
        self.body.printButton.clicked.connect(self.print_now)
        self.body.saveButton.clicked.connect(self.save_copy)
        self.body.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_now)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_copy)
        self._fit(pages)

    def _fit(self, pages: list[QImage]) -> None:
        """Wide enough for the widest page (a landscape ledger), within the screen."""
        widest = max((image.width() for image in pages), default=0)
        width, height = max(900, widest + 60), 760
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(width, height)

    def set_working(self, working: bool, message: str) -> None:
        self.working = working
        for button in (self.body.printButton, self.body.saveButton, self.body.closeButton):
            button.setEnabled(not working)
        self.body.infoLabel.setText(message)

    def reject(self) -> None:
        if self.working:
            return  # a counted copy is on its way to the printer or the file: it goes out
        super().reject()

    def print_now(self) -> None:
        raise NotImplementedError

    def save_copy(self) -> None:
        raise NotImplementedError
