"""Asking once before a move that cannot be undone: a refusal at intake, a final
status, a hand-back.

The question is one sentence: what will happen and what will be printed. The safe
button ("Quay lại") is the default and has the focus, so Enter and Esc both leave
everything as it was; only the button that names the action goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.money import format_vnd
from ..domain.status import Status


class FinalMoveDialog(QMessageBox):
    """A question before a final move; `action_button` goes on, `back_button` does not."""

    def __init__(self, title: str, question: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("finalMoveDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people, never markup
        self.setText(question)
        self.action_button = self.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        self.action_button.setObjectName("actionButton")
        self.back_button = self.addButton(QCoreApplication.translate("FinalMove", "Quay lại"),
                                          QMessageBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("backButton")
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Wide enough that the one sentence reads in a few lines, not a narrow column.
        self.setStyleSheet("QLabel#qt_msgbox_label { min-width: 540px; }")

    @property
    def chosen(self) -> bool:
        """The officer chose the action (not "Quay lại", Enter, Esc or closing)."""
        return self.clickedButton() is self.action_button


def ask_final(parent: QWidget, title: str, question: str, action: str,
              on_yes: Callable[[], None]) -> FinalMoveDialog:
    """Shows the question (window-modal, not blocking); `on_yes` runs only when the
    officer chooses the action."""
    dialog = FinalMoveDialog(title, question, action, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return_to = QApplication.focusWidget() or parent

    def answered(_result: int) -> None:
        # The keyboard goes back to where the officer was, whatever the answer.
        if shiboken6.isValid(return_to):
            return_to.window().activateWindow()
            return_to.setFocus()
        if dialog.chosen:
            on_yes()

    dialog.finished.connect(answered)
    dialog.open()
    dialog.back_button.setFocus()
    return dialog


def is_open(dialog: FinalMoveDialog | None) -> bool:
    """A question already up (a double click, Ctrl+Enter twice): not asked again."""
    return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()


# ---- the questions ---------------------------------------------------------------------
def refusal_question(applicant: str, procedure: str) -> str:
    text = QCoreApplication.translate(
        "FinalMove", "Từ chối tiếp nhận hồ sơ của %1 (thủ tục %2): hồ sơ được cấp mã và "
        "chuyển sang “Không được tiếp nhận”, in phiếu từ chối tiếp nhận (mẫu 03). Tiếp tục?")
    return text.replace("%1", applicant).replace("%2", procedure)


def final_status_question(code: str, applicant: str, target: Status,
                          later_forms: Sequence[tuple[str, str]]) -> str:
    """`later_forms`: (number, name) of the forms the new status calls for, printed
    afterwards from "In mẫu…"; the move itself prints nothing."""
    if later_forms:
        # Form names start with a capital (as titles); here they are inside a sentence.
        forms = "; ".join(f"{name[:1].lower()}{name[1:]} (mẫu {number})"
                          for number, name in later_forms)
        printed = QCoreApplication.translate(
            "FinalMove", "không in gì ngay, %1 in sau bằng nút “In mẫu…”").replace("%1", forms)
    else:
        printed = QCoreApplication.translate("FinalMove", "không in gì")
    text = QCoreApplication.translate(
        "FinalMove", "Chuyển hồ sơ %1 của %2 sang “%3” (%4), trạng thái cuối không chuyển "
        "tiếp được nữa: %5. Tiếp tục?")
    return (text.replace("%1", code).replace("%2", applicant).replace("%3", target.label)
            .replace("%4", str(int(target))).replace("%5", printed))


def hand_back_question(code: str, recipient: str, id_number: str, authorised: bool,
                       fees: int, method: str = "") -> str:
    who = QCoreApplication.translate("FinalMove", "người được ủy quyền") if authorised \
        else QCoreApplication.translate("FinalMove", "người nộp hồ sơ tự nhận")
    paid = QCoreApplication.translate("FinalMove", "thu %1 phí, lệ phí") \
        .replace("%1", format_vnd(fees)) if fees \
        else QCoreApplication.translate("FinalMove", "không thu phí, lệ phí")
    if fees and method:
        paid += f" ({method})"
    text = QCoreApplication.translate(
        "FinalMove", "Trả kết quả hồ sơ %1 cho %2 (%3, số giấy tờ %4), %5: hồ sơ chuyển "
        "sang “Đã trả kết quả”, không in phiếu nào. Tiếp tục?")
    return (text.replace("%1", code).replace("%2", recipient).replace("%3", who)
            .replace("%4", id_number or "—").replace("%5", paid))
