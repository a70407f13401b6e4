"""One dossier: its details and timeline (status changes, prints, sync state)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QTreeWidgetItem, QWidget

from ..domain.calendar import LOCAL_TZ
from ..domain.money import format_vnd
from ..domain.status import TRANSITIONS, Status
from ..services import dossier_actions, dossier_queries
from ..services.dossier_queries import DossierDetail
from .context import DeskContext
from .forms import FormPage
from .print_flow import PrintFlow
from .widgets import show_message


def _printing():
    """Imported on first print: reportlab and the forms cost ~0.1 s at start-up."""
    from ..services import printing

    return printing



def _local(moment) -> str:
    return "—" if moment is None else moment.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y")


class DossierDetailPage(FormPage):
    FORM = "dossier_detail_page.ui"
    NAMES = ("backButton", "titleLabel", "messageLabel", "procedureValue", "applicantValue",
             "contactValue", "receivedValue", "dueValue", "statusValue", "feesValue",
             "documentsValue", "returnValue", "timelineTree", "reprintButton", "returnButton",
             "targetStatusCombo", "changeStatusButton")
    back_requested = Signal()
    return_requested = Signal(str)
    loaded = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.code = ""
        self.detail: DossierDetail | None = None
        self.printing = PrintFlow(ctx, self)
        self.printing.failed.connect(lambda t: show_message(self.messageLabel, t, "error"))
        header = self.timelineTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.targetStatusCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.backButton.clicked.connect(self.back_requested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reprintButton.clicked.connect(self.reprint)
        self.returnButton.clicked.connect(lambda: self.return_requested.emit(self.code))
        self.changeStatusButton.clicked.connect(self.change_status)
        ctx.jobs.changed.connect(self._on_changed)

    def show_dossier(self, code: str) -> None:
        self.code = code
        store = self.ctx.store
        self.ctx.jobs.run(lambda: dossier_queries.dossier_detail(store, code),
                          on_done=self._fill)

    def _fill(self, detail: DossierDetail | None) -> None:
        if detail is None:
            show_message(self.messageLabel, self.tr("Không tìm thấy hồ sơ mã %1.")
                         .replace("%1", self.code), "error")
            return
        self.detail = detail
        d = detail.dossier
        self.code = d.code
        self.titleLabel.setText(self.tr("Hồ sơ %1").replace("%1", d.code))
        self.procedureValue.setText(f"{d.procedure_name} ({d.procedure_code})")
        a = d.applicant
        self.applicantValue.setText(f"{a.name} — {a.id_number}")
        self.contactValue.setText(" · ".join(x for x in (a.phone, a.email, a.address) if x))
        self.receivedValue.setText(_local(d.received_at) + f" ({d.received_by})")
        self.dueValue.setText(_local(d.due_at) + (f" — {d.time_limit_text}"
                                                  if d.time_limit_text else ""))
        self.statusValue.setText(f"{int(d.status)}. {d.status.label}")
        self.feesValue.setText(format_vnd(d.total_fee))
        self.documentsValue.setText("\n".join(
            f"• {doc.name} ({doc.original}/{doc.certified}/{doc.photo})"
            for doc in d.documents) or "—")
        back = detail.returned
        self.returnValue.setText("—" if back is None else self.tr(
            "%1, người nhận: %2%3, thu %4, %5%6").replace("%1", _local(back["returned_at"]))
            .replace("%2", back["recipient_name"])
            .replace("%3", self.tr(" (ủy quyền)") if back["authorised"] else "")
            .replace("%4", format_vnd(back["fees_collected"]))
            .replace("%5", back["timing"].label)
            .replace("%6", f", {back['rating'].label}" if back["rating"] else ""))
        self.timelineTree.clear()
        for entry in detail.timeline:
            QTreeWidgetItem(self.timelineTree, [_local(entry.at), entry.text])
        self.targetStatusCombo.clear()
        # The return has its own page (recipient, rating); other moves are offered here.
        for target in sorted(TRANSITIONS[d.status] - {Status.RETURNED}):
            self.targetStatusCombo.addItem(f"{int(target)}. {target.label}", int(target))
        movable = self.targetStatusCombo.count() > 0
        self.targetStatusCombo.setEnabled(movable)
        self.changeStatusButton.setEnabled(movable)
        self.returnButton.setEnabled(d.status is Status.DONE)
        show_message(self.messageLabel, "")
        self.loaded.emit(d.code)

    def reprint(self) -> None:
        ctx, code, actor = self.ctx, self.code, self.ctx.actor
        out = ctx.pdf_path("01", code)
        self.printing.start(lambda: _printing().print_receipt(ctx.store, code, out,
                                                           actor=actor).path,
                            self.tr("Mẫu 01 — %1").replace("%1", code))

    def change_status(self) -> None:
        target = self.targetStatusCombo.currentData()
        if target is None:
            return
        ctx, code, actor = self.ctx, self.code, self.ctx.actor
        ctx.jobs.run(lambda: dossier_actions.change_status(ctx.store, code, target, actor=actor),
                     on_error=lambda e: show_message(self.messageLabel, str(e), "error"),
                     changes="dossiers")

    def _on_changed(self, what: str) -> None:
        if self.code and what in ("dossiers", "prints", "sync") and self.isVisible():
            self.show_dossier(self.code)
