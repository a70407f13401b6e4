"""The README's "Reports" section explains every figure in the words of its tooltip."""

from __future__ import annotations

from pathlib import Path

from onestop_desktop.domain.report_figures import BREAKDOWN_HELP, FIGURES, readme_line

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_figure_is_explained_in_the_readme_as_in_its_tooltip():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Reports"):]
    section = section[:section.index("\n### ", 1)]
    lines = section.splitlines()
    for figure in FIGURES:
        assert readme_line(figure) in lines, figure.key
    assert BREAKDOWN_HELP in section
    assert "onestop-desktop report --from DATE --to DATE" in text
