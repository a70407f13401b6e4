"""Launch-to-usable time of the desk window, beside a bare QApplication with an empty window.

Run: python -m pytest tests/benchmarks/test_bench_startup.py -m benchmark -s
The measuring is in tests/benchmarks/launch.py (other benchmarks import it).
Target on a 2-core office PC: the sign-in page usable in under 1 s, at most 4× the bare
window; the figures are printed, not asserted (a loaded CI machine is no measure).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.launch import measure_launch, prepare_data_dir


@pytest.mark.benchmark
def test_launch_to_sign_in_and_intake_pages_beside_bare_qt(tmp_path: Path, capsys):
    data_dir = tmp_path / "desk"
    prepare_data_dir(data_dir)
    figures = measure_launch(data_dir, runs=5)
    with capsys.disabled():
        print("\n" + "\n".join(figures.lines()))
    assert figures.bare.median < figures.signin.median
    assert figures.signin.median + figures.intake.median < 10.0  # generous: cold CI caches
