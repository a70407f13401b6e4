"""Run in a child process by tests/test_crash_kill.py, which kills it with SIGKILL.

    python -m tests.crash_worker loop DATA_DIR PLAN.json SEED
        Takes dossiers in and prints their receipts (form 01) through the desk boundary in
        a loop, with now and then a reprint, until it is killed. First it prints the
        receipts of the dossiers the plan lists as not printed yet (a print the last kill
        cut short). Each result is reported on stdout only once the call has returned:
            taken <code> <dossier id>
            printed <code> <copy number>
        The step it is in goes to stderr ("phase <name>") so the parent can tell where a
        kill landed.

    python -m tests.crash_worker once DATA_DIR CODE OUT.pdf before-place|after-place
        Prints the receipt of CODE to OUT.pdf and kills itself with SIGKILL just before,
        or just after, the PDF is renamed into place.

The rename of a print's temporary file into place is slowed by some random milliseconds
on either side (20-60 before, up to 30 after; only here, in the test's process), and so
is the intake inside its write transaction, after its audit row and before its commit
(10-40), so that random kills land in those moments as well as in rendering: an intake
alone takes a few milliseconds, too few for a kill to land in it often.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import uuid
from pathlib import Path

from onestop_desktop.desk.core import Desk
from onestop_desktop.domain.officer import Officer

OFFICER = Officer("canbo1", "Nguyễn Thị Lan", "officer")
PRINTS = "prints"  # the folder the window keeps printed copies in


def request() -> dict:
    return {
        "procedure_code": "1.001612",
        "applicant": {"name": "Đặng Thị Ngọc Hường", "id_number": "038190012345",
                      "phone": "0912 345 678",
                      "address": "Số 5 Lê Lợi, phường Hạc Thành, Thanh Hóa",
                      "kind": "citizen"},
    }


def phase(name: str) -> None:
    sys.stderr.write(f"phase {name}\n")
    sys.stderr.flush()


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _is_placement(src) -> bool:
    return Path(os.fsdecode(src)).name.startswith(".print-")


def hook_placement(before, after) -> None:
    """Calls `before()` and `after()` around the rename that puts a print in place."""
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        placing = _is_placement(src)
        if placing:
            before()
        real(src, dst, *args, **kwargs)
        if placing:
            after()

    os.replace = replace


def hook_intake(inside) -> None:
    """Calls `inside()` in the intake's transaction, once its audit row is written."""
    from onestop_desktop.store import audit

    real = audit.record

    def record(session, actor, action, *args, **kwargs):
        result = real(session, actor, action, *args, **kwargs)
        if action == "dossier.received":
            inside()
        return result

    audit.record = record


def out_path(data_dir: Path, code: str) -> Path:
    return data_dir / PRINTS / f"{code}-{uuid.uuid4().hex[:8]}.pdf"


def print_receipt(desk: Desk, code: str) -> None:
    phase("print")
    result = desk.printing.print_form("01", code, out_path(desk.data_dir, code), OFFICER).value
    phase("printed")
    report(f"printed {code} {result.copy_no}")


def loop(data_dir: Path, plan_path: Path, seed: int) -> None:
    rng = random.Random(seed)

    def pause(name: str, shortest: float, longest: float):
        def run() -> None:
            phase(name)
            time.sleep(rng.uniform(shortest, longest))
        return run

    hook_placement(pause("place", 0.02, 0.06), pause("placed", 0, 0.03))
    hook_intake(lambda: time.sleep(rng.uniform(0.01, 0.04)))
    plan = json.loads(plan_path.read_text("utf-8"))
    known: list[str] = list(plan["known"])
    phase("open")
    desk = Desk.open(data_dir)
    (data_dir / PRINTS).mkdir(exist_ok=True)
    for code in plan["unprinted"]:
        print_receipt(desk, code)
    while True:
        if known and rng.random() < 0.25:
            print_receipt(desk, rng.choice(known))  # a reprint
            continue
        phase("intake")
        dossier = desk.dossiers.take_in(request(), OFFICER).value
        phase("taken")
        report(f"taken {dossier.code} {dossier.id}")
        known.append(dossier.code)
        print_receipt(desk, dossier.code)


def once(data_dir: Path, code: str, out: Path, when: str) -> None:
    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    hook_placement(die if when == "before-place" else (lambda: None),
                   die if when == "after-place" else (lambda: None))
    desk = Desk.open(data_dir)
    desk.printing.print_form("01", code, out, OFFICER)
    report("not killed")


def main(argv: list[str]) -> None:
    mode, data_dir = argv[0], Path(argv[1])
    if mode == "loop":
        loop(data_dir, Path(argv[2]), int(argv[3]))
    elif mode == "once":
        once(data_dir, argv[2], Path(argv[3]), argv[4])
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
