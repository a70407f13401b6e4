"""The real window on a store, its list opened and scrolled; prints what it saw as JSON.

    python -m tests.ui.million_window DATA_DIR PAGES

(tests/ui/test_list_at_a_million.py runs it in a process of its own.)"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main(data_dir: str, pages: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from onestop_desktop.app import build_window
    from onestop_desktop.desk import Desk
    from onestop_desktop.domain.officer import Officer
    from onestop_desktop.ui.i18n import apply_style

    app = QApplication([])
    apply_style(app)
    window = build_window(Desk.open(Path(data_dir)), sync=False)
    window.resize(1366, 768)
    window.show()
    window.enter(Officer("lan", "Nguyễn Thị Lan", "officer"))
    jobs = window.ctx.jobs

    def wait(done, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the list did not answer in time")
            app.processEvents()
            time.sleep(0.001)

    def idle() -> bool:
        return not jobs.busy and jobs.pool.activeThreadCount() == 0

    window.show_page("list")
    page = window.dossiers
    model = page.resultTable.model()
    wait(lambda: model.rowCount() > 0 and idle() and page.countLabel.text() != "")
    first_rows = model.rowCount()
    for _ in range(pages):
        before = model.rowCount()
        page.resultTable.scrollToBottom()  # the view asks for the next page itself
        wait(lambda b=before: model.rowCount() > b and idle())
    deadline = time.monotonic() + 2  # idle, as the officer reads
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    received = [row.received_at for row in model.rows]
    return {"first_rows": first_rows, "rows": model.rowCount(),
            "count": page.countLabel.text(),
            "in_order": received == sorted(received, reverse=True),
            "distinct": len({row.code for row in model.rows}), "rss_mb": rss_mb()}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]))), flush=True)
    os._exit(0)  # the window's threads are not awaited: the answer is out
