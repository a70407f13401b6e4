"""Trả kết quả: scan the code, record who collected it, fees, timing and the rating (status 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..domain.calendar import local_text
from ..domain.errors import ValidationFailed
from ..domain.money import format_vnd
from ..domain.returns import Rating, timing_class
from ..domain.status import Status
from ..services import dossier_queries
from ..services.returns import ReturnRequest, return_result
from .context import DeskContext
from .forms import FormPage
from .widgets import set_error, show_message


class ReturnPage(FormPage):
    FORM = "return_page.ui"
    NAMES = ("codeEdit", "findButton", "messageLabel", "dossierSummary", "timingLabel",
             "selfRadio", "authorisedRadio", "recipientNameEdit", "recipientIdEdit",
             "recipientError", "feesSpin", "ratingVerySatisfied", "ratingSatisfied",
             "ratingDissatisfied", "commentEdit", "confirmButton")
    returned = Signal(str)
    loaded = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dossier = None
        self._ratings = {Rating.VERY_SATISFIED: self.ratingVerySatisfied,
                         Rating.SATISFIED: self.ratingSatisfied,
                         Rating.DISSATISFIED: self.ratingDissatisfied}
        self.feesSpin.setGroupSeparatorShown(True)
        self.codeEdit.returnPressed.connect(self.find)
        self.findButton.clicked.connect(self.find)
        self.authorisedRadio.toggled.connect(self._recipient_mode)
        self.confirmButton.clicked.connect(self.confirm)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.confirm,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reset()

    def find(self) -> None:
        code = self.codeEdit.text().strip()
        if code:
            self.load(code)

    def load(self, code: str) -> None:
        self.codeEdit.setText(code)
        store = self.ctx.store
        self.ctx.jobs.run(lambda: dossier_queries.dossier_detail(store, code),
                          on_done=lambda detail: self._show(code, detail))

    def _show(self, code: str, detail) -> None:
        if detail is None:
            self.dossier = None
            self.confirmButton.setEnabled(False)
            show_message(self.messageLabel, self.tr("Không tìm thấy hồ sơ mã %1.")
                         .replace("%1", code), "error")
            return
        d = self.dossier = detail.dossier
        due = local_text(d.due_at)
        self.dossierSummary.setText(self.tr(
            "<b>%1</b> — %2<br>Người nộp: %3 (%4)<br>Hẹn trả: %5 · Trạng thái: %6")
            .replace("%1", d.code).replace("%2", d.procedure_name)
            .replace("%3", d.applicant.name).replace("%4", d.applicant.id_number)
            .replace("%5", due).replace("%6", d.status.label))
        self.timingLabel.setText(self.tr("Nếu trả bây giờ: %1")
                                 .replace("%1", timing_class(d.due_at, self.ctx.clock()).label))
        self.feesSpin.setValue(d.total_fee)
        ready = d.status is Status.DONE
        self.confirmButton.setEnabled(ready)
        if ready:
            show_message(self.messageLabel, "")
            self.selfRadio.setFocus()
        else:
            show_message(self.messageLabel, self.tr(
                "Hồ sơ đang ở trạng thái “%1”: chỉ trả kết quả khi đã xử lý xong.")
                .replace("%1", d.status.label), "error")
        self.loaded.emit(d.code)

    def _recipient_mode(self) -> None:
        authorised = self.authorisedRadio.isChecked()
        self.recipientNameEdit.setEnabled(authorised)
        self.recipientIdEdit.setEnabled(authorised)
        if not authorised:
            self.recipientNameEdit.clear()
            self.recipientIdEdit.clear()
            set_error(self.recipientError, None, "")

    def rating(self) -> Rating | None:
        return next((r for r, b in self._ratings.items() if b.isChecked()), None)

    def confirm(self) -> None:
        if self.dossier is None or not self.confirmButton.isEnabled():
            return
        request = ReturnRequest(code=self.dossier.code,
                                authorised=self.authorisedRadio.isChecked(),
                                recipient_name=self.recipientNameEdit.text(),
                                recipient_id_number=self.recipientIdEdit.text(),
                                fees_collected=self.feesSpin.value(), rating=self.rating(),
                                comment=self.commentEdit.text())
        ctx, actor = self.ctx, self.ctx.actor
        self.confirmButton.setEnabled(False)
        ctx.jobs.run(lambda: return_result(ctx.store, request, actor=actor, now=ctx.clock()),
                     on_done=self._done, on_error=self._failed, changes="dossiers")

    def _done(self, record) -> None:
        self.reset()
        show_message(self.messageLabel, self.tr(
            "Đã trả kết quả hồ sơ %1 cho %2 (%3, thu %4).").replace("%1", record.code)
            .replace("%2", record.recipient_name).replace("%3", record.timing.label)
            .replace("%4", format_vnd(record.fees_collected)), "ok")
        self.returned.emit(record.code)

    def _failed(self, exc: Exception) -> None:
        self.confirmButton.setEnabled(self.dossier is not None)
        if isinstance(exc, ValidationFailed):
            set_error(self.recipientError, self.recipientNameEdit,
                      "\n".join(p.message for p in exc.problems))
        else:
            show_message(self.messageLabel, str(exc), "error")

    def reset(self) -> None:
        self.dossier = None
        self.codeEdit.clear()
        self.dossierSummary.setText(self.tr(
            "Chưa có hồ sơ: quét mã vạch trên giấy hẹn trả kết quả."))
        self.timingLabel.setText("")
        self.selfRadio.setChecked(True)
        self._recipient_mode()
        for button in self._ratings.values():
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(True)
        self.commentEdit.clear()
        self.feesSpin.setValue(0)
        self.confirmButton.setEnabled(False)
        show_message(self.messageLabel, "")
