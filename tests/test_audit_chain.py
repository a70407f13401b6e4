"""The hash-chained audit trail: every command's row on the chain, `audit verify` exit 0 on
an intact store and 1 naming the first broken row after edits made to the file with
sqlite3 (a row edited, deleted, reordered; a dossier row edited, added)."""

from __future__ import annotations

import json
import sqlite3
import threading
from itertools import pairwise
from pathlib import Path

import pytest

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.domain.audit_chain import row_hash
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.accounts import SignInFailed, create_user
from onestop_desktop.store import audit
from onestop_desktop.store.cipher import raw_connection
from tests.conftest import AGENCY, local, sample_request

OFFICER = Officer("lan", "Nguyễn Thị Lan", "officer")


@pytest.fixture
def desk_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = tmp_path / "desk"
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", "Trung tâm Phục vụ hành chính công", "--desk", "1"]) == 0
    with Desk.open(data, clock=lambda: local(2026, 12, 1, 9, 0)) as desk:
        # The boundary acts only for officers with an account.
        create_user(desk.store, OFFICER.username, OFFICER.full_name, "mat-khau-quay-1")
        for i in range(3):
            code = desk.dossiers.take_in(sample_request(
                received_at=f"2026-11-30T09:1{i}:00+07:00"), OFFICER).value.code
        desk.dossiers.change_status(code, 4, OFFICER)
        desk.dossiers.change_status(code, 9, OFFICER)
    return data


def raw(data: Path) -> sqlite3.Connection:
    return raw_connection(data / "onestop.sqlite3", isolation_level=None)


def verify(capsys, data: Path, *extra: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), "audit", "verify", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def rows(data: Path) -> list[tuple]:
    with raw(data) as db:
        return db.execute("SELECT seq, action, prev_hash, hash FROM audit ORDER BY seq").fetchall()


def test_every_row_is_chained_to_the_one_before(desk_dir):
    chain = rows(desk_dir)
    assert [r[0] for r in chain] == list(range(1, len(chain) + 1))
    assert chain[0][2] == ""
    assert all(later[2] == earlier[3] for earlier, later in pairwise(chain))
    actions = [r[1] for r in chain]
    assert actions.count("dossier.received") == 3 and "desk.configured" in actions
    assert "dossier.status_changed" in actions


def test_the_hash_covers_the_row_and_the_dossier_as_written(desk_dir):
    with raw(desk_dir) as db:
        seq, at, actor, action, dossier_id, detail, prev, digest, own = db.execute(
            "SELECT seq, at, actor, action, dossier_id, detail, prev_hash, dossier_digest, hash "
            "FROM audit WHERE action = 'dossier.received' ORDER BY seq LIMIT 1").fetchone()
        assert digest == audit.current_digest(db, dossier_id)
    assert row_hash(seq, at, actor, action, dossier_id, json.loads(detail), prev, digest) == own


def test_intact_store_verifies(desk_dir, capsys):
    code, out, err = verify(capsys, desk_dir)
    assert code == 0, err
    assert "Nhật ký nguyên vẹn" in out and "3 hồ sơ" in out
    code, out, _ = verify(capsys, desk_dir, "--json")
    report = json.loads(out)
    assert code == 0 and report["intact"] and report["head"]["seq"] == len(rows(desk_dir))


def test_an_edited_row_is_named(desk_dir, capsys):
    with raw(desk_dir) as db:
        db.execute("UPDATE audit SET actor = 'someone' WHERE seq = 4")
        at, action = db.execute("SELECT at, action FROM audit WHERE seq = 4").fetchone()
    code, _, err = verify(capsys, desk_dir)
    assert code == 1
    assert "dòng số 4" in err and action in err and "bị sửa" in err
    code, out, _ = verify(capsys, desk_dir, "--json")
    problem = json.loads(out)["problems"][0]
    assert code == 1 and (problem["kind"], problem["seq"], problem["at"]) == ("edited", 4, at)


def test_a_deleted_row_is_named(desk_dir, capsys):
    with raw(desk_dir) as db:
        db.execute("DELETE FROM audit WHERE seq = 3")
        action = db.execute("SELECT action FROM audit WHERE seq = 4").fetchone()[0]
    code, _, err = verify(capsys, desk_dir)
    assert code == 1 and "dòng số 4" in err and action in err and "xoá" in err


def test_deleting_and_renumbering_is_still_seen(desk_dir, capsys):
    with raw(desk_dir) as db:
        db.execute("DELETE FROM audit WHERE seq = 3")
        db.execute("UPDATE audit SET seq = seq - 1 WHERE seq > 3")
    code, _, err = verify(capsys, desk_dir)
    assert code == 1 and "dòng số 3" in err


def test_reordered_rows_are_named(desk_dir, capsys):
    with raw(desk_dir) as db:
        db.execute("UPDATE audit SET seq = -1 WHERE seq = 5")
        db.execute("UPDATE audit SET seq = 5 WHERE seq = 6")
        db.execute("UPDATE audit SET seq = 6 WHERE seq = -1")
    code, _, err = verify(capsys, desk_dir)
    assert code == 1 and "dòng số 5" in err and "thứ tự" in err


def test_a_row_inserted_by_hand_is_seen(desk_dir, capsys):
    with raw(desk_dir) as db:
        db.execute("INSERT INTO audit (at, actor, action, detail) VALUES "
                   "('2026-12-01T02:00:00.000000+00:00', 'x', 'dossier.received', '{}')")
    code, _, err = verify(capsys, desk_dir)
    assert code == 1 and "thêm thẳng" in err


def test_an_edited_dossier_row_is_named(desk_dir, capsys):
    with raw(desk_dir) as db:
        code_, = db.execute("SELECT code FROM dossiers ORDER BY code LIMIT 1").fetchone()
        db.execute("UPDATE dossiers SET applicant_name = 'Người Khác' WHERE code = ?", (code_,))
    code, _, err = verify(capsys, desk_dir)
    assert code == 1 and code_ in err and "bị sửa thẳng" in err and "dossier.received" in err


def test_a_dossier_added_by_hand_is_named(desk_dir, capsys):
    with raw(desk_dir) as db:
        columns = [r[1] for r in db.execute("PRAGMA table_info(dossiers)")]
        row = db.execute("SELECT * FROM dossiers LIMIT 1").fetchone()
        values = dict(zip(columns, row, strict=True))
        values.update(id="00000000-0000-4000-8000-000000000000", code=f"{AGENCY}-261130-9999",
                      search_seq=None)
        db.execute(f"INSERT INTO dossiers ({', '.join(values)}) "
                   f"VALUES ({', '.join('?' * len(values))})", list(values.values()))
    code, _, err = verify(capsys, desk_dir)
    assert code == 1 and f"{AGENCY}-261130-9999" in err and "không có dòng nhật ký" in err


def test_a_deleted_dossier_is_seen(desk_dir, capsys):
    with raw(desk_dir) as db:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("DELETE FROM dossiers WHERE status = 2 AND rowid = "
                   "(SELECT min(rowid) FROM dossiers)")
    code, _, err = verify(capsys, desk_dir)
    assert code == 1 and "đã bị xoá" in err


def test_a_chain_cut_after_its_head_was_sent_is_seen(desk_dir, capsys):
    with Desk.open(desk_dir) as desk:
        head = desk.audit.head()
        with desk.store.transaction() as session:  # as a sync records what the centre took
            from onestop_desktop.store import settings_repo
            settings_repo.set_setting(session, audit.HEAD_SENT_KEY, head.to_dict())
    with raw(desk_dir) as db:
        db.execute("DELETE FROM audit WHERE seq >= ?", (head.seq - 1,))
    code, _, err = verify(capsys, desk_dir)
    assert code == 1 and "cắt bớt" in err


def test_sign_in_and_failed_sign_in_are_recorded(tmp_path):
    with Desk.open(tmp_path / "d") as desk:
        desk.accounts.create_first("lan", "Nguyễn Thị Lan", "mật-khẩu-dài-1")
        desk.accounts.sign_in("lan", "mật-khẩu-dài-1")
        with pytest.raises(SignInFailed):
            desk.accounts.sign_in("lan", "sai")
        with pytest.raises(SignInFailed):
            desk.accounts.sign_in("khong-co", "sai")
        with desk.store.read() as session:
            trail = [(r.actor, r.action, r.detail) for r in audit.trail(session)]
        assert desk.audit.verify().intact
    assert ("lan", "user.signed_in", {}) in trail
    assert ("lan", "user.sign_in_failed", {"reason": "password", "attempt": 1}) in trail
    # A name no account has is not kept: it may be a password typed in the wrong field.
    assert ("", "user.sign_in_failed", {"reason": "unknown"}) in trail
    assert not any("khong-co" in actor for actor, _, _ in trail)


def test_concurrent_writers_get_consecutive_seq(data_dir, store):
    """Threads taking dossiers in at once, each with its own transactions: no seq twice,
    none skipped, and the chain verifies."""
    create_user(store, OFFICER.username, OFFICER.full_name, "mat-khau-quay-1")
    errors = []

    def work():
        try:
            desk = Desk(store, clock=lambda: local(2026, 12, 1, 9, 0))
            for _ in range(10):
                desk.dossiers.take_in(sample_request(), OFFICER)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    chain = rows(data_dir)
    assert [r[0] for r in chain] == list(range(1, len(chain) + 1))
    verdict = Desk(store).audit.verify()
    assert verdict.intact and verdict.dossiers == 40, verdict.message()


def test_show_and_export_at_the_command_line_are_in_the_audit(desk_dir, capsys):
    with raw(desk_dir) as db:
        code, dossier_id = db.execute("SELECT code, id FROM dossiers LIMIT 1").fetchone()
    assert main(["--data-dir", str(desk_dir), "show", code]) == 0
    assert main(["--data-dir", str(desk_dir), "show", code, "--json"]) == 0
    with raw(desk_dir) as db:
        trail = [(action, json.loads(detail)) for action, detail in db.execute(
            "SELECT action, detail FROM audit WHERE dossier_id = ? ORDER BY seq",
            (dossier_id,))]
    assert trail[-2:] == [("dossier.viewed", {"code": code}),
                          ("dossier.exported", {"code": code, "format": "json"})]
    assert verify(capsys, desk_dir)[0] == 0
