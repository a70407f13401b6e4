"""The application boundary: see desk/core.py."""

from .changes import Changes, Done
from .core import DataDirUnusable, Desk

__all__ = ["Changes", "DataDirUnusable", "Desk", "Done"]
