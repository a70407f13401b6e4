"""Backups and restore: online while a writer goes on, encrypted, restored on this PC
with the keyring's key and on a replacement PC with the recovery secret, refusing what
is not whole, another desk's, a data directory that is not empty."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import zipfile
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.domain.codes import parse_code
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store import DB_FILENAME, backup, cipher, store_key
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, local, sample_request

NAME = "Đặng Thị Ngọc Hường"


def cli(capsys, data_dir: Path, *args: str, stdin: str | None = None,
        monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def desk_dir(tmp_path, capsys) -> Path:
    """A desk set up at the command line, with a few dossiers."""
    data_dir = tmp_path / "desk"
    assert cli(capsys, data_dir, "init", "--agency-code", AGENCY, "--agency-name",
               "Trung tâm thử", "--desk", "1")[0] == 0
    store = Store.open(data_dir)
    service = IntakeService(store, clock=lambda: local(2026, 12, 1, 8, 0))
    for _ in range(3):
        service.intake(sample_request(), actor="canbo1")
    store.close()
    return data_dir


def _codes(data_dir: Path) -> list[str]:
    with closing(cipher.raw_connection(data_dir / DB_FILENAME)) as raw:
        return sorted(r[0] for r in raw.execute("SELECT code FROM dossiers"))


def test_a_backup_is_encrypted_with_a_manifest_and_restores_on_this_pc(
        desk_dir, tmp_path, capsys):
    target = tmp_path / "out" / "quay1.onestop-backup"
    status, out, err = cli(capsys, desk_dir, "backup", "-o", str(target))
    assert status == 0 and str(target) in out and err == ""
    data = target.read_bytes()
    for clear in (NAME.encode(), "Hường".encode(), b"038190012345", b"CREATE TABLE"):
        assert clear not in data
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert archive.namelist() == ["manifest.json", "onestop.sqlite3"]
    assert manifest["agency_code"] == AGENCY and manifest["desk"] == 1
    assert manifest["store_id"] == store_key.read_envelope(desk_dir).store_id
    assert manifest["schema"] and len(manifest["sha256"]) == 64
    # Into a new data directory of this PC: no secret needed.
    restored = tmp_path / "new-desk"
    status, out, err = cli(capsys, restored, "restore", str(target))
    assert status == 0, err
    assert _codes(restored) == _codes(desk_dir)
    with Desk.open(restored) as desk:
        assert [r.code for r in desk.dossiers.search("huong")] != []
        assert desk.store.quick_check() == "ok"


def test_a_replacement_pc_restores_with_the_recovery_secret(desk_dir, tmp_path, capsys,
                                                           monkeypatch):
    status, out, _ = cli(capsys, desk_dir, "backup", "recovery-secret", "--json")
    secret = json.loads(out)["recovery_secret"]
    assert status == 0 and len(secret.split("-")) == 6
    assert json.loads(out)["replaced"]  # the one set up by `init`
    assert secret not in (desk_dir / store_key.ENVELOPE_FILENAME).read_text()
    target = tmp_path / "quay1.onestop-backup"
    assert cli(capsys, desk_dir, "backup", "-o", str(target))[0] == 0
    codes = _codes(desk_dir)
    shutil.rmtree(desk_dir)  # the counter PC died: its key went with it
    new_pc = tmp_path / "replacement"
    status, _, err = cli(capsys, new_pc, "restore", str(target))
    assert status == 2 and "--recovery-secret-stdin" in err
    assert not new_pc.exists()  # nothing written
    wrong = secret[:-1] + ("A" if secret[-1] != "A" else "B")
    status, _, err = cli(capsys, new_pc, "restore", str(target), "--recovery-secret-stdin",
                         stdin=wrong + "\n", monkeypatch=monkeypatch)
    assert status == 2 and "Mã khôi phục không đúng" in err and not new_pc.exists()
    typed = secret.lower().replace("-", " ")  # read aloud, typed as heard
    status, out, err = cli(capsys, new_pc, "restore", str(target), "--recovery-secret-stdin",
                           stdin=typed + "\n", monkeypatch=monkeypatch)
    assert status == 0, err
    assert _codes(new_pc) == codes
    # The same secret still opens the new PC's next backups.
    assert store_key.read_envelope(new_pc).recovery is not None


def test_scans_are_kept_beside_the_backups_once_and_come_back_on_a_new_pc(
        desk_dir, tmp_path, capsys, monkeypatch):
    """The scans go beside the backup (still encrypted), each once however many backups;
    a replacement PC restored with the recovery secret reads them again."""
    from onestop_desktop.store import file_repo
    from onestop_desktop.store.blobs import BlobStore, mirror_dir

    secret = json.loads(cli(capsys, desk_dir, "backup", "recovery-secret", "--json")[1])[
        "recovery_secret"]
    scan = b"%PDF-1.4 CCCD " + NAME.encode() + bytes(range(256)) * 5000
    blob = BlobStore.of_data_dir(desk_dir).put_bytes(scan)
    store = Store.open(desk_dir)
    with store.transaction() as session:
        first = session.execute(_first_dossier_id()).scalar()
        file_repo.add_file(session, dossier_id=first, role="paper", blob=blob,
                           name="can-cuoc.pdf", source="file", actor="canbo1",
                           now=local(2026, 12, 1, 8, 5))
    store.close()
    folder = tmp_path / "share"
    for day in (1, 2):
        assert cli(capsys, desk_dir, "backup", "-o", str(folder / f"q{day}.onestop-backup")
                   )[0] == 0
    mirror = mirror_dir(folder, store_key.read_envelope(desk_dir).store_id)
    [kept] = [p for p in mirror.rglob("*") if p.is_file()]
    assert kept.name == blob.sha256 and NAME.encode() not in kept.read_bytes()
    shutil.rmtree(desk_dir)
    new_pc = tmp_path / "replacement"
    status, out, err = cli(capsys, new_pc, "restore", str(folder / "q2.onestop-backup"),
                           "--recovery-secret-stdin", "--json", stdin=secret + "\n",
                           monkeypatch=monkeypatch)
    assert status == 0, err
    assert json.loads(out)["scans"] == 1
    assert BlobStore.of_data_dir(new_pc).read(blob.sha256) == scan


def _first_dossier_id():
    from sqlalchemy import select

    from onestop_desktop.store.models import DossierRow

    return select(DossierRow.id).order_by(DossierRow.code).limit(1)


def _flip(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["truncated", "flipped-data", "flipped-manifest",
                                    "not-a-backup"])
def test_a_damaged_backup_is_refused_and_nothing_written(desk_dir, tmp_path, capsys, damage):
    target = tmp_path / "quay1.onestop-backup"
    assert cli(capsys, desk_dir, "backup", "-o", str(target))[0] == 0
    size = target.stat().st_size
    if damage == "truncated":
        with open(target, "r+b") as handle:
            handle.truncate(size * 2 // 3)
    elif damage == "flipped-data":
        _flip(target, size // 2)
    elif damage == "flipped-manifest":
        text = target.read_bytes()
        _flip(target, text.index(b'"desk": 1') + len('"desk": '))  # desk 1 -> another
    else:
        target.write_bytes(b"PK\x03\x04 not really a zip")
    restored = tmp_path / "new-desk"
    status, _, err = cli(capsys, restored, "restore", str(target))
    assert status == 2, err
    assert "bị hỏng" in err and "Lỗi không mong đợi" not in err
    assert not restored.exists()


def test_another_desk_s_backup_and_a_non_empty_directory_are_refused(
        desk_dir, tmp_path, capsys):
    target = tmp_path / "quay1.onestop-backup"
    assert cli(capsys, desk_dir, "backup", "-o", str(target))[0] == 0
    other = tmp_path / "desk2"  # a replacement PC already set up, for desk 2
    assert cli(capsys, other, "init", "--agency-code", AGENCY, "--agency-name", "TT",
               "--desk", "2")[0] == 0
    before = sorted(p.name for p in other.iterdir())
    status, _, err = cli(capsys, other, "restore", str(target))
    assert status == 2 and "quầy số 1" in err and "quầy số 2" in err
    assert sorted(p.name for p in other.iterdir()) == before
    status, _, err = cli(capsys, desk_dir, "restore", str(target))  # its own, in use
    assert status == 2 and "không trống" in err
    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / "notes.txt").write_text("x")
    status, _, err = cli(capsys, stray, "restore", str(target))
    assert status == 2 and "không trống" in err
    assert [p.name for p in stray.iterdir()] == ["notes.txt"]
    # Set up for desk 1 but with no dossier yet: the backup takes its place.
    fresh = tmp_path / "fresh1"
    assert cli(capsys, fresh, "init", "--agency-code", AGENCY, "--agency-name", "TT",
               "--desk", "1")[0] == 0
    status, _, err = cli(capsys, fresh, "restore", str(target))
    assert status == 0, err
    assert _codes(fresh) == _codes(desk_dir)


WRITER = r"""
import sys, time
from pathlib import Path
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store.database import Store
from tests.conftest import local, sample_request

data_dir, stop = Path(sys.argv[1]), Path(sys.argv[2])
store = Store.open(data_dir)
service = IntakeService(store, clock=lambda: local(2026, 12, 1, 9, 0))
taken = 0
while not stop.exists():
    service.intake(sample_request(), actor="writer")
    taken += 1
    print(taken, flush=True)
store.close()
"""


def test_a_backup_while_another_process_takes_dossiers_in(desk_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "PAGES_PER_STEP", 4)  # many steps: writes land between
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(desk_dir), str(stop)],
                              stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parent.parent)
    try:
        assert writer.stdout.readline().strip() == "1"  # it is writing
        desk = Desk.open(desk_dir)
        steps = []

        def progress(done: int, total: int) -> None:
            steps.append((done, total, _written()))
            time.sleep(0.01)  # a slow disk: the writer takes its turns

        def _written() -> int:
            with closing(cipher.raw_connection(desk_dir / DB_FILENAME)) as raw:
                return raw.execute("SELECT count(*) FROM dossiers "
                                   "WHERE received_by = 'writer'").fetchone()[0]

        target = tmp_path / "live.onestop-backup"
        before = _written()
        manifest = desk.backups.make(target, progress=progress)
        desk.close()
    finally:
        stop.touch()
        writer.wait(60)
    assert len(steps) > 10 and steps[-1][0] == steps[-1][1]
    assert steps[-1][2] > steps[0][2]  # the writer went on during the backup
    restored = tmp_path / "restored"
    backup.restore_backup(target, restored)
    with closing(cipher.raw_connection(restored / DB_FILENAME)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        numbers = sorted(parse_code(c).number for (c,) in raw.execute(
            "SELECT code FROM dossiers WHERE received_by = 'writer'"))
        outbox = raw.execute("SELECT count(*) FROM outbox").fetchone()[0]
        dossiers = raw.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    # A consistent prefix: every dossier the writer had committed when the backup began,
    # with nothing half-written (its outbox event with each).
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    # (At least what was there before it began: a write may land before the first step.)
    assert before <= len(numbers) < _codes_count(desk_dir, "writer")
    assert outbox >= dossiers
    assert manifest.size == (restored / DB_FILENAME).stat().st_size


def _codes_count(data_dir: Path, actor: str) -> int:
    with closing(cipher.raw_connection(data_dir / DB_FILENAME)) as raw:
        return raw.execute("SELECT count(*) FROM dossiers WHERE received_by = ?",
                           (actor,)).fetchone()[0]


def test_daily_backups_once_a_day_kept_for_n_days_in_the_folder_set(desk_dir, tmp_path,
                                                                    capsys):
    clock_now = [datetime(2026, 12, 1, 1, 0, tzinfo=UTC)]
    desk = Desk.open(desk_dir, clock=lambda: clock_now[0])
    try:
        assert desk.backups.folder() == desk_dir / "backups"
        first = desk.backups.daily(keep=3)
        assert first.path == desk_dir / "backups" / "daily-2026-12-01.onestop-backup"
        assert desk.backups.daily(keep=3).path is None  # once a day
        share = tmp_path / "share" / "quay1"
        desk.backups.set_folder(_system(), str(share))
        for day in range(2, 8):
            clock_now[0] = datetime(2026, 12, day, 1, 0, tzinfo=UTC)
            assert desk.backups.daily(keep=3).path is not None
        kept = sorted(p.name for p in share.iterdir())
        assert kept == [f"daily-2026-12-0{d}.onestop-backup" for d in (5, 6, 7)]
        (share / "by-hand.onestop-backup").write_bytes(b"")  # not a daily one: kept
        clock_now[0] += timedelta(days=1)
        desk.backups.daily(keep=3)
        assert (share / "by-hand.onestop-backup").exists()
    finally:
        desk.close()
    status, out, _ = cli(capsys, desk_dir, "config", "get", "backup_dir")
    assert status == 0 and out.strip() == str(share)
    status, out, _ = cli(capsys, desk_dir, "config", "set", "backup_dir", "")
    assert status == 0 and str(desk_dir / "backups") in out


def _system():
    from onestop_desktop.cli.common import actor

    return actor()


def test_the_backup_folder_is_an_admin_s_setting_from_the_window(desk_dir, tmp_path):
    from onestop_desktop.domain.officer import Officer
    from onestop_desktop.domain.permissions import PermissionRefused
    from onestop_desktop.services.accounts import create_user

    with Desk.open(desk_dir) as desk:
        create_user(desk.store, "canbo1", "Cán bộ", "mat-khau-quay-1")
        with pytest.raises(PermissionRefused):
            desk.backups.set_folder(Officer("canbo1", "Cán bộ", "officer"), str(tmp_path))
        with pytest.raises(Exception, match="đường dẫn đầy đủ"):
            desk.backups.set_folder(_system(), "relative/folder")
        assert desk.backups.folder() == desk_dir / "backups"


def test_set_up_shows_the_recovery_secret_once_and_it_opens_the_backups(tmp_path, capsys,
                                                                       monkeypatch):
    data_dir = tmp_path / "desk"
    status, out, _ = cli(capsys, data_dir, "init", "--agency-code", AGENCY,
                         "--agency-name", "TT", "--desk", "3")
    assert status == 0 and "Mã khôi phục" in out
    [secret] = [w for w in out.split() if w.count("-") == 5 and len(w) == 29]
    status, out, _ = cli(capsys, data_dir, "init", "--agency-code", AGENCY,
                         "--agency-name", "TT", "--desk", "3")
    assert status == 0 and "Mã khôi phục" not in out  # shown once; the first one stands
    target = tmp_path / "quay3.onestop-backup"
    assert cli(capsys, data_dir, "backup", "-o", str(target))[0] == 0
    shutil.rmtree(data_dir)
    status, _, err = cli(capsys, tmp_path / "new", "restore", str(target),
                         "--recovery-secret-stdin", stdin=secret + "\n",
                         monkeypatch=monkeypatch)
    assert status == 0, err


def test_a_backup_without_a_recovery_secret_says_so(store, tmp_path, capsys):
    """A store set up otherwise than by `init` (an earlier version's, say)."""
    store.close()
    target = tmp_path / "b.onestop-backup"
    status, _, err = cli(capsys, store.path.parent, "backup", "-o", str(target))
    assert status == 0 and "chưa đặt mã khôi phục" in err
    assert backup.read_manifest(target).recovery is None


def test_with_a_keyring_a_backup_names_no_folder_and_restores_on_this_pc(
        os_keyring, tmp_path, capsys):
    """Windows: the key in the Credential Manager, found by the store's id, so the
    backup need not say where the desk was (a path may hold a person's name)."""
    data_dir = tmp_path / "nguyen-van-an" / "desk"
    assert cli(capsys, data_dir, "init", "--agency-code", AGENCY, "--agency-name", "TT",
               "--desk", "1")[0] == 0
    target = tmp_path / "b.onestop-backup"
    assert cli(capsys, data_dir, "backup", "-o", str(target))[0] == 0
    assert b"nguyen-van-an" not in target.read_bytes()
    assert backup.read_manifest(target).source_data_dir == ""
    shutil.rmtree(data_dir)
    status, _, err = cli(capsys, tmp_path / "other", "restore", str(target))
    assert status == 0, err
    assert not (tmp_path / "other" / store_key.KEY_FILENAME).exists()  # in the keyring
