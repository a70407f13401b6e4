"""The desk's and the centre's content-addressed file stores."""

import hashlib

import pytest

from onestop_central.files import DiskFileStore, FileHashMismatch, FileMissing
from onestop_desktop.store.blobs import BlobMissing, BlobStore


def test_the_desk_keeps_a_file_once_under_its_hash(tmp_path):
    store = BlobStore.of_data_dir(tmp_path)
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 5000)
    blob = store.put_file(source)
    assert blob.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert blob.size == source.stat().st_size
    assert store.put_bytes(source.read_bytes()) == blob
    files = [p for p in (tmp_path / "files").rglob("*") if p.is_file()]
    assert files == [store.path(blob.sha256)]
    assert store.read_range(blob.sha256, 9, 4) == bytes(range(4))
    assert store.verify(blob.sha256)
    store.path(blob.sha256).write_bytes(b"changed")
    assert not store.verify(blob.sha256)
    with pytest.raises(BlobMissing):
        store.open("0" * 64)
    with pytest.raises(ValueError):
        store.path("../../etc/passwd")


def test_the_centre_stores_only_a_file_whose_hash_matches(tmp_path):
    store = DiskFileStore(tmp_path / "files")
    source = tmp_path / "upload"
    source.write_bytes(b"x" * 3000)
    sha = hashlib.sha256(b"x" * 3000).hexdigest()
    with pytest.raises(FileHashMismatch):
        store.put_path("1" * 64, source)
    assert not store.has("1" * 64)
    assert store.put_path(sha, source) == 3000
    assert store.put_path(sha, source) == 3000
    with store.open(sha) as f:
        assert f.read() == b"x" * 3000
    with pytest.raises(FileMissing):
        store.size("2" * 64)
