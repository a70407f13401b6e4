"""The English build: the .ts holds every UI string, the shipped .qm translates the window."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from onestop_desktop.resources import resource_path
from onestop_desktop.ui.i18n import _installed, install_translation

from .conftest import sign_in

REPO = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "onestop_en.ts")


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_ts_file_has_every_ui_string(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = [*map(str, (REPO / "onestop_desktop" / "ui").glob("*.py")),
               str(REPO / "onestop_desktop" / "app.py"), *map(str, (REPO / "forms").glob("*.ui"))]
    result = subprocess.run(["pyside6-lupdate", *sources, "-ts", str(copy)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "(0 new and" in result.stdout, "run pyside6-lupdate (see README) and translate"
    untranslated = copy.read_text(encoding="utf-8").count('type="unfinished"')
    assert untranslated == 0, f"{untranslated} strings have no English translation yet"


def test_english_build_translates_the_window(qtbot, window, store):
    from onestop_desktop.desk import Desk
    from onestop_desktop.ui.context import DeskContext
    from onestop_desktop.ui.jobs import Jobs
    from onestop_desktop.ui.main_window import MainWindow

    app = QCoreApplication.instance()
    panel_jobs = Jobs()
    try:
        assert install_translation(app, "en")

        english = MainWindow(DeskContext(desk=Desk(store), jobs=Jobs()))
        qtbot.addWidget(english)
        nav = [english.nav.item(i).text() for i in range(english.nav.count())]
        assert nav == ["Intake", "Dossiers", "Return", "Reports", "Settings"]
        assert english.intake.saveButton.text() == "Save and print receipt (Ctrl+S)"
        assert english.status.officerLabel.text() == "Not signed in"
        english.close()
        from onestop_desktop.ui.sync_panel import SyncPanel

        panel = SyncPanel(Desk(store), jobs=panel_jobs)
        qtbot.addWidget(panel)
        assert panel.retry_button.text() == "Retry"
        assert panel.table.horizontalHeaderItem(4).text() == "Reason"
    finally:
        # The panel's first read ends (and answers) before the store can be closed.
        assert panel_jobs.wait(10_000)
        qtbot.waitUntil(lambda: not panel_jobs.busy, timeout=10_000)
        for translator in _installed:
            app.removeTranslator(translator)
        _installed.clear()
    sign_in(qtbot, window, store)  # the Vietnamese window is untouched
    assert window.nav.item(0).text() == "Tiếp nhận"
