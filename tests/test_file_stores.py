"""The desk's and the centre's content-addressed file stores."""

import hashlib

import pytest

from onestop_central.files import DiskFileStore, FileHashMismatch, FileMissing
from onestop_desktop.store.blobs import CHUNK, BlobDamaged, BlobMissing, BlobStore


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


def test_a_desks_scans_are_kept_encrypted_and_read_back_by_range(data_dir, store, tmp_path):
    """On a desk (its store has a key) a scan is not readable on the disk: no plain run of
    its bytes is there; it reads back whole, by ranges across chunks, through a seekable
    file, and as a copy for the viewer; a changed byte or a swapped chunk is found."""
    blobs = BlobStore.of_data_dir(data_dir)
    plain = b"%PDF-1.4 CCCD 038190012345 " + bytes(range(256)) * 9000  # > 2 chunks
    blob = blobs.put_bytes(plain)
    stored = blobs.path(blob.sha256).read_bytes()
    assert b"038190012345" not in stored and plain[:4096] not in stored
    assert blobs.size(blob.sha256) == len(plain) and blobs.read(blob.sha256) == plain
    for offset, length in ((0, 10), (CHUNK - 3, 7), (CHUNK * 2 - 1, 5), (len(plain) - 4, 99)):
        assert blobs.read_range(blob.sha256, offset, length) == plain[offset:offset + length]
    with blobs.open(blob.sha256) as f:
        f.seek(CHUNK + 5)
        assert f.read(11) == plain[CHUNK + 5:CHUNK + 16]
    copy = blobs.viewable_copy(blob.sha256, "Căn cước.pdf")
    assert copy.read_bytes() == plain and copy.name.endswith("Căn cước.pdf")
    assert blobs.verify(blob.sha256)
    # Under another key it does not open.
    other = BlobStore(tmp_path / "other", key=bytes(32))
    other.put_bytes(plain)
    assert other.read(blob.sha256) == plain
    with pytest.raises(BlobDamaged):
        BlobStore(tmp_path / "other", key=bytes([1]) * 32).read(blob.sha256)
    damaged = bytearray(stored)
    damaged[-100] ^= 1
    blobs.path(blob.sha256).write_bytes(bytes(damaged))
    assert not blobs.verify(blob.sha256)
    with pytest.raises(BlobDamaged):
        blobs.read_range(blob.sha256, len(plain) - 10, 10)
    assert blobs.read_range(blob.sha256, 0, 10) == plain[:10]  # the other chunks still open


def test_old_viewing_copies_are_removed(data_dir, store):
    import os
    import time

    blobs = BlobStore.of_data_dir(data_dir)
    blob = blobs.put_bytes(b"%PDF-1.4 a")
    old = blobs.viewable_copy(blob.sha256, "cu.pdf")
    os.utime(old, (time.time() - 2 * 24 * 3600,) * 2)
    fresh = blobs.viewable_copy(blob.sha256, "moi.pdf")
    assert fresh.exists() and not old.exists()
