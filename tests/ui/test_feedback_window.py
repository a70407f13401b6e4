"""Feedback in the window, as an officer works: from a dossier's page the officer's menu
opens "Phản ánh, kiến nghị…" with the dossier and its procedure filled in; typed at a
person's pace, Ctrl+S takes it and shows the acknowledgement, Ctrl+P prints it (its
barcode read back from the printed PDF); a refusal marks the field; the centre's answer,
once pulled, shows in the list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from onestop_desktop.desk import Changes
from onestop_desktop.domain.officer import Officer
from onestop_desktop.store import sync_repo
from onestop_desktop.sync import protocol as p
from onestop_desktop.ui.widgets import full_text
from tests.conftest import AGENCY, sample_request
from tests.test_documents_pdfcheck import code128

from .conftest import focus, idle, press, print_from_preview, screens_dir, sign_in, type_keys


def _shoot(widget, name: str) -> None:
    QTest.qWait(50)
    folder = screens_dir("feedback")
    if folder is not None:
        assert widget.grab().save(str(folder / name))


def _open_from_menu(qtbot, win):
    win.feedback_action.trigger()
    qtbot.waitUntil(lambda: getattr(win, "feedback_dialog", None) is not None
                    and win.feedback_dialog.isVisible(), timeout=5_000)
    dialog = win.feedback_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    return dialog


def test_feedback_about_a_dossier_taken_printed_and_answered(qtbot, window, store):
    win = window
    win.resize(1366, 768)
    sign_in(qtbot, win, store)
    dossier = win.ctx.desk.dossiers.take_in(
        sample_request(received_at=datetime.now(UTC).isoformat()),
        Officer("lan", "Nguyễn Thị Lan", "officer")).value
    win.open_dossier(dossier.code)
    idle(qtbot, win)
    dialog = _open_from_menu(qtbot, win)
    body = dialog.body
    assert body.dossierEdit.text() == dossier.code
    assert body.procedureEdit.text() == dossier.procedure_code
    assert focus() is body.nameEdit

    # Nothing typed: Ctrl+S says what is missing and marks the field; nothing is taken.
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, win)
    assert full_text(body.errorLabel) == "Chưa nhập họ tên người phản ánh, kiến nghị."
    assert body.nameEdit.property("invalid") is True
    assert win.ctx.desk.feedback.page() == []

    type_keys("Trần Văn Bình", pace_ms=100)
    assert body.nameEdit.property("invalid") is False  # corrected: no longer marked
    assert full_text(body.errorLabel) != ""  # the phone is still wanted
    press(Qt.Key.Key_Return)
    type_keys("0912345678", pace_ms=100)
    assert full_text(body.errorLabel) == "Chưa nhập nội dung phản ánh, kiến nghị."
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)  # no e-mail
    press(Qt.Key.Key_Return)  # the procedure as filled in
    press(Qt.Key.Key_Return)  # the dossier as filled in
    assert focus() is body.contentEdit
    type_keys("Chờ quá lâu ở quầy số 2.", pace_ms=100)
    _shoot(dialog, "feedback_dialog_typed.png")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    printed = print_from_preview(qtbot, dialog.printing)
    idle(qtbot, win)
    (taken,) = win.ctx.desk.feedback.page()
    assert (taken.name, taken.phone, taken.dossier_id, taken.content) == (
        "Trần Văn Bình", "0912345678", dossier.id, "Chờ quá lâu ở quầy số 2.")
    assert code128(Path(printed).read_bytes()) == [taken.code]
    assert full_text(body.messageLabel) in ("Đã in phiếu tiếp nhận.",
                                            f"Đã tiếp nhận phản ánh, kiến nghị {taken.code}.")
    assert body.nameEdit.text() == "" and body.listTable.rowCount() == 1
    assert body.listTable.item(0, 4).text() == "Đã tiếp nhận"

    # The centre answers; the pull brings it, and the list shows it.
    now = datetime.now(UTC)
    with store.transaction() as session:
        sync_repo.apply_changes(session, [{
            "seq": 1, "kind": p.CHANGE_FEEDBACK, "at": now.isoformat(), "dossier_id": None,
            "data": {"id": taken.id, "code": taken.code, "status": "answered",
                     "at": now.isoformat(), "answer": "Đã bố trí thêm một cán bộ.",
                     "answered_by": "phong-tn", "answered_at": now.isoformat()}}], 1, now)
    win.ctx.jobs.changed.emit(Changes(sync=True))
    qtbot.waitUntil(lambda: body.listTable.item(0, 4).text() == "Đã trả lời ✓", timeout=5_000)
    body.listTable.setFocus()
    body.listTable.selectRow(0)
    assert "Đã bố trí thêm một cán bộ." in body.detailLabel.text()
    assert "phong-tn" in body.detailLabel.text()
    _shoot(dialog, "feedback_dialog_answered.png")
    dialog.reject()


def test_opened_elsewhere_the_dialog_starts_empty_and_lists_newest_first(qtbot, window,
                                                                        store):
    win = window
    sign_in(qtbot, win, store)
    officer = Officer("lan", "Nguyễn Thị Lan", "officer")
    for name in ("Người thứ nhất", "Người thứ hai"):
        win.ctx.desk.feedback.take_in({"name": name, "email": "a@example.vn",
                                       "content": "Góp ý."}, officer)
    dialog = _open_from_menu(qtbot, win)
    idle(qtbot, win)
    body = dialog.body
    assert body.dossierEdit.text() == "" and body.procedureEdit.text() == ""
    assert [body.listTable.item(r, 2).text() for r in range(2)] == [
        "Người thứ hai", "Người thứ nhất"]
    assert body.listTable.item(0, 0).text().startswith("PA-")
    assert body.listTable.item(0, 0).toolTip().startswith(f"{AGENCY}-PA-")
    dialog.reject()
