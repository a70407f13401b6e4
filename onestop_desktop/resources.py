"""Where the bundled resources (catalogue, calendar, fonts, forms) live.

Source tree and editable install: <repo>/resources. A frozen build puts them
under the bundle root. ONESTOP_RESOURCES overrides both (tests, packagers).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("ONESTOP_RESOURCES")
    if override:
        return Path(override)
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
