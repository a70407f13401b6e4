"""Phản ánh, kiến nghị: take a citizen's feedback or petition at the counter (its
acknowledgement shown to print at once), and the ones taken, newest first, with where
the centre's handling stands and its answer.

Opened from the officer's menu; from a dossier's page it comes with the dossier (and
its procedure) filled in. Reads and the command run through the job helper, off the GUI
thread; the list reloads when a command or a sync run changes feedback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..desk import Changes
from ..domain.calendar import local_text
from ..domain.errors import ValidationFailed
from ..domain.feedback import Feedback, FeedbackStatus
from .context import DeskContext
from .forms import FormPage
from .generated.ui_feedback_dialog import Ui_FeedbackDialogForm
from .jobs import NewestAnswer
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import failure_text, set_error, show_message

PAGE = 30  # rows read at a time; "Xem thêm" reads the next ones


class _Body(FormPage, Ui_FeedbackDialogForm):
    MARGINS = (16, 12, 16, 12)


class FeedbackDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *,
                 dossier_code: str = "", procedure_code: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(self.tr("Phản ánh, kiến nghị"))
        self.resize(1300, 640)
        self.body = body = _Body(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(body)
        self.rows: list[Feedback] = []
        self._reads = NewestAnswer()
        self._problems: dict[str, str] = {}  # field -> message, still to correct
        self._fields = {"name": body.nameEdit, "phone": body.phoneEdit,
                        "email": body.emailEdit, "procedure_code": body.procedureEdit,
                        "dossier_code": body.dossierEdit, "content": body.contentEdit}
        table = body.listTable
        headers = [self.tr("Mã"), self.tr("Nhận lúc"), self.tr("Người phản ánh"),
                   self.tr("Về"), self.tr("Trạng thái")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        body.contentEdit.setMinimumHeight(150)
        body.dossierEdit.setText(dossier_code)
        body.procedureEdit.setText(procedure_code)

        self.printing = PrintFlow(ctx, self)
        self.printing.failed.connect(lambda t: show_message(body.messageLabel, t, "error"))
        body.saveButton.clicked.connect(self.save)
        body.clearButton.clicked.connect(self.clear)
        body.moreButton.clicked.connect(self.load_more)
        body.reprintButton.clicked.connect(self.print_selected)
        body.closeButton.clicked.connect(self.reject)
        table.itemSelectionChanged.connect(self._show_selected)
        for edit in (body.nameEdit, body.phoneEdit, body.emailEdit, body.procedureEdit):
            edit.returnPressed.connect(self.focusNextChild)
        body.dossierEdit.returnPressed.connect(body.contentEdit.setFocus)
        for edit in self._fields.values():  # a field typed in again is no longer wrong
            edit.textChanged.connect(lambda *_args, edit=edit: self._corrected(edit))
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        ctx.jobs.changed.connect(self._on_changed)
        show_message(body.messageLabel, "")
        set_error(body.errorLabel, None, "")
        body.reprintButton.setEnabled(False)
        body.nameEdit.setFocus()
        self.load()

    # ---- the list -----------------------------------------------------------------------
    def load(self) -> None:
        feedback, asked = self.ctx.desk.feedback, self._reads.ask()
        self.ctx.jobs.run(lambda: feedback.page(limit=PAGE),
                          on_done=lambda rows: self._show(rows, asked, replace=True),
                          on_error=self._failed)

    def load_more(self) -> None:
        if not self.rows:
            return self.load()
        last = self.rows[-1]
        feedback, asked = self.ctx.desk.feedback, self._reads.ask()
        after = (last.received_at, last.code)
        self.ctx.jobs.run(lambda: feedback.page(after=after, limit=PAGE),
                          on_done=lambda rows: self._show(rows, asked, replace=False),
                          on_error=self._failed)
        return None

    def _on_changed(self, changes: Changes) -> None:
        if changes.feedback or changes.sync:  # taken here, or answered by the centre
            self.load()

    def _show(self, rows: list[Feedback], asked: int, *, replace: bool) -> None:
        if not self._reads.take(asked):
            return
        chosen = self.selected()
        self.rows = list(rows) if replace else self.rows + list(rows)
        table = self.body.listTable
        table.setRowCount(len(self.rows))
        for row, f in enumerate(self.rows):
            status = f.status.label
            if f.status in (FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED) and f.answer:
                status += " ✓"
            for col, text in enumerate((f.code.split("-", 1)[1], local_text(f.received_at),
                                        f.name, f.about, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, f.code)
                item.setToolTip(f.code if col == 0 else text)
                table.setItem(row, col, item)
        self.body.moreButton.setEnabled(len(rows) == PAGE)
        codes = [f.code for f in self.rows]
        if chosen is not None and chosen.code in codes:
            table.selectRow(codes.index(chosen.code))
        elif not self.rows:
            self.body.detailLabel.setText(self.tr("Chưa có phản ánh, kiến nghị nào."))

    def selected(self) -> Feedback | None:
        indexes = self.body.listTable.selectionModel().selectedRows()
        if not indexes or indexes[0].row() >= len(self.rows):
            return None
        return self.rows[indexes[0].row()]

    def _show_selected(self) -> None:
        f = self.selected()
        self.body.reprintButton.setEnabled(f is not None)
        if f is None:
            self.body.detailLabel.setText("")
            return
        lines = [f"<b>{_html(f.code)}</b> — {_html(f.status.label)}",
                 self.tr("Người phản ánh: %1").replace("%1", _html(
                     f.name + (f" ({f.contact})" if f.contact else ""))),
                 self.tr("Nội dung: %1").replace("%1", _html(f.content))]
        if f.answer:
            lines.append(self.tr("<b>Trả lời</b> (%1, %2): %3")
                         .replace("%1", _html(f.answered_by))
                         .replace("%2", local_text(f.answered_at))
                         .replace("%3", _html(f.answer)))
        else:
            lines.append(self.tr("<i>Chưa có trả lời của cơ quan có thẩm quyền.</i>"))
        self.body.detailLabel.setText("<br/>".join(lines))

    def _failed(self, exc: Exception) -> None:
        show_message(self.body.messageLabel, failure_text(exc), "error")

    # ---- taking one in ---------------------------------------------------------------------
    def data(self) -> dict:
        body = self.body
        data = {key: edit.text() for key, edit in self._fields.items() if key != "content"}
        data["content"] = body.contentEdit.toPlainText()
        return {key: value for key, value in data.items() if value.strip()}

    def save(self) -> None:
        body = self.body
        if not body.saveButton.isEnabled():
            return
        body.saveButton.setEnabled(False)
        desk, actor, data = self.ctx.desk, self.ctx.actor, self.data()
        self._mark(None)
        self.ctx.jobs.run(lambda: desk.feedback.take_in(data, actor), on_done=self._taken,
                          on_error=self._refused)

    def _mark(self, problems: list | None) -> None:
        """Each field named by a problem marked, the first problem said, its field focused."""
        named = {p.field: p.message for p in problems or []}
        self._problems = {k: m for k, m in named.items() if k in self._fields}
        for key, edit in self._fields.items():
            set_error(self.body.errorLabel, edit, named.get(key))
        first = next(iter(problems or []), None)
        set_error(self.body.errorLabel, None, first.message if first else "")
        if first is not None:
            field = self._fields.get("phone" if first.field == "" else first.field)
            if field is not None:
                field.setFocus()

    def _corrected(self, edit) -> None:
        """The field no longer marked; the message is the next problem still standing."""
        if not edit.property("invalid"):
            return
        key = next(k for k, e in self._fields.items() if e is edit)
        self._problems.pop(key, None)
        set_error(self.body.errorLabel, edit, None)
        set_error(self.body.errorLabel, None, next(iter(self._problems.values()), ""))

    def _refused(self, exc: Exception) -> None:
        self.body.saveButton.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._mark(exc.problems)
        else:
            set_error(self.body.errorLabel, None, failure_text(exc))

    def _taken(self, taken: Feedback) -> None:
        self.body.saveButton.setEnabled(True)
        self.clear()
        show_message(self.body.messageLabel, self.tr("Đã tiếp nhận phản ánh, kiến nghị %1.")
                     .replace("%1", taken.code), "ok")
        self._print(taken.code)

    def clear(self) -> None:
        for edit in self._fields.values():
            edit.clear()
        self._mark(None)
        self.body.nameEdit.setFocus()

    # ---- the acknowledgement -------------------------------------------------------------------
    def print_selected(self) -> None:
        f = self.selected()
        if f is not None:
            self._print(f.code)

    def _print(self, code: str) -> None:
        ctx, actor, feedback = self.ctx, self.ctx.actor, self.ctx.desk.feedback
        stem = f"{code}-phieu-phan-anh".replace(".", "-")
        self.printing.start(PrintOrder(
            title=self.tr("Phiếu tiếp nhận phản ánh, kiến nghị %1").replace("%1", code),
            file_stem=stem,
            preview=lambda path: feedback.preview_slip(code, path).copy_no,
            record=lambda path: feedback.print_slip(code, path, actor),
            counted_path=lambda: ctx.prints_dir / f"{stem}-{ctx.clock():%Y%m%d%H%M%S%f}.pdf"),
            on_step=self._print_told)

    def _print_told(self, outcome: PrintOutcome) -> None:
        if outcome.step is PrintStep.PRINTED:
            show_message(self.body.messageLabel, self.tr("Đã in phiếu tiếp nhận."), "ok")
        elif outcome.step is PrintStep.SAVED:
            show_message(self.body.messageLabel, self.tr("Đã lưu phiếu thành tệp %1.")
                         .replace("%1", str(outcome.path)), "ok")


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br/>")
