"""The JSON Schema of the national portal's dossier record (schemas/dvcqg_hoso.schema.json)
and what is wrong with a record, said in Vietnamese (naming the dossier and the field)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

SCHEMA_FILE = "dvcqg_hoso.schema.json"


@cache
def schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("schemas", SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


def problems(record: dict[str, Any]) -> list[str]:
    """Every way `record` breaks the schema, one Vietnamese sentence each; [] if none."""
    code = record.get("MaHoSo") if isinstance(record, dict) else None
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    return [f"Hồ sơ {code or '(không có mã)'}: {_say(error)}" for error in errors]


def _where(path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def _say(error: ValidationError) -> str:
    """One schema error as an officer reads it."""
    field = _where(error.absolute_path)
    kind, expected = error.validator, error.validator_value
    if kind == "required":
        missing = [name for name in expected if name not in error.instance]
        where = f" trong {field}" if field else ""
        return f"thiếu trường {', '.join(missing)}{where}."
    if kind == "additionalProperties":
        where = f" trong {field}" if field else ""
        return f"có trường không thuộc hồ sơ của Cổng{where}: {error.message}."
    if kind == "minLength" and expected == 1:
        return f"trường {field} để trống."
    if kind == "maxLength":
        return f"trường {field} quá dài (tối đa {expected} ký tự)."
    if kind == "pattern":
        return f"trường {field} sai định dạng ({error.instance!r})."
    if kind in ("enum", "const"):
        allowed = expected if kind == "enum" else [expected]
        return (f"trường {field} phải là một trong {', '.join(map(str, allowed))} "
                f"(đang là {error.instance!r}).")
    if kind == "type":
        return f"trường {field} sai kiểu (cần {expected}, đang là {error.instance!r})."
    if kind in ("minimum", "maximum", "minItems", "maxItems"):
        return f"trường {field} vượt giới hạn ({kind} {expected})."
    return f"trường {field or '(hồ sơ)'} không hợp lệ ({kind})."
