"""The Designer forms, compiled: every form has a fresh generated module, is used by a
page, and has every object the page's code uses."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import textwrap
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import QWidget

from onestop_desktop.ui.citizen_screen import CitizenScreen
from onestop_desktop.ui.dossier_detail_page import DossierDetailPage
from onestop_desktop.ui.dossier_list_page import DossierListPage
from onestop_desktop.ui.feedback_dialog import _Body as FeedbackBody
from onestop_desktop.ui.forms import FormPage
from onestop_desktop.ui.intake_page import IntakePage
from onestop_desktop.ui.lock_screen import LockScreen
from onestop_desktop.ui.main_window import _Frame
from onestop_desktop.ui.online_panel import OnlinePanel
from onestop_desktop.ui.password_dialog import _PasswordBody
from onestop_desktop.ui.print_preview import _PreviewBody
from onestop_desktop.ui.reports_page import ReportsPage
from onestop_desktop.ui.return_page import ReturnPage
from onestop_desktop.ui.settings_page import SettingsPage
from onestop_desktop.ui.sign_in_page import SignInPage
from onestop_desktop.ui.status_bar import DeskStatusBar

REPO = Path(__file__).resolve().parents[2]
FORMS = REPO / "forms"
GENERATED = REPO / "onestop_desktop" / "ui" / "generated"
PAGES: list[type[FormPage]] = [_Frame, DeskStatusBar, SignInPage, IntakePage, DossierListPage,
                               DossierDetailPage, ReturnPage, ReportsPage, SettingsPage,
                               _PreviewBody, LockScreen, _PasswordBody, FeedbackBody,
                               CitizenScreen, OnlinePanel]


def compile_forms_script():
    spec = importlib.util.spec_from_file_location("compile_forms",
                                                  REPO / "scripts" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ui_class(page: type[FormPage]) -> type:
    """The generated Ui_… class the page inherits."""
    [ui] = [c for c in page.__mro__ if c.__module__.startswith("onestop_desktop.ui.generated.")]
    return ui


def form_of(page: type[FormPage]) -> Path:
    module = ui_class(page).__module__.rpartition(".")[2]  # ui_<form name>
    return FORMS / f"{module.removeprefix('ui_')}.ui"


def object_names(form: Path) -> set[str]:
    """Every object setupUi makes an attribute of: widgets, layouts, spacers, actions."""
    tree = ElementTree.parse(form)
    root = tree.getroot().find("widget")
    return {e.get("name") for tag in ("widget", "layout", "spacer", "action")
            for e in tree.iter(tag) if e.get("name") and e is not root}


def self_attributes(page: type) -> tuple[set[str], set[str]]:
    """The attributes the page's own code reads and assigns on `self`."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(page)))
    read, assigned = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "self":
            (assigned if isinstance(node.ctx, ast.Store) else read).add(node.attr)
    return read, assigned


def test_generated_modules_are_fresh(tmp_path):
    """pyside6-uic compiles every form to exactly the committed module (else: run
    `python scripts/compile_forms.py`)."""
    modules = compile_forms_script().compile_all(tmp_path, FORMS)
    assert {p.name for p in GENERATED.glob("ui_*.py")} == set(modules)
    for name, text in modules.items():
        assert (GENERATED / name).read_text(encoding="utf-8") == text, \
            f"{name} is stale: run python scripts/compile_forms.py"
        assert text.startswith("# Generated from forms/"), name  # says: do not edit


def test_the_check_mode_finds_a_stale_module(tmp_path):
    script = compile_forms_script()
    script.compile_all(tmp_path, FORMS)
    assert script.stale_modules(tmp_path, FORMS) == []
    edited = tmp_path / "ui_sign_in.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    (tmp_path / "ui_gone.py").write_text("", encoding="utf-8")
    assert script.stale_modules(tmp_path, FORMS) == ["ui_gone.py", "ui_sign_in.py"]


def test_every_form_is_used_by_a_page():
    assert {p.name for p in FORMS.glob("*.ui")} == {form_of(page).name for page in PAGES}


def test_generated_text_keeps_the_forms_translation_context():
    """pyside6-lupdate reads the .ui files: their strings are found under the form's
    <class>, the context the generated code asks QCoreApplication.translate for."""
    for form in FORMS.glob("*.ui"):
        context = ElementTree.parse(form).getroot().findtext("class")
        text = (GENERATED / f"ui_{form.stem}.py").read_text(encoding="utf-8")
        asked = {line.split('translate("', 1)[1].split('"', 1)[0]
                 for line in text.splitlines() if 'translate("' in line}
        assert asked <= {context}, form.name


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.__name__)
def test_form_builds_with_the_names_the_page_uses(qtbot, page):
    form = form_of(page)
    widget = QWidget()
    qtbot.addWidget(widget)
    ui = ui_class(page)()
    ui.setupUi(widget)
    names = object_names(form)
    assert names <= set(vars(ui))  # each object is an attribute after setupUi
    read, assigned = self_attributes(page)
    # Every name the page reads is its own (a method, a Qt member, set in its code) or
    # an object of its form: a misspelt or removed widget fails here, not in use.
    unknown = {n for n in read - assigned if not hasattr(page, n)} - names
    assert not unknown, f"{page.__name__} uses {sorted(unknown)}, not in {form.name}"
    # No object of the form hides a method or an attribute the page sets itself.
    hidden = {n for n in names if hasattr(page, n)} | (names & assigned)
    assert not hidden, f"{form.name} objects hide {sorted(hidden)} of {page.__name__}"
    tree = ElementTree.parse(form)
    # Every tab stop names a real widget (keyboard order is part of the layout).
    stops = [t.text for t in tree.iter("tabstop")]
    assert set(stops) <= names
    # UI text is Vietnamese with diacritics, stored NFC.
    for string in tree.iter("string"):
        if string.text:
            assert unicodedata.is_normalized("NFC", string.text), string.text
