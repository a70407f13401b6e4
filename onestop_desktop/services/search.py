"""Dossier search: what the officer types, answered from the code or the full-text index,
newest first, within this desk's agency (and the list's other filters)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.codes import AGENCY_CODE
from ..domain.listing import DossierSummary
from ..domain.search import SearchQuery, parse_query
from ..domain.text import fold
from ..store import dossier_list, search_index
from ..store.dossier_list import ListQuery

DEFAULT_LIMIT = 50


def search_rows(session: Session, text: str, agency: str, limit: int = DEFAULT_LIMIT,
                within: ListQuery | None = None) -> list[DossierSummary]:
    """Dossiers of `agency` matching `text` (and `within`'s filters), best first: a code or
    its tail exactly; else the index's matches, newest first, names holding the words as
    typed first (at most `limit`)."""
    if not AGENCY_CODE.fullmatch(agency):
        raise ValueError(f"invalid agency identifier {agency!r}")
    q = within or ListQuery(agency)
    query = parse_query(text)
    if query.empty or limit <= 0:
        return []
    exact: list[DossierSummary] = []
    if query.code or query.code_tail:
        exact = dossier_list.by_code(session, q, query.code or f"{agency}-{query.code_tail}")
        if not query.terms:
            return exact
    found = exact + [row for row in _by_words(session, query, q, limit)
                     if row.code not in {e.code for e in exact}]
    return found[:limit]


def _by_words(session: Session, query: SearchQuery, q: ListQuery, limit: int
              ) -> list[DossierSummary]:
    # The filters (another agency's dossiers, a status …) may drop some of the index's
    # matches: ask for more until the page is full or the index has no more.
    ask = limit
    while True:
        seqs = search_index.matching_seqs(session, query, ask)
        rows = dossier_list.by_seqs(session, q, seqs)
        if len(rows) >= limit or len(seqs) < ask:
            return _phrase_first(rows[:limit], query)
        ask *= 4


def _phrase_first(rows: list[DossierSummary], query: SearchQuery) -> list[DossierSummary]:
    """The index matches words anywhere ("nguyen van" also finds Nguyễn Thị Vân): names
    holding the words as typed, one after the other, come first (then newest first)."""
    if len(query.terms) < 2:
        return rows
    phrase = " ".join(query.terms)
    return sorted(rows, key=lambda row: phrase not in fold(row.applicant_name))
