"""Small shared bits of the pages: message banners and field error labels.

A banner, or an error line marked with `reserve_line`, keeps its height whether it
says something or not: a message appearing or going never moves the fields under
it (a click aimed at a field must land on it). Such a line holds one line of text,
elided to its width, the whole text in its tooltip.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QTabWidget, QWidget

from ..domain.errors import OfficerError

log = logging.getLogger(__name__)

FULL_TEXT = "fullText"


class _Elider(QObject):
    """Re-elides a one-line label's text whenever the label is resized."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _show_elided(watched)
        return False


def _show_elided(label: QLabel) -> None:
    full = str(label.property(FULL_TEXT) or "")
    lines = int(label.property("lines") or 1)
    # A wrapped label gets its lines' worth of width, less what breaking at words costs;
    # past that the end is elided.
    width = label.contentsRect().width()
    # A label boxed by the style sheet (padding, border: the chosen procedure's banner)
    # draws its text that far inside its contents again: measured, it was cut unelided.
    margins = label.contentsMargins()
    width -= margins.left() + margins.right()
    room = int(width * (lines if lines == 1 else lines * 0.85))
    shown = label.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, room) \
        if room > 0 else full
    label.setText(shown)
    label.setToolTip(full if shown != full else "")


def reserve_line(*labels: QLabel, lines: int = 1, role: str = "error",
                 keep_place: bool = True) -> None:
    """Give these labels a fixed place of `lines` lines, kept even when empty
    (`role` "error": styled as a field's error; "" for ordinary text). Without
    `keep_place` an empty label is hidden: for one sharing a row whose height another
    label keeps."""
    for label in labels:
        label.setWordWrap(lines > 1)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setProperty("reserved", True)
        label.setProperty("lines", lines)
        # The error style's smaller font decides the height: polish before measuring.
        label.setProperty("role", role)
        _repolish(label)
        label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 2)
        # Its text never widens the page: it is elided to the room the layout gives.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        label.installEventFilter(_Elider(label))
        label.setProperty("collapse", not keep_place)
        label.setVisible(keep_place)


def set_line(label: QLabel, text: str) -> None:
    """The text of a label: in its reserved place (elided) or shown only when non-empty."""
    if label.property("reserved"):
        label.setProperty(FULL_TEXT, text)
        if label.property("collapse"):
            label.setVisible(bool(text))
        _show_elided(label)
    else:
        label.setText(text)
        label.setVisible(bool(text))


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_message(label: QLabel, text: str, kind: str = "info") -> None:
    """A banner above the page: kind info | ok | error (styled in desk.qss)."""
    if label.property("reserved") is None:
        reserve_banner(label)
    label.setProperty("kind", kind if text else "none")
    _repolish(label)  # the style's padding is part of the room the text is elided to
    set_line(label, text)


def reserve_banner(label: QLabel) -> None:
    """One line always in place, elided to its room (desk.qss sets its height): the page's
    message banner, the intake's chosen procedure."""
    label.setWordWrap(False)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("reserved", True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.installEventFilter(_Elider(label))
    label.setVisible(True)


def set_error(label: QLabel, field: QWidget | None, text: str | None) -> None:
    """The message next to a field; the field is marked invalid for the style sheet."""
    label.setProperty("role", "error")
    set_line(label, text or "")
    if field is not None:
        field.setProperty("invalid", bool(text))
        _repolish(field)
    _repolish(label)


def set_warning(label: QLabel, field: QWidget | None, text: str) -> None:
    """A field's warning: said in the warning colour, the field not marked invalid (it
    does not stop the save)."""
    label.setProperty("role", "warn")
    set_line(label, text)
    if field is not None:
        field.setProperty("invalid", False)
        _repolish(field)
    _repolish(label)


def full_text(label: QLabel) -> str:
    """What a label says in full (a reserved line may show it elided)."""
    if label.property("reserved"):
        return str(label.property(FULL_TEXT) or "")
    return label.text()


def failure_text(exc: BaseException) -> str:
    """What the officer is told about a failure: an OfficerError's own message; anything
    else is a defect, logged here with its traceback and named as unexpected."""
    if isinstance(exc, OfficerError):
        return str(exc)
    trace = getattr(exc, "__traceback_text__", None) or "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error: %s", trace)
    return QCoreApplication.translate(
        "Failure", "Lỗi không mong đợi (%1). Chi tiết đã ghi vào nhật ký của quầy; hãy báo "
                   "quản trị viên.").replace("%1", type(exc).__name__)


def scroll_tabs(tabs: QTabWidget) -> None:
    """Each page of `tabs` in a scroll area of its own: a page taller than a 1366x768
    screen scrolls instead of making the window taller than the screen."""
    current = tabs.currentIndex()
    for index in range(tabs.count()):
        page, title = tabs.widget(index), tabs.tabText(index)
        area = QScrollArea()
        area.setObjectName(f"{page.objectName()}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        tabs.removeTab(index)
        area.setWidget(page)
        tabs.insertTab(index, area, title)
    tabs.setCurrentIndex(current)
