"""One dossier: its details and timeline (status changes, prints, sync state), and the
forms 01–06 it may be given: first issued in the statuses that call for them, or
reprinted once issued (a reprint says what the first print said)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QMenu, QTreeWidgetItem, QWidget

from ..desk import Changes, Desk
from ..domain.calendar import local_text
from ..domain.countries import nationality_text
from ..domain.dossier import is_foreign
from ..domain.money import format_vnd
from ..domain.officer import Officer
from ..domain.online import is_waiting
from ..domain.status import TRANSITIONS, Status
from ..resources import resource_path
from ..services.dossier_queries import DossierDetail, FormChoice
from . import confirm
from .context import DeskContext
from .form_dialog import NEEDS_DETAILS, FormDetailsDialog
from .forms import FormPage
from .generated.ui_dossier_detail_page import Ui_DossierDetailForm
from .online_panel import OnlinePanel
from .paper_files import FilesList
from .print_flow import PrintFlow, PrintOrder, PrintOutcome, PrintStep
from .widgets import failure_text, show_message

_MENU_STYLE = """
QMenu { background: white; border: 1px solid #9fb3c8; padding: 4px 0; }
QMenu::item { padding: 6px 22px 6px 14px; color: #1f2933; }
QMenu::item:selected { background: #cfe0fb; color: #102a43; }
QMenu::item:disabled { color: #9aa5b1; }
QMenu::item:disabled:selected { background: #eef1f4; }
"""
_BUTTON_STYLE = """
QPushButton { padding: 6px 30px 6px 12px; }
QPushButton::menu-indicator {
    image: url(@ICONS@/chevron-down.svg); width: 12px; height: 8px;
    subcontrol-origin: padding; subcontrol-position: center right; right: 8px;
}
"""


def _load(desk: Desk, code: str, viewer: Officer | None
          ) -> tuple[DossierDetail | None, dict[str, FormChoice], list | None]:
    """The dossier, which forms it may be given and, when it waits online, its papers (a
    job: it reads the store). Opened by `viewer` (in the audit trail), or read again for
    the page already showing it."""
    detail = desk.dossiers.view(code, viewer).value if viewer else desk.dossiers.detail(code)
    if detail is None:
        return None, {}, None
    d = detail.dossier
    papers = desk.online.papers(d.code) if is_waiting(d.channel, d.status) else None
    return detail, detail.forms, papers


class DossierDetailPage(FormPage, Ui_DossierDetailForm):
    back_requested = Signal()
    return_requested = Signal(str)
    loaded = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.code = ""
        self.detail: DossierDetail | None = None
        self.choices: dict[str, FormChoice] = {}
        self.form_dialog: FormDetailsDialog | None = None  # the details dialog last opened
        self.status_question: confirm.FinalMoveDialog | None = None  # the last one asked
        self._generation = 0  # the newest load asked for: older answers are dropped
        self._menu_stale = False  # entries to rebuild once the open menu closes
        # Prints asked for while another is out: (form, code, details), in order.
        self._print_queue: list[tuple[str, str, dict | None]] = []
        self._printing_now: tuple[str, str, dict | None] | None = None
        self.printing = PrintFlow(ctx, self)
        self.printing.failed.connect(lambda t: show_message(self.messageLabel, t, "error"))
        self.printing.failed.connect(lambda _t: self._print_ended(ok=False))
        self.printing.finished.connect(lambda _path: self._print_ended(ok=True))
        header = self.timelineTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.targetStatusCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.backButton.clicked.connect(self.back_requested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.receiptButton.clicked.connect(self.print_receipt)
        self.formsMenu = QMenu(self.formsButton)
        self.formsMenu.setObjectName("formsMenu")
        self.formsMenu.setToolTipsVisible(True)  # why an entry is disabled
        # desk.qss colours every QWidget's text, disabled too: without this a form that
        # cannot be issued would look like one that can.
        self.formsMenu.setStyleSheet(_MENU_STYLE)
        self.formsMenu.triggered.connect(lambda action: self.print_form(action.data()))
        # A reload while the menu is open waits: clearing it would pull the entries
        # from under the pointer. Rebuilt after it closes (once `triggered` has run).
        self.formsMenu.aboutToHide.connect(
            lambda: QTimer.singleShot(0, self, self._rebuild_menu))
        self.formsMenu.aboutToShow.connect(self._rebuild_menu)
        self.formsButton.setMenu(self.formsMenu)
        # The same chevron as the combo boxes: the default indicator is a speck.
        self.formsButton.setStyleSheet(_BUTTON_STYLE.replace(
            "@ICONS@", resource_path("icons").as_posix()))
        self.formsButton.setEnabled(False)  # until a dossier is loaded
        self.returnButton.clicked.connect(lambda: self.return_requested.emit(self._shown_code()))
        self.changeStatusButton.clicked.connect(self.change_status)
        # A dossier submitted online and waiting: its papers and the decision on it.
        self.onlinePanel = OnlinePanel(ctx, self)
        self.onlinePanel.setVisible(False)
        self.pageLayout.insertWidget(self.pageLayout.indexOf(self.messageLabel) + 2,
                                     self.onlinePanel)
        self.onlinePanel.decided.connect(lambda t: show_message(self.messageLabel, t, "ok"))
        self.onlinePanel.failed.connect(lambda t: show_message(self.messageLabel, t, "error"))
        self.files = FilesList(ctx, self.filesList, self.openFileButton, self.messageLabel)
        ctx.jobs.changed.connect(self._on_changed)

    def show_dossier(self, code: str) -> None:
        """Open `code` (the list, a scan): its page starts without an old message."""
        self._request(code, reload=False)

    def _request(self, code: str, *, reload: bool) -> None:
        self.code = code
        self._generation += 1
        generation, desk = self._generation, self.ctx.desk
        viewer = None if reload else self.ctx.actor
        self.ctx.jobs.run(lambda: _load(desk, code, viewer),
                          on_done=lambda r: self._fill(*r, generation=generation, reload=reload))

    def _fill(self, detail: DossierDetail | None, choices: dict[str, FormChoice],
              papers: list | None = None, *, generation: int, reload: bool) -> None:
        if generation != self._generation:
            return  # a slower, older read (another dossier opened since): not shown
        if detail is None:
            show_message(self.messageLabel, self.tr("Không tìm thấy hồ sơ mã %1.")
                         .replace("%1", self.code), "error")
            return
        shown = self.detail.dossier.code if self.detail is not None else None
        same = shown == detail.dossier.code
        # A reload of the same dossier (a sync every minute, a print) keeps what the
        # officer chose and the message they have not read yet.
        target = self.targetStatusCombo.currentData() if same else None
        self.detail = detail
        d = detail.dossier
        self.code = d.code
        self.titleLabel.setText(self.tr("Hồ sơ %1").replace("%1", d.code))
        self.procedureValue.setText(f"{d.procedure_name} ({d.procedure_code})")
        a = d.applicant
        born = self.tr(", sinh %1").replace("%1", f"{a.birth_date:%d/%m/%Y}") \
            if a.birth_date else ""
        foreign = self.tr(" (quốc tịch %1)").replace("%1", nationality_text(a.nationality)) \
            if is_foreign(a) else ""
        self.applicantValue.setText(f"{a.name} — {a.id_number}{foreign}{born}"
                                    + (f", {a.gender}" if a.gender else ""))
        self.contactValue.setText(" · ".join(x for x in (a.phone, a.email, a.address) if x))
        self.receivedValue.setText(local_text(d.received_at) + f" ({d.received_by})")
        provisional = " " + self.tr("(dự kiến)") if d.due_provisional else ""
        waiting_online = papers is not None
        if d.due_at is None:  # refused at once, or submitted online and not yet received
            due = self.tr("hẹn khi tiếp nhận") if waiting_online else "—"
        else:
            due = local_text(d.due_at) + provisional
        self.dueValue.setText(due + (f" — {d.time_limit_text}" if d.time_limit_text else ""))
        self.dueValue.setToolTip(self.tr(
            "Lịch nghỉ lễ, Tết của năm hẹn trả chưa được công bố chính thức: ngày hẹn tính "
            "theo lịch dự kiến.") if d.due_provisional else "")
        self.statusValue.setText(f"{int(d.status)}. {d.status.label}")
        self.feesValue.setText(self._fees_text(detail))
        self.documentsValue.setText("\n".join(
            f"• {doc.name} ({doc.original}/{doc.certified}/{doc.photo})"
            for doc in d.documents) or "—")
        back = detail.returned
        self.returnValue.setText("—" if back is None else self.tr(
            "%1, người nhận: %2%3, thu %4, %5%6").replace("%1", local_text(back["returned_at"]))
            .replace("%2", back["recipient_name"])
            .replace("%3", self.tr(" (ủy quyền)") if back["authorised"] else "")
            .replace("%4", format_vnd(back["fees_collected"]))
            .replace("%5", back["timing"].label)
            .replace("%6", f", {back['rating'].label}" if back["rating"] else ""))
        self.timelineTree.clear()
        for entry in detail.timeline:
            item = QTreeWidgetItem(self.timelineTree, [local_text(entry.at), entry.text])
            item.setToolTip(1, entry.text)  # a long line (a new appointment) is cut
        self.targetStatusCombo.clear()
        # The return has its own page (recipient, rating); other moves are offered here.
        for status in sorted(TRANSITIONS[d.status] - {Status.RETURNED}):
            self.targetStatusCombo.addItem(f"{int(status)}. {status.label}", int(status))
        if target is not None and self.targetStatusCombo.findData(target) >= 0:
            self.targetStatusCombo.setCurrentIndex(self.targetStatusCombo.findData(target))
        # A dossier waiting online is decided on its panel (with its form and appointment),
        # never moved bare from here.
        for widget in (self.targetStatusLabel, self.targetStatusCombo, self.changeStatusButton):
            widget.setVisible(not waiting_online)
        movable = self.targetStatusCombo.count() > 0 and not waiting_online
        self.targetStatusCombo.setEnabled(movable)
        self.changeStatusButton.setEnabled(movable)
        self.returnButton.setEnabled(d.status is Status.DONE)
        self._fill_forms(choices)
        self.onlinePanel.setVisible(papers is not None)
        if papers is not None:
            self.onlinePanel.show_for(d, papers)
        self.files.show_files(d.code)
        if not (reload and same):
            show_message(self.messageLabel, "")
        self.loaded.emit(d.code)

    def _fees_text(self, detail: DossierDetail) -> str:
        """The total, then what became of it: receipts, what is still owed, exemption."""
        fees, total = detail.fees, detail.dossier.total_fee
        if fees is None or not fees.lines:
            return format_vnd(total) if total else self.tr("Không thu")
        parts = [self.tr("biên lai số %1: %2 (%3)").replace("%1", c.receipt.number)
                 .replace("%2", format_vnd(c.amount)).replace("%3", c.method.label.lower())
                 for c in fees.collections]
        if fees.refunded:
            parts.append(self.tr("đã hoàn %1").replace("%1", format_vnd(fees.refunded)))
        if fees.outstanding_amount:
            parts.append(self.tr("còn phải thu %1 khi trả kết quả")
                         .replace("%1", format_vnd(fees.outstanding_amount)))
        if fees.plan.reason:
            parts.append(self.tr("miễn: %1").replace("%1", fees.plan.reason))
        return f"{format_vnd(total)} — " + "; ".join(parts) if parts else format_vnd(total)

    # ---- printing the forms -------------------------------------------------------------
    def _statuses_tip(self, choice: FormChoice) -> str:
        return self.tr("Chỉ in lần đầu khi hồ sơ ở trạng thái: %1.").replace(
            "%1", "; ".join(f"{int(s)}. {s.label}" for s in choice.statuses))

    def _fill_forms(self, choices: dict[str, FormChoice]) -> None:
        self.choices = choices  # what print_form checks, even before the menu follows
        self._menu_stale = True
        self._rebuild_menu()  # now, or once the menu is closed
        self.formsButton.setEnabled(bool(choices))
        receipt = choices.get("01")
        self.receiptButton.setText(self.tr("In lại giấy tiếp nhận")
                                   if receipt is not None and receipt.issued
                                   else self.tr("In giấy tiếp nhận"))
        self.receiptButton.setEnabled(receipt is not None and receipt.enabled)
        self.receiptButton.setToolTip("" if receipt is None or receipt.enabled
                                      else self._statuses_tip(receipt))

    def _rebuild_menu(self) -> None:
        menu = self.formsMenu
        if not self._menu_stale or menu.isVisible():
            return
        self._menu_stale = False
        menu.clear()
        for form, choice in self.choices.items():
            if choice.issued:
                text = self.tr("In lại mẫu %1 — %2")
                tip = self.tr("Đã in %1 lần; bản in lại giữ nguyên nội dung lần in đầu.") \
                    .replace("%1", str(choice.copies))
            else:
                # "…": a dialog asks for what the form states before it is printed.
                text = self.tr("In mẫu %1 — %2…") if form in NEEDS_DETAILS \
                    else self.tr("In mẫu %1 — %2")
                tip = "" if choice.allowed else self._statuses_tip(choice)
            action = menu.addAction(text.replace("%1", form).replace("%2", choice.name))
            action.setData(form)
            action.setEnabled(choice.enabled)
            action.setToolTip(tip)

    def form_action(self, form: str):
        """The menu entry of `form` (tests, screenshots)."""
        return next(a for a in self.formsMenu.actions() if a.data() == form)

    def print_form(self, form: str) -> None:
        """A reprint straight away; a first print of 02–05 asks for its details first."""
        choice, detail = self.choices.get(form), self.detail
        if choice is None or detail is None or not choice.enabled:
            return
        code = detail.dossier.code
        if choice.issued or form not in NEEDS_DETAILS:
            self._print(form, code, None)  # a reprint reproduces what the first print stored
            return
        if self.form_dialog is not None and self.form_dialog.isVisible():
            self.form_dialog.raise_()  # already asking (a double click)
            return
        if form != "04":
            self._ask(form, code, choice, None)
            return
        ctx, due = self.ctx, detail.dossier.due_at
        ctx.jobs.run(lambda: ctx.desk.dossiers.suggested_new_due(due),
                     on_done=lambda suggested: self._ask(form, code, choice, suggested),
                     # No calendar: the dialog starts from the current appointment.
                     on_error=lambda _exc: self._ask(form, code, choice, None))

    def _ask(self, form: str, code: str, choice: FormChoice, suggested) -> None:
        detail = self.detail
        if detail is None or detail.dossier.code != code or not self.isVisible():
            return  # another dossier was opened (a scan) or the page left meanwhile
        if self.form_dialog is not None:
            self.form_dialog.deleteLater()
        dialog = self.form_dialog = FormDetailsDialog(
            form, choice.name, detail.dossier, suggested_due=suggested, parent=self)
        # The dossier the details were checked against, whatever the page shows by then.
        dialog.accepted.connect(lambda: self._print(form, code, dialog.details()))
        dialog.open()

    def _print(self, form: str, code: str, details: dict | None) -> None:
        request = (form, code, details)
        if self.printing.busy:
            # Another print is out. The same request again is a double click (a second
            # copy would be counted); a different one (details just confirmed in the
            # dialog) is printed next rather than lost.
            if request != self._printing_now and request not in self._print_queue:
                self._print_queue.append(request)
            show_message(self.messageLabel, self.tr("Đang in, chờ một chút…"))
            return
        self._start_print(request, announce=True)

    def _start_print(self, request: tuple[str, str, dict | None], *, announce: bool) -> None:
        form, code, details = request
        ctx, actor, size = self.ctx, self.ctx.actor, self.ctx.paper_size()
        self._printing_now = request
        if announce:
            show_message(self.messageLabel, self.tr("Đang in mẫu %1…").replace("%1", form))
        self.printing.start(PrintOrder(
            title=self.tr("Mẫu %1 — %2").replace("%1", form).replace("%2", code),
            file_stem=f"{code}-mau{form}",
            preview=lambda path: ctx.desk.printing.preview_form(
                form, code, path, actor, size=size, details=details).copy_no,
            record=lambda path: ctx.desk.printing.print_form(form, code, path, actor, size=size,
                                                             details=details),
            counted_path=lambda: ctx.pdf_path(form, code)),
            on_step=lambda outcome: self._print_told(code, form, outcome))

    def _print_told(self, code: str, form: str, outcome: PrintOutcome) -> None:
        """A copy made from the preview is said on the page of its dossier."""
        if self._shown_code() != code:
            return
        if outcome.step is PrintStep.PRINTED:
            show_message(self.messageLabel, self.tr("Đã in mẫu %1.").replace("%1", form), "ok")
        elif outcome.step is PrintStep.SAVED:
            show_message(self.messageLabel, self.tr("Đã lưu mẫu %1 thành tệp %2.")
                         .replace("%1", form).replace("%2", str(outcome.path)), "ok")

    def _print_ended(self, *, ok: bool) -> None:
        """The print out was shown (ok) or failed (its message is already up)."""
        self._printing_now = None
        if ok:
            show_message(self.messageLabel, "")  # "Đang in…" is over
        if self._print_queue and not self.printing.busy:
            # After a failure the next one runs without hiding the failure's message.
            self._start_print(self._print_queue.pop(0), announce=ok)

    def _shown_code(self) -> str:
        """The dossier the page shows (a newer one may still be loading)."""
        return self.detail.dossier.code if self.detail is not None else self.code

    def print_receipt(self) -> None:
        self._print("01", self._shown_code(), None)

    reprint = print_receipt  # the receipt's first print or a reprint; older callers

    def change_status(self) -> None:
        target = self.targetStatusCombo.currentData()
        if target is None or confirm.is_open(self.status_question):
            return
        # The combo lists the moves of the dossier shown: they apply to it.
        code = self._shown_code()
        target = Status(target)
        if not target.is_final or self.detail is None:
            self._move(code, target)
            return
        # A final status cannot be left again: asked once, saying what follows.
        d = self.detail.dossier
        later = [(c.form, c.name) for c in self.choices.values()
                 if target in c.statuses and c.form not in ("01", "06")]
        self.status_question = confirm.ask_final(
            self, self.tr("Chuyển trạng thái hồ sơ"),
            confirm.final_status_question(d.code, d.applicant.name, target, later),
            self.tr("Chuyển sang “%1”").replace("%1", target.label),
            lambda: self._move(code, target))

    def _move(self, code: str, target: Status) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        ctx.jobs.run(lambda: ctx.desk.dossiers.change_status(code, target, actor),
                     # Done: an earlier refusal no longer applies (a reload keeps messages).
                     on_done=lambda _r: show_message(self.messageLabel, ""),
                     on_error=lambda e: show_message(self.messageLabel, failure_text(e),
                                                     "error"))

    def _on_changed(self, changes: Changes) -> None:
        if self.code and (changes.dossiers or changes.prints or changes.sync or changes.files) \
                and self.isVisible():
            self._request(self.code, reload=True)
