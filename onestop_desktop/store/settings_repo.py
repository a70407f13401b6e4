"""Desk settings (key -> JSON value) and the desk configuration built from them."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.codes import DeskPartition
from ..domain.config import DeskConfig
from .fast import first_row
from .models import Setting

DESK_CONFIG_KEY = "desk_config"
# {agency code: {"desk": n, "desk_digits": w, "since": "YYYY-MM-DD" | None}}: the
# block of the daily sequence this store issues that agency's codes under, from
# which day (see domain/codes.py and services/setup.py).
CODE_PARTITIONS_KEY = "code_partitions"


def get_setting(session: Session, key: str, default: object = None) -> object:
    row = first_row(session, "SELECT value FROM settings WHERE key = ?", key)
    return default if row is None or row[0] is None else json.loads(row[0])


def set_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def load_desk_config(session: Session) -> DeskConfig | None:
    values = get_setting(session, DESK_CONFIG_KEY)
    return DeskConfig.from_settings(values) if values else None


def save_desk_config(session: Session, config: DeskConfig) -> None:
    set_setting(session, DESK_CONFIG_KEY, config.to_settings())


def code_partition(session: Session, agency: str) -> DeskPartition | None:
    """The partition this store issues `agency`'s codes under, or None if none recorded."""
    entry = _partition_entry(session, agency)
    return None if entry is None else DeskPartition(int(entry["desk"]), int(entry["desk_digits"]))


def code_partition_since(session: Session, agency: str) -> date | None:
    """The first day of the recorded partition (None: every day so far)."""
    entry = _partition_entry(session, agency)
    since = entry.get("since") if entry is not None else None
    return date.fromisoformat(since) if since else None


def _partition_entry(session: Session, agency: str) -> dict | None:
    values = get_setting(session, CODE_PARTITIONS_KEY) or {}
    entry = values.get(agency) if isinstance(values, dict) else None
    return entry if isinstance(entry, dict) else None


def record_code_partition(session: Session, agency: str, partition: DeskPartition,
                          since: date | None = None) -> None:
    values = get_setting(session, CODE_PARTITIONS_KEY) or {}
    values = dict(values) if isinstance(values, dict) else {}  # a new dict: JSON column
    values[agency] = {"desk": partition.desk, "desk_digits": partition.desk_digits,
                      "since": since.isoformat() if since else None}
    set_setting(session, CODE_PARTITIONS_KEY, values)


def all_settings(session: Session) -> dict[str, object]:
    return {row.key: row.value for row in session.scalars(select(Setting))}
