"""Fast checks of packaging/bundle_slim.py, the filter the spec runs over Analysis' TOCs,
on both PySide6 layouts (the Windows one cannot be built here, so it is checked on paper)."""

from __future__ import annotations

import pytest

from .smoke import load_bundle_slim

slim = load_bundle_slim()

LINUX = "PySide6/Qt/plugins"
WINDOWS = "PySide6\\plugins"


@pytest.mark.parametrize("dest", [
    f"{LINUX}/platforms/libqxcb.so", f"{LINUX}/platforms/libqoffscreen.so",
    f"{WINDOWS}\\platforms\\qwindows.dll", f"{WINDOWS}\\platforms\\qoffscreen.dll",
    f"{LINUX}/imageformats/libqsvg.so", f"{WINDOWS}\\imageformats\\qsvg.dll",
    f"{WINDOWS}\\imageformats\\qico.dll", f"{LINUX}/iconengines/libqsvgicon.so",
    f"{LINUX}/printsupport/libcupsprintersupport.so",
    f"{WINDOWS}\\printsupport\\windowsprintersupport.dll",
    f"{WINDOWS}\\styles\\qmodernwindowsstyle.dll",
    f"{LINUX}/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6\\Qt6Svg.dll", "PySide6/QtUiTools.abi3.so",
    "PySide6/Qt/translations/qtbase_en.qm", "PySide6\\translations\\qt_vi.qm",
    "resources/translations/onestop_en.qm",  # the desk's own: never touched
    "resources/icons/chevron-down.svg", "PIL/_imaging.cp311-win_amd64.pyd",
    "pycountry/databases/iso3166-1.json", "pycountry\\databases\\iso3166-1.json",
    "pycountry/__init__.py",
])
def test_what_the_desk_uses_is_kept(dest):
    assert slim.drop_reason(dest) is None


@pytest.mark.parametrize("dest", [
    f"{LINUX}/platforms/libqwayland.so", f"{LINUX}/platforms/libqeglfs.so",
    f"{LINUX}/platforms/libqvnc.so", f"{WINDOWS}\\platforms\\qdirect2d.dll",
    f"{LINUX}/imageformats/libqjpeg.so", f"{WINDOWS}\\imageformats\\qtiff.dll",
    f"{WINDOWS}\\imageformats\\qpdf.dll", f"{LINUX}/tls/libqopensslbackend.so",
    f"{WINDOWS}\\tls\\qschannelbackend.dll", f"{LINUX}/platformthemes/libqgtk3.so",
    f"{LINUX}/wayland-shell-integration/libxdg-shell.so",
    f"{WINDOWS}\\generic\\qtuiotouchplugin.dll",
    f"{WINDOWS}\\networkinformation\\qnetworklistmanager.dll",
    "PySide6/Qt/translations/qtbase_de.qm", "PySide6\\translations\\qt_pt_BR.qm",
    "PySide6\\opengl32sw.dll",
    "pycountry/databases/iso639-3.json", "pycountry\\databases\\iso3166-2.json",
    "pycountry/locales/vi/LC_MESSAGES/iso3166-1.mo",
])
def test_what_the_desk_never_loads_is_dropped(dest):
    assert slim.drop_reason(dest)


def test_libraries_only_dropped_plugins_link_to_go_too():
    links = {
        "wayland.so": {"libqt6waylandclient.so.6", "libqt6gui.so.6"},
        "libqt6waylandclient.so.6": {"libwayland-client.so.0", "libqt6gui.so.6"},
        "libwayland-client.so.0": {"libffi.so.8"},
        "xcb.so": {"libqt6gui.so.6", "libxcb.so.1"},
        "_ctypes.so": {"libffi.so.8"},  # libffi is still needed: it stays
        "libqt6gui.so.6": set(),
    }
    binaries = [(f"PySide6/Qt/lib/{name}", name, "BINARY") for name in
                ("libqt6waylandclient.so.6", "libwayland-client.so.0", "libffi.so.8",
                 "libqt6gui.so.6", "xcb.so", "_ctypes.so")]
    binaries.append(("libqt6waylandclient.so.6", "PySide6/Qt/lib/libqt6waylandclient.so.6",
                     "SYMLINK"))
    dropped = [("PySide6/Qt/plugins/platforms/wayland.so", "wayland.so", "BINARY")]
    gone = slim.orphans(binaries, dropped, lambda src: links.get(src, set()))
    assert gone == {"libqt6waylandclient.so.6", "libwayland-client.so.0"}


def test_slim_toc_filters_both_lists_and_reports():
    binaries = [(f"{LINUX}/platforms/libqxcb.so", "a", "BINARY"),
                (f"{LINUX}/platforms/libqwayland.so", "b", "BINARY"),
                ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "c", "BINARY")]
    datas = [("PySide6/Qt/translations/qtbase_fr.qm", "d", "DATA"),
             ("resources/style/desk.qss", "e", "DATA")]
    links = {"b": {"libqt6waylandclient.so.6"}}
    lines: list[str] = []
    kept_binaries, kept_datas = slim.slim_toc(binaries, datas, lambda src: links.get(src, set()),
                                              report=lines.append)
    assert [d for d, *_ in kept_binaries] == [f"{LINUX}/platforms/libqxcb.so"]
    assert [d for d, *_ in kept_datas] == ["resources/style/desk.qss"]
    assert len(lines) == 3 and all(line.count("\t") == 2 for line in lines)
