"""Personal data: opening a citizen's record in the window (a scan opening the dossier's
page, the hand-back page finding it) is in the audit trail under the signed-in officer;
the page read again after a change is not a second opening."""

from __future__ import annotations

from onestop_desktop.store import audit

from .conftest import idle, scan, sign_in


def _views(store, dossier_id: str) -> list[tuple[str, str]]:
    with store.read() as session:
        return [(r.actor, r.action) for r in audit.trail(session, dossier_id)
                if r.action.startswith("dossier.viewed")]


def test_a_scan_opening_the_dossier_is_in_the_audit(qtbot, window, store, done):
    sign_in(qtbot, window, store)
    window.show_page("list")
    scan(done.code)
    qtbot.waitUntil(lambda: window.current_page() == "detail"
                    and window.detail.detail is not None, timeout=10_000)
    idle(qtbot, window)
    assert _views(store, done.id) == [("lan", "dossier.viewed")]
    window.detail._request(done.code, reload=True)  # as after a sync or a print
    idle(qtbot, window)
    assert _views(store, done.id) == [("lan", "dossier.viewed")]


def test_the_hand_back_page_finding_the_dossier_is_in_the_audit(qtbot, window, store, done):
    sign_in(qtbot, window, store)
    window.show_page("return")
    scan(done.code)
    qtbot.waitUntil(lambda: window.returns.dossier is not None, timeout=10_000)
    idle(qtbot, window)
    assert ("lan", "dossier.viewed") in _views(store, done.id)
