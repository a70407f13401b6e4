"""The one place that wires configuration -> the desk (the application boundary) -> window."""

from __future__ import annotations

import logging
import os
import sys
import time

from .desk import Changes, Desk
from .display_check import display_problem
from .paths import data_dir

log = logging.getLogger(__name__)

SCREENSHOT_PAGES = ("signin", "intake", "list", "return", "detail", "reports", "settings")
SCREENSHOT_OFFICER = ("screenshot", "Ảnh chụp màn hình", "officer")


def _window_size() -> tuple[int, int]:
    """ONESTOP_WINDOW_SIZE=1920x1080 (docs and checks); the default fits a 1366×768 screen."""
    text = os.environ.get("ONESTOP_WINDOW_SIZE", "1366x768")
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        return 1366, 768
    return width, height


def build_window(desk: Desk, *, sync: bool = True, auto_sync: bool = True,
                 sync_later: bool = False):
    """QApplication must exist. Returns the main window, wired to sync when `sync`
    (background runs only with `auto_sync`: a screenshot shows the panel, sends nothing);
    with `sync_later`, once the window has been painted and its pages built (the launch:
    the sync engine, httpx and the protocol models are not needed to sign in)."""
    from .ui.context import DeskContext
    from .ui.jobs import Jobs
    from .ui.main_window import MainWindow

    ctx = DeskContext(desk=desk, jobs=Jobs())
    window = MainWindow(ctx)
    if sync and sync_later:
        window.later(lambda: _wire_sync(window, desk, auto_sync))
    elif sync:
        _wire_sync(window, desk, auto_sync)
    return window


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
    bridge = SyncBridge(desk.store, desk.data_dir, parent=window)
    bridge.state_changed.connect(window.set_sync_state)
    bridge.finished.connect(lambda report: window.ctx.jobs.changed.emit(_sync_changes(report)))
    window.sync_requested.connect(bridge.sync_now)
    window.set_sync_panel(SyncPanel(desk, bridge, jobs=window.ctx.jobs))
    window.closing.connect(lambda: bridge.shutdown(5000))
    window.sync_bridge = bridge
    if auto:
        bridge.start_auto()


def _first_run(desk: Desk) -> None:
    """The set-up wizard while the desk runs on the embedded demo configuration.
    "Để sau" keeps the demo; the sign-in page then offers to create the first account."""
    try:
        from .ui.first_run import FirstRunWizard
    except ImportError:
        return
    if desk.setup.needs_first_run():
        FirstRunWizard(desk).exec()


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


def take_screenshot(app, window, path: str, page: str) -> bool:
    from .domain.officer import Officer
    from .services.dossier_queries import DossierFilter

    width, height = _window_size()
    window.resize(width, height)
    window.show()
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


def run_app(args) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import apply_style, install_translation

    if args.screenshot:
        # A screenshot needs no display: render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:  # Qt would abort, naming the wrong library
        print(problem, file=sys.stderr)
        return 2
    desk = Desk.open(data_dir(args.data_dir))  # one that cannot hold a store: exit 2, said
    desk.setup.ensure_embedded_default()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translation(app)
    apply_style(app)
    guard = None
    if not args.screenshot:
        try:
            from .ui.single_instance import SingleInstance
        except ImportError:
            SingleInstance = None
        if SingleInstance is not None:
            guard = SingleInstance(desk.data_dir)
            if not guard.acquire():
                desk.close()
                return 0  # the running desk was asked to come forward
        _first_run(desk)
    window = build_window(desk, auto_sync=not args.screenshot, sync_later=True)
    if guard is not None:
        guard.bring_forward_on_activate(window)
    try:
        if args.screenshot:
            page = getattr(args, "page", "intake") or "intake"  # argparse checked it
            ok = take_screenshot(app, window, args.screenshot, page)
            window.close()
            return 0 if ok else 1
        window.show()
        window.activateWindow()
        return app.exec()
    finally:
        close_desk(window, desk)  # before the guard lets another desk start on it
        if guard is not None:
            guard.release()
