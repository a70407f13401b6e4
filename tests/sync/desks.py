"""Desks for sync tests: real stores in temporary directories, filled through intake."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.setup import initialise
from onestop_desktop.services.sync_port import StoreSyncPort
from onestop_desktop.store.database import Store
from onestop_desktop.store.models import DossierRow, OutboxEvent
from onestop_desktop.sync.client import SyncClient
from onestop_desktop.sync.engine import SyncEngine
from tests.conftest import AGENCY, AGENCY_NAME, sample_request

DAY = date(2026, 11, 30)


def make_desk(data_dir: Path, desk: int, agency: str = AGENCY) -> Store:
    store = Store.open(data_dir)
    initialise(store, agency_code=agency, agency_name=AGENCY_NAME, desk=desk,
               today=date(2026, 11, 28))
    return store


def intake_many(store: Store, count: int, day: date = DAY) -> list[str]:
    """`count` dossiers received on `day` from 08:00, one a minute (the desk is offline)."""
    start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=LOCAL_TZ)
    service = IntakeService(store, clock=lambda: start + timedelta(hours=12))
    codes = []
    for i in range(count):
        received = (start + timedelta(minutes=i)).isoformat()
        codes.append(service.intake(sample_request(received_at=received), "canbo1").code)
    return codes


def engine(store: Store, url: str, token: str, timeout: float = 5.0, **options) -> SyncEngine:
    return SyncEngine(StoreSyncPort(store), SyncClient(url, token, timeout=timeout),
                      store.path.parent, **options)


def outbox_states(store: Store) -> dict[str, int]:
    with store.read() as session:
        return dict(session.execute(select(OutboxEvent.state, func.count())
                                    .group_by(OutboxEvent.state)).all())


def desk_codes(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(DossierRow.code)))


def integrity_ok(store: Store) -> bool:
    with store.read() as session:
        return session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def server_codes(server) -> list[str]:
    from onestop_central.models import Dossier

    with server.db.read() as session:
        return list(session.scalars(select(Dossier.code)))
