"""Fees at the counter: collecting (at intake, by the hand-back, later at the counter),
exempting, refunding, the receipt series, the day's handover sheet.

Every change of money is one transaction with its outbox event (the centre must know)
and its audit row; a collection's receipt number is drawn in that same transaction, from
this desk's block of the series (domain/fees.py), so two desks never issue the same
number, online or offline, and a collection that does not commit gives its number back.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain import events
from ..domain.calendar import LOCAL_TZ
from ..domain.config import DeskConfig
from ..domain.dossier import Dossier
from ..domain.errors import InvalidInput
from ..domain.fees import (
    Collect,
    FeeCollection,
    FeeDay,
    FeePlan,
    FeeRefund,
    FeeStatement,
    Method,
    NothingToCollect,
    Occasion,
    ReceiptNumber,
    ReceiptNumberTaken,
    ReceiptSeries,
    check_receipt_series,
    check_refund,
    nothing_owed_message,
    reason_problem,
    receipt_number,
)
from ..domain.permissions import Action
from ..domain.procedure import Fee
from ..domain.status import Status
from ..domain.text import clean_text
from ..store import audit, fee_repo, outbox, settings_repo
from ..store.database import Store
from ..store.models import DossierRow
from .accounts import require
from .dossier_actions import find_row

SERIES_KEY = "fee_receipt_series"  # {"form": …, "series": …}; unset: the defaults


def _desk_config(session: Session) -> DeskConfig:
    config = settings_repo.load_desk_config(session)
    if config is None:
        from .intake import DeskNotConfigured  # intake calls this module: not at the top

        raise DeskNotConfigured()
    return config


def _local_iso(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).isoformat()


# ---- the receipt series -----------------------------------------------------------------
def series_in(session: Session) -> ReceiptSeries:
    value = settings_repo.get_setting(session, SERIES_KEY)
    return ReceiptSeries(**value) if isinstance(value, dict) else ReceiptSeries()


def receipt_series(store: Store) -> ReceiptSeries:
    with store.read() as session:
        return series_in(session)


def set_receipt_series(store: Store, form: object, series: object, *, actor: str,
                       by_admin: bool, now: datetime | None = None) -> ReceiptSeries:
    """The form number and series this desk's receipts are issued under from now on.
    by_admin: `actor` is the signed-in officer (the window), whose role must allow it."""
    chosen = check_receipt_series(form, series)
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        if by_admin:
            require(session, actor, Action.SETTINGS)
        before = series_in(session)
        settings_repo.set_setting(session, SERIES_KEY, chosen.to_dict())
        audit.record(session, actor, "fee.series_set", None,
                     {"before": before.to_dict(), "after": chosen.to_dict()}, now)
    return chosen


def _issue_receipt(session: Session, config: DeskConfig, at: datetime) -> ReceiptNumber:
    """The next number of this desk's block in the series in force on `at`'s local day."""
    chosen = series_in(session)
    series = chosen.series_on(at.astimezone(LOCAL_TZ).date())
    sequence = fee_repo.next_receipt_sequence(session, chosen.form, series, config.desk)
    receipt = ReceiptNumber(chosen.form, series, receipt_number(config.desk, sequence, series))
    # A desk renumbered within a series can meet its own earlier numbers: refuse rather
    # than fail on the UNIQUE constraint.
    if fee_repo.receipt_taken(session, receipt):
        raise ReceiptNumberTaken(
            f"Biên lai {receipt} đã được cấp trên máy này: số quầy đã bị đổi trong ký "
            f"hiệu này. Quản trị viên đặt ký hiệu biên lai mới (`fees series`).")
    return receipt


# ---- a dossier's statement ----------------------------------------------------------------
def statement_of(session: Session, row: DossierRow) -> FeeStatement:
    return FeeStatement(row.id, row.code, Status(row.status),
                        tuple(Fee.from_dict(f) for f in row.fees),
                        fee_repo.plan_of(row.fee_plan),
                        tuple(fee_repo.collections_of(session, row.id)),
                        tuple(fee_repo.refunds_of(session, row.id)))


def statement(store: Store, code: str) -> FeeStatement:
    with store.read() as session:
        return statement_of(session, find_row(session, code))


# ---- collecting ---------------------------------------------------------------------------
def _collect(session: Session, config: DeskConfig, dossier_id: str, code: str,
             lines: list[tuple[int, Fee]], method: Method, occasion: Occasion, *,
             actor: str, now: datetime) -> FeeCollection:
    """One payment of `lines` with its receipt number, its outbox event, its audit row."""
    receipt = _issue_receipt(session, config, now)
    paid = [{"position": i, **fee.to_dict()} for i, fee in lines]
    collection = FeeCollection(str(uuid.uuid4()), receipt, sum(f.amount for _i, f in lines),
                               method, tuple(i for i, _f in lines), occasion, now, actor)
    fee_repo.add_collection(session, dossier_id, collection, config.desk, paid)
    outbox.enqueue(session, events.DOSSIER_FEE_COLLECTED, {
        "id": dossier_id, "code": code, "collection_id": collection.id,
        "receipt": receipt.to_dict(), "amount": collection.amount, "method": str(method),
        "lines": paid, "occasion": str(occasion), "at": _local_iso(now), "actor": actor,
        "desk": config.desk}, dossier_id, now)
    audit.record(session, actor, "fee.collected", dossier_id,
                 {"code": code, "receipt": receipt.to_dict(), "amount": collection.amount,
                  "method": str(method), "occasion": str(occasion)}, now)
    return collection


def record_intake(session: Session, config: DeskConfig, dossier: Dossier, *, actor: str,
                  now: datetime) -> FeeCollection | None:
    """Inside the intake's transaction, after its dossier.created event: the dossier's fee
    plan, and with "now" the collection of every line."""
    plan = dossier.fee_plan
    fee_repo.add_plan(session, dossier.id, plan, now)
    if plan.collect is not Collect.NOW or not dossier.fees:
        return None
    return _collect(session, config, dossier.id, dossier.code, list(enumerate(dossier.fees)),
                    plan.method, Occasion.INTAKE, actor=actor, now=now)


def collect_owed(session: Session, row: DossierRow, method: Method, occasion: Occasion, *,
                 actor: str, now: datetime) -> FeeCollection | None:
    """Collect every line still owed (the hand-back, `fees collect`); None when none is."""
    owed = statement_of(session, row)
    if not owed.outstanding:
        return None
    return _collect(session, _desk_config(session), row.id, row.code,
                    [(i, owed.lines[i]) for i in owed.outstanding], method, occasion,
                    actor=actor, now=now)


def collect(store: Store, code: str, method: Method | str, *, actor: str,
            now: datetime | None = None) -> FeeCollection:
    """Collect what a dossier still owes (its fees were to be paid at the hand-back);
    NothingToCollect when nothing is owed."""
    method = _method(method)
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        row = find_row(session, code)
        collection = collect_owed(session, row, method, Occasion.COUNTER, actor=actor, now=now)
        if collection is None:
            raise NothingToCollect(nothing_owed_message(statement_of(session, row)))
        return collection


def _method(value: Method | str) -> Method:
    try:
        return Method(value)
    except ValueError:
        raise InvalidInput("Hình thức thu phải là “cash” (tiền mặt) hoặc “transfer” "
                           "(chuyển khoản).") from None


def exempt(store: Store, code: str, reason: object, *, actor: str,
           now: datetime | None = None) -> FeeStatement:
    """Exempt the lines a dossier still owes, with the officer's reason (the law's case)."""
    if problem := reason_problem(reason, "Lý do miễn phí, lệ phí"):
        raise InvalidInput(problem)
    reason = clean_text(reason)
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        row = find_row(session, code)
        owed = statement_of(session, row)
        if not owed.outstanding:
            raise NothingToCollect(nothing_owed_message(owed))
        plan = FeePlan(Collect.EXEMPT, owed.plan.method, reason)
        fee_repo.set_plan(session, row.id, plan, now)
        lines = [{"position": i, **owed.lines[i].to_dict()} for i in owed.outstanding]
        outbox.enqueue(session, events.DOSSIER_FEE_EXEMPTED, {
            "id": row.id, "code": row.code, "reason": reason, "lines": lines,
            "amount": owed.outstanding_amount, "at": _local_iso(now), "actor": actor},
            row.id, now)
        audit.record(session, actor, "fee.exempted", row.id,
                     {"code": row.code, "amount": owed.outstanding_amount, "reason": reason},
                     now)
        session.expire(row, ["fee_plan"])
        return statement_of(session, row)


def refund(store: Store, code: str, amount: object, reason: object, *, actor: str,
           number: str | None = None, method: Method | str | None = None,
           now: datetime | None = None) -> FeeRefund:
    """Give back `amount` against one of the dossier's collections (the receipt `number`,
    or the latest that can give it back), by `method` (the collection's by default).
    The collection stays as it was; the refund is a record of its own."""
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        row = find_row(session, code)
        held = statement_of(session, row)
        collection = check_refund(held, amount, reason, number)
        paid_by = collection.method if method is None else _method(method)
        given = FeeRefund(str(uuid.uuid4()), collection.id, collection.receipt, amount,
                          paid_by, clean_text(reason), now, actor)
        fee_repo.add_refund(session, row.id, given)
        outbox.enqueue(session, events.DOSSIER_FEE_REFUNDED, {
            "id": row.id, "code": row.code, "refund_id": given.id,
            "collection_id": collection.id, "receipt": collection.receipt.to_dict(),
            "amount": given.amount, "method": str(paid_by), "reason": given.reason,
            "at": _local_iso(now), "actor": actor}, row.id, now)
        audit.record(session, actor, "fee.refunded", row.id,
                     {"code": row.code, "receipt": collection.receipt.to_dict(),
                      "amount": given.amount, "reason": given.reason}, now)
        return given


# ---- the day's handover -------------------------------------------------------------------
def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=LOCAL_TZ)
    return start, start + timedelta(days=1)


def fee_day(store: Store, day: date, officer: str | None = None) -> FeeDay:
    """The collections and refunds of a local day, by officer and method, with totals."""
    start, end = _day_bounds(day)
    with store.read() as session:
        totals = fee_repo.day_totals(session, start, end, officer)
        entries = fee_repo.day_entries(session, start, end, officer)
    return FeeDay(day, officer, tuple(totals), tuple(entries))


def _render_day(store: Store, day: date, officer: str | None, now: datetime) -> bytes:
    from ..documents.fee_day import render_fee_day  # reportlab: on the first sheet

    sheet = fee_day(store, day, officer)
    with store.read() as session:
        config = _desk_config(session)
        series = series_in(session)
    return render_fee_day(sheet, config, series, printed_at=now)


def write_day_pdf(store: Store, day: date, out_path: Path, *, officer: str | None = None,
                  now: datetime | None = None) -> Path:
    """The handover sheet as a PDF at `out_path` (a preview: nothing is recorded)."""
    from .printing import _write_uncounted

    out_path = Path(out_path)
    _write_uncounted(store, out_path, _render_day(store, day, officer,
                                                 now or datetime.now(UTC)))
    return out_path


def print_day(store: Store, day: date, out_path: Path, *, actor: str,
              officer: str | None = None, now: datetime | None = None) -> Path:
    """The handover sheet printed or kept as a file: written, then its audit row."""
    now = now or datetime.now(UTC)
    path = write_day_pdf(store, day, out_path, officer=officer, now=now)
    with store.transaction() as session:
        audit.record(session, actor, "fee.day_printed", None,
                     {"day": day.isoformat(), "officer": officer, "path": str(path)}, now)
    return path

