"""Finding a dossier from what an officer types: a name without its marks, part of an
ID number or a phone, a code or the tail of one.

A dossier is indexed as a bag of folded tokens (no marks, đ -> d, lower case). Who it
is for comes first:
- the words of the applicant's name ("dang", "thi", …);
- every ending of its ID number and phone, from 3 digits up ("12345" typed finds
  "038190012345": a prefix of one of its endings; any run of the digits is one);
- the day and the number of its code ("261203", "1001").
Where and what come second: the words of the address and of the procedure's name, each
marked with a leading PLACE_MARK ("zdang" for "Đăng ký"), a letter no Vietnamese word
starts with. A search looks among the first kind, then, if that finds too few, among
both: "dang" lists the Đặng family before every "Đăng ký …" dossier.
A query is folded the same way; each of its words must match the start of some token
(prefix search), so "nguyen van" finds "Nguyễn Văn An" and "dang" finds "Đặng".
A query that is a dossier code or a code's tail ("261203-1001") is answered from the
code itself, not the index. Pure: the store keeps the index (store/search_index.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .codes import DOSSIER_CODE
from .text import fold

MIN_DIGITS = 3  # shorter runs of digits match too much to be worth indexing
_WORD = re.compile(r"[a-z0-9]+")
_CODE_TAIL = re.compile(r"^(\d{6})([-\s./]?)(\d{4})$")
# What the search engine's own syntax could read as an operator is never passed on.
MAX_TERMS = 8


def _endings(digits: str) -> list[str]:
    return [digits[i:] for i in range(len(digits) - MIN_DIGITS + 1)]


PLACE_MARK = "z"  # Vietnamese spelling has no z: a marked token is never a typed word


def dossier_tokens(*, code: str, name: str, id_number: str, phone: str, address: str,
                   procedure_name: str) -> str:
    """The text the search index holds for one dossier (space-separated tokens)."""
    tokens = _WORD.findall(fold(name))
    for number in (id_number, phone):
        digits = "".join(ch for ch in fold(number) if ch.isalnum())
        if len(digits) >= MIN_DIGITS:
            tokens += _endings(digits)
    match = DOSSIER_CODE.fullmatch(code or "")
    if match:
        tokens += [match.group(2), match.group(3)]
    for text in (address, procedure_name):
        tokens += [PLACE_MARK + word for word in _WORD.findall(fold(text))]
    return " ".join(dict.fromkeys(tokens))  # once each: the index counts presence


@dataclass(frozen=True)
class SearchQuery:
    """What was typed, understood: a code (or a code's tail), or words to match."""

    code: str = ""  # a whole dossier code
    code_tail: str = ""  # YYMMDD-NNNN: this agency's code ending so
    terms: tuple[str, ...] = ()  # folded words, each matched as the start of a token

    @property
    def empty(self) -> bool:
        return not (self.code or self.code_tail or self.terms)

    def match_expression(self) -> str:
        """The index's query: every term as a quoted prefix, all required."""
        return " AND ".join(f'"{term}"*' for term in self.terms)


def parse_query(text: str) -> SearchQuery:
    cleaned = (text or "").strip().upper()
    if DOSSIER_CODE.fullmatch(cleaned):
        return SearchQuery(code=cleaned)
    tail = _CODE_TAIL.fullmatch(cleaned)
    if tail and tail.group(2):
        return SearchQuery(code_tail=f"{tail.group(1)}-{tail.group(3)}")
    terms: list[str] = []
    for word in _WORD.findall(fold(text)):
        # Digits typed with spaces or dots ("0912 345 678") are one number.
        if terms and word.isdigit() and terms[-1].isdigit():
            terms[-1] += word
        else:
            terms.append(word)
    # Ten digits with nothing between may be a code's tail typed without its dash, or a
    # phone (0912051234): both are looked for, the code first.
    code_tail = f"{tail.group(1)}-{tail.group(3)}" if tail else ""
    return SearchQuery(code_tail=code_tail, terms=tuple(dict.fromkeys(terms))[:MAX_TERMS])
