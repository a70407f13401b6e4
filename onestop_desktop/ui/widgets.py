"""Small shared bits of the pages: message banners and field error labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def show_message(label: QLabel, text: str, kind: str = "info") -> None:
    """A banner above the page: kind info | ok | error (styled in desk.qss)."""
    label.setProperty("kind", kind)
    label.setText(text)
    label.setVisible(bool(text))
    label.style().unpolish(label)
    label.style().polish(label)


def set_error(label: QLabel, field: QWidget | None, text: str | None) -> None:
    """The message next to a field; the field is marked invalid for the style sheet."""
    label.setProperty("role", "error")
    label.setText(text or "")
    label.setVisible(bool(text))
    if field is not None:
        field.setProperty("invalid", bool(text))
        field.style().unpolish(field)
        field.style().polish(field)
    label.style().unpolish(label)
    label.style().polish(label)
