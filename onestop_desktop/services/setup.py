"""Setting a desk up: configuration, the bundled catalogue and the calendar."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import holidays
from sqlalchemy.orm import Session

from ..domain import json_input
from ..domain.calendar import LOCAL_TZ, CalendarDay
from ..domain.calendar_data import (
    CENTRAL_SOURCE,
    OfficialCalendar,
    combined_days,
    official_calendar,
)
from ..domain.codes import partition_locked_message
from ..domain.config import DeskConfig, check_desk_identity
from ..domain.errors import ValidationFailed, os_reason
from ..domain.permissions import Action
from ..domain.procedure import Catalogue, catalogue_key_problems, parse_catalogue
from ..domain.text import clean_text
from ..resources import resource_path
from ..store import audit, calendar_repo, catalogue_repo, counters, settings_repo
from ..store.catalogue_repo import CATALOGUE_VERSION_KEY
from ..store.database import Store
from .accounts import require

BUNDLED_CATALOGUE = ("catalogue", "sample_procedures.json")
BUNDLED_CALENDAR = ("calendar", "vn_official_days.json")
SEEDED_YEARS_BACK, SEEDED_YEARS_AHEAD = 2, 10


@dataclass(frozen=True)
class InitResult:
    config: DeskConfig
    catalogue_loaded: int  # 0 when the store already had a catalogue
    calendar_days: int


def read_catalogue_file(path: Path) -> Catalogue:
    """The catalogue of a JSON file; ValidationFailed (in Vietnamese) for a file that
    cannot be read, is not JSON, or is not a catalogue."""
    try:
        with open(path, encoding="utf-8-sig") as handle:  # a byte-order mark is fine
            document = json_input.loads(handle.read())
    except OSError as exc:
        raise _bad_file(f"Không đọc được {path}: {os_reason(exc)}.") from exc
    except UnicodeDecodeError as exc:
        raise _bad_file(f"Tệp {path} không phải văn bản UTF-8 "
                        f"(byte lạ ở vị trí {exc.start}).") from exc
    except json.JSONDecodeError as exc:
        raise _bad_file(f"Tệp {path} không phải JSON hợp lệ "
                        f"(dòng {exc.lineno}, cột {exc.colno}).") from exc
    except json_input.DuplicateKey as exc:
        raise _bad_file(f"Tệp {path}: {exc}.") from exc
    except RecursionError as exc:  # json gives up on very deep nesting this way
        raise _bad_file(f"Tệp {path} lồng nhau quá sâu, không phải danh mục thủ tục.") from exc
    except ValueError as exc:  # e.g. an integer past Python's 4300-digit limit
        raise _bad_file(f"Tệp {path} có giá trị JSON không dùng được.") from exc
    catalogue_key_problems(document).raise_if_any()
    return parse_catalogue(document)


def _bad_file(message: str) -> ValidationFailed:
    return ValidationFailed.single("file", message)


# What the stored calendar was seeded from: reseeded when it changes (a new release
# with a newer official list or package, or a new year to look ahead from).
CALENDAR_SEED_KEY = "calendar_seed"


def _seeded_years(today: date) -> range:
    return range(today.year - SEEDED_YEARS_BACK, today.year + SEEDED_YEARS_AHEAD + 1)


def bundled_official_calendar() -> OfficialCalendar:
    with open(resource_path(*BUNDLED_CALENDAR), encoding="utf-8") as handle:
        return official_calendar(json.load(handle))


def seeded_calendar_days(today: date, existing_central=()) -> list[CalendarDay]:
    return combined_days(_seeded_years(today), bundled_official_calendar(), existing_central)


def _seed_stamp(today: date) -> str:
    official = hashlib.sha256(resource_path(*BUNDLED_CALENDAR).read_bytes()).hexdigest()[:16]
    years = _seeded_years(today)
    return f"{official} holidays-{holidays.__version__} {years[0]}-{years[-1]}"


def seed_calendar(session: Session, today: date) -> int:
    """The calendar of the years around `today`, from the package's estimate, the bundled
    official list and the days the centre overrode (kept)."""
    central = [d for d in calendar_repo.load_days(session) if d.source == CENTRAL_SOURCE]
    official = bundled_official_calendar()
    count = calendar_repo.replace_days(
        session, combined_days(_seeded_years(today), official, central),
        official.complete_years)
    settings_repo.set_setting(session, CALENDAR_SEED_KEY, _seed_stamp(today))
    return count


def refresh_calendar(store: Store, today: date | None = None) -> bool:
    """Reseed a configured desk's calendar seeded from another official list, package
    or span of years (an upgrade, a new year); True when it did."""
    today = today or datetime.now(LOCAL_TZ).date()
    stamp = _seed_stamp(today)
    with store.read() as session:
        if (settings_repo.load_desk_config(session) is None
                or settings_repo.get_setting(session, CALENDAR_SEED_KEY) == stamp):
            return False
    with store.transaction() as session:
        if settings_repo.get_setting(session, CALENDAR_SEED_KEY) == stamp:
            return False  # another process did it meanwhile
        seed_calendar(session, today)
    return True


def initialise(store: Store, *, agency_code: str, agency_name: str, desk: int,
               desk_digits: int | None = None, actor: str = "system",
               today: date | None = None, **details: str | None) -> InitResult:
    """Create or update the desk's configuration; idempotent.

    desk_digits None keeps the stored width (1 for a new store), so running
    init again without it cannot change the code partition by accident.
    The desk number and width cannot change on a day (`today`, default the local
    date) this store has issued codes of the agency on (ValidationFailed on
    "desk"): see _check_partition.
    The bundled catalogue is loaded only when the store has none, so running
    init again never undoes a catalogue that came later from the centre.
    The calendar is reseeded, keeping the days the centre overrode.
    """
    agency_code = clean_text(agency_code).upper()
    today = today or datetime.now(LOCAL_TZ).date()  # the day codes are numbered by
    with store.transaction() as session:
        previous = settings_repo.load_desk_config(session)
        if desk_digits is None:
            desk_digits = previous.desk_digits if previous is not None else 1
        check_desk_identity(agency_code, agency_name, desk, desk_digits, details=details)
        cleaned = {k: clean_text(v) for k, v in details.items() if v is not None}
        config = DeskConfig(agency_code, clean_text(agency_name), desk, desk_digits, **cleaned)
        if previous is not None:
            config = replace(previous, agency_code=config.agency_code,
                             agency_name=config.agency_name, desk=desk, desk_digits=desk_digits,
                             **cleaned)
        _check_partition(session, previous, config, today)
        settings_repo.save_desk_config(session, config)

        loaded = 0
        if catalogue_repo.count_procedures(session) == 0:
            catalogue = read_catalogue_file(resource_path(*BUNDLED_CATALOGUE))
            loaded = catalogue_repo.replace_catalogue(session, catalogue)
            settings_repo.set_setting(session, CATALOGUE_VERSION_KEY, catalogue.version)

        days = seed_calendar(session, today)
        if previous != config:
            audit.record(session, actor, "desk.configured",
                         detail={"agency_code": agency_code, "desk": desk,
                                 "desk_digits": desk_digits,
                                 "previous_desk": previous.desk if previous else None})
    return InitResult(config, loaded, days)


def check_partition_change(store: Store, agency_code: str, desk: int,
                           desk_digits: int | None) -> None:
    """What initialise would refuse about the code partition, checked (and nothing
    recorded) before other writes: for the first-run wizard, which makes an account
    first."""
    with store.transaction() as session:
        previous = settings_repo.load_desk_config(session)
        if previous is None:
            return
        if desk_digits is None:
            desk_digits = previous.desk_digits
        config = replace(previous, agency_code=clean_text(agency_code).upper(), desk=desk,
                         desk_digits=desk_digits)
        _check_partition(session, previous, config, datetime.now(LOCAL_TZ).date(),
                         record=False)


def _check_partition(session, previous: DeskConfig | None, config: DeskConfig, today: date,
                     *, record: bool = True) -> None:
    """A new desk number or width for an agency this store has codes of: only from a
    day it has issued no code on yet.

    The daily counter is kept per desk number: under another number or width on
    the same day this store would restart it inside a block that another desk
    owns, or over codes it issued itself (DOMAIN.md: two desks must never issue
    one code). Codes carry their day, so a new day starts clean; intakes dated
    before the change are then refused (services/intake.py).
    """
    agency = config.agency_code
    last_day = counters.last_code_day(session, agency)
    if last_day is None:
        return
    issued = settings_repo.code_partition(session, agency)
    if issued is None and previous is not None and previous.agency_code == agency:
        # Codes issued before partitions were recorded: under the configuration in force.
        issued = previous.partition
        if record:
            settings_repo.record_code_partition(session, agency, issued)
    if issued is None or issued == config.partition:
        return
    if last_day >= today:
        raise ValidationFailed.single("desk",
                                      partition_locked_message(agency, issued, last_day))
    if record:
        settings_repo.record_code_partition(session, agency, config.partition, since=today)


def load_catalogue(store: Store, path: Path, actor: str = "system", *,
                   by_admin: bool = False) -> int:
    """Replace the catalogue with a JSON file's; a bad file changes nothing.

    by_admin: `actor` is the signed-in officer (the window), who must be an admin
    (PermissionRefused otherwise)."""
    catalogue = read_catalogue_file(path)
    with store.transaction() as session:
        if by_admin:
            require(session, actor, Action.CATALOGUE)
        count = catalogue_repo.replace_catalogue(session, catalogue)
        settings_repo.set_setting(session, CATALOGUE_VERSION_KEY, catalogue.version)
        audit.record(session, actor, "catalogue.loaded",
                     detail={"version": catalogue.version, "procedures": count,
                             "file": str(path)})
    return count


def catalogue_info(store: Store) -> tuple[str, int]:
    """The catalogue's version and how many procedures it has."""
    with store.read() as session:
        version = str(settings_repo.get_setting(session, CATALOGUE_VERSION_KEY, "") or "")
        return version, catalogue_repo.count_procedures(session)


# The configuration a desk runs on before anyone has set it up: a demo agency,
# the bundled sample catalogue, no server. Clearly marked as such on screen.
EMBEDDED_DEFAULT = {"agency_code": "000.00.01.H22",
                    "agency_name": "Trung tâm Phục vụ hành chính công (cấu hình mẫu)",
                    "desk": 1}


def ensure_embedded_default(store: Store) -> DeskConfig:
    with store.read() as session:
        config = settings_repo.load_desk_config(session)
    if config is not None:
        refresh_calendar(store)
        return config
    return initialise(store, actor="system", **EMBEDDED_DEFAULT).config
