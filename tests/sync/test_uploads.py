"""Files reach the centre: resumable, chunked, content-addressed uploads against the real
server (uvicorn on loopback), from real desk stores."""

from __future__ import annotations

import threading
from collections import defaultdict

import pytest
from sqlalchemy import func, select, update

from onestop_central import uploads as central_uploads
from onestop_central.limits import Limits
from onestop_central.models import DossierFile, StoredFile
from onestop_desktop.services import sync_queue
from onestop_desktop.store.blobs import BlobStore
from onestop_desktop.store.models import OutboxEvent
from onestop_desktop.sync import protocol as p
from tests.central.live import LiveServer, db_url_for
from tests.sync.desks import engine, intake_many, make_desk
from tests.sync.uploading import attach, file_rows, sha256, some_bytes

AGENCY = "000.00.01.H22"
MiB = 1024 * 1024


class Accepted:
    """Every chunk the centre took: (sha256 -> [(start, length)]), across restarts."""

    def __init__(self, monkeypatch):
        self.ranges: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._lock = threading.Lock()
        monkeypatch.setattr(central_uploads, "_accepted", self._record)

    def _record(self, sha: str, start: int, length: int) -> None:
        with self._lock:
            self.ranges[sha].append((start, length))

    def total(self) -> int:
        return sum(length for ranges in self.ranges.values() for _, length in ranges)

    def assert_each_byte_once(self, sizes: dict[str, int]) -> None:
        """Every byte of every file taken exactly once: the chunks tile [0, size)."""
        for sha, size in sizes.items():
            position = 0
            for start, length in sorted(self.ranges.get(sha, [])):
                assert start == position, f"{sha[:12]}: a chunk at {start}, expected {position}"
                position += length
            assert position == size, f"{sha[:12]}: {position} of {size} bytes taken"
        assert set(self.ranges) <= set(sizes)


@pytest.fixture
def accepted(monkeypatch):
    return Accepted(monkeypatch)


@pytest.fixture
def desk(tmp_path, central):
    store = make_desk(tmp_path / "desk1", 1)
    token = central.add_device("Quầy 1", AGENCY, 1)
    yield store, central, token
    store.close()


def centre_files(server) -> dict[str, int]:
    with server.db.read() as session:
        return dict(session.execute(select(StoredFile.sha256, StoredFile.size)).all())


def test_files_reach_the_centre_once_listed_with_their_hashes(desk, accepted):
    store, server, token = desk
    codes = intake_many(store, 2)
    big, small = some_bytes(2 * MiB + 123, 1), some_bytes(1000, 2)
    attach(store, codes[0], big, paper=0)
    attach(store, codes[0], small, paper=1)
    attach(store, codes[1], big, role="result")  # the same bytes on another dossier
    report = engine(store, server.url, token).run_once()
    assert report.clean and report.uploaded == 3 and report.files_waiting == 0
    assert all(row.uploaded_at is not None for row in file_rows(store))
    # Kept once, whole and verified; each byte taken once (the second place cost nothing).
    assert centre_files(server) == {sha256(big): len(big), sha256(small): len(small)}
    accepted.assert_each_byte_once({sha256(big): len(big), sha256(small): len(small)})
    with server.client(token) as client:
        listed = client.get(f"/v1/dossiers/{codes[0]}/files")
        assert listed.status_code == 200
        files = p.DossierFiles.model_validate_json(listed.content).files
        assert [(f.sha256, f.size, f.role, f.paper) for f in files] == [
            (sha256(big), len(big), "paper", 0), (sha256(small), len(small), "paper", 1)]
        other = p.DossierFiles.model_validate_json(
            client.get(f"/v1/dossiers/{codes[1]}/files").content).files
        assert [(f.sha256, f.role) for f in other] == [(sha256(big), "result")]
    # The stored bytes are the desk's.
    with server.app.state.files.open(sha256(big)) as f:
        assert f.read() == big
    # Another run sends nothing again.
    again = engine(store, server.url, token).run_once()
    assert again.clean and again.uploaded == 0
    assert accepted.total() == len(big) + len(small)


def test_a_dossier_the_centre_does_not_know_yet_keeps_its_files_waiting(desk, accepted):
    store, server, token = desk
    [first] = intake_many(store, 1)
    assert engine(store, server.url, token).run_once().clean
    [second] = intake_many(store, 1)  # its dossier.created is still in the outbox
    known, waiting = some_bytes(5000, 3), some_bytes(7000, 4)
    attach(store, first, known)
    attach(store, second, waiting)
    # A run that pushes nothing (no batch): the second dossier is not at the centre.
    report = engine(store, server.url, token, max_batches=0).run_once()
    assert report.uploaded == 1
    assert report.files_waiting == 1 and report.files_bytes == len(waiting)
    assert not report.clean and "còn chờ 1" in report.message()
    assert centre_files(server) == {sha256(known): len(known)}
    view = sync_queue.queue_view(store)
    assert (view.files_waiting, view.files_bytes) == (1, len(waiting))
    # Once its dossier.created is acknowledged, the file follows in the same run.
    report = engine(store, server.url, token).run_once()
    assert report.clean and report.pushed == 1 and report.uploaded == 1
    assert set(centre_files(server)) == {sha256(known), sha256(waiting)}


def test_files_that_came_from_the_centre_are_not_sent_back(desk, accepted):
    store, server, token = desk
    [code] = intake_many(store, 1)
    attach(store, code, some_bytes(3000, 5), source="online")
    report = engine(store, server.url, token).run_once()
    assert report.clean and report.uploaded == 0 and report.files_waiting == 0
    assert centre_files(server) == {} and accepted.total() == 0


def test_an_upload_cut_short_resumes_from_the_centres_offset(desk, accepted):
    store, server, token = desk
    [code] = intake_many(store, 1)
    data = some_bytes(3 * MiB + 17, 6)
    sha = attach(store, code, data)
    with server.client(token) as client:  # a run cut after its first chunk
        first = client.put(f"/v1/uploads/{sha}", content=data[:MiB], headers={
            "Content-Range": p.content_range(0, MiB, len(data))})
        assert first.status_code == 200
        assert p.UploadState.model_validate_json(first.content).offset == MiB
        state = p.UploadState.model_validate_json(client.get(f"/v1/uploads/{sha}").content)
        assert (state.offset, state.complete) == (MiB, False)
    report = engine(store, server.url, token).run_once()
    assert report.clean and report.uploaded == 1
    accepted.assert_each_byte_once({sha: len(data)})  # the first MiB was not sent again
    assert centre_files(server) == {sha: len(data)}


def test_a_chunk_at_the_wrong_offset_is_refused_and_nothing_is_taken(desk, accepted):
    _store, server, token = desk
    data = some_bytes(3000, 7)
    sha = sha256(data)
    with server.client(token) as client:
        def put(start: int, end: int):
            return client.put(f"/v1/uploads/{sha}", content=data[start:end], headers={
                "Content-Range": p.content_range(start, end - start, len(data))})

        ahead = put(1000, 2000)
        assert ahead.status_code == 409 and ahead.json()["error"] == "offset_mismatch"
        assert put(0, 1000).status_code == 200
        again = put(0, 1000)  # the same chunk once more (its answer was lost)
        assert again.status_code == 409 and again.json()["error"] == "offset_mismatch"
        bad = client.put(f"/v1/uploads/{sha}", content=b"x" * 10,
                         headers={"Content-Range": "bytes 1000-1099/3000"})
        assert bad.status_code == 400 and bad.json()["error"] == "bad_range"
        done = put(1000, 3000)
        assert done.status_code == 200 and done.json()["complete"] is True
    accepted.assert_each_byte_once({sha: len(data)})


def test_bytes_that_do_not_have_their_hash_are_refused_and_dropped(desk, accepted):
    _store, server, token = desk
    data, claimed = some_bytes(2000, 8), sha256(b"something else")
    with server.client(token) as client:
        reply = client.put(f"/v1/uploads/{claimed}", content=data,
                           headers={"Content-Range": p.content_range(0, len(data), len(data))})
        assert reply.status_code == 422 and reply.json()["error"] == "hash_mismatch"
        state = client.get(f"/v1/uploads/{claimed}").json()
        assert (state["offset"], state["complete"]) == (0, False)  # begun again from 0
    assert centre_files(server) == {}


def test_a_damaged_copy_on_the_desk_waits_a_back_off_and_the_rest_goes(desk, accepted):
    store, server, token = desk
    [code] = intake_many(store, 1)
    damaged, fine = some_bytes(4000, 9), some_bytes(4000, 10)
    bad_sha = attach(store, code, damaged, paper=0)
    attach(store, code, fine, paper=1)
    BlobStore.of_data_dir(store.path.parent).path(bad_sha).write_bytes(
        b"X" + damaged[1:])  # a bit flipped on the desk's disk
    report = engine(store, server.url, token).run_once()
    assert not report.error and report.uploaded == 1 and report.files_waiting == 1
    bad, good = file_rows(store)
    assert bad.uploaded_at is None and bad.upload_attempts == 1
    assert "SHA-256" in bad.upload_error and bad.upload_retry_at is not None
    assert good.uploaded_at is not None
    assert centre_files(server) == {sha256(fine): len(fine)}
    # Waiting out its back-off: the next run leaves it; a forced one tries it again.
    assert engine(store, server.url, token).run_once().uploaded == 0
    assert file_rows(store)[0].upload_attempts == 1
    engine(store, server.url, token).run_once(force=True)
    assert file_rows(store)[0].upload_attempts == 2


def test_a_file_already_at_the_centre_costs_no_bytes(tmp_path, central, accepted):
    data = some_bytes(MiB + 5, 11)
    stores = []
    for desk_number in (1, 2):
        store = make_desk(tmp_path / f"desk{desk_number}", desk_number)
        stores.append(store)
        [code] = intake_many(store, 1)
        attach(store, code, data)
        token = central.add_device(f"Quầy {desk_number}", AGENCY, desk_number)
        report = engine(store, central.url, token).run_once()
        assert report.clean and report.uploaded == 1
    accepted.assert_each_byte_once({sha256(data): len(data)})  # sent by the first desk only
    with central.db.read() as session:
        assert session.scalar(select(func.count()).select_from(DossierFile)) == 2
    for store in stores:
        store.close()


def test_a_device_sees_and_places_files_only_on_its_agencys_dossiers(desk, accepted):
    store, server, token = desk
    [code] = intake_many(store, 1)
    attach(store, code, some_bytes(100, 12))
    assert engine(store, server.url, token).run_once().clean
    stranger = server.add_device("Quầy khác", "000.00.02.H22", 1)
    [(sha, _size)] = centre_files(server).items()
    place = p.FilePlace(sha256=sha, role="form", name="x.pdf", source="form")
    with server.client(stranger) as client:
        assert client.get(f"/v1/dossiers/{code}/files").status_code == 404
        placed = client.post(f"/v1/dossiers/{code}/files",
                             content=place.model_dump_json())
        assert placed.status_code == 404
    with server.client(token) as client:
        again = client.post(f"/v1/dossiers/{code}/files", content=place.model_dump_json())
        assert again.status_code == 200 and again.json()["created"] is True
        same = client.post(f"/v1/dossiers/{code}/files", content=place.model_dump_json())
        assert same.json()["created"] is False  # idempotent
        unknown = place.model_copy(update={"sha256": sha256(b"never sent")})
        refused = client.post(f"/v1/dossiers/{code}/files", content=unknown.model_dump_json())
        assert refused.status_code == 409 and refused.json()["error"] == "file_not_uploaded"


def test_a_file_above_the_centres_limit_is_refused_clearly(tmp_path, accepted):
    server = LiveServer(db_url_for("sqlite", tmp_path),
                        limits=Limits(max_file_bytes=100_000)).start()
    store = make_desk(tmp_path / "desk1", 1)
    try:
        [code] = intake_many(store, 1)
        attach(store, code, some_bytes(150_000, 13), paper=0)
        attach(store, code, some_bytes(50_000, 14), paper=1)
        token = server.add_device("Quầy 1", AGENCY, 1)
        report = engine(store, server.url, token).run_once()
        assert not report.error and report.uploaded == 1 and report.files_waiting == 1
        too_big = file_rows(store)[0]
        assert too_big.uploaded_at is None and "vượt quá giới hạn" in too_big.upload_error
        assert accepted.total() == 50_000  # not a byte of the large one was kept
    finally:
        store.close()
        server.stop()


def test_a_devices_partial_uploads_are_bounded_oldest_dropped(tmp_path, accepted):
    server = LiveServer(db_url_for("sqlite", tmp_path),
                        limits=Limits(max_partial_bytes=3000)).start()
    try:
        token = server.add_device("Quầy 1", AGENCY, 1)
        files = [some_bytes(2000, 20 + i) for i in range(2)]
        with server.client(token) as client:
            for data in files:  # half of each sent, never finished
                reply = client.put(f"/v1/uploads/{sha256(data)}", content=data[:1500],
                                   headers={"Content-Range": p.content_range(0, 1500, 2000)})
                assert reply.status_code == 200
            offsets = [client.get(f"/v1/uploads/{sha256(d)}").json()["offset"] for d in files]
        assert offsets == [0, 1500]  # the older partial made room for the newer
    finally:
        server.stop()


def test_the_queue_counts_files_until_the_centre_has_them(desk):
    store, server, token = desk
    [code] = intake_many(store, 1)
    attach(store, code, some_bytes(2500, 15))
    from onestop_desktop.services.sync_port import StoreSyncPort

    counts = StoreSyncPort(store).counts()
    assert (counts.files_waiting, counts.files_bytes) == (1, 2500)
    with store.transaction() as session:  # its dossier.created refused: still waiting
        session.execute(update(OutboxEvent).values(state="conflict"))
    report = engine(store, server.url, token, max_batches=0).run_once()
    assert report.files_waiting == 1 and report.uploaded == 0


def test_the_portal_record_lists_the_scanned_papers(desk):
    from onestop_central import portal_schema

    store, server, token = desk
    [code, plain] = intake_many(store, 2)
    first, second = some_bytes(3000, 40), some_bytes(4000, 41)
    attach(store, code, first, paper=1, name="Căn cước - mặt trước.pdf")
    attach(store, code, second, paper=1, name="Căn cước - mặt sau.pdf")
    attach(store, code, some_bytes(500, 42), role="result", name="Kết quả.pdf")
    assert engine(store, server.url, token).run_once().clean
    with server.client(token) as client:
        record = client.get(f"/v1/dossiers/{code}").json()["dossier"]
        untouched = client.get(f"/v1/dossiers/{plain}").json()["dossier"]
    assert portal_schema.problems(record) == []
    assert record["HoSoCoThanhPhanSoHoa"] == 1
    listed = [(d["TenTepDinhKem"], d["MaThanhPhanHoSo"], d["DuongDanTaiTepTin"],
               d["DuocSoHoa"]) for d in record["TaiLieuNop"]]
    papers = [d["TenTepDinhKem"] for d in untouched["TaiLieuNop"]]
    assert listed == [
        (papers[0], "", "", 0),  # a paper as received, not scanned
        ("Căn cước - mặt trước.pdf", "1", f"/v1/files/{sha256(first)}", 1),
        ("Căn cước - mặt sau.pdf", "1", f"/v1/files/{sha256(second)}", 1),
        (papers[2], "", "", 0), (papers[3], "", "", 0)]
    assert untouched["HoSoCoThanhPhanSoHoa"] == 0 and len(papers) == 4
