"""The smoke run both installs must pass: a fresh data directory, the command
line (version, init, intake, receipt read back), then the window offscreen."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import time
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image

from onestop_desktop.cli import build_parser
from onestop_desktop.domain.calendar import LOCAL_TZ

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
AGENCY = "000.00.01.H22"


def load_bundle_slim():
    """packaging/bundle_slim.py, the spec's filter (packaging/ is not a Python package:
    a packaging/__init__.py would shadow the `packaging` library)."""
    spec = importlib.util.spec_from_file_location("bundle_slim",
                                                  ROOT / "packaging" / "bundle_slim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class SmokeResult:
    code: str = ""
    receipt_checked: bool = False
    seconds: dict[str, float] = field(default_factory=dict)


def clean_env() -> dict[str, str]:
    """Nothing from this checkout may leak into the program under test."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "ONESTOP_DATA_DIR", "ONESTOP_RESOURCES", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", ONESTOP_NO_KEYRING="1")
    return env


def run(command: list[str], cwd: Path, result: SmokeResult, label: str,
        timeout: float = 120) -> subprocess.CompletedProcess:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=clean_env(), check=False, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)
    result.seconds[label] = time.perf_counter() - started
    assert done.returncode == 0, f"{label}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def receipt_registered() -> bool:
    """The source tree's command line has `receipt` (cli/documents.py, wired in)."""
    subcommands = next(a for a in build_parser()._actions if a.dest == "command")
    return "receipt" in subcommands.choices


def decode_barcodes(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium
    import zxingcpp

    found: list[str] = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for page in document:
            image = page.render(scale=200 / 72).to_pil()
            found += [b.text for b in zxingcpp.read_barcodes(image)]
    finally:
        document.close()
    return found


def smoke_run(cli: list[str], gui: list[str], work: Path) -> SmokeResult:
    """cli/gui: the command prefixes of the installed console and window programs."""
    result = SmokeResult()
    desk = work / "desk"
    version = run([*cli, "--version"], work, result, "version").stdout.strip()
    assert version == f"onestop-desktop {VERSION}"

    done = run([*cli, "--data-dir", str(desk), "init", "--agency-code", AGENCY,
                "--agency-name", "Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa",
                "--desk", "2", "--address", "Số 28 Đại lộ Lê Lợi, Thanh Hóa",
                "--place-name", "Thanh Hóa", "--json"], work, result, "init")
    summary = json.loads(done.stdout)
    assert summary["catalogue_loaded"] == 50 and summary["calendar_days"] > 100

    received = datetime.now(LOCAL_TZ) - timedelta(hours=1)  # never in the future
    request = work / "request.json"
    request.write_text(json.dumps({
        "procedure_code": "1.001612", "received_at": received.isoformat(),
        "applicant": {"name": "Đặng Thị Ngọc Hường", "id_number": "038190012345",
                      "phone": "0912 345 678", "address": "Số 5 Lê Lợi, Thanh Hóa"}},
        ensure_ascii=False), encoding="utf-8")
    done = run([*cli, "--data-dir", str(desk), "intake", str(request), "--json"], work, result,
               "intake")
    dossier = json.loads(done.stdout)
    result.code = dossier["code"]
    assert result.code.startswith(f"{AGENCY}-{received:%y%m%d}-2")  # desk 2's block
    assert dossier["applicant"]["name"] == "Đặng Thị Ngọc Hường"

    if receipt_registered():
        pdf = work / "receipt.pdf"
        run([*cli, "--data-dir", str(desk), "receipt", result.code, "-o", str(pdf)], work,
            result, "receipt")
        assert result.code in decode_barcodes(pdf)
        result.receipt_checked = True

    shot = work / "window.png"
    run([*gui, "--data-dir", str(desk), "--screenshot", str(shot)], work, result, "screenshot")
    with Image.open(shot) as image:
        assert image.width >= 800 and image.height >= 500
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is None or len(colours) > 20  # a drawn window, not a blank canvas
    return result
