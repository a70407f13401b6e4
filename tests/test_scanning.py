"""Scans reach the right paper: from SANE's `test` device (sane-backends' frontend tester,
enabled through a dll.conf of the test's own) and from the scan inbox a network scanner
writes into. Each ends up as one PDF on the paper chosen, read back page by page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image

from onestop_desktop.desk import Desk
from onestop_desktop.domain.files import FileSource
from onestop_desktop.domain.officer import Officer
from onestop_desktop.domain.permissions import PermissionRefused
from onestop_desktop.services import scan_inbox
from onestop_desktop.services.accounts import create_user
from onestop_desktop.services.scan_inbox import InboxWatch
from onestop_desktop.store import audit
from onestop_desktop.store.blobs import BlobStore
from tests.conftest import AGENCY, local, sample_request

PAPERS = [{"name": "Tờ khai", "original": 1}, {"name": "Giấy chứng nhận", "certified": 1}]
SYSTEM = Officer("system", "Hệ thống", "system")
MM = 72 / 25.4  # points per millimetre


def _sane_test_device() -> bool:
    try:
        import sane  # noqa: F401
    except ImportError:
        return False
    return any(Path(d).glob("libsane-test.so*") for d in
               ("/usr/lib/x86_64-linux-gnu/sane", "/usr/lib/aarch64-linux-gnu/sane",
                "/usr/lib/sane", "/usr/local/lib/sane") if Path(d).is_dir())


needs_sane = pytest.mark.skipif(not _sane_test_device(),
                                reason="python-sane and SANE's test backend (.ci/run "
                                       "installs them)")


@pytest.fixture
def sane_config(tmp_path) -> Path:
    """A SANE configuration of the test's own: only the `test` backend (its line is
    commented out in the system's dll.conf)."""
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n", encoding="ascii")
    return folder


@pytest.fixture
def desk(store):
    return Desk(store, clock=lambda: local(2026, 11, 30, 10, 0))


@pytest.fixture
def code(desk):
    return desk.dossiers.take_in(sample_request(documents=PAPERS), SYSTEM).value.code


@needs_sane
def test_a_scan_from_the_sane_test_device_is_one_pdf_on_the_paper(tmp_path, sane_config):
    """The whole path a person takes at the command line, in a process of its own (SANE
    reads its configuration once per process)."""
    data = tmp_path / "desk"
    env = {**os.environ, "SANE_CONFIG_DIR": str(sane_config),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1]),
                                          os.environ.get("PYTHONPATH", "")])}
    env.pop("ONESTOP_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "onestop_desktop", "--data-dir",
                               str(data), *args], check=False, env=env, capture_output=True,
                              text=True, timeout=120)

    assert run("init", "--agency-code", AGENCY, "--agency-name", "Trung tâm",
               "--desk", "1").returncode == 0
    intake = tmp_path / "hs.json"
    intake.write_text(json.dumps(sample_request(documents=PAPERS)), encoding="utf-8")
    taken = run("intake", str(intake))
    assert taken.returncode == 0, taken.stderr
    code = taken.stdout.split()[0]
    scanned = run("scan", code, "--paper", "2", "--device", "test:0", "--dpi", "100",
                  "--json")
    assert scanned.returncode == 0, scanned.stderr
    f = json.loads(scanned.stdout)
    assert (f["paper"], f["pages"], f["source"], f["digitised"]) == (2, 1, "scanner", True)
    pdf = pypdfium2.PdfDocument(BlobStore.of_data_dir(data).read(f["sha256"]))
    # The test device's page is 80 x 100 mm, solid black; scanned at 100 dpi.
    assert len(pdf) == 1
    assert pdf[0].get_size() == pytest.approx((80 * MM, 100 * MM), abs=1.5)
    image = pdf[0].render(scale=100 / 72).to_pil().convert("L")
    assert image.size == pytest.approx((315, 394), abs=1)
    assert image.getextrema() == (0, 0)
    listed = json.loads(run("files", code, "--json").stdout)
    assert [(x["paper"], x["sha256"]) for x in listed["files"]] == [(2, f["sha256"])]
    # No such paper: refused before the scanner is used, nothing written.
    refused = run("scan", code, "--paper", "3", "--device", "test:0")
    assert refused.returncode == 2 and "không có giấy tờ số 3" in refused.stderr
    assert len(json.loads(run("files", code, "--json").stdout)["files"]) == 1


@needs_sane
def test_the_sane_scanner_lists_and_scans_in_process(tmp_path, sane_config, monkeypatch,
                                                     desk, code):
    import sane

    from onestop_desktop.services.scanning import SaneScanner

    monkeypatch.setenv("SANE_CONFIG_DIR", str(sane_config))
    monkeypatch.setattr(SaneScanner, "_initialised", False)
    try:
        scanner = SaneScanner()
        assert [d.id for d in scanner.devices()][:1] == ["test:0"]
        pages = scanner.scan(tmp_path / "scan", device="test:0", dpi=75)
    finally:
        sane.exit()
    assert [p.name for p in pages] == ["trang-001.png"]
    with Image.open(pages[0]) as page:
        assert page.info["dpi"] == pytest.approx((75, 75), abs=0.1)
    f = desk.files.attach(code, paper=1, paths=pages, source=FileSource.SCANNER,
                          actor=SYSTEM).value
    assert (f.paper, f.pages, f.source) == (1, 1, FileSource.SCANNER)
    pdf = pypdfium2.PdfDocument(desk.files.blobs.read(f.sha256))
    assert pdf[0].get_size() == pytest.approx((80 * MM, 100 * MM), abs=2)


def test_a_file_dropped_in_the_scan_inbox_ends_up_on_the_paper(desk, code, data_dir, store):
    inbox = scan_inbox.ensure_folder(desk.files.inbox_folder())
    assert inbox == data_dir / "scan-inbox"
    watch = InboxWatch(inbox)
    scan = inbox / "SCAN_0001.tif"
    pages = [Image.new("L", (160, 200), 30 * i) for i in range(3)]
    buffer = scan.with_suffix(".tmp")  # a scanner's temporary name is never taken
    pages[0].save(buffer, "TIFF", save_all=True, append_images=pages[1:], dpi=(200, 200))
    data = buffer.read_bytes()
    assert watch.settled() == []
    with open(scan, "wb") as out:  # the scanner writes the file in two goes
        out.write(data[: len(data) // 2])
    assert watch.settled() == []  # first seen
    with open(scan, "ab") as out:
        out.write(data[len(data) // 2:])
    assert watch.settled() == []  # grew since
    buffer.unlink()
    [ready] = watch.settled()  # the same size and time twice: done
    assert ready == scan
    f = desk.files.take_from_inbox(ready, code, paper=2, actor=SYSTEM).value
    assert (f.paper, f.pages, f.source) == (2, 3, FileSource.INBOX)
    assert not scan.exists() and watch.settled() == []
    assert watch.settled() == []
    pdf = pypdfium2.PdfDocument(desk.files.blobs.read(f.sha256))
    assert len(pdf) == 3
    assert pdf[1].get_size() == pytest.approx((160 * 72 / 200, 200 * 72 / 200), abs=0.5)
    assert pdf[2].render(scale=200 / 72).to_pil().convert("L").getpixel((80, 100)) == 60


def test_a_wait_takes_no_file_left_in_the_inbox_before_it_and_offers_each_once(tmp_path):
    inbox = scan_inbox.ensure_folder(tmp_path / "scan-inbox")
    old = inbox / "cu.pdf"
    old.write_bytes(b"%PDF-1.4 an earlier scan nobody took")
    watch = InboxWatch(inbox)
    watch.skip_present()
    assert watch.settled() == [] and watch.settled() == []
    new = inbox / "moi.pdf"
    new.write_bytes(b"%PDF-1.4 the scan awaited")
    assert watch.settled() == []  # first seen
    assert watch.settled() == [new]
    assert watch.settled() == []  # offered once, even if it cannot be removed
    old.write_bytes(b"%PDF-1.4 scanned again under the same name, bigger")
    watch.settled()
    assert watch.settled() == [old]  # changed since: a new scan


def test_a_file_in_the_inbox_that_is_no_paper_stays_there_and_is_set_aside(desk, code,
                                                                           data_dir):
    inbox = scan_inbox.ensure_folder(desk.files.inbox_folder())
    junk = inbox / "ghi-chu.txt"
    junk.write_text("không phải bản quét", encoding="utf-8")
    from onestop_desktop.documents.paper_pdf import PaperFileRefused

    with pytest.raises(PaperFileRefused):
        desk.files.take_from_inbox(junk, code, paper=1, actor=SYSTEM)
    assert junk.exists() and desk.files.list(code).files == ()
    moved = scan_inbox.set_aside(junk)
    assert moved == inbox / scan_inbox.REFUSED_DIR / "ghi-chu.txt" and moved.exists()
    assert InboxWatch(inbox).settled() == []  # the folder set aside is not looked into


def test_the_inbox_folder_is_a_setting_for_a_head_or_an_admin(desk, store, tmp_path):
    create_user(store, "lan", "Lan", "mat-khau-quay-1", role="officer")
    create_user(store, "hoa", "Hòa", "mat-khau-quay-1", role="head")
    shared = tmp_path / "may-quet-tang-1"
    with pytest.raises(PermissionRefused):
        desk.files.set_inbox_folder(Officer("lan", "Lan", "officer"), str(shared))
    done = desk.files.set_inbox_folder(Officer("hoa", "Hòa", "head"), str(shared))
    assert done.value == shared and shared.is_dir() and done.changes.settings
    assert desk.files.inbox_folder() == shared
    with pytest.raises(Exception, match="đường dẫn đầy đủ"):
        desk.files.set_inbox_folder(SYSTEM, "scan")
    desk.files.set_inbox_folder(SYSTEM, "")
    assert desk.files.inbox_folder() == desk.data_dir / "scan-inbox"
    with store.read() as session:
        rows = [r.detail["after"] for r in audit.trail(session)
                if r.action == "settings.scan_inbox_set"]
    assert rows == [str(shared), ""]
