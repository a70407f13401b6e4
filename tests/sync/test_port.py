"""The engine reaches the desk only through its port; events go on the wire once."""

from __future__ import annotations

import ast
import json
from datetime import UTC, datetime
from pathlib import Path

import onestop_desktop
from onestop_desktop.sync import protocol as p

PACKAGE = Path(onestop_desktop.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    """Absolute names of what a module imports (relative imports resolved)."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = parts[:len(parts) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def test_the_engine_and_the_bridge_never_touch_the_store():
    users = [*sorted(PACKAGE.glob("sync/*.py")), PACKAGE / "ui" / "sync_bridge.py"]
    for path in users:
        store = {name for name in _imported_modules(path)
                 if name.startswith("onestop_desktop.store")}
        assert not store, f"{path.name} imports {store}"
    # The command line's `sync` gets its port from the desk (the application boundary).
    cli = (PACKAGE / "cli" / "sync.py").read_text(encoding="utf-8")
    command = cli[cli.index("def cmd_sync"):cli.index("def register")]
    assert "desk.sync.port()" in command and "sync_repo" not in command


def test_an_event_on_the_wire_is_the_protocol_s_event():
    created = datetime(2026, 11, 30, 2, 15, 0, 123_456, tzinfo=UTC)
    payload = {"code": "000.00.01.H22-261130-1001", "note": "“Ngoặc”, \\ và \"\n\t\u2028",
               "applicant": {"name": "Đặng Thị Ngọc Hường"}, "fees": [100_000, 2.5, None]}
    stored = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    wires = [p.encode_push_event('id-"1"', "dossier.created", None, created, stored),
             p.encode_push_event("id-2", "dossier.status_changed", "d\\1", created, stored)]
    request = p.PushRequest.model_validate_json(p.push_request_body(wires))
    assert request.protocol == p.PROTOCOL_VERSION
    assert [(e.event_id, e.kind, e.dossier_id, e.created_at) for e in request.events] == [
        ('id-"1"', "dossier.created", None, created),
        ("id-2", "dossier.status_changed", "d\\1", created)]
    assert all(e.payload == payload for e in request.events)
    # The stored text is the payload's canonical text: what the centre hashes.
    assert p.canonical_json(request.events[0].payload) == stored
