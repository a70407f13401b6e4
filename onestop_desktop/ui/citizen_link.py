"""The citizen's screen follows the officer's window: what the intake page and the return
page publish, a ticket number called, whether the window is locked, the centre's name and
notices (read off the GUI thread), composed into one CitizenView (domain/citizen_view.py)
and shown at once. A rating the citizen touches goes to the return page, which records it
with the hand-back (the desk boundary's command). The screens of the PC are followed: a
monitor unplugged or plugged in moves the window, and the account menu shows or hides it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication

from ..desk import Changes
from ..domain.citizen_view import CALL_FIRST, Call, HandBackView, IntakeView, compose
from .citizen_screen import CitizenScreen, Mode

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
MODE_KEY = "citizen/screen"  # the PC's choice (ui settings): auto | on | off


def _desk_identity(desk) -> tuple[str, int | None, tuple[str, ...]]:
    """(the centre's name, the desk's number, the notices): a job, it reads the store."""
    config = desk.config()
    return (config.agency_name if config is not None else "",
            config.desk if config is not None else None, desk.setup.citizen_notices())


class CitizenLink(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.screen = CitizenScreen(window)
        try:
            self.screen.mode = Mode(str(self.ctx.ui_settings.value(MODE_KEY, Mode.AUTO)))
        except ValueError:
            self.screen.mode = Mode.AUTO
        self.intake: IntakeView | None = None
        self.hand_back: HandBackView | None = None
        self.call: Call | None = None
        self.centre, self.desk, self.notices = "", None, ()
        self.call_first = CALL_FIRST
        self._call_ends = QTimer(self)  # a call's turn first ends: show what is under way
        self._call_ends.setSingleShot(True)
        self._call_ends.timeout.connect(self.refresh)

        intake, returns = window.intake, window.returns
        intake.citizen_view.connect(self._intake_changed)
        intake.ticket_called.connect(self._called)
        intake.saved.connect(self._served)
        returns.citizen_view.connect(self._hand_back_changed)
        returns.returned.connect(self._served)
        self.screen.rating_chosen.connect(returns.take_citizen_rating)
        window.stack.currentChanged.connect(self.refresh)  # locked, signed out, another page
        window.closing.connect(self.screen.close)
        self.ctx.jobs.changed.connect(self._on_changed)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._screen_removed)
        app.screenAdded.connect(self._screen_added)

        self.action = QAction(self.tr("Màn hình công dân"), self)
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)
        menu = window.status.accountButton.menu()
        if menu is not None:
            menu.insertAction(menu.actions()[-2] if len(menu.actions()) > 1 else None,
                              self.action)

        self._read_identity()
        self.place()
        self.refresh()

    # ---- what the citizen sees ----------------------------------------------------------
    def refresh(self, *_args) -> None:
        window = self.window
        page = window.current_page()
        present = self.ctx.officer is not None and page not in ("signin", "lock")
        now = self.ctx.clock()
        view = compose(centre=self.centre, desk=self.desk, notices=self.notices,
                       intake=self.intake, hand_back=self.hand_back, call=self.call,
                       officer_page=page, present=present, now=now,
                       call_first=self.call_first)
        self.screen.show_view(view)
        if self.call is not None and now - self.call.at < self.call_first:
            left = self.call_first - (now - self.call.at)
            self._call_ends.start(max(1, int(left.total_seconds() * 1000)) + 50)

    def _intake_changed(self, view: IntakeView | None) -> None:
        self.intake = view
        self.refresh()

    def _hand_back_changed(self, view: HandBackView | None) -> None:
        self.hand_back = view
        self.refresh()

    def _called(self, number: str, at: datetime) -> None:
        self.call = Call(number, self.desk, at)
        self.refresh()

    def _served(self, *_args) -> None:
        """The called citizen's dossier is saved (or their result handed back): their
        number is no longer shown."""
        self.call = None
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self._read_identity()

    def _read_identity(self) -> None:
        desk = self.ctx.desk
        self.ctx.jobs.run(lambda: _desk_identity(desk), on_done=self._identity_read)

    def _identity_read(self, identity: tuple[str, int | None, tuple[str, ...]]) -> None:
        self.centre, self.desk, self.notices = identity
        self.refresh()

    # ---- where it is -------------------------------------------------------------------------
    def place(self) -> None:
        self.screen.place()
        self._show_state()

    def _show_state(self) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(self.screen.isVisible())
        self.action.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        """Shown by hand: on the second screen, or as a window when there is none; hidden
        by hand: until shown again, whatever screens come and go."""
        self.screen.mode = Mode.ON if on else Mode.OFF
        self.ctx.ui_settings.setValue(MODE_KEY, str(self.screen.mode))
        self.place()

    def _screen_removed(self, screen) -> None:
        self.screen.screen_removed(screen)
        self._show_state()

    def _screen_added(self, screen) -> None:
        self.screen.screen_added(screen)
        self._show_state()


EXAMPLE_SEARCH, EXAMPLE_NAME = "khai sinh", "Nguyễn Văn An"


def show_example_intake(app, window: MainWindow, path: str, size: tuple[int, int],
                        settle) -> bool:
    """`--screenshot FILE --page citizen`: the citizen's screen at `size` while the officer
    takes in an example dossier (a birth registration, a made-up name)."""
    window.show_page("intake")
    settle(app, window)
    page = window.intake
    found = page.index.search(EXAMPLE_SEARCH) or page.index.search("")
    if found:
        page.choose_procedure(found[0])
    page.nameEdit.setText(EXAMPLE_NAME)
    settle(app, window)  # the appointment, read in the background
    screen = window.citizen.screen
    screen.showNormal()
    screen.resize(*size)
    app.processEvents()
    window.citizen.refresh()
    app.processEvents()
    return screen.grab().save(path)
