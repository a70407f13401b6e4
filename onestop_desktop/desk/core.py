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
- `backups`: backups by hand and daily, the recovery secret, the integrity check.
Queries return small frozen rows. Commands take the acting officer, make one unit of
work (the change, its outbox event, its audit row) and return a Done: the value and
the Changes it made, which the window's "changed" signal carries. Problems the officer
can act on are OfficerErrors (domain/errors.py); anything else is a defect.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy.exc

from ..domain.config import DeskConfig
from ..domain.errors import OfficerError, os_reason
from ..store import settings_repo
from ..store.database import Store

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class DataDirUnusable(OfficerError):
    def __init__(self, path: Path, reason: str):
        super().__init__(f"Không dùng được {path} làm thư mục dữ liệu: {reason}")


class Desk:
    def __init__(self, store: Store, clock: Clock = utc_now):
        from .accounts import Accounts
        from .backups import Backups
        from .calendar import Calendar
        from .dossiers import Dossiers
        from .fees import Fees
        from .printing import Printing
        from .reports import Reports
        from .setup import Setup
        from .sync import Sync

        self._store = store
        self.clock = clock
        self.dossiers = Dossiers(self)
        self.printing = Printing(self)
        self.accounts = Accounts(self)
        self.setup = Setup(self)
        self.sync = Sync(self)
        self.reports = Reports(self)
        self.calendar = Calendar(self)
        self.fees = Fees(self)
        self.backups = Backups(self)

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock = utc_now, durable: bool = True) -> Desk:
        """The desk of `data_dir` (created, migrated); DataDirUnusable when it cannot be."""
        path = Path(data_dir)
        try:
            return cls(Store.open(path, durable=durable), clock)
        except (OSError, sqlalchemy.exc.OperationalError) as exc:
            orig = getattr(exc, "orig", None)
            reason = os_reason(exc) if isinstance(exc, OSError) else str(orig or exc)
            raise DataDirUnusable(path, reason) from exc

    @property
    def store(self) -> Store:
        """For the boundary's parts and the tests that set a store up; callers outside the
        boundary use the parts' queries and commands."""
        return self._store

    @property
    def data_dir(self) -> Path:
        return self._store.path.parent

    def config(self) -> DeskConfig | None:
        with self._store.read() as session:
            return settings_repo.load_desk_config(session)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
