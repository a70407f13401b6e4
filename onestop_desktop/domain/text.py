"""Vietnamese text: NFC storage form and the accent-insensitive search key."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# C0/C1 control characters and lone surrogates (JSON can carry "\ud800", which
# SQLite cannot store). Tab, line feed, vertical tab, form feed and carriage
# return are ordinary white space that clean_text folds to one space.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value: str | None) -> str:
    """NFC, trimmed, inner runs of white space folded to one space."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def text_problem(value: object, label: str) -> str | None:
    """Why `value` cannot be the text field called `label` (for the officer), or None.

    None counts as empty text; anything else that is not a string (a number, a
    list, true/false) is refused rather than turned into text.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        return f"{label} phải là chuỗi ký tự."
    if match := _CONTROL.search(value):
        char = ord(match.group())
        kind = "ký tự không hợp lệ" if 0xD800 <= char <= 0xDFFF else "ký tự điều khiển"
        return f"{label} chứa {kind} (U+{char:04X})."
    return None


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
