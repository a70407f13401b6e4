"""Run in a child process by the concurrency tests: take dossiers in on one data dir."""

from __future__ import annotations

from pathlib import Path

from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store.database import Store
from tests.conftest import local, sample_request


def take_in(data_dir: str, count: int, start_barrier) -> list[str]:
    store = Store.open(Path(data_dir))
    service = IntakeService(store, clock=lambda: local(2026, 12, 1, 8, 0))
    start_barrier.wait(timeout=60)
    codes = [service.intake(sample_request(), actor="worker").code for _ in range(count)]
    store.close()
    return codes
