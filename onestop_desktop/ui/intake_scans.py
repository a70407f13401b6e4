"""Scans on the intake page's checklist, before the dossier exists.

Each checklist row has a cell with its scan's first page, its page count and a "Quét"
button (the desk's scanner, the next file of the scan inbox, or a file); files dropped
on the row go there too. The pages are joined into the paper's PDF at once, on a worker
(a bad file is said then, not at the save), and kept with the row; a later scan for the
same paper adds its pages to the end. The save hands them to the intake, which stores
them in its own transaction: a save that fails stores nothing, and the scans stay on
the rows for the next try.
"""

from __future__ import annotations

import dataclasses
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QToolButton,
    QWidget,
)

from ..domain.errors import OfficerError
from ..domain.files import FileRole, FileSource
from ..services import scan_inbox
from .context import DeskContext
from .paper_files import (
    DEVICE,
    FILE,
    THUMB,
    InboxWaiter,
    ScanChoice,
    choose_files,
    dropped_paths,
    first_page,
    scan_pages,
)
from .widgets import failure_text, show_message

if TYPE_CHECKING:
    from ..services.dossier_files import Attachment

KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # a checklist row's key, kept when rows move
CELL_WIDTH = 100


@dataclass
class RowScan:
    attachment: Attachment
    thumbnail: QImage


class PaperFilesCell(QWidget):
    """A checklist row's scan: its first page (the pages in its tooltip), and "Quét"."""

    dropped = Signal(list)  # [Path]

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paperFilesCell")
        self.setAcceptDrops(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 1, 2, 1)
        layout.setSpacing(4)
        self.thumb = QLabel(self)
        self.thumb.setObjectName("paperThumb")
        self.thumb.setFixedSize(THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("QLabel { border: 1px solid #bcccdc; background: white; }")
        self.scan_button = QToolButton(self)
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setText(self.tr("Quét"))
        self.scan_button.setToolTip(self.tr("Quét vào giấy tờ này (mũi tên: chọn máy quét, "
                                            "thư mục quét hay tệp)"))
        self.choice = ScanChoice(ctx, self.scan_button)
        layout.addWidget(self.thumb)
        layout.addStretch(1)
        layout.addWidget(self.scan_button)
        self.show_scan(None)

    def show_scan(self, scan: RowScan | None) -> None:
        if scan is None:
            self.thumb.clear()
            self.thumb.setText("—")
            self.pages = 0
            self.thumb.setToolTip(self.tr("Chưa quét: bấm “Quét”, hoặc kéo thả tệp vào đây"))
            return
        self.thumb.setPixmap(QPixmap.fromImage(scan.thumbnail))
        self.pages = scan.attachment.pdf.pages
        self.thumb.setToolTip(self.tr("Đã quét %1 trang; quét nữa thì thêm trang vào sau")
                              .replace("%1", str(self.pages)))

    def show_waiting(self, waiting: bool) -> None:
        self.scan_button.setText(self.tr("Chờ…") if waiting else self.tr("Quét"))
        self.scan_button.setToolTip(self.tr(
            "Đang chờ bản quét từ thư mục quét; bấm mũi tên để quét cách khác") if waiting
            else self.tr("Quét vào giấy tờ này (mũi tên: chọn máy quét, thư mục quét hay tệp)"))

    def dragEnterEvent(self, event) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class IntakeScans(QObject):
    """The intake page's scans, by checklist row (the page adds rows, asks for the
    attachments at the save and clears them with the form)."""

    def __init__(self, ctx: DeskContext, table: QTableWidget, column: int, message: QLabel):
        super().__init__(table)
        self.ctx, self.table, self.column, self.message = ctx, table, column, message
        self.scans: dict[int, RowScan] = {}
        self._keys = 0
        self._waiting_for: int | None = None  # the row the scan inbox is awaited for
        self.waiter = InboxWaiter(ctx, self)
        self.waiter.arrived.connect(self._arrived)
        self.waiter.waiting_changed.connect(self._show_waiting)
        # A fixed width: the papers' names keep the rest, whatever a cell says.
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(column, CELL_WIDTH)
        # A drop anywhere on a row (its name too) is for that row.
        table.viewport().setAcceptDrops(True)
        table.viewport().installEventFilter(self)

    # ---- rows ---------------------------------------------------------------------------
    def add_row(self, row: int, name_item) -> None:
        self._keys += 1
        key = self._keys
        name_item.setData(KEY_ROLE, key)
        cell = PaperFilesCell(self.ctx)
        cell.choice.chosen.connect(lambda mode: self.scan(key, mode))
        cell.dropped.connect(lambda paths: self.add(key, paths, FileSource.DROP))
        self.table.setCellWidget(row, self.column, cell)
        self.table.setRowHeight(row, max(self.table.rowHeight(row), cell.sizeHint().height()))

    def _row_of(self, key: int) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(KEY_ROLE) == key:
                return row
        return None

    def cell(self, key: int) -> PaperFilesCell | None:
        row = self._row_of(key)
        return None if row is None else self.table.cellWidget(row, self.column)

    def key_at(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return None if item is None else item.data(KEY_ROLE)

    def clear(self) -> None:
        self.waiter.stop()
        self._waiting_for = None
        self.scans.clear()

    def attachments(self) -> list[Attachment]:
        """The scans of the papers ticked as received, numbered as the intake numbers
        them (the received papers in the checklist's order)."""
        out, number = [], 0
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            number += 1
            scan = self.scans.get(item.data(KEY_ROLE))
            if scan is not None:
                out.append(dataclasses.replace(scan.attachment, number=number))
        return out

    # ---- scanning -----------------------------------------------------------------------
    def scan(self, key: int, mode: str) -> None:
        if mode == FILE:
            paths = choose_files(self.table.window())
            if paths:
                self.add(key, paths, FileSource.FILE)
        elif mode == DEVICE:
            folder = Path(tempfile.mkdtemp(prefix="onestop-scan-"))
            show_message(self.message, self.tr("Đang quét…"))
            self.ctx.jobs.run(lambda: scan_pages(folder),
                              on_done=lambda pages: self.add(key, pages, FileSource.SCANNER),
                              on_error=self._failed)
        else:
            self.ctx.jobs.run(self.ctx.desk.files.inbox_folder,
                              on_done=lambda folder: self._wait(key, folder),
                              on_error=self._failed)

    def _wait(self, key: int, folder: Path) -> None:
        try:
            self.waiter.start(folder)
        except OfficerError as exc:  # the folder cannot be made
            self._failed(exc)
            return
        self._waiting_for = key
        self._show_waiting(True)
        row = self._row_of(key)
        name = self.table.item(row, 0).text() if row is not None else ""
        show_message(self.message, self.tr("Quét trên máy quét mạng: bản quét tiếp theo vào "
                                           "thư mục %1 sẽ là “%2”.")
                     .replace("%1", str(folder)).replace("%2", name))

    def _show_waiting(self, waiting: bool) -> None:
        for row in range(self.table.rowCount()):
            cell = self.table.cellWidget(row, self.column)
            if isinstance(cell, PaperFilesCell):
                cell.show_waiting(waiting and self.key_at(row) == self._waiting_for)

    def _arrived(self, path: Path) -> None:
        key = self._waiting_for
        if not self.waiter.take(path) or key is None:
            return
        self._waiting_for = None
        self._show_waiting(False)
        # The file leaves the inbox once its pages are with the row.
        self.add(key, [path], FileSource.INBOX, remove=True)

    def add(self, key: int, paths: list[Path], source: FileSource, *,
            remove: bool = False) -> None:
        """The pages added to the row's paper (after what it has), joined on a worker."""
        before = self.scans.get(key)
        files = self.ctx.desk.files

        def join() -> RowScan:
            with tempfile.TemporaryDirectory(prefix="onestop-paper-") as folder:
                inputs = list(paths)
                if before is not None:
                    earlier = Path(folder) / "truoc.pdf"
                    earlier.write_bytes(before.attachment.pdf.data)
                    inputs.insert(0, earlier)
                attachment = files.prepare(inputs, paper=1, source=source,
                                           role=FileRole.PAPER)
            thumbnail = first_page(attachment.pdf.data, THUMB)
            if remove:
                for path in paths:
                    scan_inbox.remove(path)
            return RowScan(attachment, thumbnail)

        self.ctx.jobs.run(join, on_done=lambda scan: self._joined(key, scan),
                          on_error=self._failed)

    def _joined(self, key: int, scan: RowScan) -> None:
        row = self._row_of(key)
        if row is None:
            return  # the row was taken away, or the form cleared, meanwhile
        self.scans[key] = scan
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked)  # it was brought
        self.cell(key).show_scan(scan)
        show_message(self.message, self.tr("Đã quét “%1”: %2 trang.")
                     .replace("%1", self.table.item(row, 0).text())
                     .replace("%2", str(scan.attachment.pdf.pages)), "ok")

    def _failed(self, exc: Exception) -> None:
        show_message(self.message, failure_text(exc), "error")

    # ---- drops on the table -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and dropped_paths(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            paths = dropped_paths(event)
            row = self.table.rowAt(int(event.position().y()))
            key = self.key_at(row) if row >= 0 else None
            if paths and key is not None:
                event.acceptProposedAction()
                self.add(key, paths, FileSource.DROP)
                return True
        return False
