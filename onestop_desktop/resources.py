"""Where the bundled resources (catalogue, calendar, fonts, icons, style) live.

The source of truth is the top-level ``resources/`` folder of the repository. Each
way of running the desk finds it in its own place:

- frozen (PyInstaller) build: ``<bundle>/resources`` (``sys._MEIPASS``);
- installed wheel: copied into the package as ``onestop_desktop/_resources`` by
  setup.py's build step;
- source tree or editable install: ``<repo>/resources``.

ONESTOP_RESOURCES overrides the resources folder (tests, packagers). The Qt Designer
forms (``forms/*.ui``) are not resources: they are compiled into Python at build time
(scripts/compile_forms.py, onestop_desktop/ui/generated) and not needed at run time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# folder name in the repository -> folder name inside the installed package
PACKAGED_NAMES = {"resources": "_resources"}


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _locate(name: str) -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / name  # type: ignore[attr-defined]
    packaged = PACKAGE_DIR / PACKAGED_NAMES[name]
    # Checked before the source tree: beside an installed package, "../resources"
    # would be site-packages/resources, which may belong to someone else.
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    override = os.environ.get("ONESTOP_RESOURCES")
    if override:
        return Path(override)
    return _locate("resources")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
