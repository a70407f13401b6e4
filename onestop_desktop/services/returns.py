"""Returning a result to the citizen: who collected it, fees, timing, rating; status 10.

The fees still owed (collected "at_return") are collected by the hand-back, in its
transaction: a collection with its receipt number and method (services/fees.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ..domain import events
from ..domain.calendar import LOCAL_TZ
from ..domain.errors import Problems
from ..domain.fees import Method, Occasion, ReceiptNumber
from ..domain.identity import id_problem, normalize_id
from ..domain.money import format_vnd
from ..domain.returns import Rating, Timing, timing_class
from ..domain.status import Status
from ..domain.text import clean_text
from ..store import dossier_repo, return_repo
from ..store.database import Store
from ..store.models import DossierReturnRow
from . import fees as fee_service
from .dossier_actions import apply_status_change, find_row

MAX_COMMENT = 1000


@dataclass(frozen=True)
class ReturnRequest:
    code: str
    authorised: bool = False  # False: the applicant collects in person
    recipient_name: str = ""  # required when authorised; defaults to the applicant
    recipient_id_number: str = ""
    # The fees still owed are collected; a figure given (đồng) must be what is owed.
    fees_collected: int | None = None
    fee_method: Method = Method.CASH
    rating: Rating | None = None
    comment: str = ""


@dataclass(frozen=True)
class ReturnRecord:
    code: str
    returned_at: datetime
    recipient_name: str
    recipient_id_number: str
    authorised: bool
    fees_collected: int
    timing: Timing
    rating: Rating | None
    comment: str
    done_at: datetime | None = None  # when processing ended (status 9), what timing judges
    fee_receipt: ReceiptNumber | None = None  # the receipt of the fees collected now
    fee_method: Method | None = None


def return_result(store: Store, request: ReturnRequest, *, actor: str,
                  now: datetime | None = None) -> ReturnRecord:
    """Raises DossierNotFound, TransitionRefused (not done yet / already returned)
    or ValidationFailed; nothing is written then."""
    now = now or datetime.now(UTC)
    p = Problems()
    fees = request.fees_collected
    if fees is not None and (isinstance(fees, bool) or not isinstance(fees, int) or fees < 0):
        p.add("fees_collected", "Số tiền thu phải là số nguyên đồng, không âm.")
        fees = None
    try:
        method = Method(request.fee_method)
    except ValueError:
        p.add("fee_method", "Hình thức thu phải là “cash” (tiền mặt) hoặc “transfer” "
                            "(chuyển khoản).")
        method = Method.CASH
    comment = clean_text(request.comment)
    if len(comment) > MAX_COMMENT:
        p.add("comment", f"Ý kiến quá dài (tối đa {MAX_COMMENT} ký tự).")
    with store.transaction() as session:
        row = find_row(session, request.code)
        name = clean_text(request.recipient_name)
        number = normalize_id(request.recipient_id_number)
        if not request.authorised:
            name, number = name or row.applicant_name, number or row.id_number
        if not name:
            p.add("recipient_name", "Chưa nhập họ tên người nhận kết quả.")
        if request.authorised and (problem := id_problem(number, "citizen")):
            p.add("recipient_id_number", problem)
        # Not done yet: the move refuses it below, whatever the fees.
        done = row.status == Status.DONE
        owed = fee_service.statement_of(session, row).outstanding_amount if done else 0
        if done and fees is not None and fees != owed:
            p.add("fees_collected", f"Phí, lệ phí còn phải thu là {format_vnd(owed)}, "
                                    f"không phải {format_vnd(fees)}.")
        p.raise_if_any()
        # On time or not is the processing's, judged when it ended (first status 9), not
        # when the citizen comes: a result ready early and collected late was early. The
        # appointment then is the dossier's now: it changes only before status 9 (papers
        # arriving, form 04). A dossier with no status 9 on record is judged now.
        done_at = dossier_repo.entered_status(session, row.id, Status.DONE) or now
        timing = timing_class(row.due_at, done_at)
        rating = Rating(request.rating) if request.rating is not None else None
        # Before the move: what is owed is read while the dossier still waits for it.
        collection = None
        if done:
            collection = fee_service.collect_owed(session, row, method, Occasion.RETURN,
                                                  actor=actor, now=now)
        fees = collection.amount if collection is not None else 0
        extra = {"returned_at": now.astimezone(LOCAL_TZ).isoformat(),
                 "recipient_name": name, "recipient_id_number": number,
                 "authorised": request.authorised, "fees_collected": fees,
                 "fee_receipt": collection.receipt.to_dict() if collection else None,
                 "timing": timing.value, "done_at": done_at.astimezone(LOCAL_TZ).isoformat(),
                 "rating": int(rating) if rating else None,
                 "rating_comment": comment}
        apply_status_change(session, row, Status.RETURNED, actor=actor, now=now,
                            kind=events.DOSSIER_RETURNED, extra=extra)
        row.returned_at = now
        return_repo.add_return(session, DossierReturnRow(
            dossier_id=row.id, returned_at=now, recipient_name=name,
            recipient_id_number=number, authorised=request.authorised,
            fees_collected=fees, timing=timing.value,
            rating=int(rating) if rating else None, rating_comment=comment, actor=actor))
        code = row.code
    return ReturnRecord(code, now, name, number, request.authorised, fees, timing, rating,
                        comment, done_at, collection.receipt if collection else None,
                        collection.method if collection else None)
