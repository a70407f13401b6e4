"""Tiếp nhận: procedure, applicant (or a CCCD QR scan), checklist; save and print 01/02/03."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from ..desk import Changes
from ..domain.calendar import LOCAL_TZ, parse_day
from ..domain.calendar import local_text as calendar_text
from ..domain.cccd_qr import parse_cccd_qr
from ..domain.dossier import Gender, NoticeChannel
from ..domain.errors import ValidationFailed
from ..domain.form_details import DEFAULT_MISSING_REASON
from ..domain.identity import (
    IdKind,
    cccd_problem,
    classify_id,
    email_problem,
    id_problem,
    normalize_id,
    phone_problem,
)
from ..domain.intake import parse_intake
from ..domain.money import format_vnd
from ..domain.procedure import DocumentSpec, Procedure
from ..domain.procedure_search import ProcedureIndex
from ..domain.status import Status
from . import confirm
from .context import DeskContext
from .forms import FormPage
from .generated.ui_intake_page import Ui_IntakePageForm
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import failure_text, reserve_line, set_error, set_line, show_message

# Which form each way out of the intake prints, and the status the dossier starts in.
OUTCOMES = {"receipt": ("01", Status.RECEIVED), "incomplete": ("02", Status.SUPPLEMENT_REQUESTED),
            "refuse": ("03", Status.NOT_ACCEPTED)}
NAME_COL, ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL = range(4)
GENDERS = ("", Gender.MALE.value, Gender.FEMALE.value)  # the gender combo's items, in order
OPTIONAL_ROLE = Qt.ItemDataRole.UserRole + 1  # a checklist row's "(nếu có)" flag


def local_text(moment) -> str:
    m = moment.astimezone(LOCAL_TZ)
    return f"{m.hour:02d} giờ {m.minute:02d} phút, ngày {m:%d/%m/%Y}"


class _ListKeys(QObject):
    """Up/Down (and Page Up/Down) typed in the search box move the list's highlight: the
    officer never has to leave the box to pick the second match."""

    def __init__(self, page: IntakePage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        keys = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5}
        step = keys.get(Qt.Key(event.key()))
        if step is None:
            return False
        self.page.move_highlight(step)
        return True


class IntakePage(FormPage, Ui_IntakePageForm):
    saved = Signal(str, str)  # dossier code, form printed

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.index = ProcedureIndex()  # the whole catalogue, filtered as the officer types
        self.catalogue_loaded = False
        self._enter_waiting = False  # Enter pressed before the catalogue was read
        self.procedures: list[Procedure] = []  # what the list shows, in its order
        self.procedure: Procedure | None = None
        self.last_code = ""
        self._due_generation = 0
        self.refusal_question: confirm.FinalMoveDialog | None = None  # the last one asked
        self.printing = PrintFlow(ctx, self)
        self.printing.failed.connect(lambda text: show_message(self.messageLabel, text, "error"))
        # Field errors in the order of the page: the first one gets the focus.
        self._errors = {"procedure_code": (self.procedureError, self.procedureSearch),
                        "applicant.name": (self.nameError, self.nameEdit),
                        "applicant.id_number": (self.idError, self.idEdit),
                        "applicant.phone": (self.phoneError, self.phoneEdit),
                        "applicant.address": (self.addressError, self.addressEdit),
                        "applicant.birth_date": (self.birthError, self.birthEdit),
                        "applicant.gender": (self.birthError, self.genderCombo),
                        "applicant.email": (self.emailError, self.emailEdit),
                        "notify": (self.emailError, self.notifySms),
                        "documents": (self.documentsError, self.checklistTable),
                        "sets": (self.documentsError, self.setsSpin),
                        "reason": (self.reasonError, self.reasonEdit)}
        # Beside their fields (two lines under each applicant field, one line elsewhere), in
        # a place kept for them: an error appearing never moves the form.
        applicant = {self.nameError, self.idError, self.phoneError, self.addressError,
                     self.birthError, self.emailError}
        reserve_line(*applicant, lines=2)
        reserve_line(self.documentsError, self.reasonError)
        # The procedure's error and its details share a line: one or the other is shown.
        reserve_line(self.procedureError, keep_place=False)
        reserve_line(self.procedureInfo, role="")
        self._notify = {NoticeChannel.SMS: self.notifySms, NoticeChannel.ZALO: self.notifyZalo,
                        NoticeChannel.EMAIL: self.notifyEmail}
        self._setup_table()
        self.procedureList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.procedureList.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Filtered on every key, synchronously: Enter acts on exactly the text typed.
        self.procedureSearch.textChanged.connect(self.filter_procedures)
        self.procedureSearch.returnPressed.connect(self._accept_search)
        self.procedureSearch.installEventFilter(_ListKeys(self))
        self.procedureList.itemActivated.connect(self._item_chosen)
        self.procedureList.itemClicked.connect(self._item_chosen)
        for edit in (self.nameEdit, self.idEdit, self.phoneEdit, self.addressEdit,
                     self.emailEdit, self.birthEdit):
            edit.textChanged.connect(self._validate_live)
        for box in self._notify.values():
            box.toggled.connect(self._validate_live)
        self.kindCombo.currentIndexChanged.connect(self._validate_live)
        self.genderCombo.currentIndexChanged.connect(self._validate_live)
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
                     self.birthEdit, self.emailEdit, self.reasonEdit):
            edit.returnPressed.connect(self.focusNextChild)
        self.clear()
        self.load_catalogue()
        ctx.jobs.changed.connect(self._on_changed)

    # ---- procedures ---------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.checklistTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        for col in (ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)

    def load_catalogue(self) -> None:
        """Read the catalogue once (and again when it changes), off the GUI thread."""
        dossiers = self.ctx.desk.dossiers
        self.ctx.jobs.run(lambda: ProcedureIndex(dossiers.catalogue()),
                          on_done=self._catalogue_loaded)

    def _catalogue_loaded(self, index: ProcedureIndex) -> None:
        self.index, self.catalogue_loaded = index, True
        self.filter_procedures()
        if self._enter_waiting:
            self._enter_waiting = False
            self._accept_search()

    def filter_procedures(self, *_args) -> None:
        """The list follows the text typed so far; the first match is highlighted."""
        found = self.index.search(self.procedureSearch.text())
        self.procedures = found
        self.procedureList.clear()
        for p in found:
            item = QListWidgetItem(f"{p.code}  {p.name}")
            item.setToolTip(f"{p.name}\n{p.field} — {p.time_limit.describe()}")
            self.procedureList.addItem(item)
        if found:
            self.procedureList.setCurrentRow(0)

    def move_highlight(self, step: int) -> None:
        count = self.procedureList.count()
        if count:
            row = min(max(self.procedureList.currentRow() + step, 0), count - 1)
            self.procedureList.setCurrentRow(row)

    def _accept_search(self) -> None:
        """Enter in the search box: the highlighted match (the first, unless the officer
        moved) becomes the dossier's procedure, and the applicant's name is next."""
        if not self.catalogue_loaded:
            self._enter_waiting = True  # the very first instants: answered once it is read
            return
        row = self.procedureList.currentRow()
        if not 0 <= row < len(self.procedures):
            set_error(self.procedureError, self.procedureSearch,
                      self.tr("Không có thủ tục nào khớp với “%1”.")
                      .replace("%1", self.procedureSearch.text().strip()))
            return
        self.choose_procedure(self.procedures[row])
        self.nameEdit.setFocus()

    def _item_chosen(self, item: QListWidgetItem) -> None:
        row = self.procedureList.row(item)
        if 0 <= row < len(self.procedures):
            self.choose_procedure(self.procedures[row])

    def choose_procedure(self, procedure: Procedure) -> None:
        self.procedure = procedure
        self.chosenLabel.setText(self.tr("Thủ tục: %1 — %2").replace("%1", procedure.code)
                                 .replace("%2", procedure.name))
        self.chosenLabel.setToolTip(procedure.name)
        self._mark_chosen(True)
        fees = ", ".join(f"{f.name}: {format_vnd(f.amount)}" for f in procedure.fees)
        set_line(self.procedureInfo, self.tr("Thời hạn: %1 · Phí, lệ phí: %2")
                 .replace("%1", procedure.time_limit.describe())
                 .replace("%2", fees or self.tr("không thu")))
        set_error(self.procedureError, self.procedureSearch, "")
        self._show_due(procedure)
        self._fill_checklist(procedure.documents)

    def _mark_chosen(self, chosen: bool) -> None:
        self.chosenLabel.setProperty("chosen", chosen)
        self.chosenLabel.style().unpolish(self.chosenLabel)
        self.chosenLabel.style().polish(self.chosenLabel)

    def _show_due(self, procedure: Procedure) -> None:
        """The appointment a dossier taken now would get, read in the background."""
        self._due_generation += 1
        generation, dossiers, now = self._due_generation, self.ctx.desk.dossiers, self.ctx.clock()
        self.appointmentLabel.setText("")

        def show(due) -> None:
            if generation == self._due_generation and self.procedure is procedure:
                self.appointmentLabel.setText(
                    self.tr("Hẹn trả: %1").replace("%1", calendar_text(due))
                    if due else "")

        self.ctx.jobs.run(lambda: dossiers.preview_due(procedure, now), on_done=show)

    # ---- checklist ------------------------------------------------------------------
    def _fill_checklist(self, documents) -> None:
        self.checklistTable.setRowCount(0)
        for doc in documents:
            self._add_row(doc, received=not doc.optional)  # "(nếu có)": only if brought

    def _add_row(self, doc: DocumentSpec, received: bool) -> None:
        table = self.checklistTable
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(doc.name)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        name.setCheckState(Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)
        name.setToolTip(doc.name)
        name.setData(OPTIONAL_ROLE, doc.optional)
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
        """(received documents, missing documents) as intake/print dicts. A paper asked
        for only when it applies ("(nếu có)") and not ticked is not missing: it does not
        apply to this dossier."""
        received, missing = [], []
        table = self.checklistTable
        for row in range(table.rowCount()):
            counts = [int(table.item(row, c).data(Qt.ItemDataRole.EditRole) or 0)
                      for c in (ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL)]
            entry = {"name": table.item(row, NAME_COL).text(), "original": counts[0],
                     "certified": counts[1], "photo": counts[2]}
            item = table.item(row, NAME_COL)
            if item.checkState() == Qt.CheckState.Checked:
                received.append(entry)
            elif not item.data(OPTIONAL_ROLE):
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
        self.birthEdit.setText(card.birth_date.strftime("%d/%m/%Y"))
        gender = card.gender if card.gender in GENDERS else ""
        self.genderCombo.setCurrentIndex(GENDERS.index(gender))
        for edit in (self.nameEdit, self.idEdit, self.addressEdit):
            edit.setCursorPosition(0)  # show the start of a long address
        show_message(self.messageLabel, self.tr("Đã điền từ thẻ căn cước: %1 (sinh %2).")
                     .replace("%1", card.full_name)
                     .replace("%2", card.birth_date.strftime("%d/%m/%Y")), "ok")
        (self.phoneEdit if not self.phoneEdit.text() else self.emailEdit).setFocus()
        return True

    def _kind(self) -> str:
        return "citizen" if self.kindCombo.currentIndex() == 0 else "organisation"

    def _notify_channels(self) -> list[str]:
        return [str(channel) for channel, box in self._notify.items() if box.isChecked()]

    def _birth_date(self) -> str | None:
        """The typed birth date as ISO (what the intake takes), None when empty; ValueError."""
        text = self.birthEdit.text().strip()
        return parse_day(text).isoformat() if text else None

    def _validate_live(self, *_args) -> None:
        """Messages next to the fields as the officer types (empty fields wait for Save)."""
        name, number = self.nameEdit.text().strip(), self.idEdit.text()
        phone, email = self.phoneEdit.text(), self.emailEdit.text().strip()
        set_error(self.nameError, self.nameEdit,
                  self.tr("Họ tên quá dài (tối đa 200 ký tự).") if len(name) > 200 else "")
        id_text = id_problem(number, self._kind()) if number.strip() else ""
        birth_text = ""
        try:
            born = self._birth_date()
        except ValueError as exc:
            born, birth_text = None, str(exc)
        gender = GENDERS[self.genderCombo.currentIndex()]
        if not id_text and classify_id(number) is IdKind.CCCD and (born or gender):
            # The card's number says the birth year and gender: they must agree.
            id_text = cccd_problem(normalize_id(number), birth_date=parse_day(
                self.birthEdit.text()) if born else None, gender=gender or None) or ""
        set_error(self.idError, self.idEdit, id_text)
        set_error(self.birthError, self.birthEdit, birth_text)
        by_phone = [c.label for c in self._notify if self._notify[c].isChecked() and c.by_phone]
        phone_text = phone_problem(phone) if phone.strip() else ""
        if not phone.strip() and by_phone:
            phone_text = self.tr("Cần số điện thoại để nhận thông báo qua %1.") \
                .replace("%1", ", ".join(by_phone))
        set_error(self.phoneError, self.phoneEdit, phone_text)
        email_text = email_problem(email) if email else ""
        if not email and self.notifyEmail.isChecked():
            email_text = self.tr("Cần địa chỉ email để nhận thông báo qua email.")
        set_error(self.emailError, self.emailEdit, email_text)
        if self.addressEdit.text().strip():
            set_error(self.addressError, self.addressEdit, "")

    def _not_saved(self) -> None:
        show_message(self.messageLabel, self.tr("Chưa lưu: sửa các mục được đánh dấu đỏ."),
                     "error")
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        """The first field in error, in the page's order, takes the keyboard."""
        for _label, field in self._errors.values():
            if field is not None and field.property("invalid"):
                field.setFocus()
                return

    # ---- saving -------------------------------------------------------------------------
    def request(self, outcome: str) -> dict:
        received, _missing = self.checklist()
        _form, status = OUTCOMES[outcome]
        return {
            "procedure_code": self.procedure.code if self.procedure else "",
            "applicant": {"kind": self._kind(), "name": self.nameEdit.text(),
                          "id_number": self.idEdit.text(), "phone": self.phoneEdit.text(),
                          "address": self.addressEdit.text(), "email": self.emailEdit.text(),
                          "birth_date": self._birth_date(),
                          "gender": GENDERS[self.genderCombo.currentIndex()]},
            "documents": received, "sets": self.setsSpin.value(), "channel": "direct",
            "status": int(status), "note": self.reasonEdit.text().strip(),
            "notify": self._notify_channels(),
        }

    def submit(self, outcome: str, *, direct: bool = False) -> None:
        form, _status = OUTCOMES[outcome]
        for label, field in self._errors.values():
            set_error(label, field, "")
        self._validate_live()  # keep the messages about what is already typed
        try:
            self._birth_date()
        except ValueError:  # said beside the field by _validate_live; nothing is sent
            self._not_saved()
            return
        _received, missing = self.checklist()
        reason = self.reasonEdit.text().strip()
        details: dict | None = None
        if outcome == "incomplete":
            if not missing:
                set_error(self.documentsError, self.checklistTable, self.tr(
                    "Bỏ đánh dấu những giấy tờ còn thiếu để ghi vào phiếu yêu cầu bổ sung."))
                self._not_saved()
                return
            details = {"missing": missing, "reason": reason or DEFAULT_MISSING_REASON}
        elif outcome == "refuse":
            if not reason:
                set_error(self.reasonError, self.reasonEdit,
                          self.tr("Nhập lý do từ chối tiếp nhận hồ sơ."))
                self._not_saved()
                return
            details = {"reason": reason}
        elif missing:
            set_error(self.documentsError, self.checklistTable, self.tr(
                "Còn giấy tờ chưa nhận: đánh dấu đủ, hoặc chọn “Thiếu hồ sơ (mẫu 02)”."))
            self._not_saved()
            return
        data, ctx = self.request(outcome), self.ctx
        actor = ctx.actor

        def work():
            return ctx.desk.dossiers.take_in(data, actor, form_details=details)

        def commit() -> None:
            self._set_busy(True)
            ctx.jobs.run(work, on_done=lambda d: self._saved(d, form, details, direct),
                         on_error=self._save_failed)

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
            preview=lambda path: ctx.desk.printing.preview_form(
                form, code, path, actor, size=size, details=details).copy_no,
            record=lambda path: ctx.desk.printing.print_form(form, code, path, actor, size=size,
                                                             details=details),
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
            self._not_saved()
        else:
            show_message(self.messageLabel, self.tr("Không lưu được: %1").replace(
                "%1", failure_text(exc)),
                         "error")

    def _set_busy(self, busy: bool) -> None:
        for button in (self.saveButton, self.incompleteButton, self.refuseButton):
            button.setEnabled(not busy)

    def clear(self, *, keep_message: bool = False) -> None:
        for edit in (self.nameEdit, self.idEdit, self.phoneEdit, self.addressEdit,
                     self.birthEdit, self.emailEdit, self.reasonEdit, self.extraDocEdit):
            edit.clear()
        for box in self._notify.values():
            box.setChecked(False)
        for label, field in self._errors.values():
            set_error(label, field, "")
        self.kindCombo.setCurrentIndex(0)
        self.genderCombo.setCurrentIndex(0)
        self.setsSpin.setValue(1)
        self.procedure = None
        self._due_generation += 1  # an appointment still being read is for nobody now
        self.chosenLabel.setText(self.tr("Chưa chọn thủ tục: gõ tên thủ tục ở mục 1 rồi "
                                         "nhấn Enter."))
        self.chosenLabel.setToolTip("")
        self._mark_chosen(False)
        set_line(self.procedureInfo, "")
        self.appointmentLabel.setText("")
        self.checklistTable.setRowCount(0)
        if not keep_message:
            show_message(self.messageLabel, "")
        self.procedureSearch.clear()
        self.filter_procedures()
        self.procedureSearch.setFocus()

    def _on_changed(self, changes: Changes) -> None:
        if changes.catalogue:
            self.load_catalogue()
