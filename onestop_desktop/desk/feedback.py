"""Feedback and petitions at the boundary: taking one in, the list newest first with the
centre's status and answer, one in full, and its acknowledgement previewed or printed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.feedback import Feedback
from ..domain.officer import Officer
from ..domain.permissions import Action
from ..services import feedback
from ..store.feedback_repo import PageKey
from .changes import FEEDBACK, Done
from .printing import PRINTED

if TYPE_CHECKING:
    from ..services.feedback import SlipPrint
    from .core import Desk


class Feedbacks:
    def __init__(self, desk: Desk):
        self._desk = desk

    # ---- queries ----------------------------------------------------------------------
    def page(self, after: PageKey | None = None, limit: int = feedback.PAGE_SIZE, *,
             dossier_code: str | None = None) -> list[Feedback]:
        """Newest first, `limit` after the (received_at, code) of the last one shown."""
        return feedback.page(self._desk.store, after=after, limit=limit,
                             dossier_code=dossier_code)

    def get(self, code: str) -> Feedback:
        return feedback.get(self._desk.store, code)

    def preview_slip(self, code: str, out_path: Path, *, size: str = "A4") -> SlipPrint:
        return feedback.preview_slip(self._desk.store, code, out_path, size=size,
                                     now=self._desk.clock())

    # ---- commands ---------------------------------------------------------------------
    def take_in(self, data: object, actor: Officer) -> Done[Feedback]:
        """A citizen's feedback or petition (README: `feedback add`)."""
        self._desk.require(actor, Action.COUNTER)
        return Done(feedback.take_in(self._desk.store, data, actor=actor.username,
                                     now=self._desk.clock()), FEEDBACK)

    def print_slip(self, code: str, out_path: Path, actor: Officer, *,
                   size: str = "A4") -> Done[SlipPrint]:
        self._desk.require(actor, Action.COUNTER)
        return Done(feedback.print_slip(self._desk.store, code, out_path,
                                        actor=actor.username, size=size,
                                        now=self._desk.clock()), PRINTED)
