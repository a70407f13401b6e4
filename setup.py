"""Build hook: puts the top-level resources/ and forms/ into the wheel.

They stay top-level in the repository (one source for the source tree, the
PyInstaller bundle and the wheel); a wheel holds only packages, so the build
copies them into onestop_desktop/_resources and onestop_desktop/_forms, where
onestop_desktop.resources looks for them. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
COPIED = {"resources": "_resources", "forms": "_forms"}


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the repository's folders directly
        for source, packaged in COPIED.items():
            if (ROOT / source).is_dir():
                shutil.copytree(ROOT / source, Path(self.build_lib) / "onestop_desktop" / packaged,
                                dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildPyWithResources})
