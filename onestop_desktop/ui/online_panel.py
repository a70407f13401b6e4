"""The dossier page's panel for a dossier submitted online and waiting: its papers (the
files the citizen sent, opened with the system's viewer) and the officer's decision:
receive (form 01), ask for papers (form 02, its details asked first) or refuse (form
03, its reason asked first). The decision runs as a job; the page reloads with the
dossier's new status (the panel hides)."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..domain.dossier import Dossier
from .context import DeskContext
from .form_dialog import FormDetailsDialog
from .forms import FormPage
from .generated.ui_online_panel import Ui_OnlinePanelForm

FORM_NAMES = {"02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
              "03": "Phiếu từ chối tiếp nhận giải quyết hồ sơ"}


def _size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1048576:.1f} MB"


class OnlinePanel(FormPage, Ui_OnlinePanelForm):
    MARGINS = (0, 0, 0, 0)  # a part of the dossier's page, which has the margins
    decided = Signal(str)  # what to tell the officer (the page shows it)
    failed = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dossier: Dossier | None = None
        self.papers: list = []
        self.dialog: FormDetailsDialog | None = None
        header = self.papersTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.papersTree.setUniformRowHeights(True)
        self.openButton.clicked.connect(self.open_selected)
        self.papersTree.itemActivated.connect(lambda *_: self.open_selected())
        self.receiveButton.clicked.connect(self.receive)
        self.askButton.clicked.connect(lambda: self._ask("02"))
        self.refuseButton.clicked.connect(lambda: self._ask("03"))

    def show_for(self, dossier: Dossier, papers: list) -> None:
        self.dossier, self.papers = dossier, papers
        self.papersTree.clear()
        for paper in papers:
            name = paper.paper_name or self.tr("(giấy tờ %1)").replace("%1", str(paper.paper + 1))
            size = _size_text(paper.size) if paper.present else self.tr("đang tải về…")
            item = QTreeWidgetItem(self.papersTree, [name, paper.name, size])
            item.setToolTip(1, paper.name)
        if not papers:
            QTreeWidgetItem(self.papersTree, [self.tr("Công dân không gửi kèm tệp nào."), "", ""])
        else:
            self.papersTree.setCurrentItem(self.papersTree.topLevelItem(0))
        self.openButton.setEnabled(any(p.present for p in papers))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.receiveButton, self.askButton, self.refuseButton):
            button.setEnabled(not busy)

    def open_selected(self) -> None:
        row = self.papersTree.indexOfTopLevelItem(self.papersTree.currentItem())
        if not 0 <= row < len(self.papers):
            return
        paper = self.papers[row]
        if not paper.present:
            self.failed.emit(self.tr("Tệp “%1” chưa tải về xong từ máy chủ; thử lại sau ít "
                                     "phút.").replace("%1", paper.name))
            return
        online = self.ctx.desk.online
        self.ctx.jobs.run(lambda: online.viewable_copy(paper),
                          on_done=lambda path: QDesktopServices.openUrl(
                              QUrl.fromLocalFile(str(path))),
                          on_error=self._failed)

    def receive(self) -> None:
        if self.dossier is None:
            return
        code, actor, online = self.dossier.code, self.ctx.actor, self.ctx.desk.online
        self._set_busy(True)
        self.ctx.jobs.run(lambda: online.receive(code, actor), on_done=self._done,
                          on_error=self._failed)

    def _ask(self, form: str) -> None:
        if self.dossier is None:
            return
        if self.dialog is not None:
            if self.dialog.isVisible():
                self.dialog.raise_()
                return
            self.dialog.deleteLater()
        dialog = self.dialog = FormDetailsDialog(form, FORM_NAMES[form], self.dossier,
                                                 parent=self)
        code = self.dossier.code
        dialog.accepted.connect(lambda: self._decide(form, code, dialog.details()))
        dialog.open()

    def _decide(self, form: str, code: str, details: dict | None) -> None:
        if details is None:
            return
        actor, online = self.ctx.actor, self.ctx.desk.online
        self._set_busy(True)
        if form == "02":
            job = lambda: online.ask_for_papers(code, details, actor)  # noqa: E731
        else:
            job = lambda: online.refuse(code, str(details.get("reason", "")), actor)  # noqa: E731
        self.ctx.jobs.run(job, on_done=self._done, on_error=self._failed)

    def _done(self, decided) -> None:
        texts = {"01": self.tr("Đã tiếp nhận hồ sơ %1; mẫu 01 đã lập và sẽ được gửi cho "
                               "công dân."),
                 "02": self.tr("Đã yêu cầu bổ sung hồ sơ %1; mẫu 02 đã lập và sẽ được gửi "
                               "cho công dân."),
                 "03": self.tr("Đã từ chối hồ sơ %1; mẫu 03 đã lập và sẽ được gửi cho "
                               "công dân.")}
        self.decided.emit(texts[decided.form].replace("%1", decided.code))

    def _failed(self, exc: Exception) -> None:
        from .widgets import failure_text

        self._set_busy(False)
        self.failed.emit(failure_text(exc))
