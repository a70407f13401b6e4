"""Desk settings (key -> JSON value) and the desk configuration built from them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.config import DeskConfig
from .models import Setting

DESK_CONFIG_KEY = "desk_config"


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


def all_settings(session: Session) -> dict[str, object]:
    return {row.key: row.value for row in session.scalars(select(Setting))}
