"""The PyInstaller one-folder bundle: built for real, then run like a counter PC would.

Slow (about a minute): `python -m pytest -m slow tests/packaging`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .smoke import ROOT, load_bundle_slim, receipt_registered, smoke_run

pytestmark = pytest.mark.slow
pytest.importorskip("PyInstaller", reason="PyInstaller is in the `build` extra")

EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    where = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_bundle.py"),
                           "--dist", str(where / "dist"), "--work", str(where / "work")],
                          check=False, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    print(f"\nbuild: {time.perf_counter() - started:.0f} s; {done.stdout.strip()}")
    yield where / "dist" / "onestop-desktop"
    shutil.rmtree(where, ignore_errors=True)  # a few hundred MB: do not keep it


def test_bundle_holds_both_programs_and_the_resources(bundle: Path):
    assert (bundle / f"onestop-desktop{EXE}").is_file()
    assert (bundle / f"onestop-desktop-cli{EXE}").is_file()
    internal = bundle / "_internal"
    for part in ("resources/catalogue/sample_procedures.json",
                 "resources/calendar/vn_official_days.json",
                 "resources/templates/form_versions.json",
                 "resources/fonts/LiberationSerif-Regular.ttf", "resources/icons/app.png",
                 "onestop_desktop/store/migrations/env.py"):
        assert (internal / part).is_file(), part
    assert not (internal / "forms").exists()  # compiled into the code: not shipped
    assert not (internal / "onestop_central").exists()  # the server is not shipped


def test_bundle_has_the_qt_pieces_the_desk_loads_and_not_the_rest(bundle: Path):
    """packaging/bundle_slim.py at work: what the desk loads is there, nothing it drops is."""
    slim = load_bundle_slim()
    internal = bundle / "_internal"
    qt = next(p for p in (internal / "PySide6" / "Qt", internal / "PySide6")
              if (p / "plugins").is_dir())

    def plugins(kind: str) -> set[str]:
        return {slim.plugin_stem(p.name) for p in (qt / "plugins" / kind).glob("*")}

    native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    assert {"qoffscreen", native} <= plugins("platforms")
    assert "qsvg" in plugins("imageformats")  # the style sheet's chevrons are SVG
    assert "qsvgicon" in plugins("iconengines")
    assert plugins("printsupport")
    left = [p.relative_to(internal).as_posix() for p in internal.rglob("*")
            if slim.drop_reason(p.relative_to(internal).as_posix())]
    assert not left
    assert not list((internal / "PySide6").glob("QtOpenGL*"))  # bindings nothing imports
    assert list((internal / "PySide6").glob("QtCharts*"))  # the reports page's charts
    if sys.platform.startswith("linux"):  # no Qt library left out from under a user
        missing = set()
        for lib in internal.joinpath("PySide6").rglob("*.so*"):
            done = subprocess.run(["ldd", str(lib)], capture_output=True, text=True,
                                  env={"LD_LIBRARY_PATH": str(internal)}, check=False)
            missing |= {line.split()[0] for line in done.stdout.splitlines()
                        if "not found" in line and "Qt6" in line}
        assert not missing


def test_frozen_programs_pass_the_smoke_run(bundle: Path, tmp_path: Path):
    cli, gui = [str(bundle / f"onestop-desktop-cli{EXE}")], [str(bundle / f"onestop-desktop{EXE}")]
    result = smoke_run(cli, gui, tmp_path)
    size = sum(f.stat().st_size for f in bundle.rglob("*")
               if f.is_file() and not f.is_symlink())
    print(f"\nfrozen bundle {size / 2**20:.0f} MiB; "
          + ", ".join(f"{k} {v:.2f} s" for k, v in result.seconds.items()))
    if not result.receipt_checked:
        assert not receipt_registered()
        pytest.skip("receipt step skipped: the `receipt` command is not registered in "
                    "cli.COMMAND_MODULES yet (cli/documents.py); the rest passed")
