"""How the desk verifies the central server's certificate: always.

The server is trusted through the system's certificate authorities, or, when the
province runs its own, through its CA bundle (a PEM file chosen in Cài đặt or with
`config set ca_bundle`). There is no way to turn verification off: a certificate the
desk cannot verify is a failed connection, said plainly, never a silent "verify off".
"""

from __future__ import annotations

import ssl
from pathlib import Path

from ..domain.errors import InvalidInput, os_reason


class CaBundleUnusable(InvalidInput):
    def __init__(self, path: str, reason: str):
        self.path = path  # the message names the file only: the field shows the path
        super().__init__(f"Không dùng được tệp chứng chỉ CA “{Path(path).name}”: {reason}.")


def context_for(ca_bundle: str) -> ssl.SSLContext:
    """The TLS context for the server: the system's authorities, or only those of
    `ca_bundle` when one is set. CaBundleUnusable when the file cannot be read or holds
    no certificate."""
    if not ca_bundle:
        return ssl.create_default_context()
    path = Path(ca_bundle)
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise CaBundleUnusable(ca_bundle, os_reason(exc)) from exc
    if b"-----BEGIN CERTIFICATE-----" not in text:
        raise CaBundleUnusable(ca_bundle, "tệp không chứa chứng chỉ PEM nào")
    try:
        return ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, ValueError) as exc:
        raise CaBundleUnusable(ca_bundle, "chứng chỉ trong tệp bị hỏng") from exc


def check_ca_bundle(ca_bundle: str) -> str:
    """The bundle's absolute path ("" for none) once it has been read as a CA bundle."""
    ca_bundle = ca_bundle.strip()
    if not ca_bundle:
        return ""
    absolute = str(Path(ca_bundle).expanduser().absolute())
    context_for(absolute)
    return absolute
