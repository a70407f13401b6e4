"""Trả kết quả: find the dossier (a scan, its code, or the short code the citizen reads
out), record who collects it, the fees, the timing and the rating (status 10).

The hand-back is final: it is confirmed only once the rating is chosen (or "Công dân
không đánh giá" is), and asked once more in one sentence before it is written."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..desk import Desk
from ..domain.calendar import local_text
from ..domain.citizen_view import HandBackView
from ..domain.errors import ValidationFailed
from ..domain.fees import Method
from ..domain.money import format_vnd
from ..domain.officer import Officer
from ..domain.returns import Rating
from ..domain.status import Status
from ..services.returns import ReturnRequest
from . import confirm
from .context import DeskContext
from .forms import FormPage
from .generated.ui_return_page import Ui_ReturnPageForm
from .jobs import NewestAnswer
from .paper_files import ResultScans
from .widgets import failure_text, set_error, show_message

log = logging.getLogger(__name__)
FEE_METHODS = (Method.CASH, Method.TRANSFER)  # the method combo's items, in order


def _find(desk: Desk, text: str, viewer: Officer) -> tuple[str | None, object]:
    """(the full code `text` names, its dossier or None): a job, it reads the store; the
    record opened by `viewer` is in the audit trail."""
    code = desk.dossiers.resolve_code(text)
    return code, (desk.dossiers.view(code, viewer).value if code else None)


class ReturnPage(FormPage, Ui_ReturnPageForm):
    returned = Signal(str)
    loaded = Signal(str)
    citizen_view = Signal(object)  # HandBackView | None: the citizen's screen

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dossier = None
        self.hand_back_question: confirm.FinalMoveDialog | None = None  # the last asked
        self._reads = NewestAnswer()  # two scans in a row: the last one wins
        self._ratings = {Rating.VERY_SATISFIED: self.ratingVerySatisfied,
                         Rating.SATISFIED: self.ratingSatisfied,
                         Rating.DISSATISFIED: self.ratingDissatisfied}
        self.confirmHint.setProperty("role", "error")
        self.feesSpin.setGroupSeparatorShown(True)
        self.codeEdit.returnPressed.connect(self.find)
        self.findButton.clicked.connect(self.find)
        self.authorisedRadio.toggled.connect(self._recipient_mode)
        for button in (*self._ratings.values(), self.ratingNone):
            button.toggled.connect(self._update_confirm)
            button.toggled.connect(self._publish)
        self._timing = ""  # the processing's timing, for the citizen's screen
        for edit in (self.recipientNameEdit, self.recipientIdEdit):
            edit.textChanged.connect(self._update_confirm)
        self.confirmButton.clicked.connect(self.confirm)
        self.result_scans = ResultScans(ctx, self.resultFilesLabel, self.resultScanButton,
                                        self.messageLabel, self._result_code)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.confirm,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reset()

    # ---- finding the dossier ------------------------------------------------------------
    def find(self) -> None:
        text = self.codeEdit.text().strip()
        if text:
            self.load(text)

    def load(self, text: str) -> None:
        """`text`: a full code (scanned) or the short one the citizen reads out."""
        self.codeEdit.setText(text)
        desk, asked = self.ctx.desk, self._reads.ask()
        viewer = self.ctx.actor
        self.ctx.jobs.run(lambda: _find(desk, text, viewer),
                          on_done=lambda found: self._show(text, *found, asked=asked))

    def _show(self, text: str, code: str | None, detail, *, asked: int) -> None:
        if not self._reads.take(asked):
            return  # an older look-up answering after a newer one
        if detail is None:
            # Nothing of the dossier shown before stays below the message.
            self.reset(keep_code=text)
            message = self.tr("Không tìm thấy hồ sơ mã %1.").replace("%1", code) if code \
                else self.tr("“%1” không phải mã hồ sơ: quét mã vạch trên giấy hẹn, hoặc gõ "
                             "mã hồ sơ (hay phần cuối của mã, ví dụ 261202-2002).") \
                .replace("%1", text)
            show_message(self.messageLabel, message, "error")
            self.codeEdit.setFocus()
            self.codeEdit.selectAll()
            return
        self.reset(keep_code=detail.dossier.code)
        d = self.dossier = detail.dossier
        due = local_text(d.due_at)
        self.dossierSummary.setText(self.tr(
            "<b>%1</b> — %2<br>Người nộp: %3 (%4)<br>Hẹn trả: %5 · Trạng thái: %6")
            .replace("%1", d.code).replace("%2", d.procedure_name)
            .replace("%3", d.applicant.name).replace("%4", d.applicant.id_number)
            .replace("%5", due).replace("%6", d.status.label))
        # On time or not is the processing's, judged when it ended (status 9), whenever
        # the citizen comes for the result.
        timing = detail.processing_timing
        self._timing = timing.label if timing is not None else ""
        self.timingLabel.setText(
            self.tr("Xử lý xong lúc %1: %2").replace("%1", local_text(detail.done_at))
            .replace("%2", timing.label) if timing is not None
            else self.tr("Chưa xử lý xong"))
        self._show_fees(detail)
        self.result_scans.refresh()
        self._recipient_mode()
        if d.status is Status.DONE:
            show_message(self.messageLabel, "")
            self.selfRadio.setFocus()
        else:
            show_message(self.messageLabel, self._not_done(d.status), "error")
        self._publish()
        self.loaded.emit(d.code)

    # ---- the fees still owed ------------------------------------------------------------------
    def _show_fees(self, detail) -> None:
        """What the hand-back collects (the lines still owed), and what was paid before."""
        fees = detail.fees
        owed = fees.outstanding_amount if fees is not None else detail.dossier.total_fee
        self.feesSpin.setValue(owed)
        self.feeMethodCombo.setCurrentIndex(0)
        self.feeMethodCombo.setEnabled(owed > 0)
        paid = [self.tr("Biên lai số %1: %2 (%3)").replace("%1", c.receipt.number)
                .replace("%2", format_vnd(c.amount)).replace("%3", c.method.label.lower())
                for c in (fees.collections if fees is not None else ())]
        if fees is not None and fees.plan.reason:
            paid.append(self.tr("Miễn: %1").replace("%1", fees.plan.reason))
        self.feesSpin.setToolTip("\n".join(paid))

    def fee_method(self) -> Method:
        return FEE_METHODS[max(self.feeMethodCombo.currentIndex(), 0)]

    # ---- who collects -------------------------------------------------------------------
    def _recipient_mode(self) -> None:
        """The applicant collecting: their name and ID number, from the dossier, not
        editable. Someone authorised: empty fields to type theirs."""
        authorised = self.authorisedRadio.isChecked()
        for edit in (self.recipientNameEdit, self.recipientIdEdit):
            edit.setReadOnly(not authorised)
        set_error(self.recipientError, None, "")
        if authorised:
            self.recipientNameEdit.clear()
            self.recipientIdEdit.clear()
            if self.dossier is not None:
                self.recipientNameEdit.setFocus()
        else:
            applicant = self.dossier.applicant if self.dossier is not None else None
            self.recipientNameEdit.setText(applicant.name if applicant else "")
            self.recipientIdEdit.setText(applicant.id_number if applicant else "")
            for edit in (self.recipientNameEdit, self.recipientIdEdit):
                edit.setCursorPosition(0)
        self._update_confirm()

    # ---- the rating and the confirmation ------------------------------------------------------
    def rating(self) -> Rating | None:
        return next((r for r, b in self._ratings.items() if b.isChecked()), None)

    def _missing(self) -> tuple[str, QWidget | None]:
        """What still stands before the hand-back, and where to fix it ("" when nothing)."""
        d = self.dossier
        if d is None:
            return self.tr("Chưa có hồ sơ."), self.codeEdit
        if d.status is not Status.DONE:
            return self._not_done(d.status), None
        if self.authorisedRadio.isChecked():
            if not self.recipientNameEdit.text().strip():
                return self.tr("Nhập họ tên người được ủy quyền."), self.recipientNameEdit
            if not self.recipientIdEdit.text().strip():
                return self.tr("Nhập số CCCD của người được ủy quyền."), self.recipientIdEdit
        if self.rating() is None and not self.ratingNone.isChecked():
            return (self.tr("Chọn mức độ hài lòng của người dân, hoặc “Công dân không đánh "
                            "giá”."), self.ratingVerySatisfied)
        return "", None

    def _not_done(self, status: Status) -> str:
        return self.tr("Hồ sơ đang ở trạng thái “%1”: chỉ trả kết quả khi đã xử lý xong.") \
            .replace("%1", status.label)

    def _update_confirm(self, *_args) -> None:
        missing, _where = self._missing()
        ready = not missing
        self.confirmButton.setEnabled(ready)
        self.confirmButton.setToolTip(missing)
        # Said beside the button only for what the officer fills in here (no dossier or
        # one not ready is said in the banner above).
        fillable = self.dossier is not None and self.dossier.status is Status.DONE
        self.confirmHint.setText(missing if fillable else "")
        self.confirmHint.setVisible(bool(missing) and fillable)

    def confirm(self) -> None:
        if self.dossier is None or confirm.is_open(self.hand_back_question):
            return
        missing, where = self._missing()
        if missing:
            show_message(self.messageLabel, missing, "error")
            if where is not None:
                where.setFocus()
            return
        request = ReturnRequest(code=self.dossier.code,
                                authorised=self.authorisedRadio.isChecked(),
                                recipient_name=self.recipientNameEdit.text(),
                                recipient_id_number=self.recipientIdEdit.text(),
                                fees_collected=self.feesSpin.value(),
                                fee_method=self.fee_method(), rating=self.rating(),
                                comment=self.commentEdit.text())
        self.hand_back_question = confirm.ask_final(
            self, self.tr("Trả kết quả"),
            confirm.hand_back_question(request.code, request.recipient_name.strip(),
                                       request.recipient_id_number.strip(),
                                       request.authorised, request.fees_collected,
                                       request.fee_method.label.lower()),
            self.tr("Trả kết quả"), lambda: self._hand_back(request))

    def _hand_back(self, request: ReturnRequest) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        self.confirmButton.setEnabled(False)
        ctx.jobs.run(lambda: ctx.desk.dossiers.hand_back(request, actor),
                     on_done=self._done, on_error=self._failed)

    def _done(self, record) -> None:
        self.reset()
        text = self.tr("Đã trả kết quả hồ sơ %1 cho %2 (%3, thu %4).")
        if record.fee_receipt is not None:
            text = self.tr("Đã trả kết quả hồ sơ %1 cho %2 (%3, thu %4, biên lai số %5).") \
                .replace("%5", record.fee_receipt.number)
        show_message(self.messageLabel, text.replace("%1", record.code)
                     .replace("%2", record.recipient_name).replace("%3", record.timing.label)
                     .replace("%4", format_vnd(record.fees_collected)), "ok")
        self.returned.emit(record.code)

    def _failed(self, exc: Exception) -> None:
        self._update_confirm()
        if isinstance(exc, ValidationFailed):
            set_error(self.recipientError, self.recipientNameEdit,
                      "\n".join(p.message for p in exc.problems))
        else:
            if not isinstance(exc, ValueError):  # not one of the rules: unexpected
                log.error("hand-back failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
            show_message(self.messageLabel, failure_text(exc), "error")

    def _result_code(self) -> str | None:
        """The dossier whose result may be scanned now: processed, or just handed back."""
        d = self.dossier
        return d.code if d is not None and d.status in (Status.DONE, Status.RETURNED) else None

    def reset(self, *, keep_code: str = "") -> None:
        """An empty page (after a hand-back, or when a code finds nothing)."""
        self.dossier = None
        self.codeEdit.setText(keep_code)
        self.dossierSummary.setText(self.tr(
            "Chưa có hồ sơ: quét mã vạch trên giấy hẹn trả kết quả."))
        self.timingLabel.setText("")
        self.selfRadio.setChecked(True)
        for button in (*self._ratings.values(), self.ratingNone):
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(True)
        self.commentEdit.clear()
        self.feesSpin.setValue(0)
        self.feesSpin.setToolTip("")
        self.feeMethodCombo.setCurrentIndex(0)
        self.feeMethodCombo.setEnabled(False)
        self.result_scans.refresh()
        self._recipient_mode()
        show_message(self.messageLabel, "")
        self._timing = ""
        self._publish()

    # ---- the citizen's screen -----------------------------------------------------------------
    def hand_back_view(self) -> HandBackView | None:
        d = self.dossier
        if d is None:
            return None
        return HandBackView(code=d.code, procedure=d.procedure_name, name=d.applicant.name,
                            ready=d.status is Status.DONE, timing=self._timing,
                            fees_owed=self.feesSpin.value(), rating=self.rating())

    def _publish(self, *_args) -> None:
        self.citizen_view.emit(self.hand_back_view())

    def take_citizen_rating(self, rating: Rating) -> None:
        """The citizen touched a rating on their screen: chosen here, for the officer to
        see and confirm with the hand-back, which records it on the dossier."""
        if self.dossier is None or self.dossier.status is not Status.DONE:
            return
        self._ratings[Rating(rating)].setChecked(True)
        show_message(self.messageLabel, self.tr("Công dân chọn trên màn hình: %1.")
                     .replace("%1", Rating(rating).label), "info")
