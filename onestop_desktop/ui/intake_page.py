"""Tiếp nhận: procedure, applicant (or a CCCD QR scan), checklist; save and print 01/02/03."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from ..domain.calendar import LOCAL_TZ
from ..domain.cccd_qr import parse_cccd_qr
from ..domain.errors import ValidationFailed
from ..domain.identity import email_problem, id_problem, phone_problem
from ..domain.intake import parse_intake
from ..domain.money import format_vnd
from ..domain.procedure import DocumentSpec, Procedure
from ..domain.status import Status
from ..services import dossier_queries
from ..services.intake import IntakeService
from . import confirm
from .context import DeskContext
from .forms import FormPage
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import set_error, show_message


def _printing():
    """Imported on first print: reportlab and the forms cost ~0.1 s at start-up."""
    from ..services import printing

    return printing


# Which form each way out of the intake prints, and the status the dossier starts in.
OUTCOMES = {"receipt": ("01", Status.RECEIVED), "incomplete": ("02", Status.SUPPLEMENT_REQUESTED),
            "refuse": ("03", Status.NOT_ACCEPTED)}
DEFAULT_MISSING_REASON = "Hồ sơ chưa đủ thành phần theo quy định."
NAME_COL, ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL = range(4)


def local_text(moment) -> str:
    m = moment.astimezone(LOCAL_TZ)
    return f"{m.hour:02d} giờ {m.minute:02d} phút, ngày {m:%d/%m/%Y}"


class IntakePage(FormPage):
    FORM = "intake_page.ui"
    NAMES = ("messageLabel", "procedureSearch", "procedureList", "procedureInfo",
             "appointmentLabel", "procedureError", "kindCombo", "nameEdit", "nameError",
             "idEdit", "idError", "phoneEdit", "phoneError", "addressEdit", "addressError",
             "emailEdit", "emailError", "checklistTable", "extraDocEdit", "addDocButton",
             "removeDocButton", "setsSpin", "documentsError", "reasonEdit", "reasonError",
             "clearButton", "refuseButton", "incompleteButton", "saveButton")
    saved = Signal(str, str)  # dossier code, form printed

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.procedures: list[Procedure] = []
        self.procedure: Procedure | None = None
        self.last_code = ""
        self.refusal_question: confirm.FinalMoveDialog | None = None  # the last one asked
        self._search_generation = 0
        self.printing = PrintFlow(ctx, self)
        self.printing.failed.connect(lambda text: show_message(self.messageLabel, text, "error"))
        self._errors = {"applicant.name": (self.nameError, self.nameEdit),
                        "applicant.id_number": (self.idError, self.idEdit),
                        "applicant.phone": (self.phoneError, self.phoneEdit),
                        "applicant.address": (self.addressError, self.addressEdit),
                        "applicant.email": (self.emailError, self.emailEdit),
                        "procedure_code": (self.procedureError, self.procedureSearch),
                        "documents": (self.documentsError, self.checklistTable),
                        "sets": (self.documentsError, self.setsSpin),
                        "reason": (self.reasonError, self.reasonEdit)}
        self._setup_table()
        self.procedureList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.procedureList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self.search_procedures)
        self.procedureSearch.textChanged.connect(lambda _t: self._search_timer.start())
        self.procedureSearch.returnPressed.connect(self._accept_search)
        self.procedureList.currentRowChanged.connect(self._procedure_chosen)
        self.procedureList.itemActivated.connect(lambda _i: self.kindCombo.setFocus())
        for edit in (self.nameEdit, self.idEdit, self.phoneEdit, self.addressEdit,
                     self.emailEdit):
            edit.textChanged.connect(self._validate_live)
        self.kindCombo.currentIndexChanged.connect(self._validate_live)
        self.extraDocEdit.returnPressed.connect(self.add_extra_document)
        self.addDocButton.clicked.connect(self.add_extra_document)
        self.removeDocButton.clicked.connect(self.remove_selected_document)
        self.clearButton.clicked.connect(self.clear)
        self.saveButton.clicked.connect(lambda: self.submit("receipt"))
        self.incompleteButton.clicked.connect(lambda: self.submit("incomplete"))
        self.refuseButton.clicked.connect(lambda: self.submit("refuse"))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.submit("receipt"),
                  context=context)
        QShortcut(QKeySequence.StandardKey.Print, self,
                  lambda: self.submit("receipt", direct=True), context=context)
        for edit in (self.nameEdit, self.idEdit, self.phoneEdit, self.addressEdit,
                     self.emailEdit, self.reasonEdit):
            edit.returnPressed.connect(self.focusNextChild)
        self.clear()
        ctx.jobs.changed.connect(self._on_changed)

    # ---- procedures ---------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.checklistTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        for col in (ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)

    def search_procedures(self) -> None:
        self._search_generation += 1
        generation, text = self._search_generation, self.procedureSearch.text()
        self.ctx.jobs.run(lambda: dossier_queries.search_procedures(self.ctx.store, text),
                          on_done=lambda found: self._show_procedures(found, generation))

    def _show_procedures(self, found: list[Procedure], generation: int) -> None:
        if generation != self._search_generation:
            return  # an older search answered late
        self.procedures = found
        self.procedureList.blockSignals(True)
        self.procedureList.clear()
        for p in found:
            item = QListWidgetItem(f"{p.code}  {p.name}")
            item.setToolTip(f"{p.name}\n{p.field} — {p.time_limit.describe()}")
            self.procedureList.addItem(item)
        self.procedureList.blockSignals(False)
        if self.procedure is not None and self.procedure in found:
            self.procedureList.setCurrentRow(found.index(self.procedure))

    def _accept_search(self) -> None:
        if self.procedures:
            if self.procedureList.currentRow() < 0:
                self.procedureList.setCurrentRow(0)
            self.kindCombo.setFocus()

    def _procedure_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.procedures):
            return
        self.choose_procedure(self.procedures[row])

    def choose_procedure(self, procedure: Procedure) -> None:
        self.procedure = procedure
        fees = ", ".join(f"{f.name}: {format_vnd(f.amount)}" for f in procedure.fees)
        self.procedureInfo.setText(
            self.tr("<b>%1</b><br>Thời hạn giải quyết: %2 · Phí, lệ phí: %3")
            .replace("%1", procedure.name).replace("%2", procedure.time_limit.describe())
            .replace("%3", fees or self.tr("không thu")))
        set_error(self.procedureError, None, "")
        due = dossier_queries.preview_due(self.ctx.store, procedure, self.ctx.clock())
        self.appointmentLabel.setText(
            self.tr("Hẹn trả kết quả (nếu nhận ngay): %1").replace("%1", local_text(due))
            if due else "")
        self._fill_checklist(procedure.documents)

    # ---- checklist ------------------------------------------------------------------
    def _fill_checklist(self, documents) -> None:
        self.checklistTable.setRowCount(0)
        for doc in documents:
            self._add_row(doc, received=True)

    def _add_row(self, doc: DocumentSpec, received: bool) -> None:
        table = self.checklistTable
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(doc.name)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        name.setCheckState(Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)
        name.setToolTip(doc.name)
        table.setItem(row, NAME_COL, name)
        for col, value in ((ORIGINAL_COL, doc.original), (CERTIFIED_COL, doc.certified),
                           (PHOTO_COL, doc.photo)):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, int(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, col, item)

    def add_extra_document(self) -> None:
        name = self.extraDocEdit.text().strip()
        if not name:
            return
        self._add_row(DocumentSpec(name, original=1), received=True)
        self.extraDocEdit.clear()

    def remove_selected_document(self) -> None:
        row = self.checklistTable.currentRow()
        if row >= 0:
            self.checklistTable.removeRow(row)

    def checklist(self) -> tuple[list[dict], list[dict]]:
        """(received documents, missing documents) as intake/print dicts."""
        received, missing = [], []
        table = self.checklistTable
        for row in range(table.rowCount()):
            counts = [int(table.item(row, c).data(Qt.ItemDataRole.EditRole) or 0)
                      for c in (ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL)]
            entry = {"name": table.item(row, NAME_COL).text(), "original": counts[0],
                     "certified": counts[1], "photo": counts[2]}
            if table.item(row, NAME_COL).checkState() == Qt.CheckState.Checked:
                received.append(entry)
            else:
                missing.append(entry)
        return received, missing

    # ---- applicant --------------------------------------------------------------------
    def fill_from_cccd(self, text: str) -> bool:
        try:
            card = parse_cccd_qr(text)
        except ValueError as exc:
            show_message(self.messageLabel, str(exc), "error")
            return False
        self.kindCombo.setCurrentIndex(0)
        self.nameEdit.setText(card.full_name)
        self.idEdit.setText(card.id_number)
        self.addressEdit.setText(card.address)
        for edit in (self.nameEdit, self.idEdit, self.addressEdit):
            edit.setCursorPosition(0)  # show the start of a long address
        show_message(self.messageLabel, self.tr("Đã điền từ thẻ căn cước: %1 (sinh %2).")
                     .replace("%1", card.full_name)
                     .replace("%2", card.birth_date.strftime("%d/%m/%Y")), "ok")
        (self.phoneEdit if not self.phoneEdit.text() else self.emailEdit).setFocus()
        return True

    def _kind(self) -> str:
        return "citizen" if self.kindCombo.currentIndex() == 0 else "organisation"

    def _validate_live(self, *_args) -> None:
        """Messages next to the fields as the officer types (empty fields wait for Save)."""
        name, number = self.nameEdit.text().strip(), self.idEdit.text()
        phone, email = self.phoneEdit.text(), self.emailEdit.text().strip()
        set_error(self.nameError, self.nameEdit,
                  self.tr("Họ tên quá dài (tối đa 200 ký tự).") if len(name) > 200 else "")
        set_error(self.idError, self.idEdit,
                  id_problem(number, self._kind()) if number.strip() else "")
        set_error(self.phoneError, self.phoneEdit, phone_problem(phone) if phone.strip() else "")
        set_error(self.emailError, self.emailEdit, email_problem(email) if email else "")
        if self.addressEdit.text().strip():
            set_error(self.addressError, self.addressEdit, "")

    # ---- saving -------------------------------------------------------------------------
    def request(self, outcome: str) -> dict:
        received, _missing = self.checklist()
        _form, status = OUTCOMES[outcome]
        return {
            "procedure_code": self.procedure.code if self.procedure else "",
            "applicant": {"kind": self._kind(), "name": self.nameEdit.text(),
                          "id_number": self.idEdit.text(), "phone": self.phoneEdit.text(),
                          "address": self.addressEdit.text(), "email": self.emailEdit.text()},
            "documents": received, "sets": self.setsSpin.value(), "channel": "direct",
            "status": int(status), "note": self.reasonEdit.text().strip(),
        }

    def submit(self, outcome: str, *, direct: bool = False) -> None:
        form, _status = OUTCOMES[outcome]
        for label, field in self._errors.values():
            set_error(label, field, "")
        self._validate_live()  # keep the messages about what is already typed
        _received, missing = self.checklist()
        reason = self.reasonEdit.text().strip()
        details: dict | None = None
        if outcome == "incomplete":
            if not missing:
                set_error(self.documentsError, self.checklistTable, self.tr(
                    "Bỏ đánh dấu những giấy tờ còn thiếu để ghi vào phiếu yêu cầu bổ sung."))
                return
            details = {"missing": missing, "reason": reason or DEFAULT_MISSING_REASON}
        elif outcome == "refuse":
            if not reason:
                set_error(self.reasonError, self.reasonEdit,
                          self.tr("Nhập lý do từ chối tiếp nhận hồ sơ."))
                self.reasonEdit.setFocus()
                return
            details = {"reason": reason}
        elif missing:
            set_error(self.documentsError, self.checklistTable, self.tr(
                "Còn giấy tờ chưa nhận: đánh dấu đủ, hoặc chọn “Thiếu hồ sơ (mẫu 02)”."))
            return
        data, ctx = self.request(outcome), self.ctx
        actor = ctx.actor

        def work():
            return IntakeService(ctx.store, ctx.clock).intake(data, actor)

        def commit() -> None:
            self._set_busy(True)
            ctx.jobs.run(work, on_done=lambda d: self._saved(d, form, details, direct),
                         on_error=self._save_failed, changes="dossiers")

        if outcome == "refuse":
            self._ask_refusal(data, commit)
        else:
            commit()

    def _ask_refusal(self, data: dict, commit) -> None:
        """A refusal spends a code and ends the dossier at once: asked first, once the
        intake is known to be valid (an invalid one shows its errors instead)."""
        if confirm.is_open(self.refusal_question):
            return
        procedure = self.procedure
        try:
            parse_intake(data, lambda code: procedure if procedure is not None
                         and procedure.code == code else None)
        except ValidationFailed as exc:
            self._save_failed(exc)
            return
        self.refusal_question = confirm.ask_final(
            self, self.tr("Từ chối tiếp nhận hồ sơ"),
            confirm.refusal_question(self.nameEdit.text().strip(), procedure.name),
            self.tr("Từ chối và in mẫu 03"), commit)

    def _saved(self, dossier, form: str, details: dict | None, direct: bool) -> None:
        self._set_busy(False)
        self.last_code = dossier.code
        show_message(self.messageLabel, self.tr("Đã lưu hồ sơ %1. Đang in mẫu %2…")
                     .replace("%1", dossier.code).replace("%2", form), "ok")
        ctx, code, actor, size = self.ctx, dossier.code, self.ctx.actor, self.ctx.paper_size()
        self.printing.start(PrintOrder(
            title=self.tr("Mẫu %1 — %2").replace("%1", form).replace("%2", code),
            file_stem=f"{code}-mau{form}",
            preview=lambda path: _printing().preview_form(
                ctx.store, form, code, path, size=size, actor=actor, details=details).copy_no,
            record=lambda path: _printing().print_form(ctx.store, form, code, path, size=size,
                                                       actor=actor, details=details),
            counted_path=lambda: ctx.pdf_path(form, code)), direct=direct,
            on_step=lambda outcome: self._print_told(code, form, outcome))
        self.clear(keep_message=True)
        self.saved.emit(code, form)

    def _print_told(self, code: str, form: str, outcome: PrintOutcome) -> None:
        """The banner after the save follows the print (shown, printed, saved, or not),
        naming its dossier: the page may show the next intake by then."""
        step, text, kind = outcome.step, "", "ok"
        if step is PrintStep.SHOWN:
            text = self.tr("Đã lưu hồ sơ %1. Đang xem trước mẫu %2: bấm “In” (Ctrl+P) để in.")
        elif step is PrintStep.PRINTED:
            text = self.tr("Đã lưu hồ sơ %1 và in mẫu %2.")
        elif step is PrintStep.SAVED:
            text = self.tr("Đã lưu hồ sơ %1 và lưu mẫu %2 thành tệp %3.")
        elif step is PrintStep.NOT_PRINTED:
            kind = "info"
            text = self.tr("Đã lưu hồ sơ %1, chưa in giấy tiếp nhận (mẫu 01). Để in: "
                           "“Hồ sơ” (Ctrl+2), mở hồ sơ, bấm “In giấy tiếp nhận”.") \
                if form == "01" else self.tr(
                "Đã lưu hồ sơ %1, chưa in mẫu %2. Để in: “Hồ sơ” (Ctrl+2), mở hồ "
                "sơ, bấm “In mẫu…”.")
        else:
            kind = "error"
            text = self.tr("Đã lưu hồ sơ %1 nhưng chưa in được mẫu %2. %3")
        show_message(self.messageLabel, text.replace("%1", code).replace("%2", form)
                     .replace("%3", str(outcome.path or outcome.message)), kind)

    def _save_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            for problem in exc.problems:
                key = problem.field if problem.field in self._errors else \
                    problem.field.split("[")[0]
                label, field = self._errors.get(key, (None, None))
                if label is None:
                    show_message(self.messageLabel, problem.message, "error")
                else:
                    set_error(label, field, problem.message)
            show_message(self.messageLabel, self.tr("Chưa lưu: sửa các mục được đánh dấu đỏ."),
                         "error")
        else:
            show_message(self.messageLabel, self.tr("Không lưu được: %1").replace("%1", str(exc)),
                         "error")

    def _set_busy(self, busy: bool) -> None:
        for button in (self.saveButton, self.incompleteButton, self.refuseButton):
            button.setEnabled(not busy)

    def clear(self, *, keep_message: bool = False) -> None:
        for edit in (self.nameEdit, self.idEdit, self.phoneEdit, self.addressEdit,
                     self.emailEdit, self.reasonEdit, self.extraDocEdit):
            edit.clear()
        for label, field in self._errors.values():
            set_error(label, field, "")
        self.kindCombo.setCurrentIndex(0)
        self.setsSpin.setValue(1)
        self.procedure = None
        self.procedureList.setCurrentRow(-1)
        self.procedureInfo.setText(self.tr("Chưa chọn thủ tục."))
        self.appointmentLabel.setText("")
        self.checklistTable.setRowCount(0)
        if not keep_message:
            show_message(self.messageLabel, "")
        self.procedureSearch.clear()
        self.search_procedures()
        self.procedureSearch.setFocus()

    def _on_changed(self, what: str) -> None:
        if what == "catalogue":
            self.search_procedures()
