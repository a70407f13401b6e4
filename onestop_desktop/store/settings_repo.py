"""Desk settings (key -> JSON value) and the desk configuration built from them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.codes import DeskPartition
from ..domain.config import DeskConfig
from .models import Setting

DESK_CONFIG_KEY = "desk_config"
# {agency code: {"desk": n, "desk_digits": w}}: the block of the daily sequence
# under which this store issued that agency's codes (see domain/codes.py).
CODE_PARTITIONS_KEY = "code_partitions"


def get_setting(session: Session, key: str, default: object = None) -> object:
    row = session.get(Setting, key)
    return default if row is None else row.value


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
    """The partition this store issued `agency`'s codes under, or None if none recorded."""
    values = get_setting(session, CODE_PARTITIONS_KEY) or {}
    entry = values.get(agency) if isinstance(values, dict) else None
    if not isinstance(entry, dict):
        return None
    return DeskPartition(int(entry["desk"]), int(entry["desk_digits"]))


def record_code_partition(session: Session, agency: str, partition: DeskPartition) -> None:
    values = get_setting(session, CODE_PARTITIONS_KEY) or {}
    values = dict(values) if isinstance(values, dict) else {}  # a new dict: JSON column
    values[agency] = {"desk": partition.desk, "desk_digits": partition.desk_digits}
    set_setting(session, CODE_PARTITIONS_KEY, values)


def all_settings(session: Session) -> dict[str, object]:
    return {row.key: row.value for row in session.scalars(select(Setting))}
