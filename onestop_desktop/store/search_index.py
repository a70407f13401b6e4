"""The dossiers' full-text index (SQLite FTS5): folded tokens, searched newest first.

The index holds no text of its own (contentless): each dossier's tokens are computed
from its row (domain/search.py) when it is added, and again to take it out. Its rowid
is the dossier's `search_seq`, a number given in insertion order that VACUUM never
renumbers, so "newest first" is the index's own order and a LIMIT stops early.
Prefix indexes of 2-4 characters keep a half-typed word cheap; a longer word is looked
up whole first (a Vietnamese syllable of five letters or more is rarely the start of
another), and as a prefix only when that finds too little. Applicants before places
and procedures: see domain/search.py.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from ..domain.search import PLACE_MARK, SearchQuery, dossier_tokens
from .fast import first_row
from .models import DossierRow

TABLE = "dossier_search"
CREATE = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
          "tokens, content='', detail=none, prefix='2 3 4', tokenize='ascii')")
_WHOLE_WORD_FIRST = 5  # letters from which the last word is first looked up whole


def tokens_of(row: DossierRow) -> str:
    return dossier_tokens(code=row.code, name=row.applicant_name, id_number=row.id_number,
                          phone=row.phone, address=row.address,
                          procedure_name=row.procedure_name)


def next_seq(session: Session) -> int:
    row = first_row(session, "SELECT max(search_seq) FROM dossiers")
    return (row[0] or 0) + 1 if row else 1


def add_tokens(session: Session, seq: int, tokens: str) -> None:
    """Index a dossier under its search_seq, in the caller's transaction."""
    first_row(session, f"INSERT INTO {TABLE}(rowid, tokens) VALUES (?, ?)", seq, tokens)


def remove(session: Session, row: DossierRow) -> None:
    """Take a dossier out (before its searchable fields change): a contentless index is
    told the tokens it was given."""
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rowid, tokens) "
                         f"VALUES ('delete', :seq, :tokens)"),
                    {"seq": row.search_seq, "tokens": tokens_of(row)})


def rebuild(connection: Connection, progress: Callable[[int], None] | None = None,
            batch: int = 20_000) -> int:
    """Index every dossier anew (repair, or after the token rules changed); numbers
    the dossiers that have no search_seq yet. Returns how many were indexed."""
    connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
    connection.execute(text(CREATE))
    # Dossiers never numbered (a store from before the index): in the order received.
    start = connection.scalar(select(func.max(DossierRow.search_seq))) or 0
    connection.execute(text(
        "WITH numbered AS (SELECT id, :start + ROW_NUMBER() OVER "
        "(ORDER BY received_at, code) AS seq FROM dossiers WHERE search_seq IS NULL) "
        "UPDATE dossiers SET search_seq = numbered.seq FROM numbered "
        "WHERE dossiers.id = numbered.id"), {"start": start})
    done, last = 0, 0
    columns = (DossierRow.search_seq, DossierRow.code, DossierRow.applicant_name,
               DossierRow.id_number, DossierRow.phone, DossierRow.address,
               DossierRow.procedure_name)
    while True:
        rows = connection.execute(select(*columns).where(DossierRow.search_seq > last)
                                  .order_by(DossierRow.search_seq).limit(batch)).all()
        if not rows:
            return done
        connection.execute(
            text(f"INSERT INTO {TABLE}(rowid, tokens) VALUES (:seq, :tokens)"),
            [{"seq": r.search_seq,
              "tokens": dossier_tokens(code=r.code, name=r.applicant_name,
                                       id_number=r.id_number, phone=r.phone,
                                       address=r.address, procedure_name=r.procedure_name)}
             for r in rows])
        done, last = done + len(rows), rows[-1].search_seq
        if progress is not None:
            progress(done)


def _term(term: str, prefix: bool, places: bool) -> str:
    star = "*" if prefix else ""
    if not places:
        return f'"{term}"{star}'
    return f'("{term}"{star} OR "{PLACE_MARK}{term}"{star})'


def _expression(terms: list[str], last_as_prefix: bool, places: bool) -> str:
    """Digits are always a prefix (of one of a number's endings: any run of its digits);
    words are whole tokens, but for the last when `last_as_prefix` (still being typed).
    With `places` a word may also be one of the address or the procedure."""
    return " AND ".join(
        _term(term, term.isdigit() or (last_as_prefix and i == len(terms) - 1
                                       and len(term) > 1), places)
        for i, term in enumerate(terms))


def matching_seqs(session: Session, query: SearchQuery, limit: int) -> list[int]:
    """The search_seq of up to `limit` dossiers matching the query's words: those whose
    applicant (name, ID, phone) or code matches, newest first; then, when they are too
    few, those matching on the address or the procedure too, newest first."""
    terms = list(query.terms)
    if not terms:
        return []
    found = _matching(session, terms, limit, places=False)
    if len(found) < limit:
        seen = set(found)
        found += [s for s in _matching(session, terms, limit, places=True)
                  if s not in seen][:limit - len(found)]
    return found


def _matching(session: Session, terms: list[str], limit: int, places: bool) -> list[int]:
    def run(expression: str) -> list[int]:
        return list(session.scalars(
            text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q "
                 f"ORDER BY rowid DESC LIMIT :n"), {"q": expression, "n": limit}))

    last = terms[-1]
    if last.isalpha() and len(last) >= _WHOLE_WORD_FIRST:
        whole = run(_expression(terms, last_as_prefix=False, places=places))
        if len(whole) >= limit:
            return whole
        more = run(_expression(terms, last_as_prefix=True, places=places))
        return sorted(set(whole) | set(more), reverse=True)[:limit]
    return run(_expression(terms, last_as_prefix=True, places=places))
