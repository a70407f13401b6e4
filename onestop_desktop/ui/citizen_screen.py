"""The citizen-facing screen: a second window, for a monitor turned towards the citizen, in
large type and high contrast. It shows one CitizenView (domain/citizen_view.py) at a time:
the centre's notices when idle, what the officer enters for the citizen to check before the
save, the result and the rating buttons at the hand-back, a ticket number called.

Where it goes (`choose_place`): full screen on a screen other than the officer's when the
PC has one; as a normal window on the officer's screen only when the officer asked for
it; nowhere when turned off. A screen unplugged or plugged in is followed at once (the
window moves or hides, and comes back), never a crash.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..domain.calendar import local_text
from ..domain.citizen_view import CitizenView, HandBackView, IntakeView, Screen
from ..domain.money import format_vnd
from ..domain.returns import Rating
from .forms import FormPage
from .generated.ui_citizen_screen import Ui_CitizenScreenForm

log = logging.getLogger(__name__)
S = TypeVar("S")

# High contrast: white and yellow on a deep blue; each rating button its own colour.
BACKGROUND, TEXT, ACCENT, CAPTION = "#0b1f3a", "#ffffff", "#ffd60a", "#bcd4f5"
RATING_COLOURS = {Rating.VERY_SATISFIED: "#1b7f3b", Rating.SATISFIED: "#1659b3",
                  Rating.DISSATISFIED: "#b3261e"}
WINDOW_SIZE = (1024, 640)  # as a window on the officer's screen


class Mode(StrEnum):
    """Where the officer wants the screen (the PC's setting, "citizen/screen")."""

    AUTO = "auto"  # full screen on a second screen when there is one; else not shown
    ON = "on"  # …and as a window on the officer's screen when there is no second one
    OFF = "off"


def choose_place(mode: Mode, screens: Sequence[S], primary: S | None) -> tuple[S | None, bool]:
    """(the screen to show the window on, whether full screen); (None, False): hidden."""
    if mode is Mode.OFF or not screens:
        return None, False
    others = [s for s in screens if s is not primary]
    if others:
        return others[0], True
    if mode is Mode.ON:
        return primary if primary is not None else screens[0], False
    return None, False


class CitizenScreen(FormPage, Ui_CitizenScreenForm):
    MARGINS = (32, 20, 32, 24)
    rating_chosen = Signal(object)  # Rating: the citizen touched a button

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Its own window, which a locked desk leaves on (it then shows nothing personal).
        self.setWindowFlag(Qt.WindowType.Window)
        # Shown, moved or touched, it never takes the keyboard from the officer's window.
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.stays_when_locked = True
        self.setObjectName("citizenScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.mode = Mode.AUTO
        self.view = CitizenView(Screen.IDLE)
        self._pages = {Screen.IDLE: self.idlePage, Screen.INTAKE: self.intakePage,
                       Screen.HAND_BACK: self.handBackPage, Screen.CALLING: self.callingPage}
        self._ratings = {Rating.VERY_SATISFIED: self.ratingVerySatisfied,
                         Rating.SATISFIED: self.ratingSatisfied,
                         Rating.DISSATISFIED: self.ratingDissatisfied}
        for rating, button in self._ratings.items():
            button.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
            button.clicked.connect(lambda _checked=False, r=rating: self._rated(r))
        table = self.papersTable
        table.verticalHeader().setVisible(False)
        # Each row as tall as its wrapped name, at whatever width the screen gives.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.resize(*WINDOW_SIZE)
        self._scale()
        self.show_view(self.view)

    # ---- what it shows ------------------------------------------------------------------
    def show_view(self, view: CitizenView) -> None:
        self.view = view
        self.centreLabel.setText(view.centre)
        self.deskLabel.setText(self.tr("Quầy số %1").replace("%1", str(view.desk))
                               if view.desk is not None else "")
        self._show_notices(view.notices)
        # Nothing personal stays on a page not shown: each page is filled or emptied.
        self._show_intake(view.intake if view.screen is Screen.INTAKE else None)
        self._show_hand_back(view.hand_back if view.screen is Screen.HAND_BACK else None)
        call = view.call if view.screen is Screen.CALLING else None
        self.ticketValue.setText(call.ticket if call is not None else "")
        self.callingDesk.setText(self.tr("đến Quầy số %1").replace("%1", str(call.desk))
                                 if call is not None and call.desk is not None else "")
        self.screens.setCurrentWidget(self._pages[view.screen])

    def _show_notices(self, notices: tuple[str, ...]) -> None:
        self.noticesLabel.setText("".join(f"<p>• {html.escape(text)}</p>" for text in notices))

    def _show_intake(self, intake: IntakeView | None) -> None:
        intake = intake or IntakeView()
        self.nameValue.setText(intake.name or "—")
        self.procedureValue.setText(intake.procedure or "—")
        if intake.fees_total is None:
            fees = "—"
        elif intake.fees_total == 0:
            fees = self.tr("Không thu")
        else:
            fees = format_vnd(intake.fees_total)
            if intake.fees_when:
                fees += f" ({intake.fees_when})"
        self.feesValue.setText(fees)
        appointment = local_text(intake.appointment) if intake.appointment else "—"
        if intake.appointment and intake.provisional:
            appointment += " " + self.tr("(dự kiến)")
        self.appointmentValue.setText(appointment)
        table = self.papersTable
        table.setRowCount(len(intake.papers))
        for row, paper in enumerate(intake.papers):
            values = (paper.name, paper.original, paper.certified, paper.photo)
            for column, value in enumerate(values):
                # A count of none is left blank: the citizen reads the copies they gave.
                item = QTableWidgetItem((str(value) if value else "") if column else value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)

    def _show_hand_back(self, hand_back: HandBackView | None) -> None:
        if hand_back is None:
            self.resultValue.setText("")
            self.feesOwedValue.setText("")
            self.ratingThanks.setText("")
            self._check(None)
            return
        lines = [html.escape(hand_back.name), html.escape(hand_back.procedure),
                 self.tr("Mã hồ sơ: %1").replace("%1", html.escape(hand_back.code))]
        if hand_back.ready:
            lines.append(self.tr("Kết quả đã có") + (f" ({hand_back.timing.lower()})"
                                                      if hand_back.timing else ""))
        self.resultValue.setText("<br>".join(lines))
        self.feesOwedValue.setText(
            self.tr("Phí, lệ phí còn phải nộp: %1").replace("%1", format_vnd(
                hand_back.fees_owed)) if hand_back.fees_owed else "")
        self._check(hand_back.rating)
        for button in self._ratings.values():
            button.setEnabled(hand_back.ready)
        self.ratingThanks.setText(self.tr("Cảm ơn Ông/Bà đã đánh giá: %1.").replace(
            "%1", hand_back.rating.label) if hand_back.rating is not None else "")

    def _check(self, rating: Rating | None) -> None:
        """The chosen button checked, framed and ticked (not told by its colour alone)."""
        for value, button in self._ratings.items():
            button.setChecked(value is rating)
            button.setText(("✓ " if value is rating else "") + value.label)

    def _rated(self, rating: Rating) -> None:
        hand_back = self.view.hand_back
        if self.view.screen is not Screen.HAND_BACK or hand_back is None or not hand_back.ready:
            self._check(None)
            return
        self._check(rating)  # at once under the finger; the officer's page confirms it
        self.rating_chosen.emit(rating)

    def rating_button(self, rating: Rating):
        return self._ratings[rating]

    def changeEvent(self, event) -> None:
        """A platform that activates it all the same (shown, or touched): the keyboard goes
        straight back to the officer's window."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            officer = self.parentWidget()
            if officer is not None and officer.isVisible():
                officer.activateWindow()

    # ---- large type, for the size it is shown at -------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        """Sizes follow the window's height: read from two metres on a 1080-line screen,
        the text is 40 px, the number called 300."""
        base = max(18, self.height() // 27)
        ticket = max(80, self.height() * 5 // 18)
        buttons = "".join(
            f"QPushButton#{button.objectName()} {{ background: {RATING_COLOURS[r]}; }}"
            for r, button in self._ratings.items())
        self.setStyleSheet(f"""
            #citizenScreen {{ background: {BACKGROUND}; }}
            #citizenScreen QLabel {{ color: {TEXT}; font-size: {base}px; }}
            #citizenScreen QLabel#centreLabel {{ font-size: {base * 3 // 4}px; color: {CAPTION}; }}
            #citizenScreen QLabel#deskLabel {{ font-size: {base}px; color: {ACCENT};
                font-weight: bold; }}
            #citizenScreen QLabel#welcomeLabel, #citizenScreen QLabel#checkTitle,
            #citizenScreen QLabel#handBackTitle {{ font-size: {base * 5 // 4}px;
                font-weight: bold; color: {ACCENT}; }}
            #citizenScreen QLabel#nameCaption, #citizenScreen QLabel#procedureCaption,
            #citizenScreen QLabel#feesCaption, #citizenScreen QLabel#appointmentCaption,
            #citizenScreen QLabel#papersCaption {{ color: {CAPTION}; padding-right: {base}px; }}
            #citizenScreen QLabel#nameValue, #citizenScreen QLabel#appointmentValue,
            #citizenScreen QLabel#feesValue {{ font-weight: bold; }}
            #citizenScreen QLabel#ticketValue {{ font-size: {ticket}px; font-weight: bold;
                color: {ACCENT}; }}
            #citizenScreen QLabel#callingCaption, #citizenScreen QLabel#callingDesk {{
                font-size: {base * 3 // 2}px; }}
            #citizenScreen QTableWidget {{ background: {BACKGROUND}; color: {TEXT};
                font-size: {base * 4 // 5}px; gridline-color: #47618a; border: none; }}
            #citizenScreen QHeaderView::section {{ background: #1c3a63; color: {TEXT};
                font-size: {base * 3 // 5}px; border: none; padding: 4px; }}
            #citizenScreen QPushButton {{ color: #ffffff; font-size: {base * 5 // 4}px;
                font-weight: bold; border-radius: {base // 2}px;
                min-height: {base * 4}px; border: {max(6, base // 4)}px solid transparent; }}
            #citizenScreen QPushButton:checked {{ border-color: {ACCENT}; }}
            #citizenScreen QPushButton:disabled {{ background: #3b4a60; color: #9aa8bd; }}
            {buttons}
        """)

    # ---- where it is shown --------------------------------------------------------------------
    def place(self, screens: Sequence[QScreen] | None = None) -> QScreen | None:
        """Show the window where `mode` says on the PC's `screens` (the application's when
        None), or hide it. Returns the screen it is on (None: hidden)."""
        app = QGuiApplication.instance()
        if screens is None:
            screens = QGuiApplication.screens() if app is not None else []
        primary = QGuiApplication.primaryScreen() if app is not None else None
        screen, full = choose_place(self.mode, list(screens), primary)
        if screen is None:
            self.hide()
            return None
        area = screen.geometry() if full else screen.availableGeometry()
        self.setScreen(screen)
        if full:
            self.setGeometry(area)
            self.showFullScreen()
        else:
            self.showNormal()
            self.resize(min(WINDOW_SIZE[0], area.width()), min(WINDOW_SIZE[1], area.height()))
            self.move(area.center() - self.rect().center())
        return screen

    def screen_removed(self, removed: QScreen) -> None:
        """A monitor unplugged: the window goes where the screens left allow (the
        officer's screen as a window, when asked for; else hidden until one comes back)."""
        try:
            self.place([s for s in QGuiApplication.screens() if s is not removed])
        except Exception:  # a defect: logged, and the desk goes on without the screen
            log.exception("placing the citizen's screen after a screen was removed")
            self.hide()

    def screen_added(self, _added: QScreen) -> None:
        try:
            self.place()
        except Exception:
            log.exception("placing the citizen's screen after a screen was added")
