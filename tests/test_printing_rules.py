"""Printing rules: which form a status calls for, reprints that say the same, the
signer's name, file modes, the ledger's lock and date range, and the command line
refusing bad input with exit status 2 and nothing written."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from onestop_desktop.cli import main
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.services import print_publication, printing
from onestop_desktop.services.printing import (
    FormNotAllowed,
    ReprintDiffers,
    print_form,
    print_ledger,
    print_receipt,
)
from onestop_desktop.store import audit
from onestop_desktop.store.cipher import dbapi, raw_connection
from tests.test_documents_pdfcheck import assert_nfc_contains, text
from tests.test_printing import LATER, NOW, prints_table, take_in

DETAILS = {
    "01": None,
    "02": {"missing": [{"name": "Tờ khai", "original": 1}], "reason": "Thiếu tờ khai"},
    "03": {"reason": "Không thuộc thẩm quyền"},
    "04": {"reason": "Cần xác minh thêm", "new_due_at": "2026-12-10T16:00:00+07:00"},
    "05": {"reason": "Người nộp rút hồ sơ"},
    "06": {},
}

# Written out here rather than read from the module, so a wrong table fails.
ISSUED_IN = {
    "01": {2, 4, 6, 9},
    "02": {5},
    "03": {3},
    "04": {2, 4, 6},
    "05": {7, 8},
    "06": {2, 4, 6, 9},
}


def set_status(store, code: str, status: int) -> None:
    """Puts a dossier in any status (the moves themselves are tested elsewhere)."""
    with raw_connection(store.path) as raw:
        raw.execute("UPDATE dossiers SET status = ? WHERE code = ?", (status, code))


def cli(data_dir, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


# --- 1. each form in the statuses that call for it ----------------------------------

@pytest.mark.parametrize("form", sorted(ISSUED_IN))
def test_a_form_is_first_issued_only_in_the_statuses_that_call_for_it(store, tmp_path, form):
    dossier = take_in(store)
    for status in range(1, 11):
        set_status(store, dossier.code, status)
        out = tmp_path / f"{form}-{status}.pdf"
        if status in ISSUED_IN[form]:
            print_form(store, form, dossier.code, out, actor="canbo1",
                       details=DETAILS[form], now=NOW)
            # Clear the print so the next status is a first print again, and the
            # appointment form 04 moved, so that its new date is new again.
            with raw_connection(store.path) as raw:
                raw.execute("DELETE FROM prints")
                raw.execute("UPDATE dossiers SET due_at = (SELECT old_due FROM due_changes "
                            "ORDER BY id LIMIT 1) WHERE EXISTS (SELECT 1 FROM due_changes)")
                raw.execute("DELETE FROM due_changes")
        else:
            with pytest.raises(FormNotAllowed) as refused:
                print_form(store, form, dossier.code, out, actor="canbo1",
                           details=DETAILS[form], now=NOW)
            assert f"Không in được mẫu {form}" in str(refused.value)
            assert f"({status})" in str(refused.value)
            assert not out.exists()
            assert prints_table(store) == []


def test_a_refusal_or_a_completion_request_is_refused_on_a_received_dossier(store, tmp_path):
    received = take_in(store)
    for form in ("02", "03"):
        with pytest.raises(FormNotAllowed, match="“Được tiếp nhận” \\(2\\)"):
            print_form(store, form, received.code, tmp_path / "x.pdf", actor="canbo1",
                       details=DETAILS[form], now=NOW)
    refused = take_in(store, status=3)
    with pytest.raises(FormNotAllowed, match="Không được tiếp nhận"):
        print_receipt(store, refused.code, tmp_path / "x.pdf", actor="canbo1", now=NOW)
    assert not (tmp_path / "x.pdf").exists()
    assert prints_table(store) == []


def test_a_form_once_issued_can_be_reprinted_whatever_the_status_now(store, tmp_path):
    dossier = take_in(store)
    print_receipt(store, dossier.code, tmp_path / "r1.pdf", actor="canbo1", now=NOW)
    set_status(store, dossier.code, 10)  # result handed back
    again = print_receipt(store, dossier.code, tmp_path / "r2.pdf", actor="canbo1", now=LATER)
    assert again.reprint
    incomplete = take_in(store, status=5)
    print_form(store, "02", incomplete.code, tmp_path / "f1.pdf", actor="canbo1",
               details=DETAILS["02"], now=NOW)
    set_status(store, incomplete.code, 2)  # papers brought: received
    assert print_form(store, "02", incomplete.code, tmp_path / "f2.pdf", actor="canbo1",
                      now=LATER).copy_no == 2


# --- 2. a reprint says what the first print said ------------------------------------

def test_a_reprint_with_other_details_is_refused(store, tmp_path):
    dossier = take_in(store, status=5)
    print_form(store, "02", dossier.code, tmp_path / "f1.pdf", actor="canbo1",
               details=DETAILS["02"], now=NOW)
    other = {**DETAILS["02"], "reason": "Thiếu giấy tờ khác"}
    with pytest.raises(ReprintDiffers, match="reason"):
        print_form(store, "02", dossier.code, tmp_path / "f2.pdf", actor="canbo1",
                   details=other, now=LATER)
    with pytest.raises(ReprintDiffers, match="officer_name"):
        print_form(store, "02", dossier.code, tmp_path / "f2.pdf", actor="canbo1",
                   details={**DETAILS["02"], "officer_name": "Người Khác"}, now=LATER)
    assert not (tmp_path / "f2.pdf").exists()
    assert len(prints_table(store)) == 1
    # The same details again (as a script re-run would give them) are a plain reprint.
    same = print_form(store, "02", dossier.code, tmp_path / "f3.pdf", actor="canbo2",
                      details=DETAILS["02"], now=LATER)
    assert same.copy_no == 2
    stored = [json.loads(r[4]) for r in prints_table(store)]
    assert stored[0] == stored[1]
    assert "Thiếu giấy tờ khác" not in text(same.path.read_bytes())


def test_a_reprint_with_other_details_exits_2_on_the_command_line(store, data_dir,
                                                                   tmp_path, capsys):
    dossier = take_in(store, status=3)
    store.close()
    first, second = tmp_path / "d1.json", tmp_path / "d2.json"
    first.write_text(json.dumps({"reason": "Không thuộc thẩm quyền"}), "utf-8")
    second.write_text(json.dumps({"reason": "Lý do khác"}), "utf-8")
    assert cli(data_dir, "form", "03", dossier.code, "-o", str(tmp_path / "a.pdf"),
               "--details", str(first)) == 0
    assert cli(data_dir, "form", "03", dossier.code, "-o", str(tmp_path / "b.pdf"),
               "--details", str(second)) == 2
    assert "đã in với nội dung khác" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()


# --- 3. the command line: bad paths and dates exit 2, nothing written ----------------

def _assert_refused(capsys, store_path, needle: str) -> None:
    err = capsys.readouterr().err
    assert err.startswith("Lỗi:") and needle in err and "Traceback" not in err
    with raw_connection(store_path) as raw:
        assert raw.execute("SELECT COUNT(*) FROM prints").fetchone() == (0,)


def test_bad_output_paths_exit_2_and_write_nothing(store, data_dir, tmp_path, capsys):
    dossier = take_in(store)
    db = store.path
    store.close()
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "a-dir").mkdir()
    cases = [
        (str(tmp_path / "no-such-dir" / "r.pdf"), "không có thư mục"),
        (str(tmp_path / "a-dir"), "đây là một thư mục"),
        (str(tmp_path / "a-file" / "r.pdf"), "không phải thư mục"),
    ]
    for out, needle in cases:
        assert cli(data_dir, "receipt", dossier.code, "-o", out) == 2
        _assert_refused(capsys, db, needle)
        assert cli(data_dir, "form", "06", dossier.code, "-o", out) == 2
        _assert_refused(capsys, db, needle)
        assert cli(data_dir, "ledger", "--from", "2026-11-30", "--to", "2026-11-30",
                   "-o", out) == 2
        _assert_refused(capsys, db, needle)
    assert not (tmp_path / "no-such-dir").exists()  # no directory made either
    assert sorted(p.name for p in (tmp_path / "a-dir").iterdir()) == []


def test_an_unwritable_output_exits_2(store, data_dir, tmp_path, capsys, monkeypatch):
    dossier = take_in(store)
    db = store.path
    store.close()

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    # Root writes anywhere, so a read-only directory proves nothing here: the
    # temporary file is refused instead, as the OS would for a read-only directory.
    monkeypatch.setattr(print_publication.tempfile, "mkstemp", refuse)
    out = str(tmp_path / "r.pdf")
    assert cli(data_dir, "receipt", dossier.code, "-o", out) == 2
    _assert_refused(capsys, db, "Không ghi được")
    assert cli(data_dir, "ledger", "--from", "2026-11-30", "--to", "2026-11-30",
               "-o", out) == 2
    _assert_refused(capsys, db, "không có quyền truy cập")
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize("date_from, date_to, needle", [
    ("0001-01-01", "2026-11-30", "01/01/2000"),
    ("2026-11-30", "9999-12-31", "31/12/2100"),
    ("1999-12-31", "2000-01-05", "01/01/2000"),
    ("2025-01-01", "2026-06-30", "tối đa 366 ngày"),
    ("2026-12-01", "2026-11-01", "không được trước ngày bắt đầu"),
])
def test_ledger_dates_out_of_range_exit_2(store, data_dir, tmp_path, capsys,
                                          date_from, date_to, needle):
    db = store.path
    store.close()
    assert cli(data_dir, "ledger", "--from", date_from, "--to", date_to,
               "-o", str(tmp_path / "l.pdf")) == 2
    _assert_refused(capsys, db, needle)
    assert not (tmp_path / "l.pdf").exists()


def test_a_whole_year_ledger_is_still_printed(store, tmp_path):
    take_in(store)
    path = print_ledger(store, date(2026, 1, 1), date(2026, 12, 31), tmp_path / "y.pdf",
                        actor="canbo1", now=NOW)
    assert "Tổng số: 1 hồ sơ" in text(path.read_bytes())


@pytest.mark.parametrize("new_due_at, needle", [
    ("0001-01-01T00:00", "2000–2100"),
    ("9999-12-31T23:59+07:00", "2000–2100"),
    ("2026-12-02T08:00", "phải sau thời hạn trả kết quả hiện tại"),
])
def test_an_apology_with_an_impossible_new_date_exits_2(store, data_dir, tmp_path, capsys,
                                                        new_due_at, needle):
    dossier = take_in(store)  # due 03/12/2026 11:30
    db = store.path
    store.close()
    details = tmp_path / "d.json"
    details.write_text(json.dumps({"reason": "Chậm", "new_due_at": new_due_at}), "utf-8")
    assert cli(data_dir, "form", "04", dossier.code, "-o", str(tmp_path / "f.pdf"),
               "--details", str(details)) == 2
    _assert_refused(capsys, db, needle)
    assert not (tmp_path / "f.pdf").exists()


# --- 5. the ledger is rendered without holding the write lock -----------------------

def test_the_ledger_is_rendered_outside_any_write_transaction(store, tmp_path, monkeypatch):
    take_in(store)
    render = printing.render_ledger
    seen = []

    def render_and_try_to_write(*args, **kwargs):
        # Another writer (an intake at the next window) must get the lock at once.
        raw = raw_connection(store.path, timeout=0.2, isolation_level=None)
        try:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("ROLLBACK")
            seen.append("free")
        except dbapi.OperationalError as exc:
            seen.append(str(exc))
        finally:
            raw.close()
        return render(*args, **kwargs)

    monkeypatch.setattr(printing, "render_ledger", render_and_try_to_write)
    print_ledger(store, date(2026, 11, 30), date(2026, 12, 1), tmp_path / "l.pdf",
                 actor="canbo1", now=NOW)
    assert seen == ["free"]
    assert [(r[0], r[1]) for r in prints_table(store)] == [("07", 1)]


def test_a_ledger_printed_elsewhere_meanwhile_takes_the_next_copy_number(store, tmp_path,
                                                                        monkeypatch):
    take_in(store)
    render = printing.render_ledger
    calls = []

    def render_while_another_prints(*args, **kwargs):
        calls.append(kwargs["copy_no"])
        if len(calls) == 1:  # the other window prints the same range first
            print_ledger(store, date(2026, 11, 30), date(2026, 12, 1), tmp_path / "o.pdf",
                         actor="canbo2", now=NOW)
        return render(*args, **kwargs)

    monkeypatch.setattr(printing, "render_ledger", render_while_another_prints)
    mine = print_ledger(store, date(2026, 11, 30), date(2026, 12, 1), tmp_path / "m.pdf",
                        actor="canbo1", now=NOW)
    assert calls == [1, 1, 2]  # mine, the other's, mine again with the next number
    assert_nfc_contains(text(mine.read_bytes()), "BẢN IN LẠI – lần 1")
    assert "BẢN IN LẠI" not in text((tmp_path / "o.pdf").read_bytes())
    assert [(r[0], r[1], r[2]) for r in prints_table(store)] == [("07", 1, "canbo2"),
                                                                  ("07", 2, "canbo1")]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["m.pdf",
                                                                                 "o.pdf"]


def test_a_failed_record_leaves_no_pdf(store, tmp_path, monkeypatch):
    dossier = take_in(store)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(printing.print_repo, "add_print", broken)
    with pytest.raises(RuntimeError):
        print_receipt(store, dossier.code, tmp_path / "r.pdf", actor="canbo1", now=NOW)
    with pytest.raises(RuntimeError):
        print_ledger(store, date(2026, 11, 30), date(2026, 12, 1), tmp_path / "l.pdf",
                     actor="canbo1", now=NOW)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".print-*")) == []


@pytest.mark.parametrize("fail_at", ["record", "placing the file"])
def test_a_failed_print_gives_back_the_file_that_was_at_its_path(store, tmp_path, monkeypatch,
                                                                 fail_at):
    dossier = take_in(store)
    receipt, ledger = tmp_path / "r.pdf", tmp_path / "l.pdf"
    for path in (receipt, ledger):
        path.write_bytes(b"%PDF- yesterday's print")

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk I/O error")

    if fail_at == "record":
        monkeypatch.setattr(printing.print_repo, "add_print", broken)
    else:  # the print committed with its intent, then the rename failed
        monkeypatch.setattr(print_publication.os, "replace", broken)
    with pytest.raises(RuntimeError):
        print_receipt(store, dossier.code, receipt, actor="canbo1", now=NOW)
    with pytest.raises(RuntimeError):
        print_ledger(store, date(2026, 11, 30), date(2026, 12, 1), ledger,
                     actor="canbo1", now=NOW)
    for path in (receipt, ledger):
        assert path.read_bytes() == b"%PDF- yesterday's print"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["l.pdf",
                                                                                  "r.pdf"]
    assert prints_table(store) == []  # released: neither print happened
    with raw_connection(store.path) as raw:
        assert raw.execute("SELECT count(*) FROM print_intents").fetchone() == (0,)
    monkeypatch.undo()
    again = print_receipt(store, dossier.code, receipt, actor="canbo1", now=NOW)
    assert again.copy_no == 1


def test_a_failed_confirmation_keeps_the_pdf_and_the_next_print_counts_it(store, tmp_path,
                                                                          monkeypatch):
    dossier = take_in(store)
    confirm = print_publication.print_repo.confirm

    def broken(*_args, **_kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(print_publication.print_repo, "confirm", broken)
    with pytest.raises(RuntimeError):
        print_receipt(store, dossier.code, tmp_path / "r1.pdf", actor="canbo1", now=NOW)
    assert "BẢN IN LẠI" not in text((tmp_path / "r1.pdf").read_bytes())  # it is in place
    with store.read() as session:  # recorded, not yet shown as printed
        assert printing.print_repo.prints_of(session, dossier.id) == []
    assert [r[1] for r in prints_table(store)] == [1]
    monkeypatch.setattr(print_publication.print_repo, "confirm", confirm)
    again = print_receipt(store, dossier.code, tmp_path / "r2.pdf", actor="canbo1", now=LATER)
    assert again.copy_no == 2  # the first counted: never two originals
    assert_nfc_contains(text((tmp_path / "r2.pdf").read_bytes()), "BẢN IN LẠI – lần 1")
    with store.read() as session:
        assert [p.copy_no for p in printing.print_repo.prints_of(session, dossier.id)] == [1, 2]
        trail = [(a.action, a.detail.get("copy_no"), a.detail.get("recovered"))
                 for a in audit.trail(session, dossier.id) if a.action.startswith("form.")]
    assert trail == [("form.printed", 1, True), ("form.reprinted", 2, None)]
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["r1.pdf", "r2.pdf"]


def test_a_print_under_way_elsewhere_keeps_its_copy_number(store, data_dir, tmp_path,
                                                           monkeypatch):
    """A print between its commit and its rename (another window) is not settled by a
    print made meanwhile: that one takes the next copy number."""
    from onestop_desktop.store.database import Store

    dossier = take_in(store)
    other = Store.open(data_dir)  # the other window
    replace = os.replace
    meanwhile = []

    def print_meanwhile(src, dst, *args, **kwargs):
        if not meanwhile:
            meanwhile.append("started")
            meanwhile[0] = print_receipt(other, dossier.code, tmp_path / "b.pdf",
                                         actor="canbo2", now=LATER)
        return replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(print_publication.os, "replace", print_meanwhile)
    mine = print_receipt(store, dossier.code, tmp_path / "a.pdf", actor="canbo1", now=NOW)
    other.close()
    assert (mine.copy_no, meanwhile[0].copy_no) == (1, 2)
    assert "BẢN IN LẠI" not in text((tmp_path / "a.pdf").read_bytes())
    assert_nfc_contains(text((tmp_path / "b.pdf").read_bytes()), "BẢN IN LẠI – lần 1")
    assert sorted((r[1], r[2]) for r in prints_table(store)) == [(1, "canbo1"),
                                                                 (2, "canbo2")]


# --- 6. the PDF's mode follows the umask --------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_pdfs_get_the_mode_the_umask_gives(store, tmp_path, umask, mode):
    dossier = take_in(store)
    old = os.umask(umask)
    try:
        receipt = print_receipt(store, dossier.code, tmp_path / "r.pdf", actor="canbo1",
                                now=NOW)
        ledger = print_ledger(store, date(2026, 11, 30), date(2026, 12, 1),
                              tmp_path / "l.pdf", actor="canbo1", now=NOW)
    finally:
        os.umask(old)
    assert os.stat(receipt.path).st_mode & 0o777 == mode
    assert os.stat(ledger).st_mode & 0o777 == mode


# --- 7. the signer: an officer's full name, or a blank line --------------------------

def test_a_login_that_is_no_officer_account_leaves_the_name_blank(store, tmp_path):
    dossier = take_in(store, status=3)
    form = print_form(store, "03", dossier.code, tmp_path / "f.pdf", actor="cli:root",
                      details=DETAILS["03"], now=NOW)
    content = text(form.path.read_bytes())
    assert "cli:root" not in content
    # The signature block ends with its note: nothing printed where the name goes.
    assert content.rstrip().endswith("(Ký và ghi rõ họ tên)")
    assert json.loads(prints_table(store)[0][4])["officer_name"] == ""
    # The receipt is signed by whoever took the dossier in: a login too, here.
    received = take_in(store)  # taken in by "canbo1", no such account
    receipt = print_receipt(store, received.code, tmp_path / "r.pdf", actor="x", now=NOW)
    assert "canbo1" not in text(receipt.path.read_bytes())


def test_a_completion_request_without_an_officer_name_leaves_a_blank_to_fill(store,
                                                                             tmp_path):
    dossier = take_in(store, status=5)
    form = print_form(store, "02", dossier.code, tmp_path / "f.pdf", actor="cli:root",
                      details=DETAILS["02"], now=NOW)
    content = text(form.path.read_bytes())
    assert "cli:root" not in content
    assert_nfc_contains(content, "liên hệ với ……………………, số điện thoại …")


def test_a_completion_request_names_every_problem_in_its_details(store, tmp_path):
    """A paper asked for in no copy at all is refused with the missing reason."""
    dossier = take_in(store, status=5)
    with pytest.raises(ValidationFailed) as failed:
        print_form(store, "02", dossier.code, tmp_path / "x.pdf", actor="canbo1",
                   details={"missing": [{"name": "Tờ khai"}]}, now=NOW)
    assert {p.field for p in failed.value.problems} == {"reason", "missing[0]"}
