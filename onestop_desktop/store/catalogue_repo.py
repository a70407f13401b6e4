"""The procedure catalogue in the store."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..domain.calendar import TimeUnit
from ..domain.procedure import Catalogue, DocumentSpec, Fee, Procedure, TimeLimit
from ..domain.text import fold, fold_terms
from .models import ProcedureRow

CATALOGUE_VERSION_KEY = "catalogue_version"


def _to_row(procedure: Procedure, version: str) -> ProcedureRow:
    return ProcedureRow(
        code=procedure.code, name=procedure.name,
        search_key=fold(f"{procedure.code} {procedure.name} {procedure.field}"),
        field_name=procedure.field, field_code=procedure.field_code, agency=procedure.agency,
        level=procedure.level,
        limit_value=procedure.time_limit.value, limit_unit=procedure.time_limit.unit.value,
        fees=[f.to_dict() for f in procedure.fees],
        documents=[{"name": d.name, "original": d.original, "certified": d.certified,
                    "photo": d.photo} for d in procedure.documents],
        result=procedure.result, legal_basis=procedure.legal_basis, catalogue_version=version,
        source=procedure.source)


def to_procedure(row: ProcedureRow) -> Procedure:
    value = int(row.limit_value) if row.limit_value == int(row.limit_value) else row.limit_value
    return Procedure(
        code=row.code, name=row.name, field=row.field_name, agency=row.agency,
        time_limit=TimeLimit(value, TimeUnit(row.limit_unit)),
        fees=tuple(Fee.from_dict(f) for f in row.fees),
        documents=tuple(DocumentSpec(**d) for d in row.documents),
        result=row.result, level=row.level, legal_basis=row.legal_basis, source=row.source,
        field_code=row.field_code or "")


def replace_catalogue(session: Session, catalogue: Catalogue) -> int:
    """Swap the whole catalogue in one transaction; dossiers keep their own copy."""
    session.execute(delete(ProcedureRow))
    session.add_all(_to_row(p, catalogue.version) for p in catalogue.procedures)
    return len(catalogue.procedures)


def get_procedure(session: Session, code: str) -> Procedure | None:
    row = session.execute(select(ProcedureRow).where(ProcedureRow.code == code)).scalar()
    return None if row is None else to_procedure(row)


def search_procedures(session: Session, query: str = "", limit: int | None = None
                      ) -> list[Procedure]:
    """Accent-insensitive: every folded term must appear in code, name or field."""
    stmt = select(ProcedureRow).order_by(ProcedureRow.field_name, ProcedureRow.name)
    for term in fold_terms(query):
        stmt = stmt.where(ProcedureRow.search_key.contains(term, autoescape=True))
    if limit:
        stmt = stmt.limit(limit)
    return [to_procedure(row) for row in session.scalars(stmt)]


def count_procedures(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ProcedureRow)) or 0
