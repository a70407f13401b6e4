"""What a command changed, for the views that show it: the window's one `changed`
signal carries a Changes, and each view reloads when what it shows is in it."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    dossiers: bool = False  # a dossier taken in, moved, handed back
    prints: bool = False  # a copy of a form printed
    catalogue: bool = False
    accounts: bool = False
    settings: bool = False  # the desk's configuration, its server
    sync: bool = False  # the outbox, conflicts, what the centre sent
    feedback: bool = False  # feedback and petitions taken, or answered by the centre
    files: bool = False  # scanned papers or results put on a dossier

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


NOTHING = Changes()
DOSSIERS = Changes(dossiers=True, sync=True)  # every dossier change has its outbox event
FEEDBACK = Changes(feedback=True, sync=True)
FILES = Changes(files=True, sync=True)  # a file on a dossier is for the centre to fetch


@dataclass(frozen=True)
class Done(Generic[T]):
    """A command's answer: what it made, and what it changed."""

    value: T
    changes: Changes
