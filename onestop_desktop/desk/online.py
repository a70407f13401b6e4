"""Online dossiers at the boundary: the queue's count, a waiting dossier's papers (files
the centre sent, opened with the system's viewer), and the officer's decision on it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.officer import Officer
from ..domain.permissions import Action
from .changes import DOSSIERS, Changes, Done

if TYPE_CHECKING:
    from ..services.online_intake import Decided
    from .core import Desk

DECIDED = DOSSIERS | Changes(prints=True)


@dataclass(frozen=True)
class Paper:
    """A file of an online dossier, as the queue shows it."""

    sha256: str
    name: str
    paper: int  # the checklist position it belongs to
    paper_name: str  # that paper's name ("" when the checklist has no such position)
    size: int
    role: str  # paper | form
    present: bool  # its bytes are in the desk's file store (fetched)


class Online:
    def __init__(self, desk: Desk):
        self._desk = desk

    @property
    def _blobs(self):
        return self._desk.files.blobs

    def waiting_count(self) -> int:
        from ..store import online_repo, settings_repo

        with self._desk.store.read() as session:
            config = settings_repo.load_desk_config(session)
            return online_repo.waiting_count(session, config.agency_code) if config else 0

    def papers(self, code: str) -> list[Paper]:
        """The dossier's files, papers in checklist order, then its forms."""
        from ..store import dossier_repo, file_repo

        with self._desk.store.read() as session:
            row = dossier_repo.get_row_by_code(session, code)
            if row is None:
                return []
            names = {d.position: d.name for d in row.documents}
            files = file_repo.files_of(session, row.id)
        blobs = self._blobs
        order = {"paper": 0, "result": 1, "form": 2}
        return [Paper(f.sha256, f.name, f.paper, names.get(f.paper, "") if f.role == "paper"
                      else "", f.size, f.role, blobs.has(f.sha256))
                for f in sorted(files, key=lambda f: (order.get(f.role, 9), f.paper, f.id))]

    def viewable_copy(self, paper: Paper) -> Path:
        """A copy of the file under its own name (the system's viewer goes by the name's
        extension), in the data directory's viewing folder."""
        return self._blobs.viewable_copy(paper.sha256, paper.name)

    def receive(self, code: str, actor: Officer) -> Done[Decided]:
        from ..services import online_intake

        self._desk.require(actor, Action.COUNTER)
        return Done(online_intake.receive(self._desk.store, code, actor=actor.username,
                                          now=self._desk.clock()), DECIDED)

    def ask_for_papers(self, code: str, details: dict, actor: Officer) -> Done[Decided]:
        from ..services import online_intake

        self._desk.require(actor, Action.COUNTER)
        return Done(online_intake.ask_for_papers(self._desk.store, code, details,
                                                 actor=actor.username,
                                                 now=self._desk.clock()), DECIDED)

    def refuse(self, code: str, reason: str, actor: Officer) -> Done[Decided]:
        from ..services import online_intake

        self._desk.require(actor, Action.COUNTER)
        return Done(online_intake.refuse(self._desk.store, code, reason, actor=actor.username,
                                         now=self._desk.clock()), DECIDED)
