"""The Desk: the application boundary, opened on a data directory.

As Anki's collection is to its window, the Desk is the one way in to the desk's data for
the window, the command line, the sync engine and what comes next (reports, the citizen
screen). Nothing else opens a store session. Its parts:
- `dossiers`: the catalogue, dossier lists in pages, search, one dossier in full; taking
  a dossier in, moving it, handing its result back;
- `printing`: previews (never counted) and prints (counted) of the forms, the ledger;
- `accounts`: signing in, the officers' accounts;
- `setup`: the desk's configuration, its catalogue, its server;
- `sync`: the outbox's state, retries and conflicts, the port the sync engine uses;
- `reports`: the centre's figures, as SQL aggregates;
- `calendar`: the appointment a receipt time and a time limit give;
- `fees`: a dossier's fees, collections with receipt numbers, refunds, the day's handover;
- `audit`: whether the hash-chained audit trail and the dossiers it vouches for are intact;
- `feedback`: feedback and petitions taken at the desk, the centre's answers, their
  acknowledgement;
- `privacy`: closed dossiers past their retention anonymised (figures kept);
- `backups`: backups by hand and daily, the recovery secret, the integrity check;
- `files`: scanned papers and results on dossiers (one PDF per paper), the scan inbox.
Queries return small frozen rows. Commands take the acting officer, check that the
officer's role (read from the store: a disabled or demoted account is refused at once)
may do them (domain/permissions.py, PermissionRefused otherwise), make one unit of
work (the change, its outbox event, its audit row) and return a Done: the value and
the Changes it made, which the window's "changed" signal carries. Problems the officer
can act on are OfficerErrors (domain/errors.py); anything else is a defect.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy.exc

from ..domain.config import DeskConfig
from ..domain.errors import OfficerError, StoreFull, StoreReadOnly, os_reason
from ..domain.officer import Officer
from ..domain.permissions import Action, check
from ..store import settings_repo
from ..store.database import Store

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class DataDirUnusable(OfficerError):
    def __init__(self, path: Path, reason: str):
        super().__init__(f"Không dùng được {path} làm thư mục dữ liệu: {reason}")


def _read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows)
        return False


class Desk:
    def __init__(self, store: Store, clock: Clock | None = None):
        from .accounts import Accounts
        from .audit import Audit
        from .backups import Backups
        from .calendar import Calendar
        from .dossiers import Dossiers
        from .feedback import Feedbacks
        from .fees import Fees
        from .files import Files
        from .online import Online
        from .printing import Printing
        from .privacy import Privacy
        from .reports import Reports
        from .setup import Setup
        from .sync import Sync

        self._store = store
        # Looked up now, not when this module was read: a test may set the time.
        self.clock = clock if clock is not None else utc_now
        self.dossiers = Dossiers(self)
        self.printing = Printing(self)
        self.accounts = Accounts(self)
        self.setup = Setup(self)
        self.sync = Sync(self)
        self.reports = Reports(self)
        self.calendar = Calendar(self)
        self.fees = Fees(self)
        self.feedback = Feedbacks(self)
        self.audit = Audit(self)
        self.privacy = Privacy(self)
        self.backups = Backups(self)
        self.online = Online(self)
        self.files = Files(self)

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock | None = None, durable: bool = True
             ) -> Desk:
        """The desk of `data_dir` (created, migrated, prints a killed process left half-way
        settled); DataDirUnusable when it cannot be."""
        path = Path(data_dir)
        try:
            desk = cls(Store.open(path, durable=durable), clock)
            try:
                desk.printing.recover()
            except BaseException:
                desk.close()
                raise
            return desk
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise StoreFull(path) from exc
            if exc.errno == errno.EROFS:
                raise StoreReadOnly(path) from exc
            raise DataDirUnusable(path, os_reason(exc)) from exc
        except sqlalchemy.exc.OperationalError as exc:  # not a store: CANTOPEN, NOTADB …
            if _read_only_disk(path):
                # An encrypted store in WAL mode cannot even be read from a read-only
                # disk (SQLite needs its shared-memory file beside it).
                raise StoreReadOnly(path) from exc
            raise DataDirUnusable(path, str(getattr(exc, "orig", None) or exc)) from exc

    @property
    def store(self) -> Store:
        """For the boundary's parts and the tests that set a store up; callers outside the
        boundary use the parts' queries and commands."""
        return self._store

    @property
    def data_dir(self) -> Path:
        return self._store.path.parent

    def require(self, actor: Officer, action: Action) -> None:
        """PermissionRefused unless `actor` may do `action`: the role is the store's, not
        the one the caller holds; the PC's user (the command line) may do everything."""
        if actor.is_system:
            return
        from ..services.accounts import role_of

        check(role_of(self._store, actor.username), action)

    def config(self) -> DeskConfig | None:
        with self._store.read() as session:
            return settings_repo.load_desk_config(session)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
