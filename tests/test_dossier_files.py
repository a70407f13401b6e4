"""Scanned papers on a dossier through the boundary (desk.files): the pages of one paper
become one lossless PDF in the data directory's file store, on the right checklist paper,
with an audit row; bad input writes nothing; the result only once it is ready; papers
scanned before the save are stored in the save's transaction, or not at all."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from sqlalchemy import func, select

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.documents.paper_pdf import PaperFileRefused
from onestop_desktop.domain.dossier import DossierNotFound
from onestop_desktop.domain.errors import InvalidInput, ValidationFailed
from onestop_desktop.domain.files import FileRole, FileSource, NoSuchPaper, ResultNotReady
from onestop_desktop.domain.officer import Officer
from onestop_desktop.domain.permissions import NotSignedIn
from onestop_desktop.domain.status import Status
from onestop_desktop.services.accounts import create_user, set_active
from onestop_desktop.store import audit
from onestop_desktop.store.blobs import BlobStore
from onestop_desktop.store.models import DossierRow
from tests.conftest import AGENCY, local, sample_request

PAPERS = [{"name": "Giấy đề nghị đăng ký hộ kinh doanh", "original": 1},
          {"name": "Bản sao giấy tờ pháp lý của cá nhân", "certified": 1}]
SYSTEM = Officer("system", "Hệ thống", "system")


@pytest.fixture
def desk(store):
    desk = Desk(store, clock=lambda: local(2026, 11, 30, 10, 0))
    return desk


@pytest.fixture
def code(desk):
    return desk.dossiers.take_in(sample_request(documents=PAPERS), SYSTEM).value.code


def png(path: Path, size=(200, 300), color=(200, 30, 30), dpi=100) -> Path:
    Image.new("RGB", size, color).save(path, dpi=(dpi, dpi))
    return path


def tiff_pages(path: Path, n: int) -> Path:
    pages = [Image.new("L", (120, 160), 40 * i) for i in range(n)]
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(100, 100))
    return path


def stored_blobs(data_dir: Path) -> list[Path]:
    root = data_dir / "files"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def attached_rows(store) -> list:
    with store.read() as session:
        return [r for r in audit.trail(session) if r.action == "dossier.file_attached"]


def test_the_pages_of_one_paper_become_one_pdf_on_that_paper(desk, code, store, data_dir,
                                                             tmp_path):
    first = png(tmp_path / "trang1.png")
    rest = tiff_pages(tmp_path / "trang2-4.tif", 3)
    done = desk.files.attach(code, paper=2, paths=[first, rest], source=FileSource.DROP,
                             actor=SYSTEM)
    f = done.value
    assert done.changes.files
    assert (f.role, f.paper, f.paper_name, f.pages, f.source) == (
        FileRole.PAPER, 2, PAPERS[1]["name"], 4, FileSource.DROP)
    # Stored once, under its hash, in the data directory.
    [blob] = stored_blobs(data_dir)
    assert b"%PDF" not in blob.read_bytes()  # kept encrypted, as the store is
    data = BlobStore.of_data_dir(data_dir).read(blob.name)
    assert blob.name == f.sha256 == hashlib.sha256(data).hexdigest() and f.size == len(data)
    pdf = pypdfium2.PdfDocument(data)
    assert len(pdf) == 4
    # The first page is the PNG at its own size (200 x 300 px at 100 dpi = 144 x 216 pt)
    # and its pixels as they were: lossless.
    assert pdf[0].get_size() == pytest.approx((144, 216), abs=0.5)
    pixels = pdf[0].render(scale=100 / 72).to_pil().convert("RGB")
    assert pixels.size == (200, 300)
    assert pixels.getpixel((100, 150)) == (200, 30, 30)
    grey = pdf[3].render(scale=100 / 72).to_pil().convert("L")
    assert grey.getpixel((60, 80)) == 80  # the TIFF's third frame
    listed = desk.files.list(code)
    assert listed.digitised and [x.paper for x in listed.files] == [2]
    assert listed.of_paper(2) == (f,) and listed.of_paper(1) == ()
    [row] = attached_rows(store)
    assert (row.actor, row.detail["paper"], row.detail["sha256"], row.detail["pages"]) == (
        "system", 2, f.sha256, 4)


def test_the_same_scan_attached_twice_is_one_file(desk, code, data_dir, tmp_path):
    page = png(tmp_path / "p.png")
    a = desk.files.attach(code, paper=1, paths=[page], actor=SYSTEM).value
    b = desk.files.attach(code, paper=1, paths=[page], actor=SYSTEM).value
    assert a.id == b.id and len(stored_blobs(data_dir)) == 1
    other = desk.files.attach(code, paper=2, paths=[page], actor=SYSTEM).value
    assert other.sha256 == a.sha256 and len(desk.files.list(code).files) == 2
    assert len(stored_blobs(data_dir)) == 1


def test_pdfs_from_a_network_scanner_are_joined_in_order(desk, code, tmp_path):
    made = []
    for n, color in enumerate(((255, 0, 0), (0, 0, 255))):
        buffer = io.BytesIO()
        Image.new("RGB", (100, 100), color).save(buffer, "PDF", resolution=72)
        made.append(tmp_path / f"scan{n}")  # no suffix: a scanner's own names
        made[-1].write_bytes(buffer.getvalue())
    f = desk.files.attach(code, paper=1, paths=[made[1], made[0], png(tmp_path / "x.png")],
                          actor=SYSTEM).value
    pdf = pypdfium2.PdfDocument(desk.files.blobs.read(f.sha256))
    colors = [pdf[i].render().to_pil().convert("RGB").getpixel((5, 5)) for i in range(2)]
    assert len(pdf) == 3
    assert [max(c) == c[2] for c in colors] == [True, False]  # blue, then red (JPEG inside)


@pytest.mark.parametrize("case", ["unknown code", "no such paper", "paper 0", "not a scan",
                                  "empty file", "damaged png", "no files", "missing file",
                                  "result not ready"])
def test_bad_input_is_refused_in_vietnamese_and_writes_nothing(desk, code, store, data_dir,
                                                               tmp_path, case):
    good = png(tmp_path / "good.png")
    junk = tmp_path / "ghi-chu.txt"
    junk.write_text("không phải ảnh", encoding="utf-8")
    empty = tmp_path / "rong.png"
    empty.write_bytes(b"")
    broken = tmp_path / "hong.png"
    broken.write_bytes(good.read_bytes()[:60])
    calls = {
        "unknown code": (DossierNotFound, lambda: desk.files.attach(
            AGENCY + "-261130-9999", paper=1, paths=[good], actor=SYSTEM), "Không tìm thấy"),
        "no such paper": (NoSuchPaper, lambda: desk.files.attach(
            code, paper=3, paths=[good], actor=SYSTEM), "không có giấy tờ số 3"),
        "paper 0": (InvalidInput, lambda: desk.files.attach(
            code, paper=0, paths=[good], actor=SYSTEM), "đánh số từ 1"),
        "not a scan": (PaperFileRefused, lambda: desk.files.attach(
            code, paper=1, paths=[good, junk], actor=SYSTEM), "không phải PDF, PNG"),
        "empty file": (PaperFileRefused, lambda: desk.files.attach(
            code, paper=1, paths=[empty], actor=SYSTEM), "rỗng"),
        "damaged png": (PaperFileRefused, lambda: desk.files.attach(
            code, paper=1, paths=[good, broken], actor=SYSTEM), "bị hỏng"),
        "no files": (PaperFileRefused, lambda: desk.files.attach(
            code, paper=1, paths=[], actor=SYSTEM), "Chưa chọn tệp"),
        "missing file": (PaperFileRefused, lambda: desk.files.attach(
            code, paper=1, paths=[tmp_path / "khong-co.png"], actor=SYSTEM),
            "Không đọc được"),
        "result not ready": (ResultNotReady, lambda: desk.files.attach_result(
            code, paths=[good], actor=SYSTEM), "đã giải quyết xong"),
    }
    error, call, words = calls[case]
    with pytest.raises(error) as caught:
        call()
    assert words in str(caught.value)
    assert stored_blobs(data_dir) == [] and attached_rows(store) == []
    assert desk.files.list(code).files == () and not desk.files.list(code).digitised


def test_the_result_is_attached_once_the_dossier_is_processed(desk, code, tmp_path):
    desk.dossiers.change_status(code, Status.PROCESSING, SYSTEM)
    desk.dossiers.change_status(code, Status.DONE, SYSTEM)
    f = desk.files.attach_result(code, paths=[png(tmp_path / "kq.png")], actor=SYSTEM).value
    assert (f.role, f.paper, f.paper_name) == (FileRole.RESULT, 0, "")
    files = desk.files.list(code)
    assert files.results == (f,) and not files.digitised  # a result is not a paper


def test_a_disabled_account_may_not_attach(desk, code, store, data_dir, tmp_path):
    create_user(store, "lan", "Lan", "mat-khau-quay-1", role="officer")
    create_user(store, "an", "An", "mat-khau-quay-1", role="admin")
    lan = Officer("lan", "Lan", "officer")
    assert desk.files.attach(code, paper=1, paths=[png(tmp_path / "a.png")],
                             actor=lan).value.added_by == "lan"
    set_active(store, "an", "lan", False)
    with pytest.raises(NotSignedIn):
        desk.files.attach(code, paper=2, paths=[png(tmp_path / "b.png", color=(1, 2, 3))],
                          actor=lan)
    assert [f.paper for f in desk.files.list(code).files] == [1]


def test_papers_scanned_before_the_save_are_stored_with_it(desk, data_dir, store, tmp_path):
    scans = [desk.files.prepare([png(tmp_path / "a.png")], paper=1, source=FileSource.SCANNER),
             desk.files.prepare([tiff_pages(tmp_path / "b.tif", 2)], paper=2)]
    done = desk.dossiers.take_in(sample_request(documents=PAPERS), SYSTEM, attachments=scans)
    assert done.changes.dossiers and done.changes.files
    files = desk.files.list(done.value.code)
    assert [(f.paper, f.pages, f.source) for f in files.files] == [
        (1, 1, FileSource.SCANNER), (2, 2, FileSource.FILE)]
    assert len(stored_blobs(data_dir)) == 2


def test_a_save_that_fails_leaves_no_scan_behind(desk, data_dir, store, tmp_path):
    scans = [desk.files.prepare([png(tmp_path / "a.png")], paper=1)]
    with pytest.raises(ValidationFailed):  # no such procedure: nothing is taken in
        desk.dossiers.take_in(sample_request(documents=PAPERS, procedure_code="9.999999"),
                              SYSTEM, attachments=scans)
    # A scan for a paper the checklist does not have fails the save as a whole.
    scans.append(desk.files.prepare([png(tmp_path / "b.png", color=(9, 9, 9))], paper=3))
    with pytest.raises(NoSuchPaper):
        desk.dossiers.take_in(sample_request(documents=PAPERS), SYSTEM, attachments=scans)
    assert stored_blobs(data_dir) == [] and attached_rows(store) == []
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(DossierRow)) == 0


def test_attach_and_files_at_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = str(tmp_path / "desk")
    assert main(["--data-dir", data, "init", "--agency-code", AGENCY, "--agency-name",
                 "Trung tâm", "--desk", "1"]) == 0
    intake = tmp_path / "hs.json"
    intake.write_text(json.dumps(sample_request(documents=PAPERS)), encoding="utf-8")
    assert main(["--data-dir", data, "intake", str(intake)]) == 0
    code = capsys.readouterr().out.split()[-1]
    page = png(tmp_path / "p.png")
    assert main(["--data-dir", data, "files", code, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"code": code, "digitised": False,
                                                   "files": []}
    assert main(["--data-dir", data, "attach", code, "--paper", "2", str(page),
                 str(tiff_pages(tmp_path / "t.tif", 2)), "--json"]) == 0
    attached = json.loads(capsys.readouterr().out)
    assert (attached["paper"], attached["pages"], attached["digitised"]) == (2, 3, True)
    assert main(["--data-dir", data, "attach", code, "--paper", "5", str(page)]) == 2
    assert "không có giấy tờ số 5" in capsys.readouterr().err
    assert main(["--data-dir", data, "attach", code, str(page)]) == 2
    assert "--paper N" in capsys.readouterr().err
    assert main(["--data-dir", data, "attach", code, "--result", str(page)]) == 2
    assert "đã giải quyết xong" in capsys.readouterr().err
    assert main(["--data-dir", data, "files", code, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["digitised"] and [f["paper"] for f in listed["files"]] == [2]
    assert listed["files"][0]["sha256"] == attached["sha256"]
    assert main(["--data-dir", data, "files", code]) == 0
    out = capsys.readouterr().out
    assert "đã số hóa" in out and f"Giấy tờ 2: {PAPERS[1]['name']} — 3 trang" in out
    assert main(["--data-dir", data, "show", code, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["digitised"] is True


def test_the_report_counts_the_dossiers_received_with_a_scanned_paper(store, tmp_path):
    def taken(day: int) -> str:
        at = local(2026, 11, day, 9, 0)
        return Desk(store, clock=lambda: at).dossiers.take_in(
            sample_request(documents=PAPERS, received_at=at.isoformat()), SYSTEM).value.code

    desk = Desk(store, clock=lambda: local(2026, 11, 30, 16, 0))
    scanned, result_only, plain, before = taken(30), taken(30), taken(30), taken(27)
    page = png(tmp_path / "p.png")
    for code in (scanned, before):
        desk.files.attach(code, paper=1, paths=[page], actor=SYSTEM)
    desk.files.attach(scanned, paper=2, paths=[page], actor=SYSTEM)  # counted once
    desk.dossiers.change_status(result_only, Status.PROCESSING, SYSTEM)
    desk.dossiers.change_status(result_only, Status.DONE, SYSTEM)
    desk.files.attach_result(result_only, paths=[page], actor=SYSTEM)  # not a paper
    report = desk.reports.period(date(2026, 11, 30), date(2026, 11, 30), SYSTEM).to_dict()
    assert report["received"] == 3 and plain
    assert report["digitised"] == {"count": 1, "of": 3, "share": 33.3, "recorded": True}
