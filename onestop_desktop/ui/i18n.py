"""Translations and the style sheet. The source language of the UI is Vietnamese;
resources/translations/onestop_<lang>.qm (built from the .ts with lrelease) gives
another, chosen with ONESTOP_LANG (e.g. "en")."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..resources import resource_path

_installed: list[QTranslator] = []  # a QTranslator must outlive its installation


def install_translation(app: QCoreApplication, lang: str | None = None) -> bool:
    lang = lang or os.environ.get("ONESTOP_LANG", "vi")
    if lang.startswith("vi"):
        return False
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", f"onestop_{lang}.qm"))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def apply_style(app: QApplication) -> None:
    # Numbers as the officer writes them: 100.000 đ (vi_VN groups with dots).
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    # DejaVu Sans has every Vietnamese precomposed letter; fall back to the system's.
    font = QFont()
    font.setFamilies(["Segoe UI", "Noto Sans", "DejaVu Sans"])
    font.setPointSize(11)
    app.setFont(font)
    path = resource_path("style", "desk.qss")
    if path.is_file():
        icons = resource_path("icons").as_posix()
        app.setStyleSheet(path.read_text(encoding="utf-8").replace("@ICONS@", icons))
