"""The one place that wires configuration -> store -> services -> window."""

from __future__ import annotations

import sys

from .paths import data_dir
from .services.setup import ensure_embedded_default
from .store.database import Store


def run_app(args) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    store = Store.open(data_dir(args.data_dir))
    ensure_embedded_default(store)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(store)
    if args.screenshot:
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        ok = window.grab().save(args.screenshot)
        store.close()
        return 0 if ok else 1
    window.show()
    code = app.exec()
    store.close()
    return code
