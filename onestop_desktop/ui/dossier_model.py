"""Table model of the dossier list: one row per dossier, coloured by urgency, the status
as a coloured chip. Cells elide; each one's tooltip says it in full.

It holds the pages read so far, never the whole list: when the view reaches the last
row, `fetchMore` asks (fetch_requested) and the page's job answers with `fetched`."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..domain.calendar import LOCAL_TZ
from ..domain.codes import parse_code
from ..domain.listing import DossierSummary, Urgency
from ..domain.status import Status

URGENCY_COLOURS = {Urgency.OVERDUE: QColor("#f8d7da"), Urgency.DUE_SOON: QColor("#fff3cd")}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
CODE_COL, NAME_COL, ID_COL, PROCEDURE_COL, RECEIVED_COL, DUE_COL, STATUS_COL = range(7)

# (background, text) of each status's chip: waiting on the citizen in amber, ready to
# hand back in green, closed ones greyed, refusals in red.
_S = Status
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    _S.REGISTERED: ("#e4e7eb", "#323f4b"),
    _S.RECEIVED: ("#dbeafe", "#1e3a8a"),
    _S.NOT_ACCEPTED: ("#fde2e1", "#8a1c12"),
    _S.PROCESSING: ("#e0e7ff", "#3730a3"),
    _S.SUPPLEMENT_REQUESTED: ("#ffedd5", "#9a3412"),
    _S.PAYMENT_REQUESTED: ("#fef3c7", "#92400e"),
    _S.WITHDRAWN: ("#eceff1", "#52606d"),
    _S.STOPPED: ("#eceff1", "#52606d"),
    _S.DONE: ("#d1fae5", "#065f46"),
    _S.RETURNED: ("#f1f5f9", "#334155"),
}


def _local(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone(LOCAL_TZ).strftime("%d/%m/%y %H:%M")


def short_code(code: str) -> str:
    """261203-2003 for 000.00.01.H22-261203-2003: the desk's list holds one agency."""
    try:
        return parse_code(code).short
    except ValueError:
        return code


class DossierTableModel(QAbstractTableModel):
    fetch_requested = Signal()  # the view wants the next page

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[DossierSummary] = []
        self.next_key = None  # where the next page starts; None: all are here
        self.now: datetime | None = None
        self._fetching = False
        # The phone is searchable and shown in the tooltip: the row must fit 1366 px.
        self.headers = [self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Số giấy tờ"),
                        self.tr("Thủ tục"), self.tr("Nhận lúc"), self.tr("Hẹn trả"),
                        self.tr("Trạng thái")]

    def set_page(self, rows: list[DossierSummary], next_key, now: datetime) -> None:
        """A new first page (another filter, or the data changed)."""
        self.beginResetModel()
        self.rows, self.next_key, self.now = list(rows), next_key, now
        self._fetching = False
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.next_key is not None and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.fetch_requested.emit()

    def fetched(self, rows: list[DossierSummary], next_key) -> None:
        """The next page, appended under the rows the officer is looking at."""
        self._fetching = False
        self.next_key = next_key
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _tooltip(self, d: DossierSummary, column: int) -> str:
        return {CODE_COL: d.code,
                NAME_COL: f"{d.applicant_name}" + (f" — {d.phone}" if d.phone else ""),
                ID_COL: d.id_number,
                PROCEDURE_COL: f"{d.procedure_code} {d.procedure_name}",
                RECEIVED_COL: _local(d.received_at),
                DUE_COL: _local(d.due_at) + (" " + self.tr("(dự kiến)") if d.due_provisional
                                             else ""),
                STATUS_COL: f"{int(d.status)}. {d.status.label}"}[column]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (short_code(d.code), d.applicant_name, d.id_number,
                    d.procedure_name, _local(d.received_at), _local(d.due_at),
                    d.status.short_label)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(d, index.column())
        level = d.urgency(self.now) if self.now else Urgency.NONE
        if role == Qt.ItemDataRole.BackgroundRole and level in URGENCY_COLOURS:
            return QBrush(URGENCY_COLOURS[level])
        if role == Qt.ItemDataRole.ForegroundRole and level in URGENCY_COLOURS:
            return QBrush(QColor("#212529"))
        if role == CODE_ROLE:
            return d.code
        if role == URGENCY_ROLE:
            return level.value
        if role == STATUS_ROLE:
            return int(d.status)
        return None


class StatusChipDelegate(QStyledItemDelegate):
    """The status as a rounded, coloured chip: the counter reads the list by colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(STATUS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        # The row's own background (selection, urgency) first, without its text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter,
                              plain.widget)
        background, text = STATUS_COLOURS[Status(value)]
        metrics = option.fontMetrics
        label = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = option.rect.adjusted(4, 4, -4, -4)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room.width() - 16)
        chip = QRect(room.left(), room.top(), min(room.width(),
                                                  metrics.horizontalAdvance(shown) + 16),
                     room.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor(text))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()
