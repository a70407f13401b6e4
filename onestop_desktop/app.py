"""The one place that wires configuration -> the desk (the application boundary) -> window."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .desk import Changes
from .display_check import display_problem
from .domain.errors import OfficerError
from .logs import LOG_FILE
from .paths import data_dir
from .store import DB_FILENAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .desk import Desk
    from .ui.opening import DeskOpening

log = logging.getLogger(__name__)

SCREENSHOT_PAGES = ("signin", "intake", "list", "return", "detail", "reports", "settings",
                    "citizen")
SCREENSHOT_OFFICER = ("screenshot", "Ảnh chụp màn hình", "officer")


def _window_size() -> tuple[int, int]:
    """ONESTOP_WINDOW_SIZE=1920x1080 (docs and checks); the default fits a 1366×768 screen."""
    text = os.environ.get("ONESTOP_WINDOW_SIZE", "1366x768")
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        return 1366, 768
    return width, height


def build_window(desk: Desk | DeskOpening, *, sync: bool = True, auto_sync: bool = True,
                 sync_later: bool = False):
    """QApplication must exist. Returns the main window on `desk`, or on a desk still
    being opened (ui/opening.py), wired to sync when `sync` (background runs only with
    `auto_sync`: a screenshot shows the panel, sends nothing); with `sync_later`, once the
    window has been painted and its pages built (the launch: the sync engine, httpx and
    the protocol models are not needed to sign in)."""
    from .ui.context import DeskContext
    from .ui.jobs import Jobs
    from .ui.main_window import MainWindow

    ctx = DeskContext(desk=desk, jobs=Jobs())
    window = MainWindow(ctx)
    if sync and sync_later:
        # httpx, pydantic and the protocol models take a good tenth of a second to
        # import: a worker does it, the GUI thread keeps answering the keyboard.
        def wire(_result=None) -> None:
            _wire_sync(window, window.ctx.desk, auto_sync)

        window.later(lambda: ctx.jobs.run(_import_sync_engine, on_done=wire, on_error=wire))
    elif sync:
        _wire_sync(window, window.ctx.desk, auto_sync)
    return window


def _import_sync_engine() -> None:
    """The sync engine's modules (no Qt in them), imported ahead of _wire_sync."""
    import importlib

    importlib.import_module("onestop_desktop.sync.engine")


def _sync_changes(report) -> Changes:
    """What a sync run changed for the views: the queue always; dossiers when the centre
    sent status changes (the list need not be read again every minute for nothing)."""
    return Changes(sync=True, dossiers=bool(getattr(report, "pulled", 0)))


def _wire_sync(window, desk: Desk, auto: bool = True) -> None:
    """Background sync (ui/sync_bridge.py) into the status bar, its panel into Cài đặt."""
    try:
        from .ui.sync_bridge import SyncBridge
        from .ui.sync_panel import SyncPanel
    except ImportError:  # a build without sync: the status bar stays "offline"
        return
    bridge = SyncBridge(desk.sync.port(), desk.data_dir, parent=window)
    bridge.state_changed.connect(window.set_sync_state)
    bridge.finished.connect(lambda report: window.ctx.jobs.changed.emit(_sync_changes(report)))
    window.sync_requested.connect(bridge.sync_now)
    window.set_sync_panel(SyncPanel(desk, bridge, jobs=window.ctx.jobs))
    window.closing.connect(lambda: bridge.shutdown(5000))
    window.sync_bridge = bridge
    if auto:
        bridge.start_auto()


def _care_for_store(window) -> None:
    """The integrity check once the desk is open, then the daily backup (ui/store_care.py)."""
    from .ui.store_care import StoreCare

    window.store_care = StoreCare(window)
    window.store_care.start()


def _first_run(desk: Desk, parent: QWidget | None = None) -> None:
    """The set-up wizard while the desk runs on the embedded demo configuration.
    "Để sau" keeps the demo; the sign-in page then offers to create the first account."""
    try:
        from .ui.first_run import FirstRunWizard
    except ImportError:
        return
    FirstRunWizard(desk, parent).exec()


def _settle(app, window, timeout_s: float = 10.0) -> None:
    """Let background jobs finish and their results reach the widgets."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if not window.ctx.jobs.busy and window.ctx.jobs.pool.activeThreadCount() == 0:
            app.processEvents()
            if not window.ctx.jobs.busy:
                return
        time.sleep(0.01)


def _wait_until_ready(app, window, timeout_s: float = 60.0) -> bool:
    """An existing desk's store opens once the window is painted: wait for it (or for
    the window to close, when it cannot be opened)."""
    deadline = time.monotonic() + timeout_s
    while not window.ctx.ready and window.isVisible() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    return window.ctx.ready


def take_screenshot(app, window, path: str, page: str) -> bool:
    from .domain.officer import Officer
    from .services.dossier_queries import DossierFilter

    width, height = _window_size()
    window.resize(width, height)
    window.show()
    if not _wait_until_ready(app, window):
        return False  # its store could not be opened (said on stderr)
    window.finish_loading()  # every page and the sync panel, as they are once loaded
    if page != "signin":
        window.enter(Officer(*SCREENSHOT_OFFICER))
        _settle(app, window)
        dossiers = window.ctx.desk.dossiers
        if page == "detail":
            latest = dossiers.page(DossierFilter(), limit=1).rows
            if latest:
                window.open_dossier(latest[0].code)
            else:
                window.show_page("detail")
        elif page == "citizen":
            from .ui.citizen_link import show_example_intake

            return show_example_intake(app, window, path, (width, height), _settle)
        elif page == "return":
            window.show_page("return")
            latest = dossiers.page(DossierFilter(status=9), limit=1).rows
            if latest:
                window.returns.load(latest[0].code)
        else:
            window.show_page(page)
    _settle(app, window)
    return window.grab().save(path)


def close_desk(window, desk: Desk) -> bool:
    """Close the store once nothing uses it any more: the window's jobs, then a sync run.

    Closing the window gave the run 5 s; one stuck on the network ends by itself within
    the client's timeout, so it gets that long (and a margin) before the store is
    closed. Still running after that: the store is left to the process's exit rather
    than closed under the worker. Returns whether it was closed."""
    settled = window.ctx.jobs.wait(5000)
    bridge = getattr(window, "sync_bridge", None)
    if bridge is not None and not bridge.shutdown(bridge.drain_ms):
        settled = False
    if not settled:
        log.warning("background work still running at exit: the store is left open")
        return False
    desk.close()
    return True


def open_desk_for_window(path: Path, clock: Callable[[], datetime] | None = None) -> Desk:
    """The desk of `path` with its configuration (the demo one if it has none yet)."""
    from .desk import Desk

    # One that cannot hold a store: DataDirUnusable.
    desk = Desk.open(path) if clock is None else Desk.open(path, clock=clock)
    desk.setup.ensure_embedded_default()
    return desk


def _open_on_thread(path: Path, clock: Callable[[], datetime]) -> Desk:
    """On the opening thread: the desk, then the pages' modules (while the officer types,
    the GUI thread need not import them)."""
    from .ui.main_window import import_pages

    desk = open_desk_for_window(path, clock)
    import_pages()
    return desk


class OpenBehindWindow:
    """An existing desk: its store opens once the window is painted (ui/opening.py).
    A first run then shows its wizard over the window; a store that cannot be opened is
    said (in a message over the window unless `interactive` is off: a screenshot) and
    the window closes, `exit_code` saying why."""

    def __init__(self, path: Path, *, interactive: bool = True):
        from .ui.opening import DeskOpening

        clock = partial(datetime.now, UTC)  # the desk's, and the status bar's before it
        self.opening = DeskOpening(path, partial(_open_on_thread, path, clock), clock)
        self.interactive = interactive
        self.exit_code: int | None = None
        self.window = None

    def attach(self, window) -> None:
        self.window = window
        window.painted.connect(self.opening.start)
        self.opening.opened.connect(self._opened)
        self.opening.failed.connect(self._failed)

    def _opened(self, desk: Desk, needs_first_run: bool) -> None:
        if needs_first_run and self.interactive:
            _first_run(desk, self.window)
        self.opening.set_ready(desk)

    def _failed(self, exc: Exception) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if isinstance(exc, OfficerError):
            text, self.exit_code = str(exc), 2
        else:  # a defect: the traceback goes to the log, the officer is told so
            log.error("unexpected error opening the desk: %s",
                      getattr(exc, "__traceback_text__", None) or repr(exc))
            text, self.exit_code = QCoreApplication.translate(
                "app", "Lỗi không mong đợi: chi tiết đã ghi vào nhật ký của quầy (%1); "
                       "hãy báo quản trị viên.").replace(
                "%1", str(self.opening.data_dir / LOG_FILE)), 1
        print(f"Lỗi: {text}", file=sys.stderr)
        if self.interactive:
            QMessageBox.critical(self.window, QCoreApplication.translate(
                "app", "Không mở được dữ liệu của quầy"), text)
        self.window.close()
        QApplication.exit(self.exit_code)

    def desk_to_close(self) -> Desk | None:
        """The desk the thread opened (None if it did not), once it has ended; nothing
        waits for it any more (the window's workers must end for the process to)."""
        self.opening.abandon()
        self.opening.join(30)
        return self.opening.opened_desk


def run_app(args) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.collector import GuiThreadCollector
    from .ui.i18n import apply_style, install_translation

    if args.screenshot:
        # A screenshot needs no display: render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:  # Qt would abort, naming the wrong library
        print(problem, file=sys.stderr)
        return 2
    path = data_dir(args.data_dir)
    desk: Desk | None = None
    behind: OpenBehindWindow | None = None
    # A new desk is made before the window (a first run shows its wizard first); an
    # existing one opens its store behind the sign-in page.
    if not (path / DB_FILENAME).is_file():
        desk = open_desk_for_window(path)  # one that cannot hold a store: exit 2, said
    app = QApplication.instance() or QApplication(sys.argv[:1])
    GuiThreadCollector(app)  # garbage holding Qt objects is collected on this thread only
    install_translation(app)
    apply_style(app)
    guard = None
    if not args.screenshot:
        try:
            from .ui.single_instance import SingleInstance
        except ImportError:
            SingleInstance = None
        if SingleInstance is not None:
            guard = SingleInstance(path)
            if not guard.acquire():
                if desk is not None:
                    desk.close()
                return 0  # the running desk was asked to come forward
        if desk is not None and desk.setup.needs_first_run():
            _first_run(desk)
    if desk is None:
        behind = OpenBehindWindow(path, interactive=not args.screenshot)
    window = build_window(desk or behind.opening, auto_sync=not args.screenshot,
                          sync_later=True)
    if behind is not None:
        behind.attach(window)
    if not args.screenshot:
        _care_for_store(window)
    if guard is not None:
        guard.bring_forward_on_activate(window)
    try:
        if args.screenshot:
            page = getattr(args, "page", "intake") or "intake"  # argparse checked it
            ok = take_screenshot(app, window, args.screenshot, page)
            window.close()
            code = 0 if ok else 1
        else:
            window.show()
            window.activateWindow()
            code = app.exec()
        # The store could not be opened behind the window: exit as the command line does.
        return (behind.exit_code or code) if behind is not None else code
    finally:
        if behind is not None:
            desk = behind.desk_to_close()  # an open under way ends first
        if desk is not None:
            close_desk(window, desk)  # before the guard lets another desk start on it
        if guard is not None:
            guard.release()
