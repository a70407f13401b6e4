"""Loading the Qt Designer forms (forms/*.ui) at run time with QUiLoader.

Each page class names the objects it uses in NAMES; they become attributes,
and a missing one fails loudly here and in tests/ui/test_forms.py.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..resources import forms_dir


class FormError(RuntimeError):
    pass


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = forms_dir() / name
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open {path}")
    try:
        loader = QUiLoader()
        widget = loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise FormError(f"{path}: {loader.errorString()}")
    return widget


class FormPage(QWidget):
    """A widget whose layout comes from FORM; NAMES are bound as attributes."""

    FORM: ClassVar[str] = ""
    NAMES: ClassVar[tuple[str, ...]] = ()
    MARGINS: ClassVar[tuple[int, int, int, int]] = (16, 10, 16, 10)  # pages breathe

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        if self.form.layout() is not None:
            self.form.layout().setContentsMargins(*self.MARGINS)
        for name in self.NAMES:
            child = self.form.findChild(QWidget, name)
            if child is None:
                raise FormError(f"{self.FORM} has no object named {name!r}")
            setattr(self, name, child)
