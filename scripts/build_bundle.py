"""Build the one-folder desk bundle with PyInstaller: dist/onestop-desktop/.

    python scripts/build_bundle.py [--dist DIR] [--work DIR] [--installer]

Compiles the Qt Designer forms first (scripts/compile_forms.py), then always a clean
build (the work directory is emptied first). Prints where the bundle is, its size and
how long the build took. Exits 1 when the build fails or the installed package
metadata is stale (the bundle's version comes from it).
--installer (Windows, Inno Setup 6 installed) then compiles
packaging/windows/onestop-desktop.iss into <dist>/onestop-desktop-<version>-setup.exe.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from compile_forms import GENERATED, compile_all  # scripts/compile_forms.py, beside this

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_installer.spec"
ISS = ROOT / "packaging" / "windows" / "onestop-desktop.iss"
NAME = "onestop-desktop"
ISCC_DEFAULT = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def check_metadata() -> str | None:
    """The frozen app reads its version from the installed metadata: it must be current."""
    wanted = project_version()
    try:
        installed = version(NAME)
    except PackageNotFoundError:
        return f"{NAME} is not installed; run: pip install -e \".[build]\""
    if installed != wanted:
        return (f"installed metadata says {installed}, pyproject.toml says {wanted}; "
                f"run: pip install -e \".[build]\"")
    return None


def compile_forms() -> list[str]:
    """forms/*.ui into onestop_desktop/ui/generated (scripts/compile_forms.py), so the
    bundle has the layouts of the forms as they are; returns the modules that changed."""
    before = {p.name: p.read_bytes() for p in GENERATED.glob("ui_*.py")}
    after = compile_all()
    return sorted(name for name, text in after.items()
                  if before.get(name) != text.encode("utf-8"))


def build(dist: Path, work: Path) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
               str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / NAME


def build_installer(dist: Path) -> Path:
    iscc = os.environ.get("ISCC") or shutil.which("iscc") or str(ISCC_DEFAULT)
    subprocess.run([iscc, f"/DAppVersion={project_version()}", f"/DBundleDir={dist / NAME}",
                    f"/O{dist}", str(ISS)], check=True, cwd=ROOT)
    return dist / f"{NAME}-{project_version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--installer", action="store_true",
                        help="then build the Windows installer with Inno Setup (ISCC)")
    args = parser.parse_args(argv)
    problem = check_metadata()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    changed = compile_forms()
    print(f"forms compiled{': changed ' + ', '.join(changed) if changed else ''}")
    started = time.monotonic()
    try:
        bundle = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"error: PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    size = folder_size(bundle)
    print(f"bundle: {bundle}")
    print(f"size: {size / 2**20:.1f} MiB ({size} bytes)")
    left_out = args.work.resolve() / SPEC.stem / "left-out.txt"  # written by the spec
    if left_out.is_file():
        lines = [line.split("\t") for line in left_out.read_text("utf-8").splitlines() if line]
        print(f"left out: {len(lines)} files, {sum(int(n) for *_, n in lines) / 2**20:.1f} MiB "
              f"of Qt plugins, translations and libraries the desk never loads ({left_out})")
    print(f"build time: {time.monotonic() - started:.0f} s")
    if args.installer:
        try:
            print(f"installer: {build_installer(args.dist.resolve())}")
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"error: Inno Setup failed: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
