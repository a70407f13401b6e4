"""Table model of the dossier list: one row per dossier, coloured by urgency."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..domain.calendar import LOCAL_TZ
from ..domain.dossier import Dossier
from ..services.dossier_queries import Urgency, urgency

URGENCY_COLOURS = {Urgency.OVERDUE: QColor("#f8d7da"), Urgency.DUE_SOON: QColor("#fff3cd")}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2


def _local(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone(LOCAL_TZ).strftime("%d/%m/%y %H:%M")


class DossierTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Dossier] = []
        self.now: datetime | None = None
        # The phone is searchable and shown in the tooltip: the row must fit 1366 px.
        self.headers = [self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Số giấy tờ"),
                        self.tr("Thủ tục"), self.tr("Nhận lúc"), self.tr("Hẹn trả"),
                        self.tr("Trạng thái")]

    def set_rows(self, rows: list[Dossier], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = rows, now
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (d.code, d.applicant.name, d.applicant.id_number, d.procedure_name,
                    _local(d.received_at), _local(d.due_at), d.status.label)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{d.applicant.name} — {d.applicant.phone}\n{d.procedure_name}\n"
                    f"{d.status.label}")
        level = urgency(d, self.now) if self.now else Urgency.NONE
        if role == Qt.ItemDataRole.BackgroundRole and level in URGENCY_COLOURS:
            return QBrush(URGENCY_COLOURS[level])
        if role == Qt.ItemDataRole.ForegroundRole and level in URGENCY_COLOURS:
            return QBrush(QColor("#212529"))
        if role == CODE_ROLE:
            return d.code
        if role == URGENCY_ROLE:
            return level.value
        return None
