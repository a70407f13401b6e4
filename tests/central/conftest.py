"""Central-server fixtures: the server on SQLite always, on PostgreSQL when configured."""

from __future__ import annotations

import pytest

from tests.central.live import BACKENDS, LiveServer, db_url_for


@pytest.fixture(params=BACKENDS)
def central_db_url(request, tmp_path) -> str:
    return db_url_for(request.param, tmp_path)


@pytest.fixture
def live_server(central_db_url):
    server = LiveServer(central_db_url).start()
    yield server
    server.stop()
