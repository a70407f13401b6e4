"""The desk's own set-up at the boundary: who it is, its catalogue, its server and the CA
its certificate is verified against, the idle lock, first run."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.config import DeskConfig
from ..domain.officer import Officer
from ..domain.permissions import Action
from ..services import demo_data, desk_settings, first_run, setup, sync_settings
from ..services.first_run import FirstRunAnswers
from ..services.setup import InitResult
from ..services.sync_settings import ServerSettings
from ..store import search_index
from .changes import DOSSIERS, Changes, Done

if TYPE_CHECKING:
    from .core import Desk

CATALOGUE = Changes(catalogue=True)
SETTINGS = Changes(settings=True)


class Setup:
    def __init__(self, desk: Desk):
        self._desk = desk

    def initialise(self, actor: Officer, *, agency_code: str, agency_name: str, desk: int,
                   desk_digits: int | None = None, today: date | None = None,
                   **details: str | None) -> Done[InitResult]:
        self._desk.require(actor, Action.DEVICES)
        result = setup.initialise(self._desk.store, agency_code=agency_code,
                                  agency_name=agency_name, desk=desk, desk_digits=desk_digits,
                                  actor=actor.username, today=today, **details)
        return Done(result, SETTINGS | CATALOGUE)

    def ensure_embedded_default(self) -> DeskConfig:
        """A desk nobody has set up runs on the demo configuration (README)."""
        return setup.ensure_embedded_default(self._desk.store)

    def needs_first_run(self) -> bool:
        return first_run.needs_first_run(self._desk.store)

    def apply_first_run(self, answers: FirstRunAnswers) -> Done[DeskConfig]:
        return Done(first_run.apply_first_run(self._desk.store, answers),
                    SETTINGS | CATALOGUE | Changes(accounts=True))

    def catalogue_info(self) -> tuple[str, int]:
        return setup.catalogue_info(self._desk.store)

    def load_catalogue(self, path: Path, actor: Officer) -> Done[int]:
        self._desk.require(actor, Action.CATALOGUE)
        count = setup.load_catalogue(self._desk.store, Path(path), actor.username,
                                     by_admin=not actor.is_system)
        return Done(count, CATALOGUE)

    def make_demo_data(self, actor: Officer, count: int, seed: int = 1, *,
                       progress: demo_data.Progress | None = None
                       ) -> Done[demo_data.DemoDataResult]:
        """Fill the store with `count` made-up dossiers (replacing earlier demo data;
        a store with real dossiers is refused)."""
        self._desk.require(actor, Action.CATALOGUE)
        result = demo_data.make_demo_data(self._desk.store, count, seed,
                                          actor=actor.username, progress=progress)
        return Done(result, DOSSIERS)

    def demo_record(self) -> dict | None:
        """The demo data in the store (count, seed, when), or None."""
        return demo_data.demo_record(self._desk.store)

    def rebuild_search(self, progress=None) -> int:
        """The full-text index made anew from the dossiers (a repair); how many it holds."""
        with self._desk.store.transaction() as session:
            return search_index.rebuild(session.connection(), progress)

    def set_server_url(self, actor: Officer, url: str) -> Done[str]:
        """The address alone (the command line's `config set`); the warning, or ""."""
        self._desk.require(actor, Action.DEVICES)
        return Done(sync_settings.set_server_url(self._desk.store, actor.username, url,
                                                 now=self._desk.clock()), SETTINGS)

    def server(self) -> ServerSettings:
        return sync_settings.server_settings(self._desk.store)

    def save_server(self, actor: Officer, url: str, token: str, *,
                    ca_bundle: str | None = None) -> Done[str]:
        """The warning to show (a plain-http address), or "". `ca_bundle`: the province's
        CA bundle ("" for the system's authorities; None keeps the one set)."""
        self._desk.require(actor, Action.DEVICES)
        warning = sync_settings.save_server(self._desk.store, actor.username, url, token,
                                            ca_bundle=ca_bundle, now=self._desk.clock())
        return Done(warning, SETTINGS | Changes(sync=True))

    def set_ca_bundle(self, actor: Officer, path: str) -> Done[str]:
        """The province's CA bundle (read now: CaBundleUnusable when it cannot be); "" for
        the system's authorities. Returns the path kept."""
        self._desk.require(actor, Action.DEVICES)
        return Done(sync_settings.set_ca_bundle(self._desk.store, actor.username, path,
                                                now=self._desk.clock()), SETTINGS)

    def idle_lock_seconds(self) -> int:
        """Seconds without keyboard or mouse input before the window locks."""
        return desk_settings.idle_lock_seconds(self._desk.store)

    def set_idle_lock(self, actor: Officer, seconds: int) -> Done[int]:
        """The idle lock from now on: for the centre's head and the administrator."""
        self._desk.require(actor, Action.SETTINGS)
        return Done(desk_settings.set_idle_lock(self._desk.store, actor.username, seconds,
                                                by_officer=not actor.is_system,
                                                now=self._desk.clock()), SETTINGS)

    def citizen_notices(self) -> tuple[str, ...]:
        """The centre's notices the citizen's screen shows between two citizens."""
        return desk_settings.citizen_notices(self._desk.store)

    def set_citizen_notices(self, actor: Officer, notices: list[str]) -> Done[tuple[str, ...]]:
        """For the centre's head and the administrator (or the PC's user)."""
        self._desk.require(actor, Action.SETTINGS)
        return Done(desk_settings.set_citizen_notices(self._desk.store, actor.username,
                                                      notices, by_officer=not actor.is_system,
                                                      now=self._desk.clock()), SETTINGS)
