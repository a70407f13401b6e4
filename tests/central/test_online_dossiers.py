"""Dossiers submitted online at the centre: numbered from the centre's own range, kept with
their files, announced to their agency's desks; bad submissions refused whole, in
Vietnamese."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys

import pytest

from onestop_desktop.domain.codes import CENTRE_NUMBERS, DeskPartition, parse_code
from tests.central.live import LiveServer
from tests.central.payloads import AGENCY, OTHER_AGENCY, push

PDF = "%PDF-1.4\n% giấy tờ nộp trực tuyến\n".encode() + bytes(range(256)) * 40
PNG = b"\x89PNG\r\n\x1a\n" + b"anh chup" * 100


def submission(**changes) -> dict:
    document = {
        "agency_code": AGENCY,
        "procedure_code": "2.001610",
        "applicant": {"name": "Nguyễn Thị Lan", "id_number": "038190012345",
                      "phone": "0912345678", "address": "Số 5 Lê Lợi, TP Thanh Hóa"},
        "documents": [{"name": "Tờ khai", "original": 1},
                      {"name": "Bản sao giấy khai sinh", "certified": 1}],
        "files": [{"paper": 0, "name": "to-khai.pdf",
                   "content": base64.b64encode(PDF).decode()},
                  {"paper": 1, "name": "khai-sinh.png",
                   "content": base64.b64encode(PNG).decode()}],
    }
    document.update(changes)
    return document


@pytest.fixture
def centre(live_server):
    live_server.portal_token = live_server.add_device("cong-dvc", "", 0, portal=True)
    live_server.desk_token = live_server.add_device("quay-1", AGENCY, 1)
    live_server.other_token = live_server.add_device("quay-khac", OTHER_AGENCY, 1)
    return live_server


def test_no_desk_of_any_width_issues_a_number_of_the_centres_range():
    for digits in (1, 2):
        for desk in range(1, 10 ** digits):
            partition = DeskPartition(desk, digits)
            numbers = {partition.number(c) for c in range(1, partition.capacity + 1)}
            assert not numbers & set(CENTRE_NUMBERS), (desk, digits)


def test_a_desk_cannot_push_a_code_of_the_centres_range(centre):
    from tests.central.payloads import created_event, dossier_payload

    with centre.client(centre.desk_token) as desk:
        (result,) = push(desk, created_event(dossier_payload(7)))
    assert result["outcome"] == "conflict" and result["error"] == "wrong_desk"


def test_an_online_dossier_is_numbered_kept_with_its_files_and_pulled_by_its_desks(centre):
    with centre.client(centre.portal_token) as portal:
        first = portal.post("/v1/online-dossiers", json=submission())
        second = portal.post("/v1/online-dossiers", json=submission())
    assert first.status_code == 201, first.text
    reply = first.json()
    code = parse_code(reply["code"])
    assert code.agency == AGENCY and code.number == 1
    assert parse_code(second.json()["code"]).number == 2
    assert [(f["paper"], f["name"], f["media_type"], f["sha256"], f["size"])
            for f in reply["files"]] == [
        (0, "to-khai.pdf", "application/pdf", hashlib.sha256(PDF).hexdigest(), len(PDF)),
        (1, "khai-sinh.png", "image/png", hashlib.sha256(PNG).hexdigest(), len(PNG))]

    with centre.client(centre.desk_token) as desk:
        changes = desk.get("/v1/changes").json()["changes"]
        online = [c for c in changes if c["kind"] == "dossier.online"]
        assert [c["data"]["dossier"]["code"] for c in online] == [
            reply["code"], second.json()["code"]]
        dossier = online[0]["data"]["dossier"]
        assert (dossier["status"], dossier["channel"]) == (1, 2)
        assert dossier["applicant"]["name"] == "Nguyễn Thị Lan"
        assert online[0]["data"]["files"] == reply["files"]
        got = desk.get(f"/v1/files/{hashlib.sha256(PNG).hexdigest()}")
        assert got.status_code == 200 and got.content == PNG
        # The portal record knows the channel.
        record = desk.get(f"/v1/dossiers/{reply['code']}").json()["dossier"]
        assert record["KenhThucHien"] == 2 and record["TrangThaiHoSo"] == 1
    with centre.client(centre.other_token) as other:
        assert not [c for c in other.get("/v1/changes").json()["changes"]
                    if c["kind"] == "dossier.online"]
        refused = other.get(f"/v1/files/{hashlib.sha256(PDF).hexdigest()}")
        assert refused.status_code == 404 and refused.json()["error"] == "not_found"


def test_only_the_portal_submits_and_the_portal_reads_nothing(centre):
    with centre.client(centre.desk_token) as desk:
        refused = desk.post("/v1/online-dossiers", json=submission())
        assert refused.status_code == 403
        assert "cổng trực tuyến" in refused.json()["message"]
    with centre.client(centre.portal_token) as portal:
        for path in ("/v1/changes", f"/v1/files/{'0' * 64}"):
            answer = portal.get(path)
            assert answer.status_code == 403, path
        assert portal.post("/v1/push", json={"protocol": 1, "events": []}).status_code == 403
    with centre.client() as nobody:
        assert nobody.post("/v1/online-dossiers", json=submission()).status_code == 401
    assert centre.stats()["dossiers"] == 0


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"procedure_code": "9.999999"}, "procedure_code", "Không có thủ tục mã 9.999999"),
    ({"agency_code": "000.00.09.H22"}, "agency_code", "chưa có quầy nào"),
    ({"agency_code": "H22"}, "agency_code", "Mã cơ quan không hợp lệ"),
    ({"status": 2}, "status", "chỉ được ở trạng thái 1"),
    ({"recieved_at": "2026-12-03T08:00:00+07:00"}, "recieved_at", "không có trong"),
    ({"files": [{"paper": 5, "name": "x.pdf", "content": "JVBERg=="}]}, "files[0].paper",
     "Số thứ tự giấy tờ"),
    ({"files": [{"paper": 0, "name": "x.pdf", "content": "không phải base64"}]},
     "files[0].content", "base64"),
    ({"files": [{"paper": 0, "name": "x.exe", "content": "JVBERg=="}]},
     "files[0].media_type", "PDF, JPEG hoặc PNG"),
])
def test_a_bad_submission_is_refused_in_vietnamese_and_nothing_is_written(
        centre, changes, field, words):
    with centre.client(centre.portal_token) as portal:
        answer = portal.post("/v1/online-dossiers", json=submission(**changes))
    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["error"] == "invalid_submission"
    assert any(d["loc"] == [field] and words in d["msg"] for d in body["detail"]), body
    figures = centre.stats()
    assert (figures["dossiers"], figures["changes"]) == (0, 0)


def test_a_bad_phone_and_a_repeated_key_are_refused_as_at_the_desk(centre):
    document = submission()
    document["applicant"]["phone"] = "12345"
    with centre.client(centre.portal_token) as portal:
        answer = portal.post("/v1/online-dossiers", json=document)
        assert answer.status_code == 422
        assert any(d["loc"] == ["applicant.phone"] for d in answer.json()["detail"])
        twice = portal.post("/v1/online-dossiers", content=b'{"agency_code": "a", '
                            b'"agency_code": "b"}', headers={"Content-Type": "application/json"})
        assert twice.status_code == 422 and "hai lần" in twice.json()["message"]
    assert centre.stats()["dossiers"] == 0


def test_the_first_desk_to_receive_an_online_dossier_wins(centre):
    from tests.central.payloads import status_event

    second_desk = centre.add_device("quay-2", AGENCY, 2)
    with centre.client(centre.portal_token) as portal:
        reply = portal.post("/v1/online-dossiers", json=submission()).json()
    payload = {"id": reply["id"], "code": reply["code"]}
    with centre.client(centre.desk_token) as one, centre.client(second_desk) as two:
        (first,) = push(one, status_event(payload, 1, 2))
        (late,) = push(two, status_event(payload, 1, 2))
        assert first["outcome"] == "accepted"
        assert late["outcome"] == "conflict" and late["error"] == "moved_by_other_desk"
        assert "quầy khác" in late["message"] and "Được tiếp nhận" in late["message"]
        moves = [c["data"] for c in two.get("/v1/changes").json()["changes"]
                 if c["kind"] == "dossier.status"]
    assert [(m["code"], m["from_status"], m["to_status"], m["source"]) for m in moves] == [
        (reply["code"], 1, 2, "desk")]


def test_online_submit_on_the_command_line_prints_the_code(tmp_path):
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    def central(*args, stdin: str | None = None):
        return subprocess.run([sys.executable, "-m", "onestop_central.cli", *args, "--db", db],
                              capture_output=True, text=True, input=stdin, cwd=tmp_path,
                              check=False)

    assert central("device", "add", "quay-1", "--agency-code", AGENCY,
                   "--desk", "1").returncode == 0
    assert central("device", "add", "cong", "--portal").returncode == 0
    (tmp_path / "giay").mkdir()
    (tmp_path / "giay" / "to-khai.pdf").write_bytes(PDF)
    document = submission(files=[{"paper": 0, "name": "Tờ khai.pdf", "path": "giay/to-khai.pdf"}])
    (tmp_path / "ho-so.json").write_text(json.dumps(document, ensure_ascii=False),
                                         encoding="utf-8")
    done = central("online-submit", str(tmp_path / "ho-so.json"),
                   "--files", str(tmp_path / "files"))
    assert done.returncode == 0, done.stderr
    code = parse_code(done.stdout.strip())
    assert code.agency == AGENCY and code.number == 1
    sha = hashlib.sha256(PDF).hexdigest()
    assert (tmp_path / "files" / sha[:2] / sha).read_bytes() == PDF
    bad = dict(document, procedure_code="9.999999")
    refused = central("online-submit", "-", stdin=json.dumps(bad))
    assert refused.returncode == 2
    assert "Không có thủ tục mã 9.999999 trong danh mục" in refused.stderr
    assert centre_stats(db)["dossiers"] == 1  # the refused one wrote nothing


def centre_stats(url: str) -> dict[str, int]:
    from onestop_central import service
    from onestop_central.db import Database

    db = Database(url)
    try:
        with db.read() as session:
            return service.stats(session)
    finally:
        db.close()


def test_a_live_server_keeps_files_beside_its_database(tmp_path):
    server = LiveServer(f"sqlite:///{tmp_path / 'c.sqlite3'}").start()
    try:
        token = server.add_device("cong", "", 0, portal=True)
        server.add_device("quay-1", AGENCY, 1)
        with server.client(token) as portal:
            assert portal.post("/v1/online-dossiers", json=submission()).status_code == 201
        sha = hashlib.sha256(PDF).hexdigest()
        assert (tmp_path / "c-files" / sha[:2] / sha).read_bytes() == PDF
    finally:
        server.stop()
