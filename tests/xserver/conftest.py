"""A real X server (Xvfb) and real key events (xdotool) for the desk's main counter flows.

CI installs both (.ci/run); a machine without them skips these tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

pytestmark = pytest.mark.slow


@dataclass
class XDisplay:
    name: str  # e.g. ":7"

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",
                                                                 "WAYLAND_DISPLAY")}
        env["DISPLAY"] = self.name
        return env

    def xdotool(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                                text=True, timeout=60, check=False)
        if check and result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    def type(self, text: str, *, delay_ms: int) -> None:
        """Keys as a person (≈110 ms apart) or a wedge scanner (a few ms apart) sends them."""
        self.xdotool("type", "--delay", str(delay_ms), "--", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)

    def window_titled(self, fragment: str, timeout: float = 15.0) -> str:
        """The id of a visible window whose title holds `fragment` (what a person sees)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", fragment, check=False)
            if found:
                return found.split()[0]
            time.sleep(0.05)
        titles = self.xdotool("search", "--onlyvisible", "--name", ".", check=False).split()
        names = [self.xdotool("getwindowname", w, check=False) for w in titles]
        raise AssertionError(f"no window titled …{fragment}… (visible: {names})")


@pytest.fixture
def xdisplay() -> Iterator[XDisplay]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (installed by .ci/run)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    try:
        yield XDisplay(f":{number}")
    finally:
        server.terminate()
        server.wait(10)
