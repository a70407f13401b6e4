"""The window's pieces for scanned papers, shared by the intake, dossier and return pages:
first-page thumbnails (rendered on a worker), the "Quét" button with its choices, the
wait for the next file of the scan inbox, the list of a dossier's files that opens one in
the system's viewer."""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from ..domain.errors import OfficerError
from ..domain.files import DossierFile, DossierFiles, FileRole, FileSource
from .context import DeskContext
from .widgets import failure_text, show_message

log = logging.getLogger(__name__)

THUMB = QSize(30, 40)  # a thumbnail in a checklist row
LIST_THUMB = QSize(72, 96)  # in a dossier's list of files
DEVICE, INBOX, FILE = "device", "inbox", "file"
MODE_KEY = "scanning/mode"  # the officer's last way of scanning, per desk (ui_settings)
POLL_SECONDS = 0.7
FILE_FILTER = "Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)"


def first_page(pdf: bytes, size: QSize) -> QImage:
    """The first page drawn to fit `size` (on a worker: a QImage, not a QPixmap)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        width, height = page.get_size()
        scale = min(size.width() / width, size.height() / height)
        image = page.render(scale=scale).to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    data = image.tobytes()
    return QImage(data, image.width, image.height, 3 * image.width,
                  QImage.Format.Format_RGB888).copy()  # owns its bytes


def scan_pages(folder: Path) -> list[Path]:
    """A scan from the desk's own scanner into `folder` (a job; ScannerUnavailable)."""
    from ..services.scanning import default_scanner

    return default_scanner().scan(folder)


class ScanChoice(QObject):
    """Makes a tool button "Quét": a click scans the way this desk scanned last (its
    scanner, or the next file of the scan inbox); its menu offers each way, and a file
    from the disk."""

    chosen = Signal(str)  # DEVICE, INBOX or FILE

    def __init__(self, ctx: DeskContext, button: QToolButton):
        super().__init__(button)
        self.ctx, self.button = ctx, button
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        for mode, label in ((DEVICE, self.tr("Quét từ máy quét của quầy")),
                            (INBOX, self.tr("Chờ bản quét từ máy quét mạng (thư mục quét)")),
                            (FILE, self.tr("Chọn tệp trên máy…"))):
            menu.addAction(label).setData(mode)
        menu.triggered.connect(lambda action: self._choose(action.data()))
        button.setMenu(menu)
        button.clicked.connect(lambda: self._choose(self.last_mode()))

    def last_mode(self) -> str:
        mode = self.ctx.ui_settings.value(MODE_KEY, INBOX)
        return mode if mode in (DEVICE, INBOX) else INBOX

    def _choose(self, mode: str) -> None:
        if mode in (DEVICE, INBOX):
            self.ctx.ui_settings.setValue(MODE_KEY, mode)
        self.chosen.emit(mode)


def choose_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, parent.tr("Chọn bản quét"), "",
                                            parent.tr(FILE_FILTER))
    return [Path(n) for n in names]


def dropped_paths(event) -> list[Path]:
    """The local files of a drag (none for text or a web link)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class InboxWaiter(QObject):
    """Waits for the next file a network scanner writes into the scan inbox: one target
    at a time. A thread of its own looks at the folder (a network share may be slow to
    answer); `arrived` comes on the GUI thread with the settled file."""

    arrived = Signal(object)  # Path
    waiting_changed = Signal(bool)

    def __init__(self, ctx: DeskContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stop: threading.Event | None = None
        self.folder: Path | None = None

    @property
    def waiting(self) -> bool:
        return self._stop is not None

    def start(self, folder: Path) -> None:
        from ..services.scan_inbox import InboxWatch, ensure_folder

        self.stop()
        ensure_folder(folder)
        self.folder = folder
        stop = self._stop = threading.Event()
        watch = InboxWatch(folder)
        watch.skip_present()  # what is there already is not this scan

        def look() -> None:
            while not stop.wait(POLL_SECONDS):
                ready = watch.settled()
                if ready and not stop.is_set():
                    self.arrived.emit(ready[0])
                    return

        threading.Thread(target=look, name="scan-inbox", daemon=True).start()
        self.waiting_changed.emit(True)

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None
            self.waiting_changed.emit(False)

    def take(self, path: Path) -> bool:
        """Whether a file that arrived is still awaited (and now no longer)."""
        if self._stop is None:
            return False
        self._stop = None
        self.waiting_changed.emit(False)
        return True


class FilesList(QObject):
    """A dossier's files in a list with their first pages; double-click or "Mở" opens
    one in the system's viewer (a copy named after the dossier and the paper)."""

    loaded = Signal(object)  # DossierFiles

    def __init__(self, ctx: DeskContext, view: QListWidget, open_button: QPushButton,
                 message: QLabel, *, role: FileRole | None = None):
        super().__init__(view)
        self.ctx, self.view, self.open_button, self.message = ctx, view, open_button, message
        self.role = role
        self.code = ""
        self._asked = 0
        view.setViewMode(QListWidget.ViewMode.ListMode)
        view.setIconSize(LIST_THUMB)
        # A long paper name wraps under its thumbnail's side instead of scrolling away.
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setResizeMode(QListWidget.ResizeMode.Adjust)
        view.itemDoubleClicked.connect(
            lambda item: self.open(item.data(Qt.ItemDataRole.UserRole)))
        view.currentItemChanged.connect(lambda *_: self._enable())
        open_button.clicked.connect(self._open_current)
        self._enable()

    def show_files(self, code: str) -> None:
        self.code = code
        self._asked += 1
        asked, desk, role = self._asked, self.ctx.desk, self.role

        def load() -> tuple[DossierFiles, list[QImage]]:
            files = desk.files.list(code)
            shown = [f for f in files.files if role is None or f.role is role]
            images = []
            for f in shown:
                try:
                    images.append(first_page(desk.files.blobs.read(f.sha256), LIST_THUMB))
                except Exception:  # a file missing or damaged: listed without its page
                    log.exception("thumbnail of %s failed", f.sha256)
                    images.append(QImage())
            return DossierFiles(files.code, tuple(shown)), images

        self.ctx.jobs.run(load, on_done=lambda r: self._fill(*r, asked=asked),
                          on_error=lambda e: show_message(self.message, failure_text(e),
                                                          "error"))

    def clear(self) -> None:
        self.code = ""
        self._asked += 1
        self.view.clear()
        self._enable()

    def _fill(self, files: DossierFiles, images: list[QImage], *, asked: int) -> None:
        if asked != self._asked:
            return
        self.view.clear()
        for f, image in zip(files.files, images, strict=True):
            if f.role is FileRole.PAPER:
                where = self.tr("Giấy tờ %1: %2").replace("%1", str(f.paper)) \
                    .replace("%2", f.paper_name)
            else:  # the result, or a form the desk made (its name says which)
                where = self.tr("Kết quả") if f.role is FileRole.RESULT else f.name
            # A file submitted online was not paged here, nor added by an officer.
            facts = [self.tr("%1 trang").replace("%1", str(f.pages)) if f.pages else "",
                     f.source.label, "" if f.source is FileSource.ONLINE else f.added_by]
            text = where + "\n" + " · ".join(x for x in facts if x)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)) if not image.isNull()
                                   else QIcon(), text)
            item.setData(Qt.ItemDataRole.UserRole, f)
            item.setToolTip(where)
            self.view.addItem(item)
        if not files.files:
            item = QListWidgetItem(self.tr("Chưa có bản quét nào."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.view.addItem(item)
        self._enable()
        self.loaded.emit(files)

    def _enable(self) -> None:
        item = self.view.currentItem()
        self.open_button.setEnabled(item is not None and
                                    item.data(Qt.ItemDataRole.UserRole) is not None)

    def _open_current(self) -> None:
        item = self.view.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.open(item.data(Qt.ItemDataRole.UserRole))

    def open(self, f: DossierFile | None) -> None:
        if f is None:
            return
        desk = self.ctx.desk
        self.ctx.jobs.run(lambda: desk.files.viewable_copy(f),
                          on_done=lambda path: QDesktopServices.openUrl(
                              QUrl.fromLocalFile(str(path))),
                          on_error=lambda e: show_message(self.message, failure_text(e),
                                                          "error"))


class ResultScans(QObject):
    """The return page's result scans: scanned or chosen, attached to the dossier being
    handed back at once (it is processed: the result exists)."""

    def __init__(self, ctx: DeskContext, label: QLabel, scan_button: QToolButton,
                 message: QLabel, code: Callable[[], str | None]):
        super().__init__(label)
        self.ctx, self.label, self.message, self.code = ctx, label, message, code
        self.choice = ScanChoice(ctx, scan_button)
        self.choice.chosen.connect(self._scan)
        self.waiter = InboxWaiter(ctx, self)
        self.waiter.arrived.connect(self._arrived)

    def show_count(self, files: DossierFiles | None) -> None:
        if files is None:
            self.label.setText("")
            return
        count = len(files.results)
        said = self.tr("%1 tệp").replace("%1", str(count)) if count else self.tr("chưa có")
        self.label.setText(self.tr("Bản quét kết quả: %1").replace("%1", said))

    def refresh(self) -> None:
        code = self.code()
        self.choice.button.setEnabled(code is not None)
        if not code:
            self.waiter.stop()
            self.show_count(None)
            return
        desk = self.ctx.desk
        self.ctx.jobs.run(lambda: desk.files.list(code), on_done=self.show_count)

    def _scan(self, mode: str) -> None:
        code = self.code()
        if not code:
            return
        if mode == FILE:
            paths = choose_files(self.label.window())
            if paths:
                self._attach(code, paths, FileSource.FILE)
        elif mode == DEVICE:
            folder = Path(tempfile.mkdtemp(prefix="onestop-scan-"))
            self.ctx.jobs.run(lambda: scan_pages(folder),
                              on_done=lambda pages: self._attach(code, pages,
                                                                 FileSource.SCANNER),
                              on_error=self._failed)
        else:
            desk = self.ctx.desk
            self.ctx.jobs.run(desk.files.inbox_folder, on_done=self._wait, on_error=self._failed)

    def _wait(self, folder: Path) -> None:
        try:
            self.waiter.start(folder)
        except OfficerError as exc:  # the folder cannot be made
            self._failed(exc)
            return
        show_message(self.message, self.tr("Đang chờ bản quét kết quả trong thư mục %1…")
                     .replace("%1", str(folder)))

    def _arrived(self, path: Path) -> None:
        code = self.code()
        if not self.waiter.take(path) or not code:
            return
        ctx, actor = self.ctx, self.ctx.actor
        ctx.jobs.run(lambda: ctx.desk.files.take_from_inbox(path, code, paper=0,
                                                            role=FileRole.RESULT, actor=actor),
                     on_done=self._attached, on_error=self._failed)

    def _attach(self, code: str, paths: list[Path], source: FileSource) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        ctx.jobs.run(lambda: ctx.desk.files.attach_result(code, paths=paths, source=source,
                                                          actor=actor),
                     on_done=self._attached, on_error=self._failed)

    def _attached(self, f: DossierFile) -> None:
        show_message(self.message, self.tr("Đã lưu bản quét kết quả (%1 trang).")
                     .replace("%1", str(f.pages)), "ok")
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        show_message(self.message, failure_text(exc), "error")  # a defect is logged there
