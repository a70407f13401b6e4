"""Where the desk keeps its data: --data-dir, else ONESTOP_DATA_DIR, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "onestop-desktop"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit)
    from_env = os.environ.get("ONESTOP_DATA_DIR")
    if from_env:
        return Path(from_env)
    return Path(user_data_dir(APP_NAME, appauthor=False))
