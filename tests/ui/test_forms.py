"""Every Designer form loads, and has every object the code binds by name."""

from __future__ import annotations

import unicodedata
from xml.etree import ElementTree

import pytest

from onestop_desktop.resources import forms_dir
from onestop_desktop.ui.dossier_detail_page import DossierDetailPage
from onestop_desktop.ui.dossier_list_page import DossierListPage
from onestop_desktop.ui.forms import FormPage, load_form
from onestop_desktop.ui.intake_page import IntakePage
from onestop_desktop.ui.main_window import _Frame
from onestop_desktop.ui.print_preview import _PreviewBody
from onestop_desktop.ui.reports_page import ReportsPage
from onestop_desktop.ui.return_page import ReturnPage
from onestop_desktop.ui.settings_page import SettingsPage
from onestop_desktop.ui.sign_in_page import SignInPage
from onestop_desktop.ui.status_bar import DeskStatusBar

PAGES: list[type[FormPage]] = [_Frame, DeskStatusBar, SignInPage, IntakePage, DossierListPage,
                               DossierDetailPage, ReturnPage, ReportsPage, SettingsPage,
                               _PreviewBody]


def test_every_ui_file_is_used_by_a_page():
    files = {p.name for p in forms_dir().glob("*.ui")}
    assert files == {page.FORM for page in PAGES}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.FORM)
def test_form_loads_with_the_names_the_code_uses(qtbot, page):
    widget = load_form(page.FORM)
    qtbot.addWidget(widget)
    tree = ElementTree.parse(forms_dir() / page.FORM)
    declared = {w.get("name") for w in tree.iter("widget")}
    missing = [name for name in page.NAMES if name not in declared]
    assert not missing, f"{page.FORM} lacks {missing}"
    for name in page.NAMES:
        assert widget.findChild(object, name) is not None, name
    # Every tab stop names a real widget (keyboard order is part of the layout).
    stops = [t.text for t in tree.iter("tabstop")]
    assert set(stops) <= declared
    # UI text is Vietnamese with diacritics, stored NFC.
    for string in tree.iter("string"):
        if string.text:
            assert unicodedata.is_normalized("NFC", string.text), string.text
