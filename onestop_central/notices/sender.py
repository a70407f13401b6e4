"""Delivering queued notices: `deliver_due` once (`onestop-central notices send`), or
`NoticeSender`, a thread that does it every few seconds while `onestop-central serve`
runs. A failed attempt is tried again later (outbox.retry_delay), up to
outbox.MAX_ATTEMPTS; every attempt's result is recorded and told to the desks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from ..db import Database
from . import outbox
from .outbox import Delivery, OutgoingNotice
from .providers import Provider

log = logging.getLogger(__name__)
BATCH = 50  # notices claimed at once
INTERVAL_S = 5.0  # between two looks at the outbox while it is empty


def _utc_now() -> datetime:
    return datetime.now(UTC)


def deliver_due(db: Database, providers: Mapping[str, Provider],
                clock: Callable[[], datetime] = _utc_now, batch: int = BATCH,
                stopping: Callable[[], bool] = lambda: False
                ) -> list[tuple[OutgoingNotice, str]]:
    """Send every notice whose time has come (until `stopping()` says to stop between
    two batches); returns each with the state it ended in."""
    done: list[tuple[OutgoingNotice, str]] = []
    while not stopping():
        with db.transaction() as session:
            claimed = outbox.claim_due(session, clock(), batch)
        if not claimed:
            return done
        for notice in claimed:
            delivery = _send(providers.get(notice.channel), notice)
            with db.transaction() as session:
                state = outbox.record(session, notice, delivery, clock())
            done.append((notice, state))
        if len(claimed) < batch:
            return done
    return done


def _send(provider: Provider | None, notice: OutgoingNotice) -> Delivery:
    if provider is None:
        return Delivery(False, error="Chưa cấu hình dịch vụ gửi.", no_provider=True)
    try:
        return provider.send(notice)
    except Exception as exc:  # a provider's own fault must not stop the others' notices
        log.exception("notice %s (%s) could not be sent", notice.id, notice.channel)
        return Delivery(False, error=f"Lỗi khi gửi: {exc}")


class NoticeSender:
    """Delivers queued notices in a background thread until stopped."""

    def __init__(self, db: Database, providers: Mapping[str, Provider],
                 interval: float = INTERVAL_S, clock: Callable[[], datetime] = _utc_now):
        self.db, self.providers, self.interval, self.clock = db, providers, interval, clock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notice-sender", daemon=True)

    def start(self) -> NoticeSender:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                deliver_due(self.db, self.providers, self.clock, stopping=self._stop.is_set)
            except Exception:  # the database away a moment: looked at again next round
                log.exception("delivering notices failed")
            self._stop.wait(self.interval)
