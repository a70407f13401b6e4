"""The citizen-facing screen, driven as the officer works: it mirrors the intake as it is
typed, shows nothing personal once the dossier is saved or the window locks, records the
rating the citizen touches at the hand-back into the store, calls ticket numbers (which
are kept with the dossier), and follows the PC's screens coming and going."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.citizen_view import Screen
from onestop_desktop.domain.returns import Rating
from onestop_desktop.domain.status import Status
from onestop_desktop.services import desk_settings
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import dossier_repo, return_repo
from onestop_desktop.ui.citizen_screen import CitizenScreen, Mode, choose_place
from tests.conftest import sample_request

from .conftest import (
    focus,
    idle,
    press,
    print_from_preview,
    scan,
    sign_in,
    type_a_birth_registration,
    type_keys,
)

ROOT = Path(__file__).resolve().parents[2]
NAME = "Lê Thị Mai"  # type_a_birth_registration's applicant


def _citizen(qtbot, win):
    """The citizen's screen, once the window has built it (after its pages)."""
    qtbot.waitUntil(lambda: win.citizen is not None, timeout=10_000)
    idle(qtbot, win)
    return win.citizen.screen


def _shown_text(screen: CitizenScreen) -> str:
    """Every text the screen holds (on any of its pages, shown or not), and its table's."""
    texts = [label.text() for label in screen.findChildren(QLabel)]
    table = screen.papersTable
    texts += [table.item(r, c).text() for r in range(table.rowCount())
              for c in range(table.columnCount()) if table.item(r, c) is not None]
    return "\n".join(texts)


def _screen(screen: CitizenScreen) -> Screen:
    return screen.view.screen


def test_the_citizen_screen_mirrors_the_intake_live_and_forgets_it_once_saved(
        qtbot, window, store):
    sign_in(qtbot, window, store)
    screen = _citizen(qtbot, window)
    assert _screen(screen) is Screen.IDLE
    qtbot.waitUntil(lambda: "Thanh Hóa" in screen.centreLabel.text(), timeout=5_000)
    page = window.intake
    page.procedureSearch.setFocus()
    type_keys("khai sinh", settle=False)
    press(Qt.Key.Key_Return)
    # The procedure, its papers and the appointment, as soon as it is chosen.
    qtbot.waitUntil(lambda: _screen(screen) is Screen.INTAKE, timeout=2_000)
    assert screen.procedureValue.text() == page.procedure.name
    qtbot.waitUntil(lambda: screen.appointmentValue.text() != "—", timeout=5_000)
    ticked = [page.checklistTable.item(r, 0).text() for r in range(page.checklistTable.rowCount())
              if page.checklistTable.item(r, 0).checkState() == Qt.CheckState.Checked]
    assert [screen.papersTable.item(r, 0).text()
            for r in range(screen.papersTable.rowCount())] == ticked
    # The name, key by key as the officer types it.
    assert focus() is page.nameEdit
    type_keys("Lê")
    qtbot.waitUntil(lambda: screen.nameValue.text() == "Lê", timeout=1_000)
    type_keys(" Thị Mai")
    qtbot.waitUntil(lambda: screen.nameValue.text() == NAME, timeout=1_000)
    # A paper unticked leaves the citizen's list.
    table = page.checklistTable
    table.setFocus()
    table.setCurrentCell(0, 0)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.papersTable.rowCount() == len(ticked) - 1, timeout=1_000)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.papersTable.rowCount() == len(ticked), timeout=1_000)
    # The rest of the applicant, then the save: the screen goes back to the notices.
    page.idEdit.setFocus()
    for text in ("038190054321", "0987111222", "Thanh Hóa"):
        type_keys(text)
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    qtbot.waitUntil(lambda: _screen(screen) is Screen.IDLE, timeout=2_000)
    assert NAME not in _shown_text(screen) and "038190054321" not in _shown_text(screen)
    print_from_preview(qtbot, page.printing)
    idle(qtbot, window)


def test_the_clear_button_and_the_lock_hide_the_citizens_data(qtbot, window, store):
    sign_in(qtbot, window, store)
    screen = _citizen(qtbot, window)
    window.citizen.action.setChecked(True)  # shown as a window: a PC with one screen
    assert screen.isVisible()
    qtbot.wait(100)  # the platform activates a new window: the officer keeps the keyboard
    assert QApplication.activeWindow() is window and focus() is window.intake.procedureSearch
    type_a_birth_registration(qtbot, window)
    qtbot.waitUntil(lambda: screen.nameValue.text() == NAME, timeout=1_000)
    window.lock()
    # Still on (the citizen's monitor is not left blank), showing nothing of the intake.
    qtbot.waitUntil(lambda: _screen(screen) is Screen.IDLE, timeout=1_000)
    assert screen.isVisible() and NAME not in _shown_text(screen)
    window.lock_screen.passwordEdit.setFocus()
    type_keys("mat-khau-quay-1")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    qtbot.waitUntil(lambda: _screen(screen) is Screen.INTAKE, timeout=1_000)
    assert screen.nameValue.text() == NAME  # the intake under way comes back
    window.intake.clearButton.click()
    qtbot.waitUntil(lambda: _screen(screen) is Screen.IDLE, timeout=1_000)
    assert NAME not in _shown_text(screen)
    window.sign_out()
    assert _screen(screen) is Screen.IDLE


def test_the_centres_notices_show_while_idle(qtbot, window, store):
    desk_settings.set_citizen_notices(store, "admin", ["Giờ làm việc: 7:30–11:30, 13:30–17:00",
                                                       "Không thu phí dịch vụ ngoài quy định"],
                                      by_officer=False)
    sign_in(qtbot, window, store)
    screen = _citizen(qtbot, window)
    qtbot.waitUntil(lambda: "Giờ làm việc" in screen.noticesLabel.text(), timeout=5_000)
    assert "Không thu phí dịch vụ" in screen.noticesLabel.text()
    assert screen.screens.currentWidget() is screen.idlePage



def test_a_rating_touched_by_the_citizen_is_recorded_with_the_hand_back(
        qtbot, window, store, done):
    sign_in(qtbot, window, store)
    screen = _citizen(qtbot, window)
    window.citizen.call_first = timedelta(0)
    window.intake.ticketEdit.setFocus()
    type_keys("A020")
    press(Qt.Key.Key_F8)  # the citizen's number called, for the hand-back
    assert _screen(screen) is Screen.CALLING
    window.show_page("return")
    page = window.returns
    scan(done.code)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: _screen(screen) is Screen.HAND_BACK, timeout=2_000)
    assert done.code in screen.resultValue.text()
    assert screen.rating_button(Rating.SATISFIED).isEnabled()
    qtbot.mouseClick(screen.rating_button(Rating.VERY_SATISFIED), Qt.MouseButton.LeftButton)
    # The officer's page shows the citizen's choice; the citizen's screen thanks them.
    assert page.ratingVerySatisfied.isChecked() and page.rating() is Rating.VERY_SATISFIED
    assert "Rất hài lòng" in page.messageLabel.text()
    assert "Rất hài lòng" in screen.ratingThanks.text()
    page.selfRadio.setFocus()
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    question = page.hand_back_question
    qtbot.waitUntil(question.isActiveWindow, timeout=5_000)
    qtbot.mouseClick(question.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã trả kết quả" in page.messageLabel.text(), timeout=10_000)
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, done.code)
        back = return_repo.get_return(session, row.id)
        assert row.status == Status.RETURNED and back.rating == int(Rating.VERY_SATISFIED)
    qtbot.waitUntil(lambda: _screen(screen) is Screen.IDLE, timeout=1_000)
    assert done.applicant.name not in _shown_text(screen)


def test_a_rating_is_not_taken_before_the_result_is_ready(qtbot, window, store):
    now = datetime.now(UTC)
    dossier = IntakeService(store, lambda: now).intake(
        sample_request(received_at=now.isoformat()), "lan")  # still being processed
    sign_in(qtbot, window, store)
    screen = _citizen(qtbot, window)
    window.show_page("return")
    scan(dossier.code)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: _screen(screen) is Screen.HAND_BACK, timeout=2_000)
    assert not screen.rating_button(Rating.DISSATISFIED).isEnabled()
    screen._rated(Rating.DISSATISFIED)  # a touch arriving anyway
    assert window.returns.rating() is None


def test_calling_numbers_and_the_ticket_kept_with_the_dossier(qtbot, window, store):
    sign_in(qtbot, window, store)
    screen = _citizen(qtbot, window)
    window.citizen.call_first = timedelta(seconds=3)  # 15 s at the counter
    page = window.intake
    page.ticketEdit.setFocus()
    type_keys("a012")
    press(Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: _screen(screen) is Screen.CALLING, timeout=1_000)
    assert screen.ticketValue.text() == "A012" and "Quầy số 1" in screen.callingDesk.text()
    press(Qt.Key.Key_F8)  # nobody came: the next one
    qtbot.waitUntil(lambda: screen.ticketValue.text() == "A013", timeout=1_000)
    assert page.ticketEdit.text() == "A013"
    type_a_birth_registration(qtbot, window)
    # Just called, the number stays first a moment, then the intake is shown.
    assert _screen(screen) is Screen.CALLING
    qtbot.waitUntil(lambda: _screen(screen) is Screen.INTAKE, timeout=6_000)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    print_from_preview(qtbot, page.printing)
    idle(qtbot, window)
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, page.last_code)
        assert row.ticket == "A013" and row.ticket_issued_at is None
        assert row.created_at - row.ticket_called_at < timedelta(seconds=30)
    assert page.ticketEdit.text() == "" and _screen(screen) is Screen.IDLE
    page.callNextButton.click()  # after the save: the one after the last called
    qtbot.waitUntil(lambda: screen.ticketValue.text() == "A014", timeout=1_000)


def test_a_scanned_ticket_brings_its_issue_time(qtbot, window, store):
    sign_in(qtbot, window, store)
    _citizen(qtbot, window)
    page = window.intake
    issued = datetime.now(LOCAL_TZ) - timedelta(minutes=25)
    type_a_birth_registration(qtbot, window)
    scan(f"B0042|{issued:%Y%m%d%H%M%S}")
    assert page.ticketEdit.text() == "B0042"
    assert page.nameEdit.text() == NAME  # the scan went to the ticket, not the field
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.last_code), timeout=10_000)
    print_from_preview(qtbot, page.printing)
    idle(qtbot, window)
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, page.last_code)
        assert row.ticket == "B0042" and row.ticket_called_at is None
        assert row.ticket_issued_at == issued.replace(microsecond=0).astimezone(UTC)


def test_a_wrong_ticket_is_said_beside_it_and_nothing_is_saved(qtbot, window, store):
    sign_in(qtbot, window, store)
    _citizen(qtbot, window)
    page = window.intake
    type_a_birth_registration(qtbot, window)
    page.ticketEdit.setFocus()
    type_keys("số 5")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    assert not page.last_code and page.ticketEdit.property("invalid")
    assert "A012" in page.ticketError.text()


# ---- where the window goes ------------------------------------------------------------------

def test_the_place_follows_the_mode_and_the_screens():
    assert choose_place(Mode.AUTO, ["main", "wall"], "main") == ("wall", True)
    assert choose_place(Mode.ON, ["main", "wall"], "main") == ("wall", True)
    assert choose_place(Mode.AUTO, ["main"], "main") == (None, False)
    assert choose_place(Mode.ON, ["main"], "main") == ("main", False)
    assert choose_place(Mode.OFF, ["main", "wall"], "main") == (None, False)
    assert choose_place(Mode.ON, [], None) == (None, False)  # every screen gone


def test_a_screen_unplugged_and_plugged_in_again(qtbot):
    """Offscreen Qt has one screen and cannot unplug it: the handlers are called as the
    application's signals would call them, with that screen as the one removed."""
    screen = CitizenScreen()
    qtbot.addWidget(screen)
    only = QGuiApplication.primaryScreen()
    screen.mode = Mode.ON
    assert screen.place() is only and screen.isVisible() and not screen.isFullScreen()
    screen.screen_removed(only)  # no screen left at all: hidden, no crash
    assert not screen.isVisible()
    screen.screen_added(only)
    assert screen.isVisible()
    screen.mode = Mode.AUTO  # the officer's screen alone: not shown unless asked for
    screen.screen_removed(QGuiApplication.primaryScreen())
    assert not screen.isVisible()
    assert screen.place() is None and not screen.isVisible()


def test_the_menu_action_shows_and_hides_it_and_is_remembered(qtbot, window, store):
    sign_in(qtbot, window, store)
    screen = _citizen(qtbot, window)
    action = window.citizen.action
    assert action in window.status.accountButton.menu().actions()
    assert not screen.isVisible() and not action.isChecked()  # one screen, not asked for
    action.trigger()
    assert screen.isVisible() and window.ctx.ui_settings.value("citizen/screen") == "on"
    action.trigger()
    assert not screen.isVisible() and window.ctx.ui_settings.value("citizen/screen") == "off"


TWO_SCREENS = """
import sys
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QGuiApplication
from onestop_desktop.ui.citizen_screen import CitizenScreen, Mode
app = QApplication([])
screen = CitizenScreen()
for mode in (Mode.AUTO, Mode.ON):
    screen.mode = mode
    placed = screen.place()
    app.processEvents()
    primary = QGuiApplication.primaryScreen()
    print(len(QGuiApplication.screens()), placed is not primary, screen.isFullScreen(),
          screen.screen().name() == placed.name(), screen.geometry() == placed.geometry())
"""


def test_with_a_second_screen_it_goes_there_full_screen(tmp_path):
    """Two screens, as Qt's offscreen platform can be told to have."""
    config = tmp_path / "screens.json"
    config.write_text('{"screens": ['
                      '{"name": "Officer", "x": 0, "y": 0, "width": 1366, "height": 768},'
                      '{"name": "Citizen", "x": 1366, "y": 0, "width": 1920, "height": 1080}'
                      ']}', encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", TWO_SCREENS], capture_output=True,
                            text=True, timeout=60, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["2 True True True True"] * 2


def test_the_screenshot_of_the_citizen_screen(tmp_path):
    out = tmp_path / "citizen.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ONESTOP_WINDOW_SIZE": "1920x1080"}
    run = "import sys; from onestop_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run([sys.executable, "-c", run, "--data-dir", str(tmp_path / "d"),
                             "--screenshot", str(out), "--page", "citizen"],
                            capture_output=True, text=True, timeout=90, env=env, check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    assert image.pixelColor(5, 1075).name() == "#0b1f3a"  # its own dark background


def test_a_head_edits_the_notices_in_settings_and_the_screen_follows(qtbot, window, store):
    sign_in(qtbot, window, store, username="hoa", role="head")
    screen = _citizen(qtbot, window)
    window.show_page("settings")
    page = window.settings
    assert not page.noticesEdit.isReadOnly() and page.saveNoticesButton.isVisible()
    page.noticesEdit.setFocus()
    type_keys("Giờ làm việc: 7:30–17:00")
    press(Qt.Key.Key_Return)
    type_keys("Vui lòng lấy số thứ tự")
    qtbot.mouseClick(page.saveNoticesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã lưu 2 thông báo" in page.noticesMessage.text(), timeout=5_000)
    assert desk_settings.citizen_notices(store) == ("Giờ làm việc: 7:30–17:00",
                                                    "Vui lòng lấy số thứ tự")
    qtbot.waitUntil(lambda: "Vui lòng lấy số thứ tự" in screen.noticesLabel.text(),
                    timeout=5_000)


def test_an_officer_sees_the_notices_but_cannot_change_them(qtbot, window, store):
    desk_settings.set_citizen_notices(store, "admin", ["Giờ làm việc"], by_officer=False)
    sign_in(qtbot, window, store)
    window.show_page("settings")
    page = window.settings
    qtbot.waitUntil(lambda: page.noticesEdit.toPlainText() == "Giờ làm việc", timeout=5_000)
    assert page.noticesEdit.isReadOnly() and not page.saveNoticesButton.isVisible()
