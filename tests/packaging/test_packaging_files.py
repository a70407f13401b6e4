"""Fast checks of the packaging pieces: resource lookup in each install shape,
the entry wrapper, the icon, the spec, the Windows version template and installer."""

from __future__ import annotations

import ast
import subprocess
import sys
import unicodedata
from types import SimpleNamespace

import pytest
from PIL import Image

from onestop_desktop import gui_main, resources

from .smoke import ROOT, VERSION, clean_env

WINDOWS = ROOT / "packaging" / "windows"


@pytest.fixture
def no_override(monkeypatch):
    monkeypatch.delenv("ONESTOP_RESOURCES", raising=False)


def test_source_tree_uses_the_top_level_folders(no_override):
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource_path("catalogue", "sample_procedures.json").is_file()


def test_installed_package_uses_its_packaged_copy(no_override, monkeypatch, tmp_path):
    package = tmp_path / "site-packages" / "onestop_desktop"
    (package / "_resources").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # someone else's: must not win
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    assert resources.resources_dir() == package / "_resources"


def test_frozen_bundle_uses_meipass(no_override, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("icons", "app.ico") == tmp_path / "resources" / "icons" / \
        "app.ico"


def test_environment_override_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("ONESTOP_RESOURCES", str(tmp_path))
    assert resources.resource_path("fonts") == tmp_path / "fonts"


def test_windowed_launch_gets_harmless_streams():
    windowed = SimpleNamespace(stdout=None, stderr=None)  # what a console-less exe starts with
    gui_main._ensure_streams(windowed)
    try:
        print("nowhere", file=windowed.stdout)  # must not crash
        assert windowed.stderr.writable()
    finally:
        windowed.stdout.close()
        windowed.stderr.close()


def test_module_entry_point_runs_the_command_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "onestop_desktop", "--version"], cwd=tmp_path,
                          env=clean_env(), check=False, capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, f"onestop-desktop {VERSION}")


def test_icon_has_the_windows_sizes():
    with Image.open(ROOT / "resources" / "icons" / "app.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ROOT / "resources" / "icons" / "app.png") as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0  # rounded corners are transparent


def test_spec_and_build_script_compile():
    for path in (ROOT / "build_installer.spec", ROOT / "scripts" / "build_bundle.py"):
        compile(path.read_text("utf-8"), str(path), "exec")


def test_version_template_renders_to_a_python_expression():
    template = (WINDOWS / "version_info.txt.in").read_text("utf-8")
    text = template.format(version_tuple=(0, 1, 0, 0), version=VERSION, name="onestop-desktop",
                           description="Desk")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    tree = ast.parse(body, mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert "(0, 1, 0, 0)" in body and f"'{VERSION}'" in body


def test_inno_script_is_unicode_and_points_at_real_files():
    raw = (WINDOWS / "onestop-desktop.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with a BOM
    text = raw.decode("utf-8-sig")
    assert unicodedata.is_normalized("NFC", text)
    assert "AppId={{" in text and "{#BundleDir}\\*" in text
    for line in text.splitlines():
        if line.startswith("SetupIconFile="):
            icon = WINDOWS / line.split("=", 1)[1].replace("\\", "/")
            assert icon.resolve().is_file()
