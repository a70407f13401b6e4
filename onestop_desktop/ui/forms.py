"""The pages' layouts: Qt Designer forms (forms/*.ui) compiled to Python at build time.

scripts/compile_forms.py turns forms/<name>.ui into ui/generated/ui_<name>.py with
pyside6-uic. A page inherits FormPage and its form's Ui_… class: setupUi builds the
layout on the page itself, so every widget of the form is a real, typed attribute of
the page. tests/ui/test_forms.py checks the modules match their forms and that every
name a page uses is in its form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QWidget


class FormPage(QWidget):
    """A widget laid out by the generated Ui_… class it also inherits."""

    MARGINS: ClassVar[tuple[int, int, int, int]] = (16, 10, 16, 10)  # pages breathe
    setupUi: Callable[[QWidget], None]  # from the Ui_… class

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        if self.layout() is not None:
            self.layout().setContentsMargins(*self.MARGINS)
