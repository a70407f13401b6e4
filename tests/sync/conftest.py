"""Sync fixtures: a live central server (SQLite, or PostgreSQL too when configured)."""

from __future__ import annotations

import pytest

from tests.central.live import BACKENDS, LiveServer, db_url_for


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch):
    """Tokens go to an owner-only file, never to the developer's real keyring."""
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")


@pytest.fixture
def central(tmp_path):
    server = LiveServer(db_url_for("sqlite", tmp_path)).start()
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def central_any(request, tmp_path):
    """The server on each configured database (for the fault tests)."""
    server = LiveServer(db_url_for(request.param, tmp_path)).start()
    yield server
    server.stop()
