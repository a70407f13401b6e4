"""Before the window opens on Linux: is there a display, and can Qt's xcb platform load?

Without them Qt aborts with a message that misleads (it names xcb-cursor0 whatever
library is missing). This check says in one Vietnamese line what is missing instead.
It is pure: the environment, the platform and the library loader are passed in.

The libraries are what PySide6's Qt/plugins/platforms/libqxcb.so and
Qt/lib/libQt6XcbQpa.so.6 need from the system (`ldd` on them; those Qt ships itself
are left out), with the Debian/Ubuntu package of each.
tests/test_display_check.py checks the list against `ldd` of the installed PySide6.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Mapping

XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

NO_DISPLAY = ("Lỗi: không có màn hình để mở cửa sổ (chưa có DISPLAY hay WAYLAND_DISPLAY): "
              "hãy chạy trong phiên đồ họa của máy, hoặc dùng các lệnh con "
              "(onestop-desktop --help).")
MISSING_LIBRARIES = ("Lỗi: máy thiếu thư viện hiển thị để mở cửa sổ; hãy cài: "
                     "sudo apt install {packages}")

Loader = Callable[[str], bool]


def can_load(soname: str) -> bool:
    """Whether the dynamic linker finds and loads the library, as Qt's plugin would."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(loader: Loader = can_load) -> list[str]:
    """The packages of the xcb platform's libraries that do not load, in list order."""
    return [package for soname, package in XCB_LIBRARIES.items() if not loader(soname)]


def display_problem(env: Mapping[str, str], platform: str,
                    loader: Loader = can_load) -> str | None:
    """The one line to print before exiting, or None when the window can open.

    Only on Linux, and only when QT_QPA_PLATFORM does not choose a platform (offscreen
    for tests and screenshots, wayland, …). A Wayland session is left to Qt, which picks
    its wayland platform there; with an X display alone, the xcb libraries must load."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return NO_DISPLAY
    if env.get("WAYLAND_DISPLAY"):
        return None
    missing = missing_packages(loader)
    if missing:
        return MISSING_LIBRARIES.format(packages=" ".join(missing))
    return None
