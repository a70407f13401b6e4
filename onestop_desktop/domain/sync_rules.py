"""What the desk does with a status the centre set (a pulled back-office decision).

The back office owns the processing status, but a desk may have moved a dossier
on meanwhile (not yet pushed): a move the status rules do not allow from where
the dossier stands at the counter is not applied; it becomes a conflict a person
looks at, with why.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .status import Status, can_transition


class CentralStatusAction(Enum):
    APPLY = "apply"  # move the dossier and note it in its timeline
    SKIP = "skip"  # nothing to do: not this desk's dossier, or already there
    CONFLICT = "conflict"  # keep the desk's status; show the reason


@dataclass(frozen=True)
class CentralStatusDecision:
    action: CentralStatusAction
    reason: str = ""  # for the officer (Vietnamese), when a conflict


def decide_central_status(current: int | None, target: int) -> CentralStatusDecision:
    """`current`: the dossier's status at this desk (None: the desk does not hold it,
    e.g. another desk's dossier of the same agency); `target`: the centre's."""
    if current is None or current == target:
        return CentralStatusDecision(CentralStatusAction.SKIP)
    here = Status(current)
    try:
        there = Status(target)
    except ValueError:
        return CentralStatusDecision(
            CentralStatusAction.CONFLICT,
            f"Máy chủ chuyển hồ sơ sang trạng thái không có trong danh mục ({target}) "
            f"nhưng tại quầy hồ sơ đang “{here.label}”.")
    if not can_transition(here, there):
        return CentralStatusDecision(
            CentralStatusAction.CONFLICT,
            f"Máy chủ chuyển hồ sơ sang “{there.label}” nhưng tại quầy hồ sơ "
            f"đang “{here.label}”.")
    return CentralStatusDecision(CentralStatusAction.APPLY)
