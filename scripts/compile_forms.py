"""Compile the Qt Designer forms (forms/*.ui) into Python with pyside6-uic.

    python scripts/compile_forms.py            # write onestop_desktop/ui/generated/
    python scripts/compile_forms.py --check    # exit 1 when a committed module is stale

forms/<name>.ui becomes onestop_desktop/ui/generated/ui_<name>.py, a Ui_<Form> class
whose setupUi(page) builds the layout on the page: its widgets become the page's
typed attributes. The .ui files stay the source of the layout (and of the strings
pyside6-lupdate collects); the generated modules are committed, never edited by
hand, and tests/ui/test_forms.py checks they match their forms. setup.py's build and
scripts/build_bundle.py run this too.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "onestop_desktop" / "ui" / "generated"
HEADER = (
    "# Generated from forms/{ui} by scripts/compile_forms.py (pyside6-uic). Do not edit:\n"
    "# change the form in Qt Designer, then run `python scripts/compile_forms.py`.\n"
    "# tests/ui/test_forms.py checks this file matches its form.\n"
)
# uic's stamp of its own version: left out, the code it writes being the same from one
# PySide6 release to the next (a checkout stays fresh whichever one is installed).
UIC_STAMP = re.compile(r"^## Created by: Qt User Interface Compiler version .*\n##\n", re.M)
# pyside6-uic as its console script runs it, with this interpreter's PySide6.
# -a: no connectSlotsByName; the pages connect their signals themselves.
UIC = ("import sys; from PySide6.scripts.pyside_tool import uic; "
       "sys.argv[0] = 'pyside6-uic'; uic()")


def module_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def compile_form(ui: Path) -> str:
    """The generated module's text for one .ui file."""
    result = subprocess.run([sys.executable, "-c", UIC, "-a", ui.name], cwd=ui.parent,
                            capture_output=True, check=False, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-uic failed on {ui}: "
                           f"{result.stderr.decode('utf-8', 'replace').strip()}")
    text = UIC_STAMP.sub("", result.stdout.decode("utf-8").replace("\r\n", "\n"))
    return HEADER.format(ui=ui.name) + text


def compile_all(out_dir: Path = GENERATED, forms_dir: Path = FORMS) -> dict[str, str]:
    """Every form compiled into `out_dir` (modules of forms no longer there removed);
    returns module name -> text."""
    out_dir.mkdir(parents=True, exist_ok=True)
    modules = {module_name(ui): compile_form(ui) for ui in sorted(forms_dir.glob("*.ui"))}
    for name, text in modules.items():
        (out_dir / name).write_text(text, encoding="utf-8", newline="\n")
    for stale in out_dir.glob("ui_*.py"):
        if stale.name not in modules:
            stale.unlink()
    return modules


def stale_modules(out_dir: Path = GENERATED, forms_dir: Path = FORMS) -> list[str]:
    """Generated modules that differ from what their forms compile to, are missing,
    or have no form any more."""
    wanted = {module_name(ui): compile_form(ui) for ui in sorted(forms_dir.glob("*.ui"))}
    present = {p.name for p in out_dir.glob("ui_*.py")}
    stale = sorted(present - set(wanted))
    for name, text in wanted.items():
        path = out_dir / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the committed modules are fresh")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_modules()
        for name in stale:
            print(f"stale: onestop_desktop/ui/generated/{name}", file=sys.stderr)
        if stale:
            print("run: python scripts/compile_forms.py", file=sys.stderr)
        return 1 if stale else 0
    modules = compile_all()
    print(f"{len(modules)} forms compiled into {GENERATED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
