"""The benchmark suite's own machinery (cheap: runs with the default tests)."""

from __future__ import annotations

from datetime import datetime

from tests.benchmarks.suite import (
    README_END,
    README_START,
    Row,
    markdown,
    measure,
    write_report,
)


def test_a_figure_past_its_limit_is_reported_as_timed_out_and_killed():
    run = measure("bare_window_rss", 1.0)  # idles 3 s on purpose
    assert run.timed_out and run.result is None and run.seconds < 3


def test_a_figure_within_its_limit_gives_its_result():
    run = measure("bare_window_rss", 60)
    assert not run.timed_out and 10 < run.result["rss_mb"] < 1000


def test_the_table_goes_to_its_file_and_into_the_readme_section(tmp_path):
    rows = [Row("Search p50 / p95", "10,000", "2.0 ms / 9.0 ms", "LIKE: 4.0 / 12.0 ms",
                "0.50× / 0.75×", "p95 ≤ 100 ms", True),
            Row("List page opens", "1,000,000", "> 40 s (timed out)", target="≤ 300 ms",
                met=False)]
    table = markdown(rows, {"CPU": "x", "cores": "2"}, datetime(2026, 12, 3, 9, 0), 600,
                     "python -m tests.benchmarks.suite")
    assert "| Search p50 / p95 | 10,000 | 2.0 ms / 9.0 ms | LIKE: 4.0 / 12.0 ms | " \
           "0.50× / 0.75× | p95 ≤ 100 ms ✓ |" in table
    assert "| > 40 s (timed out) |" in table and "≤ 300 ms ✗ |" in table
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\n## Benchmarks\nintro\n\n{README_START}\nold table\n"
                      f"{README_END}\n\n## After\nkept\n", encoding="utf-8")
    out = tmp_path / "docs" / "benchmarks.md"
    write_report(table, out, readme)
    assert table in out.read_text(encoding="utf-8")
    text = readme.read_text(encoding="utf-8")
    assert "old table" not in text and table in text
    assert text.startswith("# Title\n\n## Benchmarks\nintro\n") and text.endswith(
        "## After\nkept\n")
    write_report(table, out, readme)  # again: the same README, not a second table
    assert readme.read_text(encoding="utf-8") == text
