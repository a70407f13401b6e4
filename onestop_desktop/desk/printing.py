"""The forms at the boundary: a preview is never counted; a print (to a printer, or a file
the officer keeps) is counted, numbered in the transaction that records it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.officer import Officer
from ..domain.permissions import Action
from .changes import Changes, Done

if TYPE_CHECKING:
    from ..services.printing import PrintResult
    from .core import Desk

PRINTED = Changes(prints=True)


def _printing():
    """services/printing (reportlab and the forms) is imported on the first print: it
    costs the window about a tenth of a second at start."""
    from ..services import printing

    return printing


class Printing:
    def __init__(self, desk: Desk):
        self._desk = desk

    def recover(self) -> None:
        """Settle the prints a killed process left half-way and remove its temporary
        files (services/print_publication.py): done when the desk opens."""
        from ..services import print_publication  # without reportlab: cheap at start

        print_publication.recover(self._desk.store)

    def preview_form(self, form: str, code: str, out_path: Path, actor: Officer, *,
                     size: str = "A4", details: dict | None = None) -> PrintResult:
        self._desk.require(actor, Action.COUNTER)
        return _printing().preview_form(self._desk.store, form, code, out_path, size=size,
                                        actor=actor.username, details=details,
                                        now=self._desk.clock())

    def print_form(self, form: str, code: str, out_path: Path, actor: Officer, *,
                   size: str = "A4", details: dict | None = None) -> Done[PrintResult]:
        self._desk.require(actor, Action.COUNTER)
        result = _printing().print_form(self._desk.store, form, code, out_path, size=size,
                                        actor=actor.username, details=details,
                                        now=self._desk.clock())
        return Done(result, PRINTED)

    def preview_ledger(self, date_from: date, date_to: date, out_path: Path, *,
                       size: str = "A4") -> PrintResult:
        return _printing().preview_ledger(self._desk.store, date_from, date_to, out_path,
                                          size=size, now=self._desk.clock())

    def print_ledger(self, date_from: date, date_to: date, out_path: Path, actor: Officer, *,
                     size: str = "A4") -> Done[Path]:
        self._desk.require(actor, Action.REPORTS)
        path = _printing().print_ledger(self._desk.store, date_from, date_to, out_path,
                                        size=size, actor=actor.username,
                                        now=self._desk.clock())
        return Done(path, PRINTED)
