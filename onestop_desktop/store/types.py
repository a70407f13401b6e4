"""Column types SQLite lacks: aware UTC datetimes and JSON kept as readable text."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetime stored as ISO 8601 text in UTC (sorts and compares as text)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; attach a time zone")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class JsonText(TypeDecorator[object]):
    """JSON kept as UTF-8 text (not ASCII-escaped), so Vietnamese stays readable."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    def process_result_value(self, value, dialect):
        return None if value is None else json.loads(value)
