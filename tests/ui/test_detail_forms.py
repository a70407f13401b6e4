"""The dossier page's forms 01–06: the menu follows the status and the prints, forms 02–05
ask their details in a dialog before the first print, a reprint asks nothing."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime, timedelta

import pypdfium2
import pytest
from sqlalchemy import select

from onestop_desktop.desk import Changes
from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.errors import InvalidInput
from onestop_desktop.domain.status import Status
from onestop_desktop.services import dossier_actions, dossier_queries
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.printing import print_form
from onestop_desktop.store import dossier_repo
from onestop_desktop.store.models import PrintRow
from onestop_desktop.ui import print_preview
from onestop_desktop.ui.print_preview import PDFIUM_LOCK, PrintPreviewDialog
from tests.conftest import sample_request

from .conftest import idle, print_from_preview, sign_in, type_keys

REASON = "Cơ quan chuyên môn cần xác minh thêm thông tin về thửa đất."


@pytest.fixture
def dossier(store):
    """Received this morning (status 2, "Được tiếp nhận"); no form printed yet."""
    now = datetime.now(UTC)
    return IntakeService(store, lambda: now).intake(sample_request(received_at=now.isoformat()),
                                                    "lan")


def _open(qtbot, window, code: str):
    window.open_dossier(code)
    page = window.detail
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.dossier.code == code
                    and bool(page.choices), timeout=10_000)
    idle(qtbot, window)
    return page


def _prints(store, code: str, form: str) -> list[PrintRow]:
    with store.read() as session:
        dossier = dossier_repo.get_by_code(session, code)
        rows = list(session.scalars(select(PrintRow).where(PrintRow.dossier_id == dossier.id,
                                                           PrintRow.form == form)
                                    .order_by(PrintRow.copy_no)))
        session.expunge_all()
    return rows


def _pdf_text(path) -> str:
    with PDFIUM_LOCK:  # PDFium is not thread-safe: never beside a worker's render
        document = pypdfium2.PdfDocument(str(path))
        try:
            pages = [document[i] for i in range(len(document))]
            texts = [page.get_textpage() for page in pages]
            raw = " ".join(text.get_text_range() for text in texts)
            for item in (*texts, *pages):
                item.close()  # here, not by a finaliser outside the lock
        finally:
            document.close()
    return re.sub(r"\s+", " ", raw)


def _printed(qtbot, window, page, form: str):
    """Wait for the preview of `form`, print it (Ctrl+P) and wait for the page's reload."""
    qtbot.waitUntil(lambda: page.printing.last_preview is not None
                    and f"mau{form}" in str(page.printing.last_pdf), timeout=15_000)
    pdf = print_from_preview(qtbot, page.printing)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.choices[form].issued, timeout=10_000)
    return pdf


def _dialog(qtbot, page, form: str):
    qtbot.waitUntil(lambda: page.form_dialog is not None and page.form_dialog.isVisible()
                    and page.form_dialog.form == form, timeout=10_000)
    return page.form_dialog


def _set_new_due(dialog, moment: datetime) -> None:
    dialog.set_new_due(moment)


def test_menu_entries_follow_the_status(qtbot, window, store, dossier):
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    enabled = {f for f in ("01", "02", "03", "04", "05", "06")
               if page.form_action(f).isEnabled()}
    assert enabled == {"01", "04", "06"}
    assert page.formsButton.isEnabled() and page.formsButton.menu() is page.formsMenu
    for form in ("01", "04", "06"):
        action = page.form_action(form)
        assert action.text().startswith(f"In mẫu {form} — ")
        assert "Chỉ in lần đầu" not in action.toolTip()
    assert page.form_action("04").text().endswith("…")  # it asks before printing
    assert not page.form_action("06").text().endswith("…")  # blank handover rows
    for form, status in (("02", "5. Yêu cầu bổ sung giấy tờ"), ("03", "3. Không được tiếp nhận"),
                         ("05", "8. Dừng xử lý")):
        tip = page.form_action(form).toolTip()
        assert tip.startswith("Chỉ in lần đầu khi hồ sơ ở trạng thái") and status in tip
    assert page.receiptButton.text() == "In giấy tiếp nhận" and page.receiptButton.isEnabled()

    # Processing stopped: only the notice (05) may be issued; no receipt any more.
    dossier_actions.change_status(store, dossier.code, Status.STOPPED, actor="lan")
    window.ctx.jobs.changed.emit(Changes(dossiers=True))
    qtbot.waitUntil(lambda: page.detail.dossier.status is Status.STOPPED
                    and page.form_action("05").isEnabled(), timeout=10_000)
    assert [f for f in page.choices if page.form_action(f).isEnabled()] == ["05"]
    assert not page.receiptButton.isEnabled()
    assert "2. Được tiếp nhận" in page.receiptButton.toolTip()


def test_form_04_through_the_dialog_records_its_details(qtbot, window, store, dossier):
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    page.form_action("04").trigger()
    dialog = _dialog(qtbot, page, "04")
    # The default: the end of the working day after the current appointment.
    proposed = datetime.fromisoformat(dialog.new_due_text()).replace(tzinfo=LOCAL_TZ)
    due = dossier.due_at.astimezone(LOCAL_TZ)
    assert proposed > due and proposed.time().strftime("%H:%M") == "17:00"
    assert (proposed.date() - due.date()).days <= 5  # the next working day, not later
    new_due = (due + timedelta(days=7)).replace(hour=16, minute=30, second=0, microsecond=0)
    _set_new_due(dialog, new_due)
    dialog.reasonEdit.setFocus()
    type_keys(REASON)
    assert _prints(store, dossier.code, "04") == []  # nothing printed while asking
    dialog.printButton.click()
    pdf = _printed(qtbot, window, page, "04")

    assert not dialog.isVisible()
    [row] = _prints(store, dossier.code, "04")
    assert row.copy_no == 1 and row.actor == "lan"
    assert row.details["reason"] == REASON
    assert datetime.fromisoformat(row.details["new_due_at"]) == new_due
    text = _pdf_text(pdf)
    assert REASON in text and new_due.strftime("%d/%m/%Y") in text
    # The timeline lists the print, and the entry is now a reprint.
    qtbot.waitUntil(lambda: any("In mẫu 04" in e.text for e in page.detail.timeline),
                    timeout=5_000)
    assert page.form_action("04").text().startswith("In lại mẫu 04")


def test_a_bad_new_date_is_shown_and_nothing_printed(qtbot, window, store, dossier):
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    page.form_action("04").trigger()
    dialog = _dialog(qtbot, page, "04")
    _set_new_due(dialog, dossier.due_at - timedelta(hours=2))  # before the appointment
    dialog.printButton.click()
    error, edit = dialog.errors["new_due_at"]
    assert error.isVisible() and "Ngày hẹn trả mới phải sau" in error.text()
    assert edit.property("invalid") is True
    reason_error, _ = dialog.errors["reason"]
    assert reason_error.text() == "Chưa nhập lý do."
    assert dialog.isVisible()
    idle(qtbot, window)
    assert _prints(store, dossier.code, "04") == []
    assert page.printing.last_preview is None
    dialog.reject()
    idle(qtbot, window)
    assert _prints(store, dossier.code, "04") == []  # cancelling prints nothing either


def test_form_02_lists_the_missing_papers(qtbot, window, store):
    now = datetime.now(UTC)
    only_the_form = [{"name": "Giấy đề nghị đăng ký hộ kinh doanh", "original": 1}]
    dossier = IntakeService(store, lambda: now).intake(
        sample_request(received_at=now.isoformat(), status=5, documents=only_the_form), "lan")
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    assert page.form_action("02").isEnabled() and not page.form_action("04").isEnabled()
    page.form_action("02").trigger()
    dialog = _dialog(qtbot, page, "02")
    dialog.printButton.click()  # no paper listed yet
    assert "Chưa liệt kê giấy tờ" in dialog.errors["missing"][0].text()
    dialog.missingNameEdit.setFocus()
    qtbot.waitUntil(dialog.missingNameEdit.hasFocus, timeout=5_000)
    type_keys("Bản vẽ sơ đồ thửa đất")
    assert dialog.missingNameEdit.text() == "Bản vẽ sơ đồ thửa đất"
    dialog.add_missing_from_edit()
    dialog.missingTable.cellWidget(0, 3).setValue(2)  # and two photocopies
    dialog.printButton.click()
    pdf = _printed(qtbot, window, page, "02")
    [row] = _prints(store, dossier.code, "02")
    assert row.details["missing"] == [{"name": "Bản vẽ sơ đồ thửa đất", "original": 1,
                                       "certified": 0, "photo": 2}]
    assert row.details["reason"] == "Hồ sơ chưa đủ thành phần theo quy định."
    assert "Bản vẽ sơ đồ thửa đất" in _pdf_text(pdf)


def test_a_reprint_entry_prints_without_asking(qtbot, window, store, dossier):
    new_due = (dossier.due_at + timedelta(days=7)).astimezone(LOCAL_TZ)
    details = {"reason": REASON, "new_due_at": new_due.replace(tzinfo=None).isoformat()}
    print_form(store, "04", dossier.code, window.ctx.pdf_path("04", dossier.code),
               actor="lan", details=details)
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    action = page.form_action("04")
    assert action.isEnabled() and action.text().startswith("In lại mẫu 04")
    assert "Đã in 1 lần" in action.toolTip()
    action.trigger()
    pdf = _printed(qtbot, window, page, "04")
    assert page.form_dialog is None  # no dialog: a reprint says what the first said
    first, again = _prints(store, dossier.code, "04")
    assert again.copy_no == 2 and again.details == first.details
    text = _pdf_text(pdf)
    assert REASON in text and "BẢN IN LẠI" in text


def test_receipt_label_changes_after_the_first_print(qtbot, window, store, dossier):
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    assert page.receiptButton.text() == "In giấy tiếp nhận"
    assert page.form_action("01").text().startswith("In mẫu 01")
    page.receiptButton.click()
    page.receiptButton.click()  # a double click while the first print is out: one copy
    qtbot.waitUntil(lambda: page.printing.last_preview is not None, timeout=15_000)
    idle(qtbot, window)
    assert len(page.findChildren(PrintPreviewDialog)) == 1
    _printed(qtbot, window, page, "01")
    assert page.receiptButton.text() == "In lại giấy tiếp nhận"
    assert page.form_action("01").text().startswith("In lại mẫu 01")
    assert [r.copy_no for r in _prints(store, dossier.code, "01")] == [1]


def test_form_06_needs_no_details(qtbot, window, store, dossier):
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    page.form_action("06").trigger()
    _printed(qtbot, window, page, "06")
    assert page.form_dialog is None
    [row] = _prints(store, dossier.code, "06")
    assert row.details["handovers"] == []


def test_details_go_to_the_dossier_they_were_checked_for(qtbot, window, store, dossier):
    """A scan may open another dossier while the dialog is up: the print stays with the
    first one."""
    now = datetime.now(UTC)
    other = IntakeService(store, lambda: now).intake(
        sample_request(received_at=now.isoformat()), "lan")
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    page.form_action("04").trigger()
    dialog = _dialog(qtbot, page, "04")
    dialog.reasonEdit.setPlainText(REASON)
    page = _open(qtbot, window, other.code)
    dialog.printButton.click()
    print_from_preview(qtbot, page.printing)
    qtbot.waitUntil(lambda: len(_prints(store, dossier.code, "04")) == 1, timeout=15_000)
    idle(qtbot, window)
    assert _prints(store, other.code, "04") == []


def test_a_form_confirmed_while_another_prints_is_printed_next(qtbot, window, store, dossier,
                                                              monkeypatch):
    """Details confirmed in the dialog while the receipt is still being rendered are not
    lost: the page says to wait and prints the form once the receipt is out."""
    gate = threading.Event()
    original = print_preview.render_pages

    def held(path, dpi=print_preview.PREVIEW_DPI):
        assert gate.wait(20)
        return original(path, dpi)

    monkeypatch.setattr(print_preview, "render_pages", held)
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    try:
        page.receiptButton.click()
        assert page.printing.busy
        page.form_action("04").trigger()
        dialog = _dialog(qtbot, page, "04")
        dialog.reasonEdit.setPlainText(REASON)
        dialog.printButton.click()
        assert not dialog.isVisible()
        assert page.messageLabel.text() == "Đang in, chờ một chút…"
        page.receiptButton.click()  # the receipt again (a double click): not a second copy
        assert _prints(store, dossier.code, "04") == []
    finally:
        gate.set()
    _printed(qtbot, window, page, "04")
    [row] = _prints(store, dossier.code, "04")
    assert row.details["reason"] == REASON
    # The receipt's one preview is still up (the double click made no second); only
    # the form printed from its preview is counted.
    qtbot.waitUntil(lambda: len(page.findChildren(PrintPreviewDialog)) == 1, timeout=5_000)
    assert _prints(store, dossier.code, "01") == []
    assert page.messageLabel.text() == "Đã in mẫu 04."  # no "Đang in…" left


def test_a_slow_read_of_an_earlier_dossier_does_not_win(qtbot, window, store, dossier,
                                                        monkeypatch):
    """Open one dossier, then another by a scan: the first read answering last is dropped."""
    now = datetime.now(UTC)
    other = IntakeService(store, lambda: now).intake(
        sample_request(received_at=now.isoformat()), "lan")
    sign_in(qtbot, window, store)
    release = threading.Event()
    original = dossier_queries.dossier_detail

    def slow(store_, code):
        if code == dossier.code:
            assert release.wait(20)
        return original(store_, code)

    monkeypatch.setattr(dossier_queries, "dossier_detail", slow)
    page = window.detail
    try:
        window.open_dossier(dossier.code)
        window.open_dossier(other.code)
        qtbot.waitUntil(lambda: page.detail is not None
                        and page.detail.dossier.code == other.code, timeout=10_000)
    finally:
        release.set()
    idle(qtbot, window)
    assert page.detail.dossier.code == other.code == page.code
    assert other.code in page.titleLabel.text()


def test_a_background_reload_keeps_the_chosen_move_and_the_message(qtbot, window, store,
                                                                    dossier, monkeypatch):
    """Auto-sync reloads the page every minute: the move picked, the message not yet read and
    an open forms menu stay as they are; another dossier starts afresh."""
    now = datetime.now(UTC)
    other = IntakeService(store, lambda: now).intake(
        sample_request(received_at=now.isoformat()), "lan")
    sign_in(qtbot, window, store)
    page = _open(qtbot, window, dossier.code)
    combo = page.targetStatusCombo
    assert combo.currentData() == int(Status.PROCESSING)  # the first move offered

    def refused(*_args, **_kwargs):
        raise InvalidInput("Máy chủ chưa cho chuyển")

    monkeypatch.setattr(dossier_actions, "change_status", refused)
    combo.setCurrentIndex(combo.findData(int(Status.DONE)))
    page.changeStatusButton.click()
    qtbot.waitUntil(lambda: page.messageLabel.text() == "Máy chủ chưa cho chuyển",
                    timeout=5_000)
    idle(qtbot, window)

    # A print made meanwhile (another window) changes the forms while the menu is open.
    print_form(store, "06", dossier.code, window.ctx.pdf_path("06", dossier.code), actor="lan")
    page.formsMenu.popup(page.formsButton.mapToGlobal(page.formsButton.rect().bottomLeft()))
    qtbot.waitUntil(page.formsMenu.isVisible, timeout=5_000)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.ctx.jobs.changed.emit(Changes(sync=True))
    idle(qtbot, window)
    assert combo.currentData() == int(Status.DONE)
    assert page.messageLabel.text() == "Máy chủ chưa cho chuyển"
    assert page.messageLabel.isVisible()
    assert page.choices["06"].issued  # the page knows...
    assert page.form_action("06").text().startswith("In mẫu 06")  # ...the open menu waits
    page.formsMenu.hide()
    qtbot.waitUntil(lambda: page.form_action("06").text().startswith("In lại mẫu 06"),
                    timeout=5_000)

    page = _open(qtbot, window, other.code)
    assert page.messageLabel.text() == ""  # (the banner keeps its place, empty)
    assert combo.currentData() == int(Status.PROCESSING)
