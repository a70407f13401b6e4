"""What forms 02–05 state beyond the dossier, asked before their first print.

02: the papers still missing (name and original/certified/photo counts), the reason and
where the rules can be read; 03 and 05: the reason; 04: the reason and the new
appointment. The answers are checked with domain/form_details.py, the same check the
print makes, so a problem is shown beside its field and nothing is printed.
A reprint never comes here: it says what the first print said.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import LOCAL_TZ, local_text
from ..domain.dossier import Dossier
from ..domain.errors import Problem, ValidationFailed
from ..domain.form_details import DEFAULT_MISSING_REASON, NEEDS_DETAILS
from ..resources import resource_path
from .widgets import set_error

NAME_COL, ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL = range(4)
MAX_COPIES = 99

# The desk sheet styles QLineEdit and QDateEdit but not these two (QDateTimeEdit is
# QDateEdit's base class, so the QDateEdit rules miss it): the same look here.
_STYLE = """
QPlainTextEdit, QDateTimeEdit {
    background: white; border: 1px solid #b8c4ce; border-radius: 4px; padding: 4px 6px;
    font-weight: normal;
}
QDateTimeEdit { min-height: 22px; }
QPlainTextEdit:focus, QDateTimeEdit:focus { border: 2px solid #2d6cdf; }
QPlainTextEdit[invalid="true"], QDateTimeEdit[invalid="true"] {
    border: 2px solid #c0392b; background: #fdf2f1;
}
QDateTimeEdit::drop-down { width: 26px; border: none; border-left: 1px solid #d5dce3; }
QDateTimeEdit::down-arrow { image: url(@ICONS@/chevron-down.svg); width: 12px; height: 8px; }
QLabel#formTitle { font-size: 12pt; font-weight: bold; color: #1f3a5f; }
"""


def _check(form: str, details: dict, dossier: Dossier) -> None:
    """domain/form_details.py's check (imported late: the documents package pulls in
    reportlab; by the time a dialog opens the page's load has usually imported it)."""
    from ..domain.form_details import normalise_details

    normalise_details(form, details, dossier)


def _stacked(spacing: int, *widgets: QWidget) -> QWidget:
    """The widgets one under another, with no margins of their own."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(spacing)
    for widget in widgets:
        column.addWidget(widget)
    return box


class FormDetailsDialog(QDialog):
    """Asks the details of form 02–05; `details()` is what print_form is given."""

    def __init__(self, form: str, form_name: str, dossier: Dossier, *,
                 suggested_due: datetime | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if form not in NEEDS_DETAILS:
            raise ValueError(f"form {form} needs no details")
        self.form, self.dossier = form, dossier
        self._details: dict | None = None
        self.setObjectName("formDetailsDialog")
        self.setStyleSheet(_STYLE.replace("@ICONS@", resource_path("icons").as_posix()))
        self.setWindowTitle(self.tr("Mẫu %1 — hồ sơ %2").replace("%1", form)
                            .replace("%2", dossier.code))
        self.setMinimumWidth(720 if form == "02" else 560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        title = QLabel(self.tr("Mẫu %1 — %2").replace("%1", form).replace("%2", form_name))
        title.setObjectName("formTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(self.tr("Hồ sơ %1 — %2. Nội dung này được in lần đầu và giữ nguyên "
                               "khi in lại.").replace("%1", dossier.code)
                       .replace("%2", dossier.applicant.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields.setVerticalSpacing(4)
        layout.addLayout(self.fields)
        self.errors: dict[str, tuple[QLabel, QWidget | None]] = {}

        if form == "02":
            self._build_missing()
        self.reasonEdit = QPlainTextEdit()
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setFixedHeight(72)
        self.reasonEdit.setPlaceholderText({
            "02": self.tr("Vì sao hồ sơ cần bổ sung, hướng dẫn cho người nộp"),
            "03": self.tr("Vì sao hồ sơ không được tiếp nhận"),
            "04": self.tr("Vì sao chậm trả kết quả"),
            "05": self.tr("Vì sao dừng giải quyết hồ sơ"),
        }[form])
        if form == "02":
            self.reasonEdit.setPlainText(DEFAULT_MISSING_REASON)
        reason_caption = {"02": self.tr("Lý do, hướng dẫn"), "03": self.tr("Lý do từ chối"),
                          "04": self.tr("Lý do chậm trả"), "05": self.tr("Lý do dừng")}[form]
        self._add_field("reason", reason_caption, self.reasonEdit)
        if form == "02":
            self.guideEdit = QLineEdit()
            self.guideEdit.setObjectName("guideEdit")
            self.guideEdit.setPlaceholderText(self.tr("Địa chỉ trang quy định thủ tục "
                                                      "(có thể bỏ trống)"))
            self._add_field("guide_url", self.tr("Quy định xem tại"), self.guideEdit)
        if form == "04":
            self._build_new_due(suggested_due)

        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        set_error(self.errorLabel, None, "")
        layout.addWidget(self.errorLabel)
        layout.addStretch(1)

        buttons = QDialogButtonBox()
        self.printButton = buttons.addButton(self.tr("In mẫu %1").replace("%1", form),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        # Styled as the desk's main action (desk.qss: QPushButton#confirmButton).
        self.printButton.setObjectName("confirmButton")
        self.printButton.setDefault(True)
        self.cancelButton = buttons.addButton(self.tr("Hủy"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.cancelButton.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.missingNameEdit if form == "02" else self.reasonEdit
        first.setFocus()

    # ---- building -----------------------------------------------------------------
    def _add_field(self, key: str, caption: str, field: QWidget, *, wide: bool = False) -> None:
        """`field` with its error line under it; `wide`: the caption above, full width."""
        error = QLabel()
        error.setWordWrap(True)
        set_error(error, field, "")
        box = _stacked(2, field, error)
        if wide:
            self.fields.addRow(QLabel(caption))
            self.fields.addRow(box)
        else:
            self.fields.addRow(caption, box)
        self.errors[key] = (error, field)

    def _build_missing(self) -> None:
        table = self.missingTable = QTableWidget(0, 4)
        table.setObjectName("missingTable")
        table.setHorizontalHeaderLabels([self.tr("Tên giấy tờ"), self.tr("Bản chính"),
                                         self.tr("Bản chứng thực"), self.tr("Bản photo")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        for col in (ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(36)  # room for the styled spin boxes
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(150)
        adder = QWidget()
        row = QHBoxLayout(adder)
        row.setContentsMargins(0, 0, 0, 0)
        self.missingNameEdit = QLineEdit()
        self.missingNameEdit.setObjectName("missingNameEdit")
        self.missingNameEdit.setPlaceholderText(self.tr("Tên giấy tờ còn thiếu, Enter để "
                                                        "thêm vào danh sách"))
        self.missingNameEdit.returnPressed.connect(self.add_missing_from_edit)
        add = QPushButton(self.tr("Thêm"))
        add.setObjectName("addMissingButton")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_missing_from_edit)
        remove = QPushButton(self.tr("Bỏ dòng chọn"))
        remove.setObjectName("removeMissingButton")
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_selected_missing)
        row.addWidget(self.missingNameEdit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        box = _stacked(4, adder, table)
        # The whole width: the three count columns alone take some 400 pixels.
        self._add_field("missing", self.tr("Giấy tờ cần bổ sung"), box, wide=True)
        # The red frame goes on the table, not on the box around it.
        self.errors["missing"] = (self.errors["missing"][0], table)

    def _build_new_due(self, suggested: datetime | None) -> None:
        current = QLabel(local_text(self.dossier.due_at))
        current.setObjectName("currentDueLabel")
        self.fields.addRow(self.tr("Hẹn trả hiện tại"), current)
        edit = self.newDueEdit = QDateTimeEdit()
        edit.setObjectName("newDueEdit")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("HH:mm dd/MM/yyyy")
        # The fields are read as the centre's wall clock (Asia/Ho_Chi_Minh), not as this
        # PC's zone; details.py bounds the years, the edit only keeps typing near them.
        edit.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
        edit.setMaximumDateTime(QDateTime(QDate(2100, 12, 31), QTime(23, 59)))
        self.set_new_due(suggested or self.dossier.due_at)
        self._add_field("new_due_at", self.tr("Hẹn trả mới"), edit)

    # ---- the missing papers (02) ---------------------------------------------------
    def add_missing(self, name: str, original: int = 1, certified: int = 0,
                    photo: int = 0) -> None:
        table = self.missingTable
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setToolTip(name)  # a long name is elided in its column
        table.setItem(row, NAME_COL, item)
        for col, value in ((ORIGINAL_COL, original), (CERTIFIED_COL, certified),
                           (PHOTO_COL, photo)):
            spin = QSpinBox()
            spin.setRange(0, MAX_COPIES)
            spin.setValue(value)
            spin.setFrame(False)
            table.setCellWidget(row, col, spin)
        label, field = self.errors["missing"]
        set_error(label, field, "")  # "nothing listed" no longer holds

    def add_missing_from_edit(self) -> None:
        name = self.missingNameEdit.text().strip()
        if name:
            self.add_missing(name)
            self.missingNameEdit.clear()
        self.missingNameEdit.setFocus()

    def remove_selected_missing(self) -> None:
        rows = sorted({i.row() for i in self.missingTable.selectedIndexes()}, reverse=True)
        for row in rows:
            self.missingTable.removeRow(row)

    def missing(self) -> list[dict]:
        table, rows = self.missingTable, []
        for row in range(table.rowCount()):
            item = table.item(row, NAME_COL)
            counts = [table.cellWidget(row, col).value()
                      for col in (ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL)]
            rows.append({"name": item.text() if item is not None else "",
                         "original": counts[0], "certified": counts[1], "photo": counts[2]})
        return rows

    # ---- the new appointment (04) ---------------------------------------------------
    def set_new_due(self, moment: datetime | None) -> None:
        if moment is None:
            return
        local = moment.astimezone(LOCAL_TZ)
        self.newDueEdit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                              QTime(local.hour, local.minute)))

    def new_due_text(self) -> str:
        """ISO 8601 without an offset: details.py reads it as the centre's local time."""
        value = self.newDueEdit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).isoformat()

    # ---- answers ----------------------------------------------------------------------
    def collect(self) -> dict:
        details: dict = {"reason": self.reasonEdit.toPlainText()}
        if self.form == "02":
            if self.missingNameEdit.text().strip():  # typed but "Thêm" not pressed
                self.add_missing_from_edit()
            details["missing"] = self.missing()
            if self.guideEdit.text().strip():
                details["guide_url"] = self.guideEdit.text()
        if self.form == "04":
            details["new_due_at"] = self.new_due_text()
        return details

    def details(self) -> dict | None:
        """The details accepted (None until the dialog is accepted)."""
        return self._details

    def accept(self) -> None:
        details = self.collect()
        try:
            _check(self.form, details, self.dossier)
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return
        except ValueError as exc:  # nothing printed: said in the dialog
            self.show_problems([Problem("", str(exc))])
            return
        self._details = details
        super().accept()

    def show_problems(self, problems: list[Problem]) -> None:
        by_key: dict[str, list[str]] = {}
        for problem in problems:
            key = problem.field.split("[")[0].split(".")[0]
            by_key.setdefault(key if key in self.errors else "", []).append(problem.message)
        for key, (label, field) in self.errors.items():
            set_error(label, field, "\n".join(by_key.get(key, [])))
        set_error(self.errorLabel, None, "\n".join(by_key.get("", [])))
        for key, (_label, field) in self.errors.items():
            if key in by_key and field is not None:
                field.setFocus()
                break
        self.adjustSize()  # the messages may need more room than the dialog had
