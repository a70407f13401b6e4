"""The dossiers at the boundary: the catalogue, lists in pages, search, one dossier in full;
taking a dossier in, moving it, handing its result back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.calendar import Appointment
from ..domain.codes import resolve_code
from ..domain.dossier import Dossier, DossierNotFound
from ..domain.listing import DossierSummary
from ..domain.officer import Officer
from ..domain.permissions import Action
from ..domain.procedure import Procedure
from ..domain.status import Status
from ..services import dossier_actions, dossier_files, dossier_queries, privacy, search
from ..services.dossier_files import Attachment
from ..services.dossier_queries import DossierDetail, DossierFilter, DossierPage
from ..services.intake import IntakeService
from ..services.returns import ReturnRecord, ReturnRequest, return_result
from ..store import dossier_repo
from ..store.dossier_list import PageKey
from .changes import DOSSIERS, FILES, NOTHING, Done

if TYPE_CHECKING:
    from .core import Desk


class Dossiers:
    def __init__(self, desk: Desk):
        self._desk = desk

    @property
    def _store(self):
        return self._desk.store

    # ---- queries ----------------------------------------------------------------------
    def catalogue(self) -> list[Procedure]:
        """Every procedure, as the catalogue lists them (a few thousand at most)."""
        return dossier_queries.search_procedures(self._store)

    def find_procedures(self, text: str) -> list[Procedure]:
        return dossier_queries.search_procedures(self._store, text)

    def page(self, flt: DossierFilter, after: PageKey | None = None,
             limit: int = dossier_queries.PAGE_SIZE) -> DossierPage:
        return dossier_queries.list_page(self._store, flt, self._desk.clock(), after, limit)

    def count(self, flt: DossierFilter) -> int:
        return dossier_queries.count(self._store, flt, self._desk.clock())

    def search(self, text: str, limit: int = search.DEFAULT_LIMIT) -> list[DossierSummary]:
        """The best matches for what was typed, newest first (this desk's agency)."""
        return dossier_queries.list_page(self._store, DossierFilter(query=text),
                                         self._desk.clock(), limit=limit).rows[:limit]

    def detail(self, code: str) -> DossierDetail | None:
        """The dossier in full, read again for a page already showing it (not counted as
        opening it: `view` is)."""
        return dossier_queries.dossier_detail(self._store, code)

    def resolve_code(self, text: str, *, bare_digits: bool = True) -> str | None:
        """The full code `text` names: a whole code, or the tail a citizen reads out
        ("261202-2002", this desk's agency); None when it names none."""
        config = self._desk.config()
        return resolve_code(text, config.agency_code if config is not None else "",
                            bare_digits=bare_digits)

    def get(self, code: str) -> Dossier:
        with self._store.read() as session:
            dossier = dossier_repo.get_by_code(session, code)
        if dossier is None:
            raise DossierNotFound(code)
        return dossier

    def preview_due(self, procedure: Procedure, received_at: datetime | None = None
                    ) -> Appointment | None:
        """The appointment a dossier taken now (or at `received_at`) would get, and whether
        it is provisional; None before the desk is set up."""
        return dossier_queries.preview_due(self._store, procedure,
                                           received_at or self._desk.clock())

    def suggested_new_due(self, current_due: datetime | None) -> datetime:
        return dossier_queries.suggested_new_due(self._store, current_due, self._desk.clock())

    # ---- commands ---------------------------------------------------------------------
    def view(self, code: str, actor: Officer) -> Done[DossierDetail | None]:
        """An officer opens a citizen's record: the dossier in full, and who opened it in
        the audit trail (personal data, Decree 13/2023)."""
        detail = dossier_queries.dossier_detail(self._store, code)
        if detail is not None:
            privacy.record_access(self._store, actor.username, detail.dossier.id,
                                  detail.dossier.code, privacy.VIEWED, self._desk.clock())
        return Done(detail, NOTHING)

    def export(self, code: str, actor: Officer, *, fmt: str = "json") -> Done[Dossier]:
        """A copy of a citizen's record taken out of the desk (a file, another program):
        who took it, in the audit trail."""
        dossier = self.get(code)
        privacy.record_access(self._store, actor.username, dossier.id, dossier.code,
                              privacy.EXPORTED, self._desk.clock(), {"format": fmt})
        return Done(dossier, NOTHING)

    def take_in(self, data: object, actor: Officer, *, form_details: object = None,
                attachments: Sequence[Attachment] = ()) -> Done[Dossier]:
        """Take a dossier in (intake JSON, see README). Incomplete (5) or refused (3), its
        form's details are checked with it: nothing is written unless both are right.
        `attachments` (desk.files.prepare) are the papers scanned before the save: stored
        in its transaction, so a save that fails leaves no file behind."""
        self._desk.require(actor, Action.COUNTER)
        if not attachments:
            dossier = IntakeService(self._store, self._desk.clock).intake(
                data, actor.username, form_details=form_details)
            return Done(dossier, DOSSIERS)
        blobs = self._desk.files.blobs
        with dossier_files.keeping_blobs(self._store, blobs) as written:
            def attach_all(session, dossier: Dossier) -> None:
                row = dossier_actions.find_row(session, dossier.code)
                for attachment in attachments:
                    dossier_files.store_on(session, blobs, row, attachment,
                                           actor=actor.username, now=self._desk.clock(),
                                           written=written)

            dossier = IntakeService(self._store, self._desk.clock).intake(
                data, actor.username, form_details=form_details, then=attach_all)
        return Done(dossier, DOSSIERS | FILES)

    def change_status(self, code: str, target: Status | int, actor: Officer, *,
                      note: str = "") -> Done[Dossier]:
        self._desk.require(actor, Action.COUNTER)
        dossier = dossier_actions.change_status(self._store, code, target, actor=actor.username,
                                                note=note, now=self._desk.clock())
        return Done(dossier, DOSSIERS)

    def hand_back(self, request: ReturnRequest, actor: Officer) -> Done[ReturnRecord]:
        self._desk.require(actor, Action.COUNTER)
        record = return_result(self._store, request, actor=actor.username,
                               now=self._desk.clock())
        return Done(record, DOSSIERS)
