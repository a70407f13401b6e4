"""`privacy purge --before DATE`: closed dossiers past the retention period lose their
citizens' data (a marker in place of names; numbers, phone, e-mail, address blanked;
out of the search index), keep their codes, procedures, dates, statuses, fees and
ratings: the reports say the same before and after. Audited; the chain verifies."""

from __future__ import annotations

import json
from datetime import date

import pytest

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.domain.privacy import ANONYMISED
from onestop_desktop.domain.returns import Rating
from onestop_desktop.services.accounts import create_user
from onestop_desktop.services.returns import ReturnRequest
from onestop_desktop.store import audit, feedback_repo
from onestop_desktop.store.cipher import dbapi, raw_connection
from tests.conftest import local, sample_request

OFFICER = Officer("lan", "Nguyễn Thị Lan", "officer")
HEAD = Officer("hoa", "Trần Thị Hoa", "head")  # reports are the centre head's
NAME = "Đặng Thị Ngọc Hường"


class Clock:
    def __init__(self, moment):
        self.now = moment

    def __call__(self):
        return self.now


@pytest.fixture
def desk_dir(data_dir, store):
    """2019: one dossier returned with a rating and an authorised collector, one refused at
    intake, one still processing; 2025: one returned (within its retention period)."""
    clock = Clock(local(2019, 3, 4, 9, 0))
    create_user(store, OFFICER.username, OFFICER.full_name, "mat-khau-quay-1")
    create_user(store, HEAD.username, HEAD.full_name, "mat-khau-quay-1", role="head")
    desk = Desk(store, clock=clock)
    codes = {}

    def take(key, received, **extra):
        clock.now = received
        request = sample_request(received_at=received.isoformat(), **extra)
        request["applicant"]["email"] = "huong@example.vn"
        codes[key] = desk.dossiers.take_in(request, OFFICER).value.code

    def hand_back(key, when, **extra):
        clock.now = when
        desk.dossiers.change_status(codes[key], 4, OFFICER)
        desk.dossiers.change_status(codes[key], 9, OFFICER)
        desk.dossiers.hand_back(ReturnRequest(codes[key], rating=Rating(3), **extra), OFFICER)

    take("returned", local(2019, 3, 4, 9, 0),
         submitter={"name": "Lê Văn Tám", "id_number": "038090001234", "phone": "0912000111",
                    "authorised": True})
    hand_back("returned", local(2019, 3, 8, 10, 0), authorised=True,
              recipient_name="Lê Văn Tám", recipient_id_number="038090001234")
    take("refused", local(2019, 5, 6, 9, 0), status=3)
    take("open", local(2019, 6, 3, 9, 0))
    take("recent", local(2025, 6, 2, 9, 0))
    hand_back("recent", local(2025, 6, 5, 9, 0))
    # Feedback: answered in 2019 (goes), unanswered since 2019 and answered in 2025 (stay).
    for key, received, answered in (("fb_answered", local(2019, 4, 1, 9, 0),
                                     local(2019, 4, 20, 9, 0)),
                                    ("fb_open", local(2019, 4, 2, 9, 0), None),
                                    ("fb_recent", local(2025, 4, 1, 9, 0),
                                     local(2025, 4, 20, 9, 0))):
        clock.now = received
        taken = desk.feedback.take_in({"name": NAME, "phone": "0912 345 678",
                                       "email": "huong@example.vn",
                                       "content": f"Chị {NAME} phản ánh chờ lâu."},
                                      OFFICER).value
        codes[key] = taken.code
        if answered is not None:
            with store.transaction() as session:
                feedback_repo.apply_central(session, {
                    "id": taken.id, "code": taken.code, "status": "answered",
                    "answer": f"Kính gửi chị {NAME}: đã bố trí thêm cán bộ.",
                    "answered_by": "Văn phòng", "answered_at": answered.isoformat()},
                    answered)
    desk.close()
    with raw_connection(data_dir / "onestop.sqlite3") as raw:  # as a sync leaves them
        raw.execute("UPDATE outbox SET state = 'acked'")
    return data_dir, codes


def row(data_dir, code):
    """The dossier's row, or the feedback's (its code has "-PA-")."""
    table = "feedback" if "-PA-" in code else "dossiers"
    with raw_connection(data_dir / "onestop.sqlite3") as raw:
        raw.row_factory = dbapi.Row
        return dict(raw.execute(f"SELECT * FROM {table} WHERE code = ?", (code,)).fetchone())


def reports(data_dir) -> list[dict]:
    with Desk.open(data_dir, clock=lambda: local(2026, 12, 3, 9, 0)) as desk:
        return [desk.reports.period(date(y, 1, 1), date(y, 12, 31), HEAD).to_dict()
                for y in (2019, 2025)]


def purge(capsys, data_dir, *extra) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "privacy", "purge", "--before", "2026-01-01",
                 *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_closed_dossiers_past_retention_are_anonymised_and_the_figures_kept(desk_dir, capsys,
                                                                             monkeypatch):
    data_dir, codes = desk_dir
    monkeypatch.setattr("onestop_desktop.desk.core.utc_now", lambda: local(2026, 12, 3, 9, 0))
    before = {key: row(data_dir, code) for key, code in codes.items()}
    figures = reports(data_dir)
    assert figures[0]["received"] == 3 and figures[0]["ratings"]["3"] == 1

    code, out, err = purge(capsys, data_dir, "--yes")
    assert code == 0, err
    assert "Đã ẩn danh 2 hồ sơ và 1 phản ánh" in out and "Ẩn danh hồ sơ" in err  # bar: stderr
    for key in ("returned", "refused"):
        after = row(data_dir, codes[key])
        assert after["applicant_name"] == ANONYMISED
        assert (after["id_number"], after["phone"], after["email"], after["address"]) == \
            ("", "", "", "")
        assert after["birth_date"] is None
        kept = ("code", "procedure_code", "procedure_name", "status", "received_at", "due_at",
                "returned_at", "fees", "fee_total", "received_by", "channel", "search_seq")
        assert {k: after[k] for k in kept} == {k: before[key][k] for k in kept}
    returned = row(data_dir, codes["returned"])
    assert returned["submitter_name"] == ANONYMISED and returned["submitter_id_number"] == ""
    for key in ("open", "recent"):  # not closed, or within its retention period
        assert row(data_dir, codes[key]) == before[key]
    gone, kept_open, kept_recent = (row(data_dir, codes[k]) for k in (
        "fb_answered", "fb_open", "fb_recent"))
    assert (gone["name"], gone["phone"], gone["email"], gone["content"], gone["answer"]) == \
        (ANONYMISED, "", "", ANONYMISED, "")
    assert (gone["code"], gone["status"], gone["answered_by"]) == \
        (codes["fb_answered"], "answered", "Văn phòng")
    assert kept_open == before["fb_open"] and kept_recent == before["fb_recent"]
    assert reports(data_dir) == figures

    with raw_connection(data_dir / "onestop.sqlite3") as raw:
        kept_return = raw.execute("SELECT recipient_name, recipient_id_number, rating, timing "
                                  "FROM dossier_returns r JOIN dossiers d ON d.id = "
                                  "r.dossier_id WHERE d.code = ?",
                                  (codes["returned"],)).fetchone()
        payloads = [json.loads(p) for (p,) in raw.execute(
            "SELECT o.payload FROM outbox o JOIN dossiers d ON d.id = o.dossier_id "
            "WHERE d.code = ?", (codes["returned"],))]
        names_left = raw.execute("SELECT count(*) FROM outbox WHERE payload LIKE ?",
                                 ("%Tám%",)).fetchone()[0]
        feedback_sent = [json.loads(p) for (p,) in raw.execute(
            "SELECT payload FROM outbox WHERE kind = 'feedback.created'")]
    assert kept_return[:2] == (ANONYMISED, "") and kept_return[2] == 3
    # What the outbox kept of the events sent: the dossier's id and code only.
    assert payloads and all(set(p) == {"id", "code", "anonymised"} for p in payloads)
    assert names_left == 0
    # The feedback's sent copy too; the others' kept whole.
    assert [set(p) == {"id", "code", "anonymised"} for p in feedback_sent] == \
        [p["code"] == codes["fb_answered"] for p in feedback_sent]

    with Desk.open(data_dir) as desk:
        # Out of the search index: the name no longer finds them; the still-open one is found.
        found = {r.code for r in desk.dossiers.search("Hường")}
        assert found == {codes["open"], codes["recent"]}
        assert desk.audit.verify().intact
        with desk.store.read() as session:
            trail = [(r.action, r.detail) for r in audit.trail(session)]
    assert [d["code"] for a, d in trail if a == "dossier.anonymised"] == \
        sorted([codes["returned"], codes["refused"]],
               key=lambda c: row(data_dir, c)["id"])
    assert [d["code"] for a, d in trail if a == "feedback.anonymised"] == \
        [codes["fb_answered"]]
    assert trail[-1] == ("privacy.purged", {"before": "2026-01-01", "cutoff": "2021-12-03",
                                            "retention_years": 5, "dossiers": 2,
                                            "feedback": 1})
    # Run again: nothing left to do.
    code, out, _ = purge(capsys, data_dir, "--yes")
    assert code == 0 and "Không có hồ sơ nào" in out


def test_dry_run_and_refusals_write_nothing(desk_dir, capsys, monkeypatch):
    data_dir, codes = desk_dir
    monkeypatch.setattr("onestop_desktop.desk.core.utc_now", lambda: local(2026, 12, 3, 9, 0))
    with raw_connection(data_dir / "onestop.sqlite3") as raw:  # one not sent yet
        raw.execute("UPDATE outbox SET state = 'pending' WHERE dossier_id = "
                    "(SELECT id FROM dossiers WHERE code = ?)", (codes["refused"],))
    snapshot = {key: row(data_dir, code) for key, code in codes.items()}
    code, out, err = purge(capsys, data_dir, "--dry-run", "--json")
    assert code == 0 and json.loads(out)["dossiers"] == 1 and json.loads(out)["waiting"] == 1
    assert "chưa gửi lên máy chủ" in err
    code, _, err = purge(capsys, data_dir)  # no terminal to ask in, no --yes
    assert code == 2 and "--yes" in err
    code, _, err = main_bad_date(capsys, data_dir)
    assert code == 2 and "YYYY-MM-DD" in err
    assert {key: row(data_dir, c) for key, c in codes.items()} == snapshot


def main_bad_date(capsys, data_dir):
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "privacy", "purge", "--before", "01/01/2026"])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_retention_period_is_a_setting(desk_dir, capsys, monkeypatch):
    data_dir, _ = desk_dir
    monkeypatch.setattr("onestop_desktop.desk.core.utc_now", lambda: local(2026, 12, 3, 9, 0))
    assert main(["--data-dir", str(data_dir), "privacy", "retention", "--set-years", "8"]) == 0
    code, out, _ = purge(capsys, data_dir, "--dry-run", "--json")
    plan = json.loads(out)
    assert code == 0 and plan["cutoff"] == "2018-12-03" and plan["dossiers"] == 0
    assert main(["--data-dir", str(data_dir), "privacy", "retention", "--set-years", "0"]) == 2


def test_the_scans_of_purged_dossiers_leave_the_disk(desk_dir, capsys, monkeypatch):
    """Scans hold identity papers: a purged dossier's scans lose their names and their
    bytes leave the disk, unless a dossier still holding its data has the same bytes; its
    rows stay (it was digitised: the report says so still); nothing is left to upload."""
    from onestop_desktop.store import file_repo, store_key
    from onestop_desktop.store.blobs import BlobStore, mirror_dir
    from onestop_desktop.store.database import Store

    data_dir, codes = desk_dir
    monkeypatch.setattr("onestop_desktop.desk.core.utc_now", lambda: local(2026, 12, 3, 9, 0))
    blobs = BlobStore.of_data_dir(data_dir)
    only_old, shared, recent = (blobs.put_bytes(f"%PDF-1.4 {n}".encode())
                                for n in ("cccd-2019", "shared", "cccd-2025"))
    store = Store.open(data_dir)
    with store.transaction() as session:
        for key, blob in (("returned", only_old), ("refused", shared), ("recent", shared),
                          ("recent", recent)):
            file_repo.add_file(session, dossier_id=row(data_dir, codes[key])["id"],
                               role="paper", paper=0, blob=blob, name="can-cuoc.pdf",
                               source="file", actor="lan", now=local(2019, 3, 4, 9, 0))
    store.close()
    before = reports(data_dir)
    assert before[0]["digitised"]["count"] == 2
    assert main(["--data-dir", str(data_dir), "backup", "daily"]) == 0  # scans beside it
    mirror = mirror_dir(data_dir / "backups", store_key.read_envelope(data_dir).store_id)
    assert (mirror / only_old.sha256[:2] / only_old.sha256).is_file()

    code, _out, err = purge(capsys, data_dir, "--yes")
    assert code == 0, err
    assert not blobs.has(only_old.sha256)
    assert not (mirror / only_old.sha256[:2] / only_old.sha256).exists()
    assert (mirror / shared.sha256[:2] / shared.sha256).is_file()
    assert blobs.read(shared.sha256) == b"%PDF-1.4 shared"  # the 2025 dossier's too
    assert blobs.read(recent.sha256) == b"%PDF-1.4 cccd-2025"
    with raw_connection(data_dir / "onestop.sqlite3") as raw:
        names = dict(raw.execute(
            "SELECT d.code, group_concat(f.name) FROM dossier_files f "
            "JOIN dossiers d ON d.id = f.dossier_id GROUP BY d.code"))
    assert names == {codes["returned"]: ANONYMISED, codes["refused"]: ANONYMISED,
                     codes["recent"]: "can-cuoc.pdf,can-cuoc.pdf"}
    assert reports(data_dir) == before
    store = Store.open(data_dir)
    with store.read() as session:
        waiting = file_repo.files_to_upload(session, 100, local(2026, 12, 3, 9, 0),
                                            due_only=False)
    store.close()
    assert {c for _row, c in waiting} == {codes["recent"]}
