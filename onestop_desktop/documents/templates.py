"""Versions of the official forms, each with the date its circular came into force.

The versions are data (resources/templates/form_versions.json): each names its circular,
the day it took effect, and every form's number and title under it. A first print uses
the version in force on the day it speaks of; the prints table keeps the version id, so
a reprint of an old dossier uses the same version again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..resources import resource_path

FORMS = ("01", "02", "03", "04", "05", "06", "07")
VERSIONS_FILE = ("templates", "form_versions.json")


@dataclass(frozen=True)
class FormTemplate:
    form: str  # our form number, as in Circular 03/2025 ("01".."07")
    version: str  # stored in prints.template_version
    effective: date  # the circular's effective date
    title: str
    legal_ref: str  # the small "Mẫu số …" caption
    circular: str = ""


def parse_versions(data: object) -> tuple[FormTemplate, ...]:
    """Every form of every version in `data` (the JSON file's content); ValueError
    names what is wrong, so a damaged file fails loudly instead of printing old forms."""
    if not isinstance(data, dict) or not isinstance(data.get("versions"), list) \
            or not data["versions"]:
        raise ValueError("form versions: a non-empty list \"versions\" is required")
    out: list[FormTemplate] = []
    seen: dict[str, date] = {}
    for entry in data["versions"]:
        try:
            version, circular = str(entry["version"]), str(entry["circular"])
            effective = date.fromisoformat(entry["effective"])
            forms = entry["forms"]
            missing = [f for f in FORMS if f not in forms]
            if missing:
                raise ValueError(f"forms {', '.join(missing)} missing")
            for form in FORMS:
                number, title = str(forms[form]["number"]), str(forms[form]["title"])
                out.append(FormTemplate(form, version, effective, title,
                                        f"Mẫu số {number} – {circular}", circular))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"form versions: entry {entry!r:.60}: {exc}") from None
        if version in seen or effective in seen.values():
            raise ValueError(f"form versions: {version} repeats a version or a date")
        seen[version] = effective
    return tuple(out)


@lru_cache(maxsize=4)
def load_versions(path: Path | None = None) -> tuple[FormTemplate, ...]:
    path = path or resource_path(*VERSIONS_FILE)
    return parse_versions(json.loads(Path(path).read_text(encoding="utf-8")))


def template_in_force(form: str, on: date,
                      versions: tuple[FormTemplate, ...] | None = None) -> FormTemplate:
    """The newest version of `form` whose circular is in force on `on` (the oldest
    known when `on` precedes them all)."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}")
    candidates = sorted((t for t in versions or load_versions() if t.form == form),
                        key=lambda t: t.effective)
    chosen = candidates[0]
    for template in candidates:
        if template.effective <= on:
            chosen = template
    return chosen


def template_by_version(form: str, version: str) -> FormTemplate:
    for template in load_versions():
        if template.form == form and template.version == version:
            return template
    raise ValueError(f"no version {version!r} of form {form!r}")
