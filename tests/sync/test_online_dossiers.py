"""An online dossier submitted at the centre reaches the desk's queue with its files,
is received there, and its form 01 is kept on the desk as a form file (the upload of desk
files takes it back to the centre)."""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

import pypdf
from sqlalchemy import select

from onestop_desktop.desk.core import Desk
from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.officer import pc_user
from onestop_desktop.domain.status import Status
from onestop_desktop.services.sync_port import StoreSyncPort
from onestop_desktop.store import online_repo, sync_repo
from onestop_desktop.store.blobs import BlobStore
from onestop_desktop.store.models import DossierFileRow, DossierRow, OutboxEvent
from onestop_desktop.sync.client import SyncClient
from onestop_desktop.sync.engine import SyncEngine
from tests.conftest import AGENCY
from tests.sync.desks import make_desk

SCAN = "%PDF-1.4\n% tờ khai nộp trực tuyến\n".encode() + bytes(range(256)) * 50
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(200)) * 30
# A Tuesday morning: the dossier's 3 working days count from its receipt.
RECEIVED = datetime(2026, 12, 1, 9, 0, tzinfo=LOCAL_TZ)


def submit(central, portal_token: str) -> dict:
    document = {
        "agency_code": AGENCY, "procedure_code": "1.001612",
        "applicant": {"name": "Trần Văn Bình", "id_number": "038190012345",
                      "phone": "0912345678", "address": "Số 9 Trần Phú, Thanh Hóa"},
        "documents": [{"name": "Giấy đề nghị đăng ký hộ kinh doanh", "original": 1},
                      {"name": "Ảnh căn cước", "photo": 1}],
        "files": [{"paper": 0, "name": "giay-de-nghi.pdf",
                   "content": base64.b64encode(SCAN).decode()},
                  {"paper": 1, "name": "can-cuoc.png",
                   "content": base64.b64encode(PHOTO).decode()}]}
    with central.client(portal_token) as portal:
        answer = portal.post("/v1/online-dossiers", json=document)
    assert answer.status_code == 201, answer.text
    return answer.json()


def desk_for(central, tmp_path, name: str, desk: int):
    store = make_desk(tmp_path / name, desk)
    token = central.add_device(name, AGENCY, desk)
    engine = SyncEngine(StoreSyncPort(store), SyncClient(central.url, token, timeout=5),
                        store.path.parent)
    return store, engine


def _saved(tmp_path, data: bytes):
    path = tmp_path / "from-the-centre.pdf"
    path.write_bytes(data)
    return path


def pdf_words(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
                    .split())


def test_submitted_online_pulled_into_the_queue_received_and_form_01_kept(central, tmp_path):
    portal = central.add_device("cong-dvc", "", 0, portal=True)
    store, engine = desk_for(central, tmp_path, "quay-1", 1)
    reply = submit(central, portal)

    report = engine.run_once()
    assert report.error == "" and report.fetched == 2

    with store.read() as session:
        row = session.scalar(select(DossierRow).where(DossierRow.code == reply["code"]))
        assert (row.status, row.channel, row.due_at) == (1, 2, None)
        assert online_repo.waiting_count(session, AGENCY) == 1
        files = session.scalars(select(DossierFileRow).where(
            DossierFileRow.dossier_id == row.id).order_by(DossierFileRow.paper)).all()
        assert [(f.paper, f.name, f.source, f.uploaded_at is not None) for f in files] == [
            (0, "giay-de-nghi.pdf", "online", True), (1, "can-cuoc.png", "online", True)]
    blobs = BlobStore.of_data_dir(store.path.parent)
    assert blobs.read(hashlib.sha256(SCAN).hexdigest()) == SCAN
    assert blobs.read(hashlib.sha256(PHOTO).hexdigest()) == PHOTO

    desk = Desk(store, clock=lambda: RECEIVED)
    papers = desk.online.papers(reply["code"])
    assert [(p.paper_name, p.present) for p in papers] == [
        ("Giấy đề nghị đăng ký hộ kinh doanh", True), ("Ảnh căn cước", True)]
    assert desk.online.viewable_copy(papers[0]).read_bytes() == SCAN

    decided = desk.online.receive(reply["code"], pc_user("canbo1")).value
    assert decided.status is Status.RECEIVED
    # 3 working days from Tuesday 1/12 morning: Friday 4/12 morning.
    assert decided.due_at.astimezone(LOCAL_TZ).date().isoformat() == "2026-12-04"
    with store.read() as session:
        row = session.scalar(select(DossierRow).where(DossierRow.code == reply["code"]))
        assert row.status == 2 and row.due_at is not None
        assert online_repo.waiting_count(session, AGENCY) == 0
        form = session.scalar(select(DossierFileRow).where(
            DossierFileRow.dossier_id == row.id, DossierFileRow.role == "form"))
        assert (form.name, form.source, form.uploaded_at) == (
            "Mẫu 01 - Giấy tiếp nhận.pdf", "form", None)
        event = session.scalars(select(OutboxEvent).where(
            OutboxEvent.dossier_id == row.id)).one()
        assert (event.payload["from_status"], event.payload["to_status"]) == (1, 2)
    words = pdf_words(blobs.copy_to(form.sha256, tmp_path / "form-01.pdf"))
    assert reply["code"] in words and "Trần Văn Bình" in words

    # The receipt reaches the centre, and form 01 with it, for the citizen.
    report = engine.run_once()
    assert report.error == "" and report.pushed == 1 and report.uploaded == 1
    with central.db.read() as session:
        from onestop_central.models import Dossier

        assert session.scalar(select(Dossier.status).where(
            Dossier.code == reply["code"])) == 2
    with central.client(central.add_device("quay-2", AGENCY, 2)) as other_desk:
        listed = other_desk.get(f"/v1/dossiers/{reply['code']}/files").json()["files"]
        assert sorted((f["role"], f["name"], f["sha256"]) for f in listed) == [
            ("form", "Mẫu 01 - Giấy tiếp nhận.pdf", form.sha256),
            ("paper", "can-cuoc.png", hashlib.sha256(PHOTO).hexdigest()),
            ("paper", "giay-de-nghi.pdf", hashlib.sha256(SCAN).hexdigest())]
        back = other_desk.get(f"/v1/files/{form.sha256}").content
    assert back == blobs.read(form.sha256)
    assert reply["code"] in pdf_words(_saved(tmp_path, back))
    with store.read() as session:
        assert session.get(DossierFileRow, form.id).uploaded_at is not None


def test_a_replayed_page_changes_nothing(central, tmp_path):
    portal = central.add_device("cong-dvc", "", 0, portal=True)
    store, engine = desk_for(central, tmp_path, "quay-1", 1)
    submit(central, portal)
    with central.client(central.add_device("doc", AGENCY, 3)) as reader:
        page = reader.get("/v1/changes").json()
    assert engine.run_once().error == ""

    def state():
        with store.read() as session:
            return (session.scalars(select(DossierRow.id)).all(),
                    session.scalars(select(DossierFileRow.id)).all())

    before = state()
    with store.transaction() as session:
        applied = sync_repo.apply_changes(session, page["changes"], page["cursor"],
                                          RECEIVED)
    assert applied.online == 0 and applied.skipped == 1
    assert state() == before


def test_two_desks_receive_the_same_one_the_first_wins_the_second_is_told(central, tmp_path):
    portal = central.add_device("cong-dvc", "", 0, portal=True)
    one, one_engine = desk_for(central, tmp_path, "quay-1", 1)
    two, two_engine = desk_for(central, tmp_path, "quay-2", 2)
    reply = submit(central, portal)
    assert one_engine.run_once().error == "" and two_engine.run_once().error == ""

    Desk(one, clock=lambda: RECEIVED).online.receive(reply["code"], pc_user("canbo1"))
    Desk(two, clock=lambda: RECEIVED).online.receive(reply["code"], pc_user("canbo2"))
    assert one_engine.run_once().pushed == 1
    report = two_engine.run_once()
    assert report.pushed == 0 and report.conflicts == 1
    with two.read() as session:
        (problem,) = [p for p in sync_repo.problems(session) if p.state == "conflict"]
    assert problem.code == reply["code"]
    assert "đã được quầy khác chuyển sang “Được tiếp nhận”" in problem.reason


def test_a_third_desk_sees_the_dossier_leave_its_queue(central, tmp_path):
    portal = central.add_device("cong-dvc", "", 0, portal=True)
    one, one_engine = desk_for(central, tmp_path, "quay-1", 1)
    three, three_engine = desk_for(central, tmp_path, "quay-3", 3)
    reply = submit(central, portal)
    assert one_engine.run_once().error == ""
    Desk(one, clock=lambda: RECEIVED).online.receive(reply["code"], pc_user("canbo1"))
    assert one_engine.run_once().pushed == 1
    # The third desk pulls the submission and the receipt in one page.
    assert three_engine.run_once().error == ""
    assert Desk(three).online.waiting_count() == 0
    with three.read() as session:
        assert session.scalar(select(DossierRow.status).where(
            DossierRow.code == reply["code"])) == 2
    # The first desk's own receipt, pulled back, is no conflict there.
    assert one_engine.run_once().conflicts == 0


def test_files_not_fetched_offline_are_fetched_by_a_later_run(central, tmp_path):
    portal = central.add_device("cong-dvc", "", 0, portal=True)
    store, engine = desk_for(central, tmp_path, "quay-1", 1)
    submit(central, portal)
    with store.transaction() as session:  # pulled, but the run stopped before the bytes
        client = SyncClient(central.url, central.add_device("x", AGENCY, 4), timeout=5)
        page = client.pull(0)
        sync_repo.apply_changes(session, [c.model_dump(mode="json") for c in page.changes],
                                page.cursor, RECEIVED)
    blobs = BlobStore.of_data_dir(store.path.parent)
    assert not blobs.has(hashlib.sha256(SCAN).hexdigest())
    central.stop()
    offline = engine.run_once()
    assert offline.error and offline.fetched == 0
    central.start()
    assert engine.run_once().fetched == 2
    assert blobs.read(hashlib.sha256(SCAN).hexdigest()) == SCAN
