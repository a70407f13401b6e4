"""The application boundary: see desk/core.py.

Desk and DataDirUnusable are imported on first use: the window is on the screen before
the store (and SQLAlchemy with it) is needed, while Changes and Done, which the window's
modules use from the start, are light."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .changes import Changes, Done

if TYPE_CHECKING:
    from .core import DataDirUnusable, Desk

__all__ = ["Changes", "DataDirUnusable", "Desk", "Done"]


def __getattr__(name: str):
    if name in ("DataDirUnusable", "Desk"):
        from . import core

        return getattr(core, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
