"""Each dossier's sync state and the outbox summary, as the window shows them."""

from __future__ import annotations

from onestop_desktop.store import dossier_repo, outbox, sync_repo
from tests.sync.desks import engine, intake_many, make_desk

AGENCY = "000.00.01.H22"


def test_sync_states_follow_the_events(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 2)
    with store.read() as session:
        ids = [dossier_repo.get_row_by_code(session, c).id for c in codes]
        assert sync_repo.dossier_sync_states(session, ids) == dict.fromkeys(ids, "pending")
        summary = sync_repo.outbox_summary(session)
    assert summary["pending"] == 2 and summary["to_push"] == 2 and summary["acked"] == 0
    with store.transaction() as session:  # a change the server will refuse, for the second
        outbox.enqueue(session, "dossier.status_changed",
                       {"id": ids[1], "code": codes[1], "to_status": 99, "at": "x"}, ids[1])
    report = engine(store, central.url, central.add_device("Quầy 1", AGENCY, 1)).run_once()
    assert report.pushed == 2 and report.failed == 1
    with store.read() as session:
        assert sync_repo.dossier_sync_states(session, ids) == {ids[0]: "synced",
                                                                ids[1]: "failed"}
        assert sync_repo.dossier_sync_state(session, "no-such-dossier") == "synced"
        summary = sync_repo.outbox_summary(session)
        (problem,) = sync_repo.problems(session)
    assert summary["acked"] == 2 and summary["failed"] == 1 and summary["to_push"] == 1
    assert problem.code == codes[1] and "không hợp lệ" in problem.reason
