"""Benchmark: rendering the receipt (form 01). The first render in a fresh process
(imports, font registration, caches) and the warm render after it.

Run: python -m pytest tests/benchmarks/test_bench_receipt.py -m benchmark -s
Target: a warm A4 receipt under 50 ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_documents_forms import render
from tests.test_documents_pdfcheck import code128

# Run in a new interpreter so "first" really is first (no fonts registered yet).
FIRST_RENDER = """
import json, time
t0 = time.perf_counter()
from tests.test_documents_forms import render
t1 = time.perf_counter()
render("01", "A4")
t2 = time.perf_counter()
print(json.dumps({"import_ms": (t1 - t0) * 1000, "first_ms": (t2 - t1) * 1000}))
"""


@pytest.mark.benchmark
def test_receipt_render_time():
    root = Path(__file__).resolve().parents[2]
    cold = json.loads(subprocess.run([sys.executable, "-c", FIRST_RENDER], check=True, cwd=root,
                                     capture_output=True, text=True).stdout)
    render("01", "A4")  # warm: fonts registered, styles cached
    figures = {}
    for size in ("A4", "A5", "80mm"):
        times = []
        for _ in range(30):
            start = time.perf_counter()
            pdf = render("01", size)
            times.append((time.perf_counter() - start) * 1000)
        figures[size] = (statistics.median(times), max(times))
    assert code128(pdf)  # what was timed is a real, scannable receipt
    print(f"\nreceipt, first render in a new process: {cold['first_ms']:.1f} ms "
          f"(+ {cold['import_ms']:.0f} ms of imports)")
    for size, (median, worst) in figures.items():
        print(f"receipt {size:>4}, warm: median {median:.1f} ms, worst {worst:.1f} ms")
    assert figures["A4"][0] < 50
