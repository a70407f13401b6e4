"""A clear start: with no usable display the window says in one Vietnamese line what is
missing and exits 2, instead of Qt's abort naming the wrong library."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from onestop_desktop.display_check import (
    NO_DISPLAY,
    XCB_LIBRARIES,
    can_load,
    display_problem,
    missing_packages,
)

X_DISPLAY = {"DISPLAY": ":0"}


def loads_all_but(*absent: str):
    def loader(soname: str) -> bool:
        return soname not in absent
    return loader


def test_without_a_display_the_window_exits_2_with_one_vietnamese_line(tmp_path):
    exe = shutil.which("onestop-desktop")
    assert exe, "the package must be installed (pip install -e .)"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ONESTOP_DATA_DIR")}
    data = tmp_path / "desk"
    done = subprocess.run([exe, "--data-dir", str(data)], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [NO_DISPLAY]
    assert done.stdout == ""
    assert not (data / "onestop.sqlite3").exists()  # refused before the store is made


def test_a_missing_icccm_library_names_its_package():
    line = display_problem(X_DISPLAY, "linux", loads_all_but("libxcb-icccm.so.4"))
    assert line == "Lỗi: máy thiếu thư viện hiển thị để mở cửa sổ; hãy cài: " \
                   "sudo apt install libxcb-icccm4"


def test_every_missing_library_is_named_once_on_one_line():
    line = display_problem(X_DISPLAY, "linux",
                           loads_all_but("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert line is not None and "\n" not in line
    assert line.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")
    assert "xcb-cursor0" not in line  # Qt's own message named this one whatever was missing


@pytest.mark.parametrize("env, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),  # tests, screenshots
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux"),  # chosen by hand: Qt decides
    ({}, "win32"),
    ({}, "darwin"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),  # Qt's wayland platform, not xcb
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux"),
])
def test_no_check_where_qt_is_told_or_needs_no_xcb(env, platform):
    assert display_problem(env, platform, loads_all_but(*XCB_LIBRARIES)) is None


def test_an_x_display_with_every_library_opens():
    assert display_problem(X_DISPLAY, "linux", loads_all_but()) is None
    assert display_problem({}, "linux", loads_all_but()) == NO_DISPLAY
    assert missing_packages(loads_all_but()) == []


def test_the_real_loader():
    assert not can_load("libonestop-does-not-exist.so.9")
    if sys.platform.startswith("linux"):
        assert can_load("libc.so.6")


def _qt_xcb_needs() -> set[str]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    needs: set[str] = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"):
        if not binary.exists():
            pytest.skip(f"no {binary.name} in this PySide6")
        listing = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                                 check=True).stdout
        for line in listing.splitlines():
            match = re.match(r"\s*(\S+)\s+=>\s+(.*)", line)
            if match and str(qt) not in match.group(2):
                needs.add(match.group(1))
    return needs


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"),
                    reason="ldd on Linux")
def test_the_list_covers_what_pyside6s_xcb_platform_needs():
    x_libraries = {name for name in _qt_xcb_needs()
                   if re.match(r"lib(xcb|X11|xkbcommon)", name)}
    assert x_libraries, "ldd found no X library: the plugin changed"
    assert x_libraries <= set(XCB_LIBRARIES), sorted(x_libraries - set(XCB_LIBRARIES))
