"""Fees in the store: each dossier's plan, its collections and refunds, the desk's receipt
counters, and the day's handover figures (sums and counts in SQL)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..domain.fees import (
    Collect,
    FeeCollection,
    FeeDayEntry,
    FeeDayTotal,
    FeePlan,
    FeeRefund,
    Method,
    Occasion,
    ReceiptNumber,
)
from .fast import first_row, insert_rows
from .models import (
    DossierFeesRow,
    DossierRow,
    FeeCollectionRow,
    FeeRefundRow,
    UserRow,
)


def plan_of(row: DossierFeesRow | None) -> FeePlan:
    """The stored plan; a dossier taken in before plans were kept pays at the hand-back."""
    if row is None:
        return FeePlan()
    return FeePlan(Collect(row.collect), Method(row.method), row.reason)


def add_plan(session: Session, dossier_id: str, plan: FeePlan, now: datetime) -> None:
    """The plan of a dossier being taken in (a plain insert: the intake's hot path)."""
    insert_rows(session, DossierFeesRow.__table__, [dict(
        dossier_id=dossier_id, collect=str(plan.collect), method=str(plan.method),
        reason=plan.reason, updated_at=now)])


def set_plan(session: Session, dossier_id: str, plan: FeePlan, now: datetime) -> None:
    values = dict(collect=str(plan.collect), method=str(plan.method), reason=plan.reason,
                  updated_at=now)
    session.execute(sqlite_insert(DossierFeesRow).values(dossier_id=dossier_id, **values)
                    .on_conflict_do_update(index_elements=["dossier_id"], set_=values))


def next_receipt_sequence(session: Session, form: str, series: str, desk: int) -> int:
    """Advance and return the desk's counter in the form and series. Safe under
    concurrency: every write transaction holds SQLite's write lock from its start."""
    row = first_row(session, "INSERT INTO fee_receipt_counters (form, series, desk, last) "
                             "VALUES (?, ?, ?, 1) ON CONFLICT (form, series, desk) "
                             "DO UPDATE SET last = last + 1 RETURNING last",
                    form, series, desk)
    assert row is not None
    return row[0]


def receipt_taken(session: Session, receipt: ReceiptNumber) -> bool:
    return first_row(session, "SELECT 1 FROM fee_collections WHERE receipt_form = ? AND "
                              "receipt_series = ? AND receipt_number = ?",
                     receipt.form, receipt.series, receipt.number) is not None


def add_collection(session: Session, dossier_id: str, collection: FeeCollection, desk: int,
                   lines: list[dict]) -> None:
    r = collection.receipt
    insert_rows(session, FeeCollectionRow.__table__, [dict(
        id=collection.id, dossier_id=dossier_id, receipt_form=r.form,
        receipt_series=r.series, receipt_number=r.number, desk=desk,
        amount=collection.amount, method=str(collection.method), lines=lines,
        occasion=str(collection.occasion), at=collection.at, actor=collection.actor)])


def add_refund(session: Session, dossier_id: str, refund: FeeRefund) -> None:
    insert_rows(session, FeeRefundRow.__table__, [dict(
        id=refund.id, collection_id=refund.collection_id, dossier_id=dossier_id,
        amount=refund.amount, method=str(refund.method), reason=refund.reason,
        at=refund.at, actor=refund.actor)])


def _receipt(row) -> ReceiptNumber:
    return ReceiptNumber(row.receipt_form, row.receipt_series, row.receipt_number)


def collections_of(session: Session, dossier_id: str) -> list[FeeCollection]:
    """The dossier's collections in the order they were made, each with what was
    refunded against it."""
    refunded = (select(FeeRefundRow.collection_id, func.sum(FeeRefundRow.amount).label("sum"))
                .where(FeeRefundRow.dossier_id == dossier_id)
                .group_by(FeeRefundRow.collection_id).subquery())
    rows = session.execute(
        select(FeeCollectionRow, func.coalesce(refunded.c.sum, 0))
        .outerjoin(refunded, refunded.c.collection_id == FeeCollectionRow.id)
        .where(FeeCollectionRow.dossier_id == dossier_id)
        .order_by(FeeCollectionRow.at, FeeCollectionRow.receipt_number))
    return [FeeCollection(c.id, _receipt(c), c.amount, Method(c.method),
                          tuple(line["position"] for line in c.lines), Occasion(c.occasion),
                          c.at, c.actor, back) for c, back in rows]


def refunds_of(session: Session, dossier_id: str) -> list[FeeRefund]:
    rows = session.execute(
        select(FeeRefundRow, FeeCollectionRow)
        .join(FeeCollectionRow, FeeCollectionRow.id == FeeRefundRow.collection_id)
        .where(FeeRefundRow.dossier_id == dossier_id).order_by(FeeRefundRow.at))
    return [FeeRefund(r.id, r.collection_id, _receipt(c), r.amount, Method(r.method), r.reason,
                      r.at, r.actor) for r, c in rows]


def _names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(usernames))
    if not wanted:
        return {}
    return dict(session.execute(select(UserRow.username, UserRow.full_name)
                                .where(UserRow.username.in_(wanted))).all())


def day_totals(session: Session, start: datetime, end: datetime,
               officer: str | None = None) -> list[FeeDayTotal]:
    """Counts and sums of the collections and refunds made in [start, end), by officer
    and method: two aggregates, read along the `at` indexes."""
    figures: dict[tuple[str, str], list[int]] = {}
    for table, slot in ((FeeCollectionRow, 0), (FeeRefundRow, 2)):
        stmt = (select(table.actor, table.method, func.count(), func.sum(table.amount))
                .where(table.at >= start, table.at < end)
                .group_by(table.actor, table.method))
        if officer is not None:
            stmt = stmt.where(table.actor == officer)
        for actor, method, count, total in session.execute(stmt):
            entry = figures.setdefault((actor, method), [0, 0, 0, 0])
            entry[slot], entry[slot + 1] = count, total or 0
    names = _names(session, (actor for actor, _method in figures))
    order = {str(m): i for i, m in enumerate(Method)}
    return [FeeDayTotal(actor, names.get(actor, ""), Method(method), *figures[actor, method])
            for actor, method in sorted(figures, key=lambda k: (k[0], order[k[1]]))]


def day_entries(session: Session, start: datetime, end: datetime,
                officer: str | None = None) -> list[FeeDayEntry]:
    """The collections and refunds made in [start, end), in time order."""
    collections = (select(FeeCollectionRow, DossierRow.code)
                   .join(DossierRow, DossierRow.id == FeeCollectionRow.dossier_id)
                   .where(FeeCollectionRow.at >= start, FeeCollectionRow.at < end))
    refunds = (select(FeeRefundRow, FeeCollectionRow, DossierRow.code)
               .join(FeeCollectionRow, FeeCollectionRow.id == FeeRefundRow.collection_id)
               .join(DossierRow, DossierRow.id == FeeRefundRow.dossier_id)
               .where(FeeRefundRow.at >= start, FeeRefundRow.at < end))
    if officer is not None:
        collections = collections.where(FeeCollectionRow.actor == officer)
        refunds = refunds.where(FeeRefundRow.actor == officer)
    taken = list(session.execute(collections))
    given = list(session.execute(refunds))
    names = _names(session, [c.actor for c, _code in taken] + [r.actor for r, _c, _code in given])
    entries = [FeeDayEntry(c.at, c.actor, names.get(c.actor, ""), code, _receipt(c),
                           Method(c.method), c.amount, False,
                           "; ".join(line["name"] for line in c.lines))
               for c, code in taken]
    entries += [FeeDayEntry(r.at, r.actor, names.get(r.actor, ""), code, _receipt(c),
                            Method(r.method), r.amount, True, r.reason)
                for r, c, code in given]
    entries.sort(key=lambda e: (e.at, e.refund, e.receipt.number))
    return entries
