"""The centre keeping files in S3-compatible object storage (MinIO in production): tested
against moto's S3 server on a loopback port, with the central server restarted in the
middle of an upload."""

from __future__ import annotations

import pytest

from onestop_central.files import S3FileStore, file_store_for
from tests.central.live import LiveServer, db_url_for
from tests.sync.desks import engine, intake_many, make_desk
from tests.sync.fault_proxy import FaultProxy
from tests.sync.test_uploads import AGENCY, Accepted
from tests.sync.uploading import attach, file_rows, sha256, some_bytes

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.server")

MiB = 1024 * 1024
BUCKET = "onestop-files"


@pytest.fixture
def s3_endpoint(monkeypatch):
    """moto's S3 in server mode on 127.0.0.1, with throw-away credentials in the
    standard AWS environment variables (as a MinIO deployment gives its own)."""
    for name, value in (("AWS_ACCESS_KEY_ID", "onestop-test"),
                        ("AWS_SECRET_ACCESS_KEY", "onestop-test-secret"),
                        ("AWS_DEFAULT_REGION", "us-east-1")):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=BUCKET)
    yield endpoint
    server.stop()


def objects(endpoint: str) -> dict[str, int]:
    listing = boto3.client("s3", endpoint_url=endpoint).list_objects_v2(Bucket=BUCKET)
    return {o["Key"]: o["Size"] for o in listing.get("Contents", [])}


def test_files_go_to_object_storage_across_a_restart(tmp_path, s3_endpoint, monkeypatch):
    accepted = Accepted(monkeypatch)
    files = file_store_for(f"s3://{BUCKET}/centre/files?endpoint={s3_endpoint}")
    assert isinstance(files, S3FileStore)
    server = LiveServer(db_url_for("sqlite", tmp_path), files=files,
                        partials=tmp_path / "partials").start()
    store = make_desk(tmp_path / "desk1", 1)
    proxy = FaultProxy(server.port)
    try:
        token = server.add_device("Quầy 1", AGENCY, 1)
        [code] = intake_many(store, 1)
        big, small = some_bytes(3 * MiB + 1, 30), some_bytes(2000, 31)
        attach(store, code, big, paper=0)
        attach(store, code, small, paper=1)
        sync = engine(store, proxy.url, token, upload_chunk=MiB)
        # The first run is cut: the server goes down after the big file's second chunk.
        taken = []

        def count(sha: str, start: int, length: int) -> None:
            taken.append(start)
            accepted._record(sha, start, length)

        def down_after_two_chunks(_n: int) -> None:
            if len(taken) == 2 and server.db is not None:
                server.stop()

        monkeypatch.setattr("onestop_central.uploads._accepted", count)
        proxy.on_request = down_after_two_chunks
        cut = sync.run_once()
        assert cut.error and cut.uploaded == 0 and taken == [0, MiB]
        proxy.on_request = None
        assert objects(s3_endpoint) == {}  # nothing whole yet: nothing in the bucket
        server.start()  # the same partial uploads on disk, the same bucket
        report = sync.run_once()
        assert report.clean and report.uploaded == 2
        accepted.assert_each_byte_once({sha256(big): len(big), sha256(small): len(small)})
        key = f"centre/files/{sha256(big)[:2]}/{sha256(big)}"
        assert objects(s3_endpoint)[key] == len(big)
        with files.open(sha256(big)) as f:
            assert f.read() == big
        assert all(row.uploaded_at is not None for row in file_rows(store))
        with server.client(token) as client:
            listed = client.get(f"/v1/dossiers/{code}/files").json()["files"]
        assert {(f["sha256"], f["size"]) for f in listed} == {
            (sha256(big), len(big)), (sha256(small), len(small))}
    finally:
        proxy.close()
        store.close()
        server.stop()


def test_an_s3_address_is_read_whole():
    store = file_store_for("s3://bucket/some/prefix?endpoint=http://127.0.0.1:9000")
    assert (store.bucket, store.prefix, store.endpoint_url) == (
        "bucket", "some/prefix", "http://127.0.0.1:9000")
    with pytest.raises(ValueError, match="unknown option"):
        file_store_for("s3://bucket/p?endpont=http://x")


def test_serve_says_a_wrong_files_address_at_once(tmp_path, capsys):
    from onestop_central.cli import main
    from onestop_central.files import default_files_dir

    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert main(["serve", "--db", url, "--files", "s3://bucket/x?endpoit=http://x"]) == 2
    assert "--files" in capsys.readouterr().err
    assert default_files_dir(url) == tmp_path / "central-files"
