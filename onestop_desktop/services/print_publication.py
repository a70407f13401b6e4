"""A counted copy's PDF put in place so that the desk killed at any moment (power cut,
SIGKILL, a crash) leaves neither two "originals" nor a PDF without its print record.

Why the record goes first: a PDF renamed into place before its print commits is, when the
process dies in between, a printed copy with no record, and the next print is a second
"copy 1". So a print is made in three steps:
1. In the transaction that numbers the copy, the PDF is written to a temporary beside its
   path (`.print-<token>-….pdf`, mode 0600 so a leftover shows nobody a citizen's data;
   synced) and the print is committed with its intent: the path, the temporary, the
   PDF's SHA-256. The copy number is taken from then on.
2. The temporary is renamed onto the path (atomic) and the folder synced.
3. A second transaction drops the intent and writes the print's audit row (and, for
   form 04's first copy, the new appointment): the print is confirmed.
From before step 1 until after step 3 the printing process holds an OS lock named by the
token (`<data dir>/printing/<token>.lock`, the `filelock` package); the OS drops it when
the process dies. An intent whose lock is free belongs to a dead print: the next print or
the next opening of the desk confirms it when the file at its path has its digest (the
rename happened) and otherwise releases it (the print and its intent go, the copy number
is free again, the temporary is removed). An intent whose lock is held is a print under
way elsewhere and is left alone: its copy number stays taken.

Temporaries a killed print left behind (their token's lock free) are removed when the desk
opens (the data directory's prints folder, where the window keeps its copies) and before
a print into a folder. A killed print always leaves its lock file, so an empty lock
folder means there is nothing to sweep and no folder is listed. Lock files no print holds
go after an hour; a temporary in another folder that no print or opening visited by then
stays (mode 0600).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy.orm import Session

from ..store import audit, print_repo
from ..store.database import Store
from ..store.models import DossierRow, PrintIntentRow, PrintRow

log = logging.getLogger(__name__)

LOCKS_DIRNAME = "printing"
PRINTS_DIRNAME = "prints"  # the window's counted copies (ui/context.py)
TEMP_PREFIX = ".print-"
STALE_LOCK_SECONDS = 3600
# A temporary named without a token was written by an older version: stale once it is
# older than this process.
_PROCESS_STARTED = time.time()


def locks_dir(store: Store) -> Path:
    return store.path.parent / LOCKS_DIRNAME


class _TokenLock:
    """The lock a print holds while it is under way, named by its token."""

    def __init__(self, folder: Path, token: str):
        self.path = folder / f"{token}.lock"
        self._lock = FileLock(str(self.path), thread_local=False)

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock.acquire()

    def try_acquire(self) -> bool:
        """True when nobody holds it: the print it names is not under way."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    def release_and_remove(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:  # Windows: open elsewhere; swept later as stale
            pass
        self._lock.release()


def _umask() -> int:
    """The process umask. Linux shows it in /proc; elsewhere it can only be read by
    setting it (briefly process-wide, so that is the fallback)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Makes a rename in `folder` survive a power cut (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _digest_of(path: Path) -> str | None:
    try:
        return _digest(path.read_bytes())
    except OSError:
        return None


class Publication:
    """One PDF on its way to `out_path`, as a context manager around the print.

    Counted: `stage()` and `claim()` inside the transaction that records the print, then
    `place()` once it has committed. Not counted (a preview): `stage()`, then `put()`."""

    def __init__(self, store: Store, out_path: Path):
        self.store = store
        self.out_path = Path(os.path.abspath(out_path))
        self.token = uuid.uuid4().hex
        self._locks = locks_dir(store)
        self._lock = _TokenLock(self._locks, self.token)
        self.tmp: Path | None = None
        self.digest = ""
        self.print_id: int | None = None

    def __enter__(self) -> Publication:
        sweep_temporaries(self._locks, [self.out_path.parent])
        self._lock.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        try:
            if self.tmp is not None:
                self.tmp.unlink(missing_ok=True)
        finally:
            self._lock.release_and_remove()

    def settle(self, session: Session) -> None:
        """Prints killed half-way, settled before this one takes its copy number."""
        settle(session, self._locks)

    def stage(self, data: bytes) -> None:
        """The PDF written and synced to a temporary beside `out_path` (mode 0600)."""
        self.out_path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{self.token}-", suffix=".pdf",
                                    dir=self.out_path.parent)
        self.tmp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        self.digest = _digest(data)

    def claim(self, session: Session, print_row: PrintRow, action: str,
              detail: dict) -> None:
        """The print's intent, in the transaction that adds `print_row`; `action` and
        `detail` are the audit row written when the print is confirmed."""
        assert self.tmp is not None, "stage() first"
        intent = print_repo.add_intent(session, print_row, path=str(self.out_path),
                                       staged=str(self.tmp), digest=self.digest,
                                       token=self.token, action=action, detail=detail)
        self.print_id = intent.print_id

    def _put(self, *, private: bool = False) -> None:
        assert self.tmp is not None
        os.replace(self.tmp, self.out_path)
        self.tmp = None
        try:
            if os.name == "posix" and not private:
                # Once in place (a temporary stays private), the PDF is readable by
                # whoever the umask lets (the print spooler, the officer's other
                # accounts), like any file the user saves.
                os.chmod(self.out_path, 0o666 & ~_umask())
            _sync_folder(self.out_path.parent)
        except OSError:  # the PDF is in place; only its mode or durability is in doubt
            log.warning("could not finish %s", self.out_path, exc_info=True)

    def put(self) -> None:
        """A preview's PDF in place, nothing recorded for it, for the owner only (0600):
        it names a citizen and lives in a temporary folder."""
        self._put(private=True)

    def place(self) -> None:
        """Once the claim has committed: the PDF into place, then the print confirmed.
        If the PDF cannot be placed, the print is released (the file at the path, if
        any, is untouched). If the confirmation fails, the PDF stays and its print is
        confirmed by the next print or opening."""
        assert self.print_id is not None, "claim() and commit first"
        try:
            self._put()
        except BaseException:
            self._release()
            raise
        with self.store.transaction() as session:
            intent = print_repo.intent_of(session, self.print_id)
            row = session.get(PrintRow, self.print_id)
            assert intent is not None and row is not None, "held under our lock"
            _confirm(session, intent, row)

    def _release(self) -> None:
        try:
            with self.store.transaction() as session:
                print_repo.release(session, self.print_id)
        except Exception:  # the next settle releases it instead
            log.exception("could not release print %s; the next print will", self.print_id)


def _confirm(session: Session, intent: PrintIntentRow, row: PrintRow, *,
             recovered: bool = False) -> None:
    """The print counts: its audit row (dated when it was printed) and, for the first
    copy of form 04, the dossier's new appointment."""
    detail = dict(intent.detail)
    if recovered:
        detail["recovered"] = True  # confirmed after its process died
    audit.record(session, row.actor, intent.action, row.dossier_id, detail, now=row.at)
    if row.form == "04" and row.copy_no == 1:
        from ..domain.appointments import DueChangeReason
        from .appointments import record_due_change

        # The new date is the dossier's appointment from now on (DOMAIN.md).
        record_due_change(session, session.get(DossierRow, row.dossier_id),
                          datetime.fromisoformat(row.details["new_due_at"]),
                          reason=DueChangeReason.APOLOGY, actor=row.actor, now=row.at,
                          note=str(row.details.get("reason", "")))
    print_repo.confirm(session, row.id)


@dataclass(frozen=True)
class Settled:
    confirmed: int = 0
    released: int = 0


def settle(session: Session, locks: Path) -> Settled:
    """Confirm or release the prints whose process died half-way (in a write
    transaction); prints under way elsewhere are left alone."""
    if not print_repo.has_intents(session):
        return Settled()
    confirmed = released = 0
    for intent, row in print_repo.intents(session):
        lock = _TokenLock(locks, intent.token)
        if not lock.try_acquire():
            continue  # its process is printing it now
        try:
            staged = Path(intent.staged)
            # The temporary is gone only by the rename (or by a sweep, after a death
            # before it): the digest tells which.
            if not staged.exists() and _digest_of(Path(intent.path)) == intent.digest:
                _confirm(session, intent, row, recovered=True)
                confirmed += 1
            else:
                print_repo.release(session, row.id)
                staged.unlink(missing_ok=True)
                released += 1
        finally:
            lock.release_and_remove()
    if confirmed or released:
        log.warning("prints interrupted earlier: %d confirmed, %d released",
                    confirmed, released)
    return Settled(confirmed, released)


def _token_of(name: str) -> str | None:
    """The token in a temporary's name; None for a name without one (older versions)."""
    token, dash, _rest = name[len(TEMP_PREFIX):].partition("-")
    hexdigits = set("0123456789abcdef")
    return token if dash and len(token) == 32 and set(token) <= hexdigits else None


def sweep_temporaries(locks: Path, folders: Iterable[Path]) -> int:
    """Remove the temporaries killed prints left in `folders`: those whose print's lock is
    free. Nothing is listed while no print has left its lock file behind."""
    try:
        if not any(locks.iterdir()):
            return 0
    except OSError:  # no lock folder yet: nothing was ever printed here
        return 0
    removed = 0
    for folder in folders:
        try:
            names = [e.name for e in os.scandir(folder)
                     if e.name.startswith(TEMP_PREFIX) and e.name.endswith(".pdf")]
        except OSError:
            continue
        for name in names:
            path = folder / name
            token = _token_of(name)
            if token is None:
                try:
                    if path.stat().st_mtime < _PROCESS_STARTED:
                        path.unlink()
                        removed += 1
                except OSError:
                    pass
                continue
            lock = _TokenLock(locks, token)
            if not lock.try_acquire():
                continue  # a print under way
            try:
                path.unlink(missing_ok=True)
                removed += 1
            finally:
                lock.release_and_remove()
    if removed:
        log.warning("removed %d temporary files of interrupted prints", removed)
    return removed


def _sweep_locks(locks: Path) -> None:
    """Lock files of prints killed outside their intent (before its commit, after the
    confirmation), once old enough that no print can be about to take them."""
    try:
        paths = list(locks.glob("*.lock"))
    except OSError:
        return
    for path in paths:
        try:
            old = path.stat().st_mtime < time.time() - STALE_LOCK_SECONDS
        except OSError:
            continue
        if old:
            lock = _TokenLock(locks, path.stem)
            if lock.try_acquire():
                lock.release_and_remove()


def recover(store: Store) -> Settled:
    """At the desk's opening: settle the prints a dead process left half-way, remove
    their temporaries from the prints folder, forget old lock files."""
    locks = locks_dir(store)
    settled = Settled()
    with store.read() as session:
        pending = print_repo.has_intents(session)
    if pending:
        with store.transaction() as session:
            settled = settle(session, locks)
    sweep_temporaries(locks, [store.path.parent / PRINTS_DIRNAME])
    _sweep_locks(locks)
    return settled
