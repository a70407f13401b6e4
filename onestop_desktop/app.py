"""The one place that wires configuration -> store -> services -> window."""

from __future__ import annotations

import logging
import os
import sys
import time

from .cli.common import open_data_dir
from .services.setup import ensure_embedded_default
from .store.database import Store

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


def build_window(store: Store, *, sync: bool = True, auto_sync: bool = True):
    """QApplication must exist. Returns the main window, wired to sync when `sync`
    (background runs only with `auto_sync`: a screenshot shows the panel, sends nothing)."""
    from .ui.context import DeskContext
    from .ui.jobs import Jobs
    from .ui.main_window import MainWindow

    ctx = DeskContext(store=store, jobs=Jobs())
    window = MainWindow(ctx)
    if sync:
        _wire_sync(window, store, auto_sync)
    return window


def _wire_sync(window, store: Store, auto: bool = True) -> None:
    """Background sync (ui/sync_bridge.py) into the status bar, its panel into Cài đặt."""
    try:
        from .services.sync_port import StoreSyncPort
        from .ui.sync_bridge import NOT_CONFIGURED, SyncBridge
        from .ui.sync_panel import SyncPanel
    except ImportError:  # a build without sync: the status bar stays "offline"
        return
    bridge = SyncBridge(StoreSyncPort(store), store.path.parent, parent=window)

    def show_state(online: bool, pending: int, failed: int, message: str) -> None:
        if message == NOT_CONFIGURED:
            message = window.tr("chưa cấu hình máy chủ")
        window.set_sync_state(online, pending, failed, message)

    bridge.state_changed.connect(show_state)
    bridge.finished.connect(lambda _report: window.ctx.jobs.changed.emit("sync"))
    window.sync_requested.connect(bridge.sync_now)
    window.set_sync_panel(SyncPanel(store, bridge, jobs=window.ctx.jobs))
    window.closing.connect(lambda: bridge.shutdown(5000))
    window.sync_bridge = bridge
    if auto:
        bridge.start_auto()


def _first_run(store: Store) -> None:
    """The set-up wizard while the desk runs on the embedded demo configuration.
    "Để sau" keeps the demo; the sign-in page then offers to create the first account."""
    try:
        from .services.first_run import needs_first_run
        from .ui.first_run import FirstRunWizard
    except ImportError:
        return
    if needs_first_run(store):
        FirstRunWizard(store).exec()


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
    from .services import dossier_queries
    from .services.accounts import Officer
    from .services.dossier_queries import DossierFilter

    width, height = _window_size()
    window.resize(width, height)
    window.show()
    if page != "signin":
        window.enter(Officer(*SCREENSHOT_OFFICER))
        _settle(app, window)
        if page == "detail":
            latest = dossier_queries.find_dossiers(window.ctx.store, DossierFilter(limit=1))
            if latest:
                window.open_dossier(latest[0].code)
            else:
                window.show_page("detail")
        elif page == "return":
            window.show_page("return")
            latest = dossier_queries.find_dossiers(window.ctx.store,
                                                   DossierFilter(status=9, limit=1))
            if latest:
                window.returns.load(latest[0].code)
        else:
            window.show_page(page)
    _settle(app, window)
    return window.grab().save(path)


def close_store(window, store: Store) -> bool:
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
    store.close()
    return True


def run_app(args) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import apply_style, install_translation

    if args.screenshot:
        # A screenshot needs no display: render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store = open_data_dir(args)  # a path that cannot hold a store: exit 2, said plainly
    ensure_embedded_default(store)
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
            guard = SingleInstance(store.path.parent)
            if not guard.acquire():
                store.close()
                return 0  # the running desk was asked to come forward
        _first_run(store)
    window = build_window(store, auto_sync=not args.screenshot)
    if guard is not None:
        guard.bring_forward_on_activate(window)
    try:
        if args.screenshot:
            page = getattr(args, "page", "intake") or "intake"
            if page not in SCREENSHOT_PAGES:
                print(f"error: --page must be one of {', '.join(SCREENSHOT_PAGES)}",
                      file=sys.stderr)
                return 2
            ok = take_screenshot(app, window, args.screenshot, page)
            window.close()
            return 0 if ok else 1
        window.show()
        window.activateWindow()
        return app.exec()
    finally:
        close_store(window, store)  # before the guard lets another desk start on it
        if guard is not None:
            guard.release()
