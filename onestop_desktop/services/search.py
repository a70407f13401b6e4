"""Dossier search: what the officer types, answered from the code or the full-text index,
newest first, within this desk's agency."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.codes import AGENCY_CODE
from ..domain.search import SearchQuery, parse_query
from ..domain.text import fold
from ..store import search_index
from ..store.models import DossierRow

DEFAULT_LIMIT = 50


def _agency_codes(agency: str):
    """Codes of this agency sort between "<agency>-" and "<agency>." ('.' follows '-')."""
    return DossierRow.code >= f"{agency}-", DossierRow.code < f"{agency}."


def search_rows(session: Session, text: str, agency: str, limit: int = DEFAULT_LIMIT
                ) -> list[DossierRow]:
    """Dossiers of `agency` matching `text`, newest first (at most `limit`)."""
    if not AGENCY_CODE.fullmatch(agency):
        raise ValueError(f"invalid agency identifier {agency!r}")
    query = parse_query(text)
    if query.empty or limit <= 0:
        return []
    if query.code or query.code_tail:
        code = query.code or f"{agency}-{query.code_tail}"
        stmt = select(DossierRow).where(DossierRow.code == code, *_agency_codes(agency))
        return list(session.scalars(stmt))
    return _by_words(session, query, agency, limit)


def _by_words(session: Session, query: SearchQuery, agency: str, limit: int
              ) -> list[DossierRow]:
    # Another agency's dossiers are rare in a desk's store (a desk moved agencies): ask
    # the index for a few more than needed, and again for more if they crowd the page.
    ask = limit
    while True:
        seqs = search_index.matching_seqs(session, query, ask)
        if not seqs:
            return []
        rank = {seq: position for position, seq in enumerate(seqs)}  # the index's order
        rows = sorted(session.scalars(select(DossierRow)
                                      .where(DossierRow.search_seq.in_(seqs),
                                             *_agency_codes(agency))),
                      key=lambda row: rank[row.search_seq])
        if len(rows) >= limit or len(seqs) < ask:
            return _phrase_first(rows[:limit], query)
        ask *= 4


def _phrase_first(rows: list[DossierRow], query: SearchQuery) -> list[DossierRow]:
    """The index matches words anywhere ("nguyen van" also finds Nguyễn Thị Vân): names
    holding the words as typed, one after the other, come first (then newest first)."""
    if len(query.terms) < 2:
        return rows
    phrase = " ".join(query.terms)
    return sorted(rows, key=lambda row: phrase not in fold(row.applicant_name))
