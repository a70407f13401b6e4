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


# Why a character that is neither white space nor printable cannot be in typed text
# (Unicode's general category): they hide in it, or change how it is shown — a
# right-to-left override (U+202E) prints a name backwards, zero-width spaces make two
# names that look the same differ.
_HIDDEN = {
    "Cc": "ký tự điều khiển",
    "Cf": "ký tự ẩn hoặc đổi chiều chữ",  # short: said on the field's one error line
    "Co": "ký tự dùng riêng",
    "Cn": "ký tự chưa có trong Unicode",
    "Cs": "ký tự không hợp lệ",
}
# Letters and marks that print as nothing (Hangul fillers, the grapheme joiner,
# variation selectors, the blank Braille cell): not in a name or an address.
_INVISIBLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u2800"
                        "\u3164\ufe00-\ufe0f\uffa0\U000e0100-\U000e01ef]")
# Past this many characters a text is too long whatever cleaning would leave of it:
# refused before any work is spent on it.
_SLACK = 4


def _hidden_problem(text: str, label: str) -> str | None:
    if text.isprintable():  # the common case, in C; white space is folded already
        return None
    for char in text:
        if not char.isprintable():
            category = unicodedata.category(char)
            kind = _HIDDEN.get(category, "ký tự không in được")
            return f"{label} chứa {kind} (U+{ord(char):04X})."
    return None


def text_problem(value: object, label: str, *, max_length: int | None = None,
                 visible: bool = False) -> str | None:
    """Why `value` cannot be the text field called `label` (for the officer), or None.

    None counts as empty text; anything else that is not a string (a number, a
    list, true/false) is refused rather than turned into text. Control, format,
    private-use, unassigned and surrogate characters are refused; `max_length` bounds
    the cleaned text. `visible` (names, addresses): no character that prints as nothing,
    and at least one letter or digit to see.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        return f"{label} phải là chuỗi ký tự."
    too_long = f"{label} quá dài (tối đa {max_length} ký tự)."
    if max_length is not None and len(value) > _SLACK * max_length + 100:
        return too_long
    if match := _CONTROL.search(value):
        char = ord(match.group())
        kind = "ký tự không hợp lệ" if 0xD800 <= char <= 0xDFFF else "ký tự điều khiển"
        return f"{label} chứa {kind} (U+{char:04X})."
    text = clean_text(value)
    if problem := _hidden_problem(text, label):
        return problem
    if max_length is not None and len(text) > max_length:
        return too_long
    if visible and text:
        if match := _INVISIBLE.search(text):
            return f"{label} chứa ký tự không nhìn thấy (U+{ord(match.group()):04X})."
        if not any(c.isalnum() for c in text):
            return f"{label} không có chữ hay số nào nhìn thấy được."
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
