"""The desk's scanner, behind one interface: SANE on Linux (python-sane), WIA on Windows.

A scan writes each page as a lossless PNG carrying its resolution (so the paper's PDF has
the paper's size) into a folder the caller owns; the pages then go on a dossier like any
other files (desk.files). Scanner libraries are imported on first use: a desk without a
scanner, or without the library, still opens and says what is missing when asked to scan.
Scans run off the window's thread and one at a time (a SANE device is not for two).
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..domain.errors import OfficerError

log = logging.getLogger(__name__)
DEFAULT_DPI = 300
COLOR, GRAY = "color", "gray"
_LOCK = threading.Lock()


class ScannerUnavailable(OfficerError):
    """No scanner to use: the library, the device or the paper is missing."""


@dataclass(frozen=True)
class ScannerDevice:
    id: str  # what the library opens it by ("test:0", "epson2:libusb:001:004", a WIA id)
    label: str  # for the officer: maker and model


class Scanner(Protocol):
    def devices(self) -> list[ScannerDevice]: ...

    def scan(self, out_dir: Path, *, device: str | None = None, dpi: int = DEFAULT_DPI,
             mode: str = COLOR) -> list[Path]:
        """The pages scanned, as PNG files in `out_dir`, in order; ScannerUnavailable."""
        ...


def default_scanner() -> Scanner:
    return WiaScanner() if sys.platform == "win32" else SaneScanner()


def _page_path(out_dir: Path, n: int) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir / f"trang-{n:03d}.png"


class SaneScanner:
    """Scanners that SANE drives (USB and network ones, and its `test` device)."""

    _initialised = False

    def _sane(self):
        try:
            import sane
        except ImportError as exc:
            raise ScannerUnavailable(
                "Máy này chưa cài thư viện máy quét (python-sane): cài bản có máy quét "
                "của phần mềm, hoặc dùng thư mục quét.") from exc
        if not SaneScanner._initialised:
            sane.init()
            SaneScanner._initialised = True
        return sane

    def devices(self) -> list[ScannerDevice]:
        with _LOCK:
            sane = self._sane()
            return [ScannerDevice(name, f"{vendor} {model}".strip())
                    for name, vendor, model, _kind in sane.get_devices()]

    def scan(self, out_dir: Path, *, device: str | None = None, dpi: int = DEFAULT_DPI,
             mode: str = COLOR) -> list[Path]:
        with _LOCK:
            sane = self._sane()
            if device is None:
                found = sane.get_devices()
                if not found:
                    raise ScannerUnavailable("Không tìm thấy máy quét nào: kiểm tra máy quét "
                                             "đã bật và cắm cáp.")
                device = found[0][0]
            try:
                dev = sane.open(device)
            except Exception as exc:  # _sane.error, or a RuntimeError from the backend
                log.warning("opening scanner %s failed: %s", device, exc)
                raise ScannerUnavailable(f"Không mở được máy quét {device}: {exc}.") from exc
            try:
                self._set(dev, "mode", "Color" if mode == COLOR else "Gray")
                self._set(dev, "resolution", dpi)
                images = self._images(dev)
            except ScannerUnavailable:
                raise
            except Exception as exc:
                log.warning("scanning with %s failed: %s", device, exc)
                raise ScannerUnavailable(f"Máy quét báo lỗi: {exc}. Kiểm tra giấy trong "
                                         f"máy rồi quét lại.") from exc
            finally:
                dev.close()
        if not images:
            raise ScannerUnavailable("Máy quét không trả về trang nào: kiểm tra giấy đã "
                                     "đặt vào máy.")
        paths = []
        for n, image in enumerate(images, 1):
            path = _page_path(out_dir, n)
            image.save(path, "PNG", dpi=(dpi, dpi))
            paths.append(path)
        return paths

    @staticmethod
    def _set(dev, option: str, value) -> None:
        """A device without the option (or the value) scans with its own setting."""
        try:
            setattr(dev, option, value)
        except Exception as exc:  # noqa: BLE001 (AttributeError, or the backend refusing)
            log.info("scanner option %s=%s not set: %s", option, value, exc)

    @staticmethod
    def _images(dev) -> list:
        """One page from a flatbed; every page in the feeder from a document feeder."""
        source = str(getattr(dev, "source", "") or "")
        if "adf" in source.lower() or "feeder" in source.lower():
            pages = []
            try:
                for image in dev.multi_scan():
                    pages.append(image)
            except StopIteration:
                pass
            return pages
        return [dev.scan()]


class WiaScanner:
    """Scanners that Windows drives through WIA 2.0 (Windows Image Acquisition), by its
    automation objects (pywin32). TWAIN-only scanners are reached through the scan inbox."""

    PNG_FORMAT = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"  # WIA's FormatID for PNG
    SCANNER_TYPE = 1
    HORIZONTAL_DPI, VERTICAL_DPI, COLOR_INTENT = "6147", "6148", "6146"

    def _manager(self):
        try:
            import pythoncom
            import win32com.client
        except ImportError as exc:
            raise ScannerUnavailable("Máy này chưa cài thư viện máy quét (pywin32): cài bản "
                                     "có máy quét của phần mềm, hoặc dùng thư mục quét."
                                     ) from exc
        pythoncom.CoInitialize()  # each scan runs on a worker thread of its own
        return win32com.client.Dispatch("WIA.DeviceManager")

    def devices(self) -> list[ScannerDevice]:
        manager = self._manager()
        return [ScannerDevice(info.DeviceID, str(info.Properties("Name").Value))
                for info in manager.DeviceInfos if info.Type == self.SCANNER_TYPE]

    def scan(self, out_dir: Path, *, device: str | None = None, dpi: int = DEFAULT_DPI,
             mode: str = COLOR) -> list[Path]:
        with _LOCK:
            manager = self._manager()
            infos = [info for info in manager.DeviceInfos if info.Type == self.SCANNER_TYPE
                     and (device is None or info.DeviceID == device)]
            if not infos:
                raise ScannerUnavailable("Không tìm thấy máy quét nào: kiểm tra máy quét "
                                         "đã bật và cắm cáp.")
            try:
                item = infos[0].Connect().Items(1)
                for prop, value in ((self.HORIZONTAL_DPI, dpi), (self.VERTICAL_DPI, dpi),
                                    (self.COLOR_INTENT, 1 if mode == COLOR else 2)):
                    try:
                        item.Properties(prop).Value = value
                    except Exception:  # noqa: BLE001 (the device keeps its own setting)
                        log.info("WIA property %s not set", prop)
                image = item.Transfer(self.PNG_FORMAT)
                path = _page_path(out_dir, 1)
                image.SaveFile(str(path))
            except Exception as exc:  # a COM error: paper jam, cover open, busy
                log.warning("WIA scan failed: %s", exc)
                raise ScannerUnavailable(f"Máy quét báo lỗi: {exc}. Kiểm tra giấy trong "
                                         f"máy rồi quét lại.") from exc
        return [path]
