"""Tiếp nhận: procedure, applicant (or a CCCD QR scan), checklist; save and print 01/02/03."""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from ..desk import Changes
from ..domain.calendar import LOCAL_TZ, parse_day
from ..domain.calendar import local_text as calendar_text
from ..domain.cccd_qr import parse_cccd_qr
from ..domain.citizen_view import IntakeView, Paper
from ..domain.countries import VIETNAM, all_countries
from ..domain.dossier import Gender, NoticeChannel
from ..domain.errors import ValidationFailed
from ..domain.fees import MAX_REASON as MAX_FEE_REASON
from ..domain.fees import Collect, Method
from ..domain.form_details import DEFAULT_MISSING_REASON
from ..domain.form_details import MAX_REASON as MAX_FORM_REASON
from ..domain.identity import (
    IdKind,
    cccd_problem,
    classify_id,
    email_problem,
    id_problem,
    id_warning,
    normalize_id,
    phone_problem,
)
from ..domain.intake import MAX_EMAIL, MAX_NAME, MAX_NUMBER, MAX_TEXT, parse_intake
from ..domain.money import format_vnd
from ..domain.privacy import privacy_notice
from ..domain.procedure import UNVERIFIED, DocumentSpec, Procedure
from ..domain.procedure_search import ProcedureIndex
from ..domain.status import Status
from ..domain.tickets import MAX_TICKET_TEXT, Ticket, next_ticket, normalise_ticket, ticket_problem
from . import confirm
from .context import DeskContext
from .forms import FormPage
from .generated.ui_intake_page import Ui_IntakePageForm
from .intake_scans import IntakeScans
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import (
    failure_text,
    full_text,
    reserve_banner,
    reserve_line,
    set_error,
    set_line,
    set_warning,
    show_message,
)

# Which form each way out of the intake prints, and the status the dossier starts in.
OUTCOMES = {"receipt": ("01", Status.RECEIVED), "incomplete": ("02", Status.SUPPLEMENT_REQUESTED),
            "refuse": ("03", Status.NOT_ACCEPTED)}
NAME_COL, ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL, FILES_COL = range(5)
GENDERS = ("", Gender.MALE.value, Gender.FEMALE.value)  # the gender combo's items, in order
OPTIONAL_ROLE = Qt.ItemDataRole.UserRole + 1  # a checklist row's "(nếu có)" flag
POST = 1  # the delivery combo's "Qua bưu chính"
# The fee line's combos' items, in order (thu ngay / thu khi trả kết quả / miễn; tiền mặt /
# chuyển khoản): "thu ngay, tiền mặt" first, the default of a procedure with fees.
FEE_COLLECTS = (Collect.NOW, Collect.AT_RETURN, Collect.EXEMPT)
FEE_METHODS = (Method.CASH, Method.TRANSFER)


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
    citizen_view = Signal(object)  # IntakeView | None (nothing entered): the citizen's screen
    ticket_called = Signal(str, object)  # the ticket number called, when (aware datetime)

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
        self.scans = IntakeScans(ctx, self.checklistTable, FILES_COL, self.messageLabel)
        # Field errors in the order of the page: the first one gets the focus.
        self._errors = {"procedure_code": (self.procedureError, self.procedureSearch),
                        "fees": (self.feeError, self.feeCollectCombo),
                        "fees.collect": (self.feeError, self.feeCollectCombo),
                        "fees.method": (self.feeError, self.feeMethodCombo),
                        "fees.reason": (self.feeError, self.feeReasonEdit),
                        "applicant.name": (self.nameError, self.nameEdit),
                        "applicant.id_number": (self.idError, self.idEdit),
                        "applicant.nationality": (self.idError, self.nationalityCombo),
                        "applicant.phone": (self.phoneError, self.phoneEdit),
                        "applicant.address": (self.addressError, self.addressEdit),
                        "applicant.birth_date": (self.birthError, self.birthEdit),
                        "applicant.gender": (self.birthError, self.genderCombo),
                        "applicant.email": (self.emailError, self.emailEdit),
                        "notify": (self.emailError, self.notifySms),
                        "delivery": (self.deliveryError, self.deliveryCombo),
                        "delivery.method": (self.deliveryError, self.deliveryCombo),
                        "delivery.address": (self.deliveryError, self.deliveryAddressEdit),
                        "submitter": (self.submitterError, self.submitterCheck),
                        "submitter.name": (self.submitterError, self.submitterNameEdit),
                        "submitter.id_number": (self.submitterError, self.submitterIdEdit),
                        "submitter.phone": (self.submitterError, self.submitterPhoneEdit),
                        "documents": (self.documentsError, self.checklistTable),
                        "sets": (self.documentsError, self.setsSpin),
                        "reason": (self.reasonError, self.reasonEdit),
                        **{key: (self.ticketError, self.ticketEdit) for key in (
                            "ticket", "ticket.number", "ticket.called_at", "ticket.issued_at")}}
        # Beside their fields (two lines under each applicant field, one line elsewhere), in
        # a place kept for them: an error appearing never moves the form.
        # The number checks explain the formats (two lines); the others are short.
        reserve_line(self.idError, self.phoneError, lines=2)
        reserve_line(self.nameError, self.addressError, self.birthError, self.emailError,
                     self.documentsError, self.reasonError, self.deliveryError,
                     self.submitterError, self.ticketError)
        # The procedure's error and its details share a line: one or the other is shown.
        reserve_line(self.procedureError, keep_place=False)
        reserve_line(self.procedureInfo, role="")
        # A long procedure name never widens the page: elided, in full in its tooltip.
        reserve_banner(self.chosenLabel)
        reserve_line(self.feeError, keep_place=False)  # beside the fee choice, when said
        self._bound_fields()
        self.feeCollectCombo.currentIndexChanged.connect(self._fee_mode)
        self.feeReasonEdit.returnPressed.connect(self.nameEdit.setFocus)
        self._notify = {NoticeChannel.SMS: self.notifySms, NoticeChannel.ZALO: self.notifyZalo,
                        NoticeChannel.EMAIL: self.notifyEmail}
        self._setup_table()
        self._setup_nationalities()
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
        self.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.deliveryCombo.currentIndexChanged.connect(self._delivery_changed)
        self.submitterCheck.toggled.connect(self._submitter_changed)
        for edit in (self.submitterIdEdit, self.submitterPhoneEdit, self.deliveryAddressEdit):
            edit.textChanged.connect(self._validate_live)
        self.nationalityCombo.currentTextChanged.connect(self._validate_live)
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
                     self.birthEdit, self.emailEdit, self.reasonEdit, self.deliveryAddressEdit,
                     self.submitterNameEdit, self.submitterIdEdit, self.submitterPhoneEdit):
            edit.returnPressed.connect(self.focusNextChild)
        self._add_privacy_notice()
        self._setup_ticket()
        self._setup_citizen_view()
        self.clear()
        self.load_catalogue()
        ctx.jobs.changed.connect(self._on_changed)

    def _add_privacy_notice(self) -> None:
        """What is collected and why (personal data law), at the foot of the applicant's
        box: one line, the whole notice in its tooltip and, on a click, in a window. The
        text is data (resources/privacy), in the language of the law."""
        notice = privacy_notice()
        self.privacyLabel = QLabel(self.applicantBox)
        self.privacyLabel.setObjectName("privacyLabel")
        self.privacyLabel.setTextFormat(Qt.TextFormat.RichText)
        self.privacyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.privacyLabel.setText(f'<small>{html.escape(notice.summary)} <a href="#notice">'
                                  f'{html.escape(notice.title)}</a></small>')
        self.privacyLabel.setToolTip(notice.text)
        self.privacyLabel.linkActivated.connect(self.show_privacy_notice)
        layout = self.applicantLayout
        layout.addWidget(self.privacyLabel, layout.rowCount(), 0, 1, layout.columnCount())
        self.privacy_box: QMessageBox | None = None

    def show_privacy_notice(self) -> None:
        notice = privacy_notice()
        self.privacy_box = QMessageBox(QMessageBox.Icon.Information, notice.title,
                                       notice.text, QMessageBox.StandardButton.Ok, self)
        self.privacy_box.open()  # not modal to the application: the counter goes on

    def _bound_fields(self) -> None:
        """Typing (or pasting) stops at the lengths the intake rules take: nothing
        typed is refused later for its length."""
        bounds = ((MAX_NAME, (self.nameEdit, self.submitterNameEdit)),
                  (MAX_NUMBER, (self.idEdit, self.phoneEdit, self.submitterIdEdit,
                                self.submitterPhoneEdit)),
                  (MAX_TEXT, (self.addressEdit, self.deliveryAddressEdit, self.extraDocEdit)),
                  (MAX_EMAIL, (self.emailEdit,)),
                  (MAX_FEE_REASON, (self.feeReasonEdit,)),
                  (MAX_FORM_REASON, (self.reasonEdit,)))
        for length, edits in bounds:
            for edit in edits:
                edit.setMaxLength(length)

    # ---- procedures ---------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.checklistTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        for col in (ORIGINAL_COL, CERTIFIED_COL, PHOTO_COL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)

    def _setup_nationalities(self) -> None:
        """Every ISO 3166 country, Việt Nam first; typing any part of a name or the code
        narrows the list (a foreign passport's holder names the country)."""
        combo = self.nationalityCombo
        for code, name in all_countries():
            combo.addItem(f"{name} ({code})", code)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setMaxVisibleItems(15)
        # The longest names ("South Georgia and the South Sandwich Islands") never widen
        # the page: the field takes the width the layout gives.
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        # Left (Tab, a click elsewhere), the field shows the country the text named. Told
        # by the application: while the completer's popup is up the field gets no FocusOut.
        QApplication.instance().focusChanged.connect(self._focus_moved)
        # Its row keeps its place while hidden: showing it never moves the fields below.
        for widget in (self.nationalityLabel, combo):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)

    def _nationality(self) -> str | None:
        """The chosen country's code; None when the text names none of the list."""
        combo, text = self.nationalityCombo, self.nationalityCombo.currentText().strip()
        for index in range(combo.count()):
            code = combo.itemData(index)
            if text.casefold() in (combo.itemText(index).casefold(), code.casefold()):
                return code
        return None

    def _focus_moved(self, old: QWidget | None, now: QWidget | None) -> None:
        combo = self.nationalityCombo
        if not shiboken6.isValid(combo):  # the application outlives the page's widgets
            return
        if old in (combo, combo.lineEdit()) and now not in (combo, combo.lineEdit()):
            self._settle_nationality()

    def _settle_nationality(self) -> None:
        """"kor" typed and left: the field shows the country it named, "South Korea (KOR)"."""
        code, combo = self._nationality(), self.nationalityCombo
        if code is not None:
            index = combo.findData(code)
            combo.setCurrentIndex(index)
            combo.setEditText(combo.itemText(index))  # even when the index was already it

    def _show_nationality(self) -> None:
        """The nationality is shown only when the paper may be a passport: not for an
        organisation, not for a CCCD, always once a country other than Việt Nam is set.
        Tab stops on it only when it must be chosen (a number no Vietnamese paper has): a
        CMND or a Vietnamese passport goes on to the phone, the country a click away (a
        US passport has 9 digits, as a CMND)."""
        number = self.idEdit.text().strip()
        kind = classify_id(number) if number else None
        foreign_set = self._nationality() != VIETNAM
        needed = self._kind() == "citizen" and (
            foreign_set or (bool(number) and kind is not IdKind.CCCD))
        asked = needed and (foreign_set or kind in (IdKind.FOREIGN_PASSPORT, None))
        self.nationalityLabel.setVisible(needed)
        self.nationalityCombo.setVisible(needed)
        if not self.nationalityCombo.hasFocus():  # the country's name from its start
            self.nationalityCombo.lineEdit().setCursorPosition(0)
        self.nationalityCombo.setFocusPolicy(Qt.FocusPolicy.StrongFocus if asked
                                             else Qt.FocusPolicy.ClickFocus)

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
            source = p.source if p.source != UNVERIFIED else self.tr("chưa xác minh")
            item.setToolTip(f"{p.name}\n{p.field} — {p.time_limit.describe()}\n"
                            + self.tr("Nguồn mã thủ tục: %1").replace("%1", source))
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
        self._publish_soon()
        self._mark_chosen(True)  # first: the strong style's font is what the name is elided by
        set_line(self.chosenLabel, self.tr("Thủ tục: %1 — %2").replace("%1", procedure.code)
                 .replace("%2", procedure.name))
        fees = ", ".join(f"{f.name}: {format_vnd(f.amount)}" for f in procedure.fees)
        set_line(self.procedureInfo, self.tr("Thời hạn: %1 · Phí, lệ phí: %2")
                 .replace("%1", procedure.time_limit.describe())
                 .replace("%2", fees or self.tr("không thu")))
        set_error(self.procedureError, self.procedureSearch, "")
        self._show_fees(procedure)
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
        self._show_appointment(None)

        def show(appointment) -> None:
            if generation == self._due_generation and self.procedure is procedure:
                self._show_appointment(appointment)

        self.ctx.jobs.run(lambda: dossiers.preview_due(procedure, now), on_done=show)

    def _show_appointment(self, appointment) -> None:
        """"Hẹn trả: …", marked "(dự kiến)" when counted over a year whose days off are
        not decided officially yet (the receipt says so too)."""
        self._appointment = appointment
        self._publish_soon()
        if appointment is None:
            self.appointmentLabel.setText("")
            self.appointmentLabel.setToolTip("")
            return
        text = self.tr("Hẹn trả: %1").replace("%1", calendar_text(appointment.at))
        tip = ""
        if appointment.provisional:
            text += " " + self.tr("(dự kiến)")
            tip = self.tr("Lịch nghỉ lễ, Tết năm %1 chưa được công bố chính thức: ngày hẹn "
                          "tính theo lịch dự kiến.").replace(
                "%1", str(appointment.at.astimezone(LOCAL_TZ).year))
        self.appointmentLabel.setText(text)
        self.appointmentLabel.setToolTip(tip)

    # ---- fees -----------------------------------------------------------------------
    def _show_fees(self, procedure: Procedure | None) -> None:
        """The procedure's fee lines and how they are settled: "thu ngay, tiền mặt" unless
        the officer chooses otherwise; nothing to choose for a procedure without fees."""
        fees = procedure.fees if procedure is not None else ()
        if not fees:
            text = self.tr("Phí, lệ phí: không thu") if procedure is not None else ""
        else:  # the lines themselves are in the procedure's line above
            text = self.tr("Phí, lệ phí %1:").replace("%1", format_vnd(sum(f.amount
                                                                          for f in fees)))
        self.feeLabel.setText(text)
        self.feeCollectCombo.setCurrentIndex(0)
        self.feeMethodCombo.setCurrentIndex(0)
        self.feeReasonEdit.clear()
        self.feeCollectCombo.setVisible(bool(fees))
        self._fee_mode()

    def _fee_mode(self, *_args) -> None:
        """Exempt: the reason is typed instead of a method."""
        has_fees = bool(self.procedure is not None and self.procedure.fees)
        exempt = self.fee_collect() is Collect.EXEMPT
        self.feeMethodCombo.setVisible(has_fees and not exempt)
        self.feeReasonEdit.setVisible(has_fees and exempt)
        if not exempt:
            set_error(self.feeError, self.feeReasonEdit, "")
        elif self.feeCollectCombo.hasFocus():
            self.feeReasonEdit.setFocus()

    def fee_collect(self) -> Collect:
        return FEE_COLLECTS[max(self.feeCollectCombo.currentIndex(), 0)]

    def fee_request(self, outcome: str) -> dict | None:
        """The intake's "fees" (None for a procedure without fees). Collected at once only
        with the receipt (form 01): a dossier refused or to be completed owes nothing yet."""
        if self.procedure is None or not self.procedure.fees:
            return None
        collect = self.fee_collect()
        if collect is Collect.NOW and outcome != "receipt":
            collect = Collect.AT_RETURN
        fees = {"collect": str(collect),
                "method": str(FEE_METHODS[max(self.feeMethodCombo.currentIndex(), 0)])}
        if collect is Collect.EXEMPT:
            fees["reason"] = self.feeReasonEdit.text()
        return fees

    # ---- checklist ------------------------------------------------------------------
    def _fill_checklist(self, documents) -> None:
        self.checklistTable.setRowCount(0)
        self.scans.clear()
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
        self.scans.add_row(row, name)

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
        self.nationalityCombo.setCurrentIndex(0)  # a CCCD: Việt Nam
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
        self._show_nationality()
        nationality = self._nationality()
        foreign = nationality if nationality not in (None, VIETNAM) else ""
        id_text = id_problem(number, self._kind(), nationality=foreign) if number.strip() else ""
        if nationality is None and self.nationalityCombo.isVisible():
            id_text = self.tr("Chọn quốc tịch trong danh sách (gõ tên nước hoặc mã, ví dụ KOR).")
        birth_text = ""
        try:
            born = self._birth_date()
        except ValueError as exc:
            born, birth_text = None, str(exc)
        gender = GENDERS[self.genderCombo.currentIndex()]
        if not id_text and classify_id(number, foreign) is IdKind.CCCD and (born or gender):
            # The card's number says the birth year and gender: they must agree.
            id_text = cccd_problem(normalize_id(number), birth_date=parse_day(
                self.birthEdit.text()) if born else None, gender=gender or None) or ""
        set_error(self.idError, self.idEdit, id_text)
        combo = self.nationalityCombo
        combo.setProperty("invalid", nationality is None)
        combo.style().unpolish(combo)
        combo.style().polish(combo)
        warning = id_warning(number, self._kind(), foreign) if number.strip() else None
        if not id_text and warning:  # an old CMND: said in the warning colour, saved all the same
            set_warning(self.idError, self.idEdit, self.tr(
                "CMND hết giá trị từ 01/01/2025: đề nghị cung cấp số định danh cá nhân."))
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
        if self.submitterCheck.isChecked():
            number, phone = self.submitterIdEdit.text(), self.submitterPhoneEdit.text()
            problem = (id_problem(number, "citizen") if number.strip() else "") or \
                (phone_problem(phone) if phone.strip() else "")
            set_error(self.submitterError,
                      self.submitterIdEdit if number.strip() and id_problem(number, "citizen")
                      else self.submitterPhoneEdit, problem or "")
        if self.deliveryAddressEdit.text().strip():
            set_error(self.deliveryError, self.deliveryAddressEdit, "")

    def _not_saved(self) -> None:
        show_message(self.messageLabel, self.tr("Chưa lưu: sửa các mục được đánh dấu đỏ."),
                     "error")
        self._focus_first_error()

    def _kind_changed(self, index: int) -> None:
        """An organisation at the counter is always someone else: its representative."""
        self.nameLabel.setText(self.tr("Tên tổ chức") if index == 1 else self.tr("Họ và tên"))
        if index == 1:
            self.submitterCheck.setChecked(True)

    def _submitter_changed(self, on: bool) -> None:
        # Shown greyed when not needed: checking it never moves the form.
        self.submitterBox.setEnabled(on)
        if not on:
            set_error(self.submitterError, None, "")
            for edit in (self.submitterNameEdit, self.submitterIdEdit, self.submitterPhoneEdit):
                edit.setProperty("invalid", False)

    def _delivery_changed(self, index: int) -> None:
        self.deliveryAddressEdit.setEnabled(index == POST)
        if index != POST:
            set_error(self.deliveryError, self.deliveryAddressEdit, "")
        elif not self.deliveryAddressEdit.text().strip():
            self.deliveryAddressEdit.setText(self.addressEdit.text())  # most often the home

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
        fees = self.fee_request(outcome)
        return {**({"fees": fees} if fees is not None else {}),
            "procedure_code": self.procedure.code if self.procedure else "",
            "applicant": {"kind": self._kind(), "name": self.nameEdit.text(),
                          "id_number": self.idEdit.text(), "phone": self.phoneEdit.text(),
                          "address": self.addressEdit.text(), "email": self.emailEdit.text(),
                          "birth_date": self._birth_date(),
                          "gender": GENDERS[self.genderCombo.currentIndex()],
                          "nationality": self._request_nationality()},
            "documents": received, "sets": self.setsSpin.value(), "channel": "direct",
            "status": int(status), "note": self.reasonEdit.text().strip(),
            "notify": self._notify_channels(),
            "delivery": ({"method": "post", "address": self.deliveryAddressEdit.text()}
                         if self.deliveryCombo.currentIndex() == POST else {"method": "desk"}),
            **({"submitter": {"name": self.submitterNameEdit.text(),
                              "id_number": self.submitterIdEdit.text(),
                              "phone": self.submitterPhoneEdit.text(),
                              # a citizen authorises someone; an organisation sends its own
                              "authorised": self._kind() == "citizen"}}
               if self.submitterCheck.isChecked() else {}),
            **({"ticket": self.ticket_request()} if self.ticketEdit.text().strip() else {}),
        }

    def _request_nationality(self) -> str:
        """What the intake is sent: nothing for Việt Nam (implied by a Vietnamese paper) or
        an organisation, the code of another country, or the text typed when it names none
        (the intake then says why)."""
        if self._kind() != "citizen" or not self.nationalityCombo.isVisible():
            return ""
        code = self._nationality()
        if code is None:
            return self.nationalityCombo.currentText().strip()
        return "" if code == VIETNAM else code

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
        actor, scans = ctx.actor, self.scans.attachments()

        def work():
            return ctx.desk.dossiers.take_in(data, actor, form_details=details,
                                             attachments=scans)

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
            said: set[QLabel] = set()  # a line shared by fields says its first problem
            for problem in exc.problems:
                key = problem.field if problem.field in self._errors else \
                    problem.field.split("[")[0]
                label, field = self._errors.get(key, (None, None))
                if label is None:
                    show_message(self.messageLabel, problem.message, "error")
                elif label in said:
                    set_error(label, field, full_text(label))
                else:
                    set_error(label, field, problem.message)
                    said.add(label)
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
        for edit in (self.submitterNameEdit, self.submitterIdEdit, self.submitterPhoneEdit,
                     self.deliveryAddressEdit):
            edit.clear()
        self.submitterCheck.setChecked(False)
        self._submitter_changed(False)
        self.deliveryCombo.setCurrentIndex(0)
        self._delivery_changed(0)
        self.nationalityCombo.setCurrentIndex(0)
        self._show_nationality()
        self.setsSpin.setValue(1)
        self.ticketEdit.clear()
        self._scanned = None
        self.procedure = None
        self._due_generation += 1  # an appointment still being read is for nobody now
        set_line(self.chosenLabel, self.tr("Chưa chọn thủ tục: gõ tên thủ tục ở mục 1 rồi "
                                           "nhấn Enter."))
        self._mark_chosen(False)
        set_line(self.procedureInfo, "")
        self._show_fees(None)
        self._show_appointment(None)
        self.checklistTable.setRowCount(0)
        self.scans.clear()
        if not keep_message:
            show_message(self.messageLabel, "")
        self.procedureSearch.clear()
        self.filter_procedures()
        self.procedureSearch.setFocus()
        self._publish_soon()

    def _on_changed(self, changes: Changes) -> None:
        if changes.catalogue:
            self.load_catalogue()

    # ---- the queue ticket ---------------------------------------------------------------
    def _setup_ticket(self) -> None:
        self.last_called: str | None = None  # the number called last, for the next one
        self._called: tuple[str, object] | None = None  # (number, when) of the last call
        self._scanned: Ticket | None = None  # a scanned ticket that said when it was issued
        self.ticketEdit.setMaxLength(MAX_TICKET_TEXT)
        self.ticketEdit.returnPressed.connect(self.focusNextChild)
        self.callNextButton.clicked.connect(self.call_next)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.call_next,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def call_next(self) -> None:
        """Show a number on the citizen's screen: the one typed in the field if it has not
        been called yet, else the one after the last called (same letter, same width)."""
        text = self.ticketEdit.text()
        if problem := ticket_problem(text):
            set_error(self.ticketError, self.ticketEdit, problem)
            self.ticketEdit.setFocus()
            return
        typed = normalise_ticket(text)
        number = typed if typed is not None and (
            self._called is None or self._called[0] != typed) else next_ticket(self.last_called)
        if number is None:
            show_message(self.messageLabel, self.tr(
                "Gõ số thứ tự cần gọi vào ô “Số thứ tự”, rồi bấm “Gọi số tiếp theo” (F8)."),
                "info")
            self.ticketEdit.setFocus()
            return
        set_error(self.ticketError, self.ticketEdit, "")
        at = self.ctx.clock()
        self._called, self.last_called = (number, at), number
        self.ticketEdit.setText(number)
        show_message(self.messageLabel, self.tr("Đã gọi số %1.").replace("%1", number), "info")
        self.ticket_called.emit(number, at)

    def set_ticket(self, ticket: Ticket) -> None:
        """A ticket scanned: its number in the field, its issue time kept for the save."""
        self.ticketEdit.setText(ticket.number)
        self._scanned = ticket if ticket.issued_at is not None else None
        set_error(self.ticketError, self.ticketEdit, "")

    def ticket_request(self) -> dict:
        """The intake's "ticket": the number, when this desk called it and when the queue
        system issued it (each only if it is this number's)."""
        text = self.ticketEdit.text().strip()
        number = normalise_ticket(text)
        ticket: dict = {"number": number or text}
        if number is not None and self._called is not None and self._called[0] == number:
            ticket["called_at"] = self._called[1].isoformat()
        if number is not None and self._scanned is not None and self._scanned.number == number:
            ticket["issued_at"] = self._scanned.issued_at.isoformat()
        return ticket

    # ---- what the citizen's screen shows -----------------------------------------------------
    def _setup_citizen_view(self) -> None:
        """Every change of what the citizen should check is published, once per turn of the
        event loop (a procedure chosen changes a dozen fields at once), from the widgets
        alone: nothing is read from the store."""
        self._appointment = None
        self._published: IntakeView | None = None
        self._publish_pending = False
        self.nameEdit.textChanged.connect(self._publish_soon)
        self.setsSpin.valueChanged.connect(self._publish_soon)
        self.feeCollectCombo.currentIndexChanged.connect(self._publish_soon)
        model = self.checklistTable.model()
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._publish_soon)

    def _publish_soon(self, *_args) -> None:
        if not self._publish_pending:
            self._publish_pending = True
            QTimer.singleShot(0, self, self._publish)

    def _publish(self) -> None:
        self._publish_pending = False
        view = self.intake_view()
        if view != self._published:
            self._published = view
            self.citizen_view.emit(view)

    def intake_view(self) -> IntakeView | None:
        """What the citizen should see of the intake under way; None when nothing of it
        is entered yet (the ticket number alone is not the citizen's data)."""
        procedure, name = self.procedure, self.nameEdit.text().strip()
        if procedure is None and not name:
            return None
        received, _missing = self.checklist()
        fees = sum(f.amount for f in procedure.fees) if procedure is not None else None
        when = {Collect.NOW: self.tr("thu ngay"),
                Collect.AT_RETURN: self.tr("thu khi trả kết quả"),
                Collect.EXEMPT: self.tr("miễn")}[self.fee_collect()] if fees else ""
        appointment = self._appointment
        return IntakeView(
            name=name, procedure=procedure.name if procedure else "",
            procedure_code=procedure.code if procedure else "",
            papers=tuple(Paper(d["name"], d["original"], d["certified"], d["photo"])
                         for d in received),
            fees_total=fees, fees_when=when,
            appointment=appointment.at if appointment is not None else None,
            provisional=bool(appointment is not None and appointment.provisional),
            sets=self.setsSpin.value())
