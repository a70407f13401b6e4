"""The dossier list on a desk that has taken a million dossiers: it opens, counts and
scrolls in pages, and the window's memory stays bounded. The window runs in a process of
its own (tests/ui/million_window.py) so its resident memory is its own, not pytest's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from onestop_desktop.services.dossier_queries import PAGE_SIZE
from tests.million import make_million_store

REPO = Path(__file__).resolve().parents[2]
PAGES = 5  # scrolled to the end this many times


@pytest.mark.slow
def test_the_list_opens_at_a_million_and_memory_stays_bounded(tmp_path):
    assert make_million_store(tmp_path) == 1_000_000
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.ui.million_window", str(tmp_path),
                           str(PAGES)], check=False, cwd=REPO, env=env, capture_output=True,
                          text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # One page first, one more per scroll to the end: never the whole table.
    assert seen["first_rows"] == PAGE_SIZE
    assert seen["rows"] == PAGE_SIZE * (1 + PAGES)
    assert seen["count"] == "1.000.000 hồ sơ"
    # Newest first, the pages joined without a gap or a repeat.
    assert seen["in_order"] and seen["distinct"] == seen["rows"]
    # Bounded: a window idle over a million rows holds what it shows, not the table
    # (a bare window is about 50 MB; the list loaded whole took 11 GB).
    assert seen["rss_mb"] < 250, seen
