"""Vietnamese text: NFC storage form and the accent-insensitive search key."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def clean_text(value: str | None) -> str:
    """NFC, trimmed, inner runs of white space folded to one space."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def fold(value: str | None) -> str:
    """Search key: lower case, diacritics removed, đ -> d, spaces folded.

    Unicode does not decompose "đ" (U+0111), so stripping combining marks
    alone would leave it; it is mapped explicitly.
    """
    text = unicodedata.normalize("NFD", clean_text(value).lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return text.replace("đ", "d")


def fold_terms(query: str) -> list[str]:
    """Split a search query into folded terms (each must match somewhere)."""
    return [term for term in fold(query).split(" ") if term]
