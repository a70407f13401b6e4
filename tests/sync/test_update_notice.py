"""The centre announces a newer desk release; the desk pulls it and says so in its status bar."""

from __future__ import annotations

import json

from onestop_central import service
from onestop_central.cli import main as central_main
from onestop_desktop import __version__
from onestop_desktop.desk import Changes, Desk
from onestop_desktop.services import dossier_queries
from onestop_desktop.store import sync_repo
from onestop_desktop.ui.context import DeskContext
from onestop_desktop.ui.jobs import Jobs
from onestop_desktop.ui.main_window import MainWindow
from tests.sync.desks import engine, make_desk

AGENCY = "000.00.01.H22"


def test_announced_version_reaches_the_status_bar(qtbot, tmp_path, central):
    store = make_desk(tmp_path / "desk", 1)
    token = central.add_device("Quầy 1", AGENCY, 1)
    assert dossier_queries.update_notice(store) is None
    with central.db.transaction() as session:
        service.announce_desk_version(session, "99.0.0")
    report = engine(store, central.url, token).run_once()
    assert report.clean and report.pulled == 1
    with store.read() as session:
        assert sync_repo.latest_desk_version(session) == "99.0.0"

    ctx = DeskContext(desk=Desk(store), jobs=Jobs())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    label = window.status.updateLabel
    qtbot.waitUntil(label.isVisible, timeout=5_000)  # read by a background job at start
    assert label.text() == "Có bản mới 99.0.0"
    assert "99.0.0" in label.toolTip() and __version__ in label.toolTip()
    # A later announcement of an older release (a rollback) hides the notice.
    with central.db.transaction() as session:
        service.announce_desk_version(session, "0.0.1")
    engine(store, central.url, token).run_once()
    ctx.jobs.changed.emit(Changes(sync=True))
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=5_000)
    window.close()
    assert ctx.jobs.wait(5_000)
    store.close()


def test_announce_command(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert central_main(["desk-version", "announce", "0.3.0", "--db", db]) == 0
    assert central_main(["desk-version", "announce", "mới nhất", "--db", db]) == 2
    assert "Phiên bản không hợp lệ" in capsys.readouterr().err
    assert central_main(["stats", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == 1
