"""What the desk bundle leaves out of Qt, and why; used by build_installer.spec.

PyInstaller's Qt hooks collect every plugin of each plugin type a Qt module can
use, Qt's own translations for ~30 languages and, on Windows, the 20 MB software
OpenGL renderer. The desk is a Qt Widgets program (QtCore, QtGui, QtWidgets,
QtPrintSupport, QtNetwork's local sockets) that needs few of those.
`slim_toc` filters Analysis' TOCs, PyInstaller's documented way to leave files
out, then drops the libraries that only the left-out plugins link to.

Both PySide6 layouts are handled: PySide6/Qt/plugins/... (Linux, macOS) and
PySide6/plugins/... (Windows wheels); plugin files are matched by their stem
("libqxcb.so" and "qwindows.dll" are "qxcb" and "qwindows").
tests/packaging/test_bundle_slim.py checks the rules on both layouts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Plugin types the desk never loads; every file of these is left out.
DROPPED_PLUGIN_TYPES = frozenset({
    "egldeviceintegrations",  # EGLFS (embedded, no window system): not a desk
    "generic",  # evdev/TUIO touch input for EGLFS/linuxfb and TUIO touch tables
    "networkinformation",  # QNetworkInformation: unused (the sync talks HTTP via httpx)
    "networkaccess",  # QNetworkAccessManager backends: unused (only QLocalSocket is used)
    "tls",  # QSslSocket backends: unused for the same reason; httpx brings Python's ssl
    "platformthemes",  # GTK3/xdg-portal look on Linux desktops (Linux builds are CI only)
    "wayland-decoration-client",  # the three wayland-* go with the dropped wayland platform
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "qmltooling",  # QML debugging; the desk has no QML
    "sqldrivers",  # QtSql; the desk uses SQLite through Python's sqlite3
    "designer",  # Qt Designer plugins
    "vectorimageformats",  # Lottie for Qt Quick
})

# Plugin types filtered by name: only the listed stems are kept.
KEPT_PLUGINS = {
    # qwindows: the counter PCs; qoffscreen: --screenshot and CI; qxcb: a Linux
    # desktop; qminimal: a tiny fallback; qcocoa: a developer's Mac. Dropped:
    # qdirect2d (opt-in Windows back end), wayland, eglfs, linuxfb, vnc, vkkhrdisplay.
    "platforms": frozenset({"qwindows", "qoffscreen", "qxcb", "qminimal", "qcocoa"}),
    # PNG is built into QtGui; the style sheet's chevrons are SVG (resources/icons);
    # .ico is the Windows icon format. No JPEG/GIF/TIFF/WebP/... image is ever read.
    "imageformats": frozenset({"qsvg", "qico"}),
}
# Everything else is kept as collected: iconengines (qsvgicon draws the SVG
# chevrons), printsupport (printing), styles (the Windows 11 look),
# platforminputcontexts (IBus/compose: Vietnamese typing on Linux),
# xcbglintegrations, accessiblebridge.

# Qt's own catalogues (qt_*.qm, qtbase_*.qm) are never loaded: the desk installs
# only its own onestop_<lang>.qm (onestop_desktop/ui/i18n.py), and Qt has no
# Vietnamese catalogue. Vietnamese and English would be kept if present.
KEPT_QT_TRANSLATIONS = frozenset({"vi", "en"})

# Single libraries the desk never loads.
DROPPED_LIBRARIES = frozenset({
    # Windows: Mesa's software OpenGL, the fallback for GL without a driver; a
    # Widgets program draws with the raster engine and never uses OpenGL.
    "opengl32sw.dll",
})


# pycountry's hook collects all its data (23 MB: languages, scripts, subdivisions and
# their translations); the desk reads only the country list (domain/countries.py).
KEPT_PYCOUNTRY_FILES = frozenset({"iso3166-1.json"})


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def plugin_stem(filename: str) -> str:
    """'libqxcb.so' / 'qwindows.dll' / 'libqcocoa.dylib' -> 'qxcb' / 'qwindows' / 'qcocoa'."""
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def drop_reason(dest: str) -> str | None:
    """Why the bundle leaves out the file collected as `dest`, or None to keep it."""
    parts = _parts(dest)
    name = parts[-1] if parts else ""
    if name.lower() in DROPPED_LIBRARIES:
        return "unused library"
    if (len(parts) >= 3 and parts[0] == "pycountry" and parts[1] in ("databases", "locales")
            and name not in KEPT_PYCOUNTRY_FILES):
        return "pycountry data the desk never reads"
    if len(parts) < 3 or parts[0] != "PySide6":
        return None
    if "plugins" in parts[:-2]:
        kind = parts[parts.index("plugins") + 1]
        if kind in DROPPED_PLUGIN_TYPES:
            return f"unused Qt plugin type {kind}"
        kept = KEPT_PLUGINS.get(kind)
        if kept is not None and plugin_stem(name) not in kept:
            return f"unused Qt {kind} plugin"
        return None
    if parts[-2] == "translations" and name.endswith(".qm"):
        language = name[:-3].split("_", 1)[-1]  # qtbase_pt_BR.qm -> pt_BR
        if language.split("_")[0] not in KEPT_QT_TRANSLATIONS:
            return "Qt translation never loaded"
    return None


def _default_imports(src: str) -> set[str]:
    from PyInstaller.depend.bindepend import get_imports

    return {PurePosixPath((path or name).replace("\\", "/")).name.lower()
            for name, path in get_imports(src)}


def orphans(binaries: list[tuple], dropped: Iterable[tuple],
            imports: Callable[[str], set[str]] = _default_imports) -> set[str]:
    """Basenames (lower case) of the kept libraries that only dropped files link to.

    `binaries` are the kept entries (dest, src, typecode); `imports(src)` gives the
    basenames a binary links to. A library stays while any remaining binary links
    to it, so a library is never dropped from under something that needs it.
    """
    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        by_name.setdefault(_parts(entry[0])[-1].lower(), []).append(entry)

    def links(entry: tuple) -> set[str]:
        return set() if entry[2] == "SYMLINK" else imports(entry[1])

    # candidates: what the dropped files link to, directly or through each other
    candidates: set[str] = set()
    todo = [name for entry in dropped for name in links(entry)]
    while todo:
        name = todo.pop()
        if name in by_name and name not in candidates:
            candidates.add(name)
            todo += [n for entry in by_name[name] for n in links(entry)]
    if not candidates:
        return set()
    needs = [(_parts(entry[0])[-1].lower(), links(entry) & candidates)
             for entry in binaries if entry[2] != "SYMLINK"]
    removed: set[str] = set()
    changed = True
    while changed:
        changed = False
        still_needed = set().union(*(wanted for name, wanted in needs if name not in removed))
        for name in candidates - removed - still_needed:
            removed.add(name)
            changed = True
    return removed


def slim_toc(binaries: list[tuple], datas: list[tuple],
             imports: Callable[[str], set[str]] = _default_imports,
             report: Callable[[str], None] | None = None) -> tuple[list[tuple], list[tuple]]:
    """(binaries, datas) without what the desk never loads (see the module docstring)."""
    dropped: list[tuple[tuple, str]] = []
    kept_binaries, kept_datas = [], []
    for toc, kept in ((binaries, kept_binaries), (datas, kept_datas)):
        for entry in toc:
            reason = drop_reason(entry[0])
            if reason:
                dropped.append((entry, reason))
            else:
                kept.append(entry)
    lonely = orphans(kept_binaries, [e for e, _ in dropped if e[2] != "DATA"], imports)
    if lonely:
        orphaned = [e for e in kept_binaries if _parts(e[0])[-1].lower() in lonely]
        kept_binaries = [e for e in kept_binaries if _parts(e[0])[-1].lower() not in lonely]
        dropped += [(e, "only linked by dropped files") for e in orphaned]
    if report:
        for (dest, src, _), reason in sorted(dropped):
            report(f"{dest}\t{reason}\t{_size(src)}")
    return kept_binaries, kept_datas


def _size(src: str) -> int:
    try:
        return Path(src).stat().st_size
    except OSError:
        return 0
