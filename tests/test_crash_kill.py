"""Nothing is lost when the desk is killed (SIGKILL) at any moment of intake or printing.

A child process (tests/crash_worker.py) takes dossiers in and prints their receipts through
the desk boundary in a loop, reporting each result once the call has returned; it is
killed at random moments, and after each kill the store is opened again and checked:
- SQLite's integrity check passes; the audit trail checks out (check_audit_trail);
- every dossier has its "dossier.created" outbox event, no code names two dossiers, and
  each reported code still names the dossier it was reported with;
- every reported print is there, each receipt has exactly one copy counted as the
  original and copy numbers 1..n without a repeat, and the PDFs on disk are exactly the
  recorded copies (each file's copy number read back from the PDF);
- no print is left half-done (an intent) and no temporary `.print-*.pdf` is left.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from onestop_desktop.desk.core import Desk
from onestop_desktop.domain import events
from onestop_desktop.services.accounts import create_user
from onestop_desktop.services.setup import initialise
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, AGENCY_NAME
from tests.crash_worker import OFFICER
from tests.test_documents_pdfcheck import text

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

ROOT = Path(__file__).resolve().parent.parent
REPRINT = re.compile(r"BẢN IN LẠI – lần (\d+)")


def spawn(*args: str, stdout, stderr) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, "-m", "tests.crash_worker", *args], cwd=ROOT,
                            env=env, stdout=stdout, stderr=stderr)


def set_up(data_dir: Path) -> None:
    store = Store.open(data_dir)
    initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
               today=date.today())
    create_user(store, OFFICER.username, OFFICER.full_name, "mat-khau-quay-1")
    store.close()


def copy_of(pdf: Path) -> int:
    """The copy number a printed PDF says: 1 unless it says "BẢN IN LẠI – lần N"."""
    found = REPRINT.search(text(pdf.read_bytes()))
    return int(found.group(1)) + 1 if found else 1


@dataclass
class Seen:
    """What the killed workers reported, and what the checks have read so far."""

    taken: dict[str, str] = field(default_factory=dict)  # code -> dossier id
    printed: list[tuple[str, int]] = field(default_factory=list)  # (code, copy number)
    file_copies: dict[str, int] = field(default_factory=dict)  # PDF name -> its copy no
    phases: Counter = field(default_factory=Counter)  # where the kills landed


def read_reports(out: Path, seen: Seen) -> None:
    for line in out.read_text("utf-8").splitlines():
        kind, code, value = line.split()
        if kind == "taken":
            assert seen.taken.setdefault(code, value) == value, f"{code} reported twice"
        else:
            seen.printed.append((code, int(value)))


# The worker's steps (tests/crash_worker.py) and about how long each takes here: the
# opening (and settling what the last kill left), an intake (the worker pauses 10-40 ms
# inside its transaction), a print until its rename,
# and either side of the rename (the worker pauses 20-60 ms before it, up to 30 after).
STEP_SECONDS = {"open": 0.1, "intake": 0.05, "print": 0.3, "place": 0.04, "placed": 0.03}


def wait_for_phase(err: Path, child: subprocess.Popen, step: str, nth: int,
                   timeout: float = 120) -> None:
    """Until the worker has begun `step` for the `nth` time."""
    deadline = time.monotonic() + timeout
    while err.read_bytes().count(f"phase {step}\n".encode()) < nth:
        if child.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the worker stopped or stalled:\n{err.read_text('utf-8')}")
        time.sleep(0.002)


def last_phase(err: Path) -> str:
    phases = [line.split()[1] for line in err.read_text("utf-8").splitlines()
              if line.startswith("phase ")]
    return phases[-1] if phases else "start"


def check_audit_trail(desk: Desk, prints: dict[int, tuple]) -> None:
    """The audit trail after a kill: its hash chain verifies (every row, every dossier
    against its latest row), every confirmed print has its one audit row, and every
    audit row of a print names a print that is there."""
    verdict = desk.audit.verify()
    assert verdict.intact, verdict.message()
    with desk.store.read() as session:
        rows = session.execute(_sql(
            "SELECT dossier_id, json_extract(detail, '$.form'), "
            "json_extract(detail, '$.copy_no') FROM audit "
            "WHERE action IN ('form.printed', 'form.reprinted')")).all()
    audited = Counter((d, f, c) for d, f, c in rows)
    recorded = Counter((d, f, c) for d, f, c in prints.values())
    assert audited == recorded


def _sql(statement: str):
    from sqlalchemy import text as sql_text

    return sql_text(statement)


def check_store(data_dir: Path, seen: Seen) -> dict[str, list[str]]:
    """Open the store after a kill and check everything; returns the plan of the next
    worker: the codes known, and those whose receipt was never printed."""
    desk = Desk.open(data_dir)  # settles what a killed print left
    try:
        with raw_connection(desk.store.path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with desk.store.read() as session:
            pairs = session.execute(_sql("SELECT code, id FROM dossiers")).all()
            dossiers = dict(pairs)
            created = Counter(d for (d,) in session.execute(
                _sql("SELECT dossier_id FROM outbox WHERE kind = :kind"),
                {"kind": events.DOSSIER_CREATED}))
            prints = {pid: (d, f, c) for pid, d, f, c in session.execute(_sql(
                "SELECT id, dossier_id, form, copy_no FROM prints"))}
            pending = session.execute(_sql("SELECT count(*) FROM print_intents")).scalar()
        assert pending == 0, "a print left half-done after the store was opened again"
        # Intake: each dossier with its outbox event, each reported code as reported.
        assert len(dossiers) == len(pairs), "a code names two dossiers"
        assert {d: created[d] for d in dossiers.values()} == {d: 1 for d in dossiers.values()}
        for code, dossier_id in seen.taken.items():
            assert dossiers.get(code) == dossier_id, f"{code} lost or reissued"
        # Prints: copy numbers 1..n per dossier, one original each.
        by_code = {code: sorted(c for d, f, c in prints.values()
                                if d == dossier_id and f == "01")
                   for code, dossier_id in dossiers.items()}
        for code, copies in by_code.items():
            assert copies == list(range(1, len(copies) + 1)), (code, copies)
        for code, copy_no in seen.printed:
            assert copy_no in by_code.get(code, []), f"print {copy_no} of {code} lost"
        # The files are exactly the recorded copies; no temporary is left.
        folder = data_dir / "prints"
        names = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
        assert [n for n in names if n.startswith(".")] == []
        files: dict[str, list[int]] = {}
        for name in names:
            if name not in seen.file_copies:
                seen.file_copies[name] = copy_of(folder / name)
            files.setdefault(name.rsplit("-", 1)[0], []).append(seen.file_copies[name])
        assert {c: sorted(v) for c, v in files.items()} == {c: v for c, v in by_code.items()
                                                            if v}
        check_audit_trail(desk, prints)
    finally:
        desk.close()
    return {"known": sorted(dossiers), "unprinted": sorted(c for c, v in by_code.items()
                                                           if not v)}


def run_kills(tmp_path: Path, kills: int, *, seed: int) -> Seen:
    rng = random.Random(seed)
    data_dir = tmp_path / "desk"
    set_up(data_dir)
    seen = Seen()
    plan = check_store(data_dir, seen)
    plan_path = tmp_path / "plan.json"
    landed = 0
    while landed < kills:
        plan_path.write_text(json.dumps(plan), "utf-8")
        out, err = tmp_path / "out.txt", tmp_path / "err.txt"
        with open(out, "wb") as stdout, open(err, "wb") as stderr:
            child = spawn("loop", str(data_dir), str(plan_path), str(rng.randrange(1 << 30)),
                          stdout=stdout, stderr=stderr)
            # A random moment measured in the worker's own steps, so that a busy machine
            # (Python alone may take seconds to start) does not keep the kills from any
            # step: a step drawn, its n-th start awaited, then a random part of its time.
            # Each step twice first (so that every one is reached), then drawn at random.
            steps = list(STEP_SECONDS)
            step = steps[landed % len(steps)] if landed < 2 * len(steps) else rng.choice(steps)
            wait_for_phase(err, child, step, 1 if step == "open" else rng.randrange(1, 4))
            time.sleep(rng.uniform(0, STEP_SECONDS[step]))
            child.send_signal(signal.SIGKILL)
            child.wait()
        if child.returncode != -signal.SIGKILL:
            pytest.fail(f"the worker stopped by itself:\n{err.read_text('utf-8')}")
        where = last_phase(err)
        seen.phases[where] += 1
        landed += 1
        read_reports(out, seen)
        try:
            plan = check_store(data_dir, seen)
        except AssertionError as exc:
            raise AssertionError(f"after a kill in phase {where!r} (seed {seed}): {exc}") \
                from exc
    return seen


def _summary(seen: Seen, kills: int, started: float) -> str:
    return (f"{kills} kills in {time.monotonic() - started:.1f} s; phases {dict(seen.phases)};"
            f" {len(seen.taken)} dossiers, {len(seen.printed)} prints reported")


def test_a_few_kills_lose_nothing(tmp_path):
    started = time.monotonic()
    seed = random.randrange(1 << 30)
    seen = run_kills(tmp_path, 6, seed=seed)
    print(_summary(seen, 6, started))
    assert seen.printed and seen.taken


@pytest.mark.slow
def test_fifty_kills_at_random_moments_lose_nothing(tmp_path):
    started = time.monotonic()
    seed = random.randrange(1 << 30)
    seen = run_kills(tmp_path, 50, seed=seed)
    print(_summary(seen, 50, started))
    # The kills reached the opening, the intake, the render and both sides of the rename.
    assert {"open", "intake", "print", "place", "placed"} <= set(seen.phases), seen.phases


# --- a kill at a chosen moment of one print ----------------------------------------------

def _kill_one_print(tmp_path: Path, when: str) -> tuple[Path, str, Path]:
    data_dir = tmp_path / "desk"
    set_up(data_dir)
    from tests.crash_worker import OFFICER, request

    with Desk.open(data_dir) as desk:
        code = desk.dossiers.take_in(request(), OFFICER).value.code
    out = tmp_path / "out" / "r1.pdf"
    out.parent.mkdir()
    child = spawn("once", str(data_dir), code, str(out), when, stdout=subprocess.PIPE,
                  stderr=subprocess.PIPE)
    _stdout, stderr = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, stderr.decode()
    return data_dir, code, out


def _receipts(desk: Desk, code: str) -> list[int]:
    dossier = desk.dossiers.get(code)
    with desk.store.read() as session:
        return [c for (c,) in session.execute(_sql(
            "SELECT copy_no FROM prints WHERE dossier_id = :d AND form = '01' ORDER BY id"),
            {"d": dossier.id})]


def test_a_print_killed_once_its_pdf_is_in_place_counts_and_the_next_is_a_reprint(tmp_path):
    data_dir, code, out = _kill_one_print(tmp_path, "after-place")
    assert copy_of(out) == 1  # the original is on disk
    from tests.crash_worker import OFFICER

    with Desk.open(data_dir) as desk:
        assert _receipts(desk, code) == [1]  # its record was there before the file
        again = desk.printing.print_form("01", code, out.parent / "r2.pdf", OFFICER).value
        assert again.copy_no == 2 and copy_of(out.parent / "r2.pdf") == 2
        assert _receipts(desk, code) == [1, 2]
        detail = desk.dossiers.detail(code)
        assert detail.copies == {"01": 2}
    assert sorted(p.name for p in out.parent.iterdir()) == ["r1.pdf", "r2.pdf"]


def test_a_print_killed_before_its_pdf_is_in_place_is_not_counted(tmp_path):
    data_dir, code, out = _kill_one_print(tmp_path, "before-place")
    assert not out.exists()
    left = list(out.parent.glob(".print-*.pdf"))
    assert len(left) == 1  # the temporary of the killed print, private to its user
    assert os.stat(left[0]).st_mode & 0o777 == 0o600
    from tests.crash_worker import OFFICER

    with Desk.open(data_dir) as desk:
        assert _receipts(desk, code) == []  # released: the print never happened
        again = desk.printing.print_form("01", code, out, OFFICER).value
        assert again.copy_no == 1 and copy_of(out) == 1
    assert sorted(p.name for p in out.parent.iterdir()) == ["r1.pdf"]  # temporary gone


def test_a_killed_prints_temporary_in_the_prints_folder_goes_when_the_desk_opens(tmp_path):
    data_dir = tmp_path / "desk"
    set_up(data_dir)
    from tests.crash_worker import OFFICER, request

    with Desk.open(data_dir) as desk:
        code = desk.dossiers.take_in(request(), OFFICER).value.code
    out = data_dir / "prints" / "r1.pdf"
    out.parent.mkdir()
    child = spawn("once", str(data_dir), code, str(out), "before-place",
                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.communicate(timeout=60)
    assert len(list(out.parent.glob(".print-*.pdf"))) == 1
    Desk.open(data_dir).close()  # no print: the opening alone sweeps
    assert list(out.parent.iterdir()) == []
