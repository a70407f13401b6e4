"""Nationalities: ISO 3166-1 alpha-3 codes, as a foreign passport's holder gives them.

The list is pycountry's (Debian's iso-codes, kept to the ISO 3166 Maintenance Agency's
changes): a real, maintained list rather than one copied into the project. Names are the
ISO short names in English, as ICAO 9303 passports print the nationality; iso-codes' own
Vietnamese translations are old transliterations ("Căm Bốt", "Cộng hoà Nam Hàn") that no
form should print, so only Việt Nam is named in Vietnamese.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

VIETNAM = "VNM"
_ALPHA_3 = re.compile(r"[A-Z]{3}")


def normalize_nationality(value: str | None) -> str:
    return (value or "").strip().upper()


def is_country(code: str) -> bool:
    """Whether `code` is an ISO 3166-1 alpha-3 country code (upper case)."""
    return bool(_ALPHA_3.fullmatch(code)) and pycountry.countries.get(alpha_3=code) is not None


def country_name(code: str) -> str:
    """"Việt Nam", or the country's ISO short name ("South Korea"); the code when unknown."""
    if code == VIETNAM:
        return "Việt Nam"
    country = pycountry.countries.get(alpha_3=code) if _ALPHA_3.fullmatch(code) else None
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def nationality_text(code: str) -> str:
    """As printed beside a foreigner's passport number: "South Korea (KOR)"."""
    return f"{country_name(code)} ({code})" if code else ""


@cache
def all_countries() -> tuple[tuple[str, str], ...]:
    """(code, name) of every country: Việt Nam first, then by name."""
    others = sorted(((c.alpha_3, country_name(c.alpha_3)) for c in pycountry.countries
                     if c.alpha_3 != VIETNAM), key=lambda item: item[1].casefold())
    return ((VIETNAM, country_name(VIETNAM)), *others)
