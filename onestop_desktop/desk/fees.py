"""Fees at the boundary: a dossier's statement, collecting what it owes, exempting it,
refunds, the receipt series, and the day's handover sheet (screen and PDF).

Every command is one unit of work with its outbox event and audit row; a change of money
is a change of its dossier (the dossier's page and the sync queue reload)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.fees import FeeCollection, FeeDay, FeeRefund, FeeStatement, Method, ReceiptSeries
from ..domain.officer import Officer
from ..domain.permissions import Action
from ..services import fees
from .changes import DOSSIERS, NOTHING, Changes, Done

if TYPE_CHECKING:
    from .core import Desk


class Fees:
    def __init__(self, desk: Desk):
        self._desk = desk

    @property
    def _store(self):
        return self._desk.store

    # ---- queries ----------------------------------------------------------------------
    def statement(self, code: str) -> FeeStatement:
        """The dossier's fee lines, plan, collections and refunds (DossierNotFound)."""
        return fees.statement(self._store, code)

    def series(self) -> ReceiptSeries:
        return fees.receipt_series(self._store)

    def day(self, day: date, officer: str | None = None) -> FeeDay:
        """The collections and refunds of a local day, by officer and method."""
        return fees.fee_day(self._store, day, officer)

    def preview_day(self, day: date, out_path: Path, *, officer: str | None = None) -> Path:
        """The handover sheet as a PDF, not recorded (what the window shows first)."""
        return fees.write_day_pdf(self._store, day, out_path, officer=officer,
                                  now=self._desk.clock())

    # ---- commands ---------------------------------------------------------------------
    def collect(self, code: str, method: Method | str, actor: Officer) -> Done[FeeCollection]:
        """Collect what the dossier still owes, with a receipt number of this desk."""
        self._desk.require(actor, Action.COUNTER)
        collection = fees.collect(self._store, code, method, actor=actor.username,
                                  now=self._desk.clock())
        return Done(collection, DOSSIERS)

    def exempt(self, code: str, reason: str, actor: Officer) -> Done[FeeStatement]:
        """Exempt what the dossier still owes, with the officer's reason."""
        self._desk.require(actor, Action.COUNTER)
        return Done(fees.exempt(self._store, code, reason, actor=actor.username,
                                now=self._desk.clock()), DOSSIERS)

    def refund(self, code: str, amount: int, reason: str, actor: Officer, *,
               number: str | None = None, method: Method | str | None = None
               ) -> Done[FeeRefund]:
        """Give back `amount` against a collection (receipt `number`, or the latest)."""
        self._desk.require(actor, Action.COUNTER)
        return Done(fees.refund(self._store, code, amount, reason, actor=actor.username,
                                number=number, method=method, now=self._desk.clock()),
                    DOSSIERS)

    def set_series(self, form: str, series: str, actor: Officer) -> Done[ReceiptSeries]:
        """The receipt form number and series from now on (a head or an admin, or the
        PC's user)."""
        self._desk.require(actor, Action.SETTINGS)
        chosen = fees.set_receipt_series(self._store, form, series, actor=actor.username,
                                         by_admin=not actor.is_system, now=self._desk.clock())
        return Done(chosen, Changes(settings=True))

    def print_day(self, day: date, out_path: Path, actor: Officer, *,
                  officer: str | None = None) -> Done[Path]:
        """The handover sheet printed or saved (recorded in the audit trail)."""
        self._desk.require(actor, Action.COUNTER)
        return Done(fees.print_day(self._store, day, out_path, actor=actor.username,
                                   officer=officer, now=self._desk.clock()), NOTHING)
