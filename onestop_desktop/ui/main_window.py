"""The desk window: navigation, pages, status bar, and scans from anywhere.

What an officer's role may not do is hidden or disabled here (domain/permissions.py;
the boundary refuses it anyway). After a period without input (Cài đặt, by a head or
an admin) the lock screen covers every page and any dialog is hidden, until the same
officer's password is given again; another officer signing in ends that session and
the pending intake form with it.

The window opens on the sign-in page: the frame, the status bar and the sign-in form
are built with it; the other pages (and whatever else is queued with `later`) are
built once it has been painted and its desk is open (a launch opens the store behind
the window: ui/opening.py), one per turn of the event loop so the officer goes on
typing, or at once when something needs one first.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from ..desk import Changes
from ..domain.config import DeskConfig
from ..domain.officer import Officer
from ..domain.permissions import Action, may
from .context import DeskContext
from .forms import FormPage
from .generated.ui_main_window import Ui_MainWindowForm
from .idle_watch import IdleWatch
from .jobs import NewestAnswer
from .scanner_filter import ScannerFilter
from .sign_in_page import SignInPage
from .status_bar import DeskStatusBar

if TYPE_CHECKING:
    from .citizen_link import CitizenLink
    from .dossier_detail_page import DossierDetailPage
    from .dossier_list_page import DossierListPage
    from .intake_page import IntakePage
    from .lock_screen import LockScreen
    from .reports_page import ReportsPage
    from .return_page import ReturnPage
    from .settings_page import SettingsPage

log = logging.getLogger(__name__)

NAV_PAGES = ("intake", "list", "return", "reports", "settings")
# The pages built after the first paint, the one needed right after signing in first.
LATER_PAGES = ("intake", "list", "return", "detail", "reports", "settings")
# The modules of those pages: a launch imports them off the GUI thread (import_pages).
PAGE_MODULES = ("intake_page", "dossier_list_page", "return_page", "dossier_detail_page",
                "reports_page", "settings_page")
# Started even if no paint comes (a minimised start): the queue must not wait forever.
LOAD_ANYWAY_MS = 1000


def import_pages() -> None:
    """Import the pages' modules (no widget is made): the launch does it on the thread
    that opens the desk, so building the pages later takes the GUI thread only briefly."""
    for name in PAGE_MODULES:
        importlib.import_module(f"{__package__}.{name}")


class _Frame(FormPage, Ui_MainWindowForm):
    MARGINS = (0, 0, 0, 0)


class MainWindow(QMainWindow):
    sync_requested = Signal()  # "Đồng bộ ngay": app.py connects it to the sync bridge
    closing = Signal()  # app.py stops the sync bridge on it
    painted = Signal()  # first on the screen: app.py opens the desk behind it then

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._titles = {"signin": self.tr("Đăng nhập"), "intake": self.tr("Tiếp nhận hồ sơ"),
                        "list": self.tr("Danh sách hồ sơ"), "return": self.tr("Trả kết quả"),
                        "reports": self.tr("Báo cáo"), "settings": self.tr("Cài đặt"),
                        "detail": self.tr("Hồ sơ"), "lock": self.tr("Đã khóa")}
        self._set_title("signin")
        self.frame = _Frame(self)
        self.setCentralWidget(self.frame)
        self.nav, self.stack = self.frame.navList, self.frame.pageStack
        self.sign_in = SignInPage(ctx)
        self.pages: dict[str, QWidget] = {"signin": self.sign_in}  # those built so far
        self.stack.addWidget(self.sign_in)
        self.idle_watch = IdleWatch(self)
        self._locked_page: str | None = None  # the page the lock screen covers
        self._hidden_windows: list[QWidget] = []  # dialogs hidden while locked
        self._session: str | None = None  # whose pending intake form the window holds
        self._later: list[Callable[[], object]] = [partial(self._page, name)
                                                   for name in LATER_PAGES]
        self.citizen: CitizenLink | None = None  # the citizen's screen, once the pages are
        self._later.append(self._start_citizen_screen)
        self._loading = False  # the queue has started
        self._scheduled = False  # its next step is waiting for the event loop
        self._closed = False  # nothing is built for a window gone
        self._sync_panel: QWidget | None = None  # placed in Cài đặt once it is built
        self.status = DeskStatusBar(ctx)
        self.statusBar().addPermanentWidget(self.status, 1)
        self.statusBar().setSizeGripEnabled(False)
        self.scanner = ScannerFilter(self, ctx.scanner_settings())
        self.scanner.scanned.connect(self.on_scan)
        self.last_scan = ""

        self.nav.currentRowChanged.connect(self._nav_changed)
        self.sign_in.signed_in.connect(self.enter)
        self.idle_watch.idle.connect(self.lock)
        self._setup_account_menu()
        self.status.sync_requested.connect(self.sync_requested)
        for number, name in enumerate(NAV_PAGES, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      lambda name=name: self._shortcut_page(name))
        self.config: DeskConfig | None = None  # read in the background once it is open
        self._config_read = False
        self.status.set_desk("—")
        self._counts, self._notice = NewestAnswer(), NewestAnswer()
        # One sync line (online, to push, refused, message): the status bar and Cài đặt
        # both show it, drawn from these values in one place (_show_sync).
        self._sync = (False, 0, 0, self.tr("chưa kết nối máy chủ"))
        self._show_sync()
        ctx.jobs.changed.connect(self._on_changed)
        ctx.when_ready(self._read_desk)
        self.resize(1366, 768)
        self.require_sign_in()

    def _read_desk(self) -> None:
        """The desk's configuration, the queue's counts and any update notice, read off
        the GUI thread."""
        self.ctx.jobs.run(self.ctx.desk.config, on_done=self._show_config)
        self._on_changed(Changes(sync=True))

    # ---- the pages, built after the first paint or on first need ---------------------------
    @property
    def intake(self) -> IntakePage:
        return self._page("intake")

    @property
    def dossiers(self) -> DossierListPage:
        return self._page("list")

    @property
    def returns(self) -> ReturnPage:
        return self._page("return")

    @property
    def detail(self) -> DossierDetailPage:
        return self._page("detail")

    @property
    def reports(self) -> ReportsPage:
        return self._page("reports")

    @property
    def settings(self) -> SettingsPage:
        return self._page("settings")

    def _page(self, name: str):
        page = self.pages.get(name)
        if page is None:
            page = getattr(self, f"_build_{name}")()
            self.pages[name] = page
            self.stack.addWidget(page)
        return page

    def _build_intake(self) -> IntakePage:
        from .intake_page import IntakePage

        return IntakePage(self.ctx)

    def _build_list(self) -> DossierListPage:
        from .dossier_list_page import DossierListPage

        page = DossierListPage(self.ctx)
        page.open_requested.connect(self.open_dossier)
        if self.ctx.officer is not None:
            page.load_procedures()
        return page

    def _build_return(self) -> ReturnPage:
        from .return_page import ReturnPage

        return ReturnPage(self.ctx)

    def _build_detail(self) -> DossierDetailPage:
        from .dossier_detail_page import DossierDetailPage

        page = DossierDetailPage(self.ctx)
        page.back_requested.connect(lambda: self.show_page("list"))
        page.loaded.connect(self._dossier_shown)
        page.return_requested.connect(self.start_return)
        return page

    @property
    def lock_screen(self) -> LockScreen:
        return self._page("lock")

    def _build_lock(self) -> LockScreen:
        from .lock_screen import LockScreen

        page = LockScreen(self.ctx)
        page.unlocked.connect(self._unlocked)
        page.switch_requested.connect(self._switch_officer)
        return page

    def _build_reports(self) -> ReportsPage:
        from .reports_page import ReportsPage

        page = ReportsPage(self.ctx)
        self._show_role_on_reports(page)
        return page

    def _show_role_on_reports(self, page: ReportsPage) -> None:
        """The period's figures, their exports and the ledger (form 07) are for a head or
        an admin; the day's counts and the cash handover stay for every officer."""
        officer = self.ctx.officer
        page.periodBox.setVisible(officer is not None and may(officer.role, Action.REPORTS))

    def _build_settings(self) -> SettingsPage:
        from .settings_page import SettingsPage

        page = SettingsPage(self.ctx)
        page.scanner_changed.connect(self.scanner.set_settings)
        page.syncNowButton.clicked.connect(self.sync_requested)
        page.server_saved.connect(self.sync_requested)  # try the new server at once
        # What the window showed before the page existed.
        if self.ctx.officer is not None:
            page.set_officer(self.ctx.officer)
        if self._config_read:
            page.show_desk(self.config)
        page.show_sync_state(self.status.syncLabel.text())
        if self._sync_panel is not None:
            page.set_sync_panel(self._sync_panel)
            page.syncNowButton.hide()  # the panel has its own "Đồng bộ ngay"
        return page

    def later(self, work: Callable[[], object]) -> None:
        """Work for after the first paint, after the pages, in order, one per turn of the
        event loop (at the next turn if the queue already ran dry)."""
        self._later.append(work)
        if self._loading:
            self._schedule()

    def _start_loading(self) -> None:
        if not self._loading and not self._closed:
            self._loading = True
            self.painted.emit()
            self._schedule()

    def _schedule(self) -> None:
        if self._later and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._load_next)

    def _load_next(self) -> None:
        self._scheduled = False
        if not self.ctx.ready:  # the pages use the desk: on with them once it is open
            self.ctx.when_ready(self._schedule)
        elif self._later and not self._closed:
            self._run(self._later.pop(0))
            self._schedule()

    def _run(self, work: Callable[[], object]) -> None:
        try:
            work()
        except Exception:  # a defect: logged with its traceback, and the rest still loads
            log.exception("loading the window: %r failed", work)

    def finish_loading(self) -> None:
        """Everything queued, now (a screenshot, a test that needs it all)."""
        self._loading = True
        while self._later:
            self._run(self._later.pop(0))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._loading:  # the first paint: once it is on the screen, load the rest
            QTimer.singleShot(0, self, self._start_loading)

    def _show_config(self, config: DeskConfig | None) -> None:
        self.config, self._config_read = config, True
        self.status.set_desk("—" if config is None else self.tr("%1 · quầy %2").replace(
            "%1", config.agency_code).replace("%2", str(config.desk)))
        if "settings" in self.pages:
            self.settings.show_desk(config)
        if self.ctx.officer is None and config is not None:
            self.sign_in.agencyLabel.setText(config.agency_name)

    # ---- signing in -------------------------------------------------------------------
    def require_sign_in(self) -> None:
        self.ctx.officer = None
        self.idle_watch.stop()
        self._locked_page = None
        if "settings" in self.pages:
            self.settings.set_officer(None)
        self.nav.setEnabled(False)
        self.scanner.enabled = False
        self.status.set_officer(self.tr("Chưa đăng nhập"))
        self.status.accountButton.setVisible(False)
        agency = "" if self.config is None else self.config.agency_name
        self.stack.setCurrentWidget(self.sign_in)
        self._set_title("signin")
        self.sign_in.prepare(agency)

    @Slot(object)
    def enter(self, officer: Officer) -> None:
        if self._session is not None and self._session != officer.username:
            # Another officer: the first one's pending intake is not theirs to finish.
            if "intake" in self.pages:
                self.intake.clear()
            for window in self._hidden_windows:
                window.close()
            self._hidden_windows = []
        self._session = officer.username
        self.ctx.officer = officer
        if "settings" in self.pages:
            self.settings.set_officer(officer)
        if "reports" in self.pages:
            self._show_role_on_reports(self.reports)
        self.status.set_officer(self.tr("Cán bộ: %1").replace("%1", officer.full_name))
        self.status.accountButton.setVisible(True)
        self.status.accountButton.setEnabled(True)
        self.nav.setEnabled(True)
        self.scanner.enabled = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
            app.installEventFilter(self.idle_watch)
        self._start_idle_watch()
        if "list" in self.pages:  # else it reads them when it is built
            self.dossiers.load_procedures()
        self._on_changed(Changes(sync=True))  # the pending count, before any sync run reports
        self.show_page("intake")

    # ---- the officer's menu, the idle lock ------------------------------------------------
    def _setup_account_menu(self) -> None:
        menu = QMenu(self.status.accountButton)
        self.change_password_action = menu.addAction(self.tr("Đổi mật khẩu…"),
                                                     self.change_password)
        self.lock_action = menu.addAction(self.tr("Khóa màn hình"), self.lock)
        menu.addSeparator()
        self.feedback_action = menu.addAction(self.tr("Phản ánh, kiến nghị…"),
                                              self.open_feedback)
        menu.addSeparator()
        self.sign_out_action = menu.addAction(self.tr("Đăng xuất"), self.sign_out)
        self.status.accountButton.setMenu(menu)

    def change_password(self) -> None:
        from .password_dialog import PasswordDialog

        officer = self.ctx.officer
        if officer is None:
            return
        dialog = PasswordDialog(self.ctx, officer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Đã đổi mật khẩu."), 5000))
        self.password_dialog = dialog
        dialog.open()

    def open_feedback(self) -> None:
        """Feedback and petitions (ui/feedback_dialog.py); from a dossier's page, about
        that dossier."""
        from .feedback_dialog import FeedbackDialog

        if self.ctx.officer is None or self.locked:
            return
        page = self.detail if self.current_page() == "detail" else None
        # The code is the page's at once; the procedure once the dossier has been read.
        shown = page.detail.dossier if page is not None and page.detail is not None else None
        dossier_code = page.code if page is not None else ""
        dialog = FeedbackDialog(self.ctx, self, dossier_code=dossier_code,
                                procedure_code=shown.procedure_code
                                if shown is not None and shown.code == dossier_code else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.feedback_dialog = dialog
        dialog.open()

    def sign_out(self) -> None:
        if "intake" in self.pages:
            self.intake.clear()
        self._session = None
        self.require_sign_in()

    def _start_idle_watch(self) -> None:
        """The idle lock's period is the desk's setting, read off the GUI thread."""
        setup = self.ctx.desk.setup
        self.ctx.jobs.run(setup.idle_lock_seconds, on_done=self._idle_period_read)

    def _idle_period_read(self, seconds: int) -> None:
        if self.ctx.officer is not None and not self.locked:
            self.idle_watch.start(seconds)

    @property
    def locked(self) -> bool:
        return self._locked_page is not None

    @Slot()
    def lock(self) -> None:
        """Cover every page (and hide every dialog) until the officer's password is given
        again: nothing of a citizen's stays on the screen."""
        officer = self.ctx.officer
        if officer is None or self.locked:
            return
        self.idle_watch.stop()
        self._locked_page = self.current_page()
        # The citizen's screen stays, showing nothing personal (ui/citizen_link.py).
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w is not self and w.isVisible() and not isinstance(w, QMenu)
                                and not getattr(w, "stays_when_locked", False)]
        for window in self._hidden_windows:
            window.hide()
        self.nav.setEnabled(False)
        self.scanner.enabled = False
        self.status.accountButton.setEnabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self._set_title("lock")
        self.lock_screen.show_for(officer)
        self.activateWindow()

    @Slot(object)
    def _unlocked(self, officer: Officer) -> None:
        page, self._locked_page = self._locked_page or "intake", None
        self.nav.setEnabled(True)
        self.scanner.enabled = True
        self.status.accountButton.setEnabled(True)
        self.show_page(page)
        windows, self._hidden_windows = self._hidden_windows, []
        for window in windows:
            window.show()
        self._start_idle_watch()

    @Slot()
    def _switch_officer(self) -> None:
        """Another officer signs in: the first session ends when they do (enter)."""
        self.require_sign_in()

    # ---- pages --------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        page = self._page(name)
        nav_name = "list" if name == "detail" else name
        if nav_name in NAV_PAGES:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(NAV_PAGES.index(nav_name))
            self.nav.blockSignals(False)
        self.stack.setCurrentWidget(page)
        self._set_title(name)
        focus = {"intake": "procedureSearch", "list": "searchEdit", "return": "codeEdit"}
        if name in focus:
            getattr(page, focus[name]).setFocus()

    def _set_title(self, page: str, dossier_code: str = "") -> None:
        """The page (and the dossier open) in the title: the taskbar says where the
        officer is."""
        title = self._titles[page]
        if dossier_code:
            from .dossier_model import short_code

            title += f" {short_code(dossier_code)}"
        self.setWindowTitle(self.tr("Một cửa — %1").replace("%1", title))

    def _dossier_shown(self, code: str) -> None:
        if self.current_page() == "detail":
            self._set_title("detail", code)

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(NAV_PAGES):
            self.show_page(NAV_PAGES[row])

    def _shortcut_page(self, name: str) -> None:
        if self.ctx.officer is not None and not self.locked:
            self.show_page(name)

    @Slot(str)
    def open_dossier(self, code: str) -> None:
        self.detail.show_dossier(code)
        self.show_page("detail")

    @Slot(str)
    def start_return(self, code: str) -> None:
        self.show_page("return")
        self.returns.load(code)

    # ---- the citizen's screen ------------------------------------------------------------
    def _start_citizen_screen(self) -> None:
        """Built after the pages it follows (the intake and the return pages)."""
        from .citizen_link import CitizenLink

        self.citizen = CitizenLink(self)

    # ---- scanner -----------------------------------------------------------------------
    @Slot(str)
    def on_scan(self, text: str) -> None:
        """A CCCD QR fills the intake applicant; a dossier code (or the short code of one
        of this agency's, "261202-2002") opens it, or loads it for its return."""
        from ..domain.cccd_qr import looks_like_cccd_qr
        from ..domain.codes import resolve_code
        from ..domain.tickets import parse_ticket_scan

        self.last_scan = text
        if looks_like_cccd_qr(text):
            if self.current_page() != "intake":
                self.show_page("intake")
            self.intake.fill_from_cccd(text)
        elif (code := resolve_code(text, self._agency(), bare_digits=False)) is not None:
            if self.current_page() == "return":
                self.returns.load(code)
            else:
                self.open_dossier(code)
        elif self.current_page() == "intake" and (ticket := parse_ticket_scan(text)):
            self.intake.set_ticket(ticket)  # a queue ticket: its number on the dossier
        else:
            self.scanner.replay(text)  # not ours: it was meant for the focused field

    def _agency(self) -> str:
        """This desk's agency: a short code read out ("261202-2002") is one of its own."""
        return self.config.agency_code if self.config is not None else ""

    # ---- sync hooks ----------------------------------------------------------------------
    @Slot(bool, int, int, str)
    def set_sync_state(self, online: bool, pending: int, failed: int, message: str) -> None:
        """What the sync bridge reports: its counts are the newest, so queue reads asked
        before it are dropped when they answer."""
        self._counts.take(self._counts.ask())
        self._sync = (online, pending, failed, message)
        self._show_sync()

    def _show_sync(self) -> None:
        self.status.set_sync_state(*self._sync)
        if "settings" in self.pages:
            self.settings.show_sync_state(self.status.syncLabel.text())

    def _on_changed(self, changes: Changes) -> None:
        """A local write adds outbox events: the pending count follows at once."""
        sync = self.ctx.desk.sync
        if changes.dossiers or changes.sync:
            number = self._counts.ask()
            self.ctx.jobs.run(sync.counts,
                              on_done=lambda counts: self._show_counts(counts, number))
        if changes.sync:  # a pull may bring news of a newer desk release
            asked = self._notice.ask()
            self.ctx.jobs.run(sync.update_notice,
                              on_done=lambda notice: self._show_notice(notice, asked))
        if changes.settings:  # the desk's identity may have changed (first run, Cài đặt)
            self.ctx.jobs.run(self.ctx.desk.config, on_done=self._show_config)
            if self.ctx.officer is not None and not self.locked:  # the idle lock's period
                self._start_idle_watch()

    def _show_notice(self, notice, number: int) -> None:
        if self._notice.take(number):
            self.status.set_update_notice(notice)

    def _show_counts(self, counts: tuple[int, int], number: int) -> None:
        if not self._counts.take(number):
            return  # read before the counts already shown: stale
        online, _pending, _failed, message = self._sync
        self._sync = (online, counts[0], counts[1], message)
        self._show_sync()

    def set_sync_panel(self, panel: QWidget) -> None:
        self._sync_panel = panel
        if "settings" in self.pages:
            self.settings.set_sync_panel(panel)
            self.settings.syncNowButton.hide()  # the panel has its own "Đồng bộ ngay"

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(LOAD_ANYWAY_MS, self, self._start_loading)
        if self.ctx.officer is None:
            self.sign_in.focus_first()  # focus set before the window existed is lost

    def closeEvent(self, event) -> None:
        self._closed = True
        self.closing.emit()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
            app.removeEventFilter(self.idle_watch)
        self.idle_watch.stop()
        self.ctx.abandon_opening()  # jobs waiting for a desk not open yet end now
        self.ctx.jobs.shutdown(5000)
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if event.key() == Qt.Key.Key_F5 and self.ctx.officer is not None and not self.locked:
            self.ctx.jobs.changed.emit(Changes(dossiers=True))
