"""Each dossier's sync state and the outbox summary, as the window shows them; the
engine's port over the store (claims, answers, pulled pages)."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, literal_column, select, text

from onestop_desktop.services.sync_port import StoreSyncPort
from onestop_desktop.store import dossier_repo, outbox, sync_repo
from onestop_desktop.store.models import OutboxEvent
from onestop_desktop.sync.port import Claim, EventOutcome, Release
from tests.sync.desks import engine, intake_many, make_desk, outbox_states

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


# --- The engine's port over the store: claims, answers and pulled pages, set-wise ---

@contextmanager
def statements(store):
    """The SQL statements the store runs meanwhile (an executemany counts once)."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _executemany):
        seen.append(" ".join(statement.split()))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _writes(seen: list[str]) -> list[str]:
    return [s for s in seen if s.split()[0] in ("INSERT", "UPDATE", "DELETE")]


def test_a_claim_takes_the_oldest_in_the_order_written_and_reads_only_what_it_takes(tmp_path):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 6)
    now = datetime.now(UTC)
    port = StoreSyncPort(store)
    with store.transaction() as session:  # the 2nd failed earlier and is due; the 4th is not
        rows = session.scalars(select(OutboxEvent).order_by(literal_column("outbox.rowid"))).all()
        order = [r.event_id for r in rows]
        rows[1].state, rows[1].next_attempt_at = "failed", now - timedelta(minutes=1)
        rows[3].state, rows[3].next_attempt_at = "failed", now + timedelta(hours=1)
        stored = {r.event_id: session.execute(text(
            "SELECT payload FROM outbox WHERE event_id = :i"), {"i": r.event_id}).scalar()
            for r in rows}
    with statements(store) as seen:
        claimed = port.claim(Claim(3, skip={order[2]}), now)
    assert [c.event_id for c in claimed] == [order[0], order[1], order[4]]
    assert all(c.attempts == 1 and c.payload_json == stored[c.event_id] for c in claimed)
    assert len(_writes(seen)) == 1  # one UPDATE marks the batch "sending"
    assert outbox_states(store) == {"sending": 3, "pending": 2, "failed": 1}
    # Forced, the event waiting out its delay comes too, in its place.
    assert [c.event_id for c in port.claim(Claim(5, due_only=False), now)] == [order[2], order[3],
                                                                        order[5]]
    # Each state is read along its index, in insertion order: no sort of the backlog.
    with store.read() as session:
        for state in ("pending", "failed"):
            plan = " ".join(str(row) for row in session.execute(text(
                "EXPLAIN QUERY PLAN SELECT outbox.rowid, payload FROM outbox "
                "WHERE state = :s AND (next_attempt_at IS NULL OR next_attempt_at <= :now) "
                "ORDER BY outbox.rowid LIMIT 200"), {"s": state, "now": now.isoformat()}))
            assert "ix_outbox_state" in plan and "TEMP B-TREE" not in plan
        # The sync panel's list reads the unsent along the same index, never the acked.
        plan = " ".join(str(row) for row in session.execute(text(
            "EXPLAIN QUERY PLAN SELECT outbox.rowid FROM outbox WHERE state IN "
            "('conflict', 'failed', 'sending', 'pending') ORDER BY outbox.rowid LIMIT 500")))
        assert "ix_outbox_state" in plan and "SCAN outbox" not in plan
    store.close()


def test_answers_are_written_with_one_statement_per_kind_whatever_the_batch_size(tmp_path):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 60)
    now = datetime.now(UTC)
    port = StoreSyncPort(store)
    written = []
    for size in (6, 54):
        claimed = [c.event_id for c in port.claim(Claim(size), now)]
        outcomes = [EventOutcome(i, "accepted") for i in claimed[:-3]] + [
            EventOutcome(claimed[-3], "duplicate"),
            EventOutcome(claimed[-2], "conflict", "code_taken", "Mã hồ sơ đã được dùng."),
            EventOutcome(claimed[-1], "rejected", "status_rule", "Không thể chuyển.",
                         now + timedelta(minutes=5))]
        with statements(store) as seen:
            acked = port.settle(outcomes, now, Release([], "", "")).acked
        written.append(len(_writes(seen)))
        assert acked == size - 2
    assert written == [3, 3]  # acked, conflict, failed: one UPDATE each
    assert outbox_states(store) == {"acked": 56, "conflict": 2, "failed": 2}
    with store.read() as session:
        failed = session.scalars(select(OutboxEvent).where(OutboxEvent.state == "failed")).all()
        assert {r.error_code for r in failed} == {"status_rule"}
        assert all(r.next_attempt_at == now + timedelta(minutes=5) for r in failed)
    # An answer for an event no longer "sending" changes nothing.
    assert port.settle([EventOutcome(failed[0].event_id, "accepted")], now).acked == 0
    store.close()


def test_answers_the_unanswered_and_the_next_claim_make_one_commit(tmp_path):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 5)
    port = StoreSyncPort(store)
    now = datetime.now(UTC)
    first, second, third = (c.event_id for c in port.claim(Claim(3), now))
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    settled = port.settle([EventOutcome(first, "accepted")], now,
                          Release([second, third], "Máy chủ không trả lời sự kiện này.",
                                  "no_answer"),
                          then_claim=Claim(3, skip={second, third}))
    assert len(commits) == 1
    assert settled.acked == 1 and [c.attempts for c in settled.claimed] == [1, 1]
    assert outbox_states(store) == {"acked": 1, "pending": 2, "sending": 2}
    assert port.counts().to_push == 4
    store.close()


def _status_change(seq: int, dossier_id: str, code: str, to_status: int, **data) -> dict:
    return {"seq": seq, "kind": "dossier.status", "at": "2026-12-01T03:00:00Z",
            "dossier_id": dossier_id,
            "data": {"id": dossier_id, "code": code, "to_status": to_status,
                     "at": "2026-12-01T03:00:00+00:00", "actor": "phong-tnmt", **data}}


def test_a_page_of_statuses_is_read_at_once_and_written_set_wise(tmp_path):
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 40)
    with store.read() as session:
        ids = {c: dossier_repo.get_row_by_code(session, c).id for c in codes}
    port = StoreSyncPort(store)
    now = datetime.now(UTC)
    counts = []
    for seq, page in ((1, codes[:4]), (100, codes[4:])):
        changes = [_status_change(seq + i, ids[c], c, 4) for i, c in enumerate(page)]
        # One dossier moves twice in the page; one change is for another desk's dossier.
        changes.append(_status_change(seq + 50, ids[page[0]], page[0], 9, note="Xong"))
        changes.append(_status_change(seq + 51, "another-desk", "X-1", 4))
        with statements(store) as seen:
            applied = port.apply_page(changes, seq + 51, now)
        counts.append((len([s for s in seen if s.startswith("SELECT")
                            and "FROM dossiers" in s]), len(_writes(seen))))
        assert (applied.statuses, applied.skipped) == (len(page) + 1, 1)
    # Dossiers read in one query; history, statuses and the cursor written once each.
    assert counts[0] == counts[1] == (1, 3)
    with store.read() as session:
        assert port.cursor() == 151
        first = dossier_repo.get_row_by_code(session, codes[0])
        assert first.status == 9 and first.updated_at == now
        history = [(h.from_status, h.to_status, h.source, h.actor, h.note)
                   for h in dossier_repo.status_history(session, first.id)]
        assert history[-2:] == [(2, 4, "central", "phong-tnmt", ""),
                                (4, 9, "central", "phong-tnmt", "Xong")]
        statuses = {c: dossier_repo.get_row_by_code(session, c).status for c in codes}
    assert statuses == {c: 9 if c in (codes[0], codes[4]) else 4 for c in codes}
    with store.read() as session:  # the reports' first ends, kept for pulled changes too
        ends = session.execute(text("SELECT code, done_at FROM dossier_ends")).all()
    assert sorted(ends) == sorted((c, "2026-12-01T03:00:00.000000+00:00")
                                  for c in (codes[0], codes[4]))
    store.close()


def test_a_status_the_desk_cannot_follow_or_does_not_know_is_shown_and_the_cursor_moves(
        tmp_path):
    store = make_desk(tmp_path / "d", 1)
    codes = intake_many(store, 2)
    with store.read() as session:
        ids = [dossier_repo.get_row_by_code(session, c).id for c in codes]
    port = StoreSyncPort(store)
    applied = port.apply_page([_status_change(7, ids[0], codes[0], 10),  # 2 -> 10: refused
                               _status_change(8, ids[1], codes[1], 42)],  # not a status
                              8, datetime.now(UTC))
    assert applied.conflicts == 2 and applied.statuses == 0
    assert port.cursor() == 8 and port.counts().pull_conflicts == 2
    with store.read() as session:
        reasons = {p.code: p.reason for p in sync_repo.problems(session) if p.source == "pull"}
        assert all(dossier_repo.get_row_by_code(session, c).status == 2 for c in codes)
    assert "“Đã trả kết quả”" in reasons[codes[0]] and "“Được tiếp nhận”" in reasons[codes[0]]
    assert "(42)" in reasons[codes[1]]
    store.close()
