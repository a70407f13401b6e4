"""Printing service and command line: real store, real PDFs read back."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from onestop_desktop.cli import main
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.printing import (
    DossierNotFound,
    FormNotAllowed,
    preview_form,
    preview_ledger,
    print_form,
    print_ledger,
    print_receipt,
)
from onestop_desktop.store import audit, print_repo, settings_repo
from onestop_desktop.store.cipher import raw_connection
from tests.conftest import local, sample_request
from tests.test_documents_pdfcheck import assert_nfc_contains, code128, decode, text

NOW = local(2026, 12, 1, 8, 0)
LATER = local(2026, 12, 2, 14, 30)
URL = "https://dichvucong.example.gov.vn/tra-cuu?ma={code}"


def take_in(store, clock=NOW, **overrides):
    return IntakeService(store, clock=lambda: clock).intake(sample_request(**overrides),
                                                              actor="canbo1")


def set_lookup(store, template: str = URL) -> None:
    with store.transaction() as session:
        config = settings_repo.load_desk_config(session)
        settings_repo.save_desk_config(session, replace(config, lookup_url_template=template))


def prints_table(store) -> list[tuple]:
    with raw_connection(store.path) as raw:
        return raw.execute("SELECT form, copy_no, actor, template_version, details "
                           "FROM prints ORDER BY id").fetchall()


def test_first_print_then_reprints_are_counted_and_marked(store, tmp_path):
    set_lookup(store)
    dossier = take_in(store)
    first = print_receipt(store, dossier.code, tmp_path / "r1.pdf", actor="canbo1", now=NOW)
    assert (first.form, first.copy_no, first.reprint) == ("01", 1, False)
    pdf = first.path.read_bytes()
    assert code128(pdf) == [dossier.code]
    assert [d.text for d in decode(pdf) if d.format == "QRCode"] == [URL.format(code=dossier.code)]
    content = text(pdf)
    assert_nfc_contains(content, "Đặng Thị Ngọc Hường")
    assert_nfc_contains(content, "Số 5 Lê Lợi, phường Hạc Thành, Thanh Hóa")
    assert "BẢN IN LẠI" not in content

    again = print_receipt(store, dossier.code, tmp_path / "r2.pdf", size="80mm",
                          actor="canbo2", now=LATER)
    assert (again.copy_no, again.reprint) == (2, True)
    assert_nfc_contains(text(again.path.read_bytes()), "BẢN IN LẠI – lần 1")
    third = print_receipt(store, dossier.code, tmp_path / "r3.pdf", size="A5", actor="canbo1")
    assert third.copy_no == 3
    assert_nfc_contains(text(third.path.read_bytes()), "BẢN IN LẠI – lần 2")

    rows = prints_table(store)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("01", 1, "canbo1", "TT03-2025"), ("01", 2, "canbo2", "TT03-2025"),
        ("01", 3, "canbo1", "TT03-2025")]
    with store.read() as session:
        printed = print_repo.prints_of(session, dossier.id, "01")
        assert printed[1].at == LATER
        actions = [a.action for a in audit.trail(session, dossier.id)]
    assert actions.count("form.printed") == 1 and actions.count("form.reprinted") == 2


def test_a_reprint_without_details_says_what_the_first_print_said(store, tmp_path):
    dossier = take_in(store, status=5)
    details = {"missing": [{"name": "Bản sao Giấy chứng nhận quyền sử dụng đất",
                            "original": 0, "certified": 1, "photo": 0}],
               "reason": "Thiếu giấy tờ về đất", "officer_name": "Lê Thị Ẩn",
               "officer_phone": "0237 3850 111"}
    first = print_form(store, "02", dossier.code, tmp_path / "f1.pdf", actor="canbo1",
                       details=details, now=NOW)
    again = print_form(store, "02", dossier.code, tmp_path / "f2.pdf", actor="canbo2",
                       now=LATER)
    assert (first.copy_no, again.copy_no, again.reprint) == (1, 2, True)
    for result in (first, again):
        content = text(result.path.read_bytes())
        for needle in ("Bản sao Giấy chứng nhận quyền sử dụng đất", "Thiếu giấy tờ về đất",
                       "Lê Thị Ẩn", "0237 3850 111", "ngày 01 tháng 12 năm 2026"):
            assert_nfc_contains(content, needle)
    stored = [json.loads(r[4]) for r in prints_table(store)]
    assert stored[0] == stored[1]
    assert stored[0]["issued_at"].startswith("2026-12-01T08:00")


def test_nothing_is_recorded_when_the_pdf_cannot_be_written(store, tmp_path):
    dossier = take_in(store)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    blocker = out_dir / "not-a-directory"
    blocker.write_text("x")
    with pytest.raises(OSError):
        print_receipt(store, dossier.code, blocker / "r.pdf", actor="canbo1")
    assert prints_table(store) == []
    assert list(out_dir.iterdir()) == [blocker]  # no temporary file left behind
    # The next successful print is still the first copy.
    assert print_receipt(store, dossier.code, tmp_path / "r.pdf", actor="canbo1").copy_no == 1


def test_bad_requests_write_nothing(store, tmp_path):
    dossier = take_in(store)
    refused = take_in(store, status=3)
    with pytest.raises(DossierNotFound):
        print_receipt(store, "000.00.01.H22-261130-9999", tmp_path / "x.pdf", actor="a")
    with pytest.raises(ValidationFailed):
        print_form(store, "03", refused.code, tmp_path / "x.pdf", actor="a", details={})
    with pytest.raises(ValidationFailed):
        print_form(store, "04", dossier.code, tmp_path / "x.pdf", actor="a",
                   details={"reason": "Chậm", "new_due_at": "sớm thôi"})
    with pytest.raises(ValueError):
        print_receipt(store, dossier.code, tmp_path / "x.pdf", size="A3", actor="a")
    assert not (tmp_path / "x.pdf").exists()
    assert prints_table(store) == []


def test_an_old_dossier_keeps_the_template_then_in_force(store, tmp_path):
    old = take_in(store, clock=local(2025, 6, 20, 10, 0),
                  received_at="2025-06-20T09:00:00+07:00")
    result = print_receipt(store, old.code, tmp_path / "old.pdf", actor="canbo1", now=NOW)
    assert_nfc_contains(text(result.path.read_bytes()), "Thông tư số 01/2018/TT-VPCP")
    assert prints_table(store)[0][3] == "TT01-2018"
    new = take_in(store)
    print_receipt(store, new.code, tmp_path / "new.pdf", actor="canbo1", now=NOW)
    assert prints_table(store)[1][3] == "TT03-2025"


def test_the_template_changes_on_circular_03s_effective_date(store, tmp_path):
    """15/9/2025 (resources/templates/form_versions.json): a receipt is on the form in
    force the day the dossier was received, another form on the form in force the day
    it is first printed; a reprint keeps its first print's form."""
    before = take_in(store, clock=local(2025, 9, 12, 10, 0),
                     received_at="2025-09-12T09:00:00+07:00")
    on_the_day = take_in(store, clock=local(2025, 9, 15, 10, 0),
                         received_at="2025-09-15T08:00:00+07:00")
    late = local(2025, 10, 1, 9, 0)
    print_receipt(store, before.code, tmp_path / "a.pdf", actor="canbo1", now=late)
    print_receipt(store, on_the_day.code, tmp_path / "b.pdf", actor="canbo1", now=late)
    assert_nfc_contains(text((tmp_path / "a.pdf").read_bytes()),
                        "Mẫu số 01 – Thông tư số 01/2018/TT-VPCP")
    assert_nfc_contains(text((tmp_path / "b.pdf").read_bytes()),
                        "Mẫu số 01 – Thông tư số 03/2025/TT-VPCP")
    refused = [take_in(store, clock=local(2025, 9, 12, 10, 0), status=3,
                       received_at="2025-09-12T09:30:00+07:00") for _ in range(2)]
    for dossier, now in zip(refused, (local(2025, 9, 14, 16, 0), local(2025, 9, 15, 7, 0)),
                            strict=True):
        print_form(store, "03", dossier.code, tmp_path / f"{dossier.code}.pdf",
                   actor="canbo1", now=now, details={"reason": "Không thuộc thẩm quyền"})
    assert [r[3] for r in prints_table(store)] == ["TT01-2018", "TT03-2025", "TT01-2018",
                                                   "TT03-2025"]
    print_receipt(store, before.code, tmp_path / "c.pdf", actor="canbo1", now=NOW)
    assert prints_table(store)[-1][3] == "TT01-2018"


def test_ledger_lists_the_dossiers_of_the_range(store, tmp_path):
    inside = [take_in(store), take_in(store, received_at="2026-11-30T14:00:00+07:00")]
    outside = take_in(store, clock=local(2026, 12, 2, 9, 0),
                      received_at="2026-12-02T08:30:00+07:00")
    path = print_ledger(store, date(2026, 11, 30), date(2026, 12, 1), tmp_path / "l.pdf",
                        actor="canbo1", now=NOW)
    content = text(path.read_bytes())
    for dossier in inside:
        agency, _, rest = dossier.code.partition("-")
        assert f"{agency}- {rest}" in content
    assert outside.code.partition("-")[2] not in content
    assert "Tổng số: 2 hồ sơ" in content
    print_ledger(store, date(2026, 11, 30), date(2026, 12, 1), tmp_path / "l2.pdf",
                 actor="canbo1", now=LATER)
    assert_nfc_contains(text((tmp_path / "l2.pdf").read_bytes()), "BẢN IN LẠI – lần 1")
    assert [(r[0], r[1]) for r in prints_table(store)] == [("07", 1), ("07", 2)]


def test_command_line(store, data_dir, tmp_path, capsys):
    dossier = take_in(store)
    refused, incomplete = take_in(store, status=3), take_in(store, status=5)
    store.close()
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "receipt", dossier.code, "-o", str(tmp_path / "r.pdf"),
                 "--size", "A5"]) == 0
    assert code128((tmp_path / "r.pdf").read_bytes()) == [dossier.code]
    details = tmp_path / "d.json"
    details.write_text(json.dumps({"reason": "Hồ sơ không thuộc thẩm quyền"}), "utf-8")
    assert main([*base, "form", "03", refused.code, "-o", str(tmp_path / "f.pdf"),
                 "--details", str(details), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out.split("\n", 1)[1])  # after the receipt path
    assert (printed["form"], printed["copy_no"], printed["reprint"]) == ("03", 1, False)
    assert_nfc_contains(text((tmp_path / "f.pdf").read_bytes()), "Hồ sơ không thuộc thẩm quyền")
    assert main([*base, "ledger", "--from", "2026-11-30", "--to", "2026-11-30",
                 "-o", str(tmp_path / "l.pdf")]) == 0
    assert (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main([*base, "form", "01", dossier.code, "-o", str(tmp_path / "x.pdf")]) == 2
    assert main([*base, "receipt", "NOPE", "-o", str(tmp_path / "x.pdf")]) == 2
    assert main([*base, "form", "02", incomplete.code, "-o", str(tmp_path / "x.pdf")]) == 2
    assert main([*base, "ledger", "--from", "2026-12-01", "--to", "2026-11-01",
                 "-o", str(tmp_path / "x.pdf")]) == 2
    errors = capsys.readouterr().err
    assert "Không tìm thấy hồ sơ" in errors and "Chưa nhập lý do" in errors
    assert not (tmp_path / "x.pdf").exists()


def test_the_signing_officer_is_named_from_the_account(store, tmp_path):
    from onestop_desktop.services.accounts import create_user

    create_user(store, "lan.nt", "Nguyễn Thị Lan", "mật-khẩu-dài")
    intake = IntakeService(store, clock=lambda: NOW)
    dossier = intake.intake(sample_request(), actor="lan.nt")
    receipt = print_receipt(store, dossier.code, tmp_path / "r.pdf", actor="someone", now=NOW)
    assert_nfc_contains(text(receipt.path.read_bytes()), "Nguyễn Thị Lan")
    # The printer's account names the signer of the other forms.
    refused = intake.intake(sample_request(status=3), actor="someone")
    form = print_form(store, "03", refused.code, tmp_path / "f.pdf", actor="lan.nt",
                      details={"reason": "Không thuộc thẩm quyền"}, now=NOW)
    assert_nfc_contains(text(form.path.read_bytes()), "Nguyễn Thị Lan")
    # Given explicitly, the details win.
    incomplete = intake.intake(sample_request(status=5), actor="lan.nt")
    form = print_form(store, "02", incomplete.code, tmp_path / "g.pdf", actor="lan.nt",
                      details={"reason": "Thiếu", "officer_name": "Trần Văn Đức",
                               "missing": [{"name": "Tờ khai", "original": 1}]}, now=NOW)
    assert_nfc_contains(text(form.path.read_bytes()), "Trần Văn Đức")


def test_two_desks_windows_printing_at_once_never_share_a_copy_number(store, data_dir,
                                                                      tmp_path):
    import threading

    from onestop_desktop.store.database import Store

    dossier = take_in(store)
    other = Store.open(data_dir)  # a second window: its own engine on the same file
    results, errors = [], []

    def work(which, n):
        try:
            for i in range(3):
                results.append(print_receipt(which, dossier.code, tmp_path / f"{n}-{i}.pdf",
                                             actor=f"w{n}").copy_no)
        except Exception as exc:  # noqa: BLE001 - any failure is reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s, n)) for n, s in enumerate((store, other))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert errors == []
    assert sorted(results) == [1, 2, 3, 4, 5, 6]
    assert sorted(r[1] for r in prints_table(store)) == [1, 2, 3, 4, 5, 6]


def test_a_preview_is_not_counted_and_says_the_copy_it_would_be(store, tmp_path):
    """A preview renders what would print now; only a real print is recorded."""
    dossier = take_in(store)
    shown = preview_form(store, "01", dossier.code, tmp_path / "p1.pdf", actor="canbo1",
                         now=NOW)
    assert (shown.copy_no, shown.reprint) == (1, False)
    assert code128(shown.path.read_bytes()) == [dossier.code]
    assert "BẢN IN LẠI" not in text(shown.path.read_bytes())
    again = preview_form(store, "01", dossier.code, tmp_path / "p2.pdf", actor="canbo1")
    assert again.copy_no == 1  # previews never advance the count
    assert prints_table(store) == []
    with store.read() as session:
        assert [a.action for a in audit.trail(session, dossier.id)
                if a.action.startswith("form.")] == []

    first = print_receipt(store, dossier.code, tmp_path / "r1.pdf", actor="canbo1", now=NOW)
    assert first.copy_no == 1 and "BẢN IN LẠI" not in text(first.path.read_bytes())
    after = preview_form(store, "01", dossier.code, tmp_path / "p3.pdf", actor="canbo1")
    assert (after.copy_no, after.reprint) == (2, True)
    assert_nfc_contains(text(after.path.read_bytes()), "BẢN IN LẠI – lần 1")
    assert [(r[0], r[1]) for r in prints_table(store)] == [("01", 1)]


def test_a_preview_of_a_first_print_shows_the_details_and_stores_none(store, tmp_path):
    dossier = take_in(store, status=3)
    details = {"reason": "Hồ sơ không thuộc thẩm quyền của cơ quan"}
    shown = preview_form(store, "03", dossier.code, tmp_path / "p.pdf", actor="canbo1",
                         details=details, now=NOW)
    assert_nfc_contains(text(shown.path.read_bytes()), details["reason"])
    assert prints_table(store) == []
    # The first counted print stores the details; a reprint's preview says the same.
    print_form(store, "03", dossier.code, tmp_path / "f.pdf", actor="canbo1",
               details=details, now=LATER)
    [stored] = [json.loads(r[4]) for r in prints_table(store)]
    assert stored["reason"] == details["reason"]
    assert stored["issued_at"].startswith("2026-12-02T14:30")  # the counted print's day
    reprint = preview_form(store, "03", dossier.code, tmp_path / "p2.pdf", actor="canbo1")
    assert_nfc_contains(text(reprint.path.read_bytes()), details["reason"])


def test_a_preview_makes_the_same_checks_as_a_print(store, tmp_path):
    received = take_in(store)
    with pytest.raises(FormNotAllowed):
        preview_form(store, "03", received.code, tmp_path / "x.pdf", actor="a",
                     details={"reason": "Không"})
    with pytest.raises(DossierNotFound):
        preview_form(store, "01", "000.00.01.H22-261130-9999", tmp_path / "x.pdf", actor="a")
    assert not (tmp_path / "x.pdf").exists()
    assert prints_table(store) == []


def test_a_ledger_preview_is_not_counted(store, tmp_path):
    take_in(store)
    days = (date(2026, 11, 30), date(2026, 12, 1))
    shown = preview_ledger(store, *days, tmp_path / "p.pdf", now=NOW)
    assert shown.copy_no == 1 and "BẢN IN LẠI" not in text(shown.path.read_bytes())
    assert prints_table(store) == []
    path = print_ledger(store, *days, tmp_path / "l.pdf", actor="canbo1", now=NOW)
    assert "BẢN IN LẠI" not in text(path.read_bytes())
    again = preview_ledger(store, *days, tmp_path / "p2.pdf", now=LATER)
    assert again.copy_no == 2
    assert_nfc_contains(text(again.path.read_bytes()), "BẢN IN LẠI – lần 1")
    assert [(r[0], r[1]) for r in prints_table(store)] == [("07", 1)]


def test_the_command_line_receipt_is_counted(store, data_dir, tmp_path):
    """The file the officer asks the command line for is a copy: it counts."""
    dossier = take_in(store)
    store.close()
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "receipt", dossier.code, "-o", str(tmp_path / "r.pdf")]) == 0
    assert main([*base, "receipt", dossier.code, "-o", str(tmp_path / "r2.pdf")]) == 0
    assert [(r[0], r[1]) for r in prints_table(store)] == [("01", 1), ("01", 2)]
    assert_nfc_contains(text((tmp_path / "r2.pdf").read_bytes()), "BẢN IN LẠI – lần 1")
