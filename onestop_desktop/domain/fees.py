"""Fees at the counter (phí, lệ phí): how a dossier's fee lines are settled, the receipt
numbers, refunds, and the day's cash handover. Pure rules; the store keeps the records.

A dossier keeps the fee lines of its procedure (domain/procedure.Fee) and a plan chosen
at intake: collected at once ("now"), at the hand-back ("at_return") or exempt (with the
officer's reason). A collection takes every line still owed in one payment, by cash or
transfer, and gets one receipt number ("biên lai thu phí, lệ phí", electronic under
Decree 123/2020: form number, series, number). A refund is a record against a
collection, with its reason; the collection itself is never changed or deleted.

Receipt numbers never collide between desks, online or offline, for the same reason
dossier codes do not (domain/codes.py): the number is partitioned by desk. Its 7 digits
are the desk number on two digits and a 5-digit counter only that desk advances within
the series (desk 3: 0300001, 0300002, …). Two digits whatever the desk's code width, so
an agency moving its codes from one desk digit to two never reuses a number of the
series. The series may name the year ("AA-{yy}E"), so numbering restarts each year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .errors import OfficerError, Problems
from .procedure import Fee
from .status import Status
from .text import clean_text, text_problem


class Collect(StrEnum):
    """When a dossier's fees are collected (the intake JSON's `fees.collect`)."""

    NOW = "now"  # at intake, before form 01 is printed
    AT_RETURN = "at_return"  # by the hand-back
    EXEMPT = "exempt"  # miễn, with a reason

    @property
    def label(self) -> str:
        return {"now": "Thu ngay khi tiếp nhận", "at_return": "Thu khi trả kết quả",
                "exempt": "Miễn phí, lệ phí"}[self.value]


class Method(StrEnum):
    """How the money was paid (the portal's HinhThucThu, at the counter)."""

    CASH = "cash"
    TRANSFER = "transfer"

    @property
    def label(self) -> str:
        return "Tiền mặt" if self is Method.CASH else "Chuyển khoản"


class Occasion(StrEnum):
    """Where in the dossier's life a collection was made."""

    INTAKE = "intake"
    RETURN = "return"
    COUNTER = "counter"  # later at the counter (`fees collect`)

    @property
    def label(self) -> str:
        return {"intake": "Khi tiếp nhận", "return": "Khi trả kết quả",
                "counter": "Tại quầy"}[self.value]


MAX_REASON = 500


@dataclass(frozen=True)
class FeePlan:
    """What the officer chose at intake. Without a choice (an intake JSON with no
    "fees"), the fees are collected at the hand-back: nothing is recorded as paid that
    nobody said was paid."""

    collect: Collect = Collect.AT_RETURN
    method: Method = Method.CASH
    reason: str = ""  # why the dossier is exempt

    def to_dict(self) -> dict:
        return {"collect": str(self.collect), "method": str(self.method),
                "reason": self.reason}


def _choice(p: Problems, raw: dict, key: str, enum, default, names: str):
    value = raw.get(key, default)
    try:
        return enum(value)
    except ValueError:
        p.add(f"fees.{key}", f"“{key}” phải là {names}.")
        return enum(default)


def reason_problem(reason: object, what: str = "Lý do") -> str | None:
    """What is wrong with a typed reason (exemption, refund), or None."""
    if problem := text_problem(reason, what):
        return problem
    text = clean_text(reason)
    if not text:
        return f"Chưa nhập {what.lower()}."
    if len(text) > MAX_REASON:
        return f"{what} quá dài (tối đa {MAX_REASON} ký tự)."
    return None


FEE_PLAN_KEYS = ("collect", "method", "reason")  # the intake JSON's "fees" object


def parse_fee_plan(p: Problems, raw: object, status: Status) -> FeePlan:
    """The intake JSON's `"fees": {"collect": "now" | "at_return" | "exempt",
    "method": "cash" | "transfer", "reason": "…"}`; problems go to `p`.

    Fees are collected at once only from a dossier received complete (status 2): one
    refused (3), sent back to be completed (5) or only registered (1) is not yet owed."""
    if raw is None:
        return FeePlan()
    if not isinstance(raw, dict):
        p.add("fees", "“fees” phải là một đối tượng JSON, ví dụ "
                      "{\"collect\": \"now\", \"method\": \"cash\"}.")
        return FeePlan()
    if "collect" not in raw:
        p.add("fees.collect", "Chưa chọn cách thu phí, lệ phí: “now”, “at_return” hoặc "
                              "“exempt”.")
    collect = _choice(p, raw, "collect", Collect, Collect.AT_RETURN,
                      "“now”, “at_return” hoặc “exempt”")
    method = _choice(p, raw, "method", Method, Method.CASH, "“cash” hoặc “transfer”")
    reason = ""
    if collect is Collect.EXEMPT:
        if problem := reason_problem(raw.get("reason"), "Lý do miễn phí, lệ phí"):
            p.add("fees.reason", problem)
        else:
            reason = clean_text(raw.get("reason"))
    elif raw.get("reason") not in (None, ""):
        p.add("fees.reason", "Lý do chỉ ghi khi miễn phí, lệ phí (“exempt”).")
    if collect is Collect.NOW and status is not Status.RECEIVED:
        p.add("fees.collect", "Chỉ thu phí, lệ phí ngay khi hồ sơ được tiếp nhận đủ "
                              "(trạng thái 2): chọn “at_return” hoặc “exempt”.")
    return FeePlan(collect, method, reason)


# ---- receipt numbers ----------------------------------------------------------------------
# Defaults are sample values: each agency sets its own registered form and series
# (`fees series`), as the tax office issued them. (unverified: the exact form of a
# receipt's form number and series under Circular 78/2021/TT-BTC.)
DEFAULT_RECEIPT_FORM = "01BLP0-001"
DEFAULT_RECEIPT_SERIES = "AA-{yy}E"
RECEIPT_DESK_DIGITS = 2
RECEIPT_SEQUENCE_DIGITS = 5
MAX_RECEIPT_SEQUENCE = 10**RECEIPT_SEQUENCE_DIGITS - 1
YEAR_MARK = "{yy}"
_RECEIPT_FORM = re.compile(r"^[0-9A-Z][0-9A-Z/.\-]{0,19}$")
_RECEIPT_SERIES = re.compile(r"^[0-9A-Z/.\-]{1,20}$")


class ReceiptNumbersExhausted(OfficerError):
    """The desk has issued every number of its block in the series."""


class ReceiptNumberTaken(OfficerError):
    """A new receipt number would repeat one this store holds (the desk was renumbered)."""


@dataclass(frozen=True)
class ReceiptSeries:
    """The receipt form number (mẫu số) and series (ký hiệu) a desk issues under."""

    form: str = DEFAULT_RECEIPT_FORM
    series: str = DEFAULT_RECEIPT_SERIES  # may hold {yy}: the collection's year

    def series_on(self, day: date) -> str:
        return self.series.replace(YEAR_MARK, f"{day.year % 100:02d}")

    def to_dict(self) -> dict:
        return {"form": self.form, "series": self.series}


def check_receipt_series(form: object, series: object) -> ReceiptSeries:
    """A clean ReceiptSeries (upper case); ValidationFailed naming what is wrong."""
    p = Problems()
    form_text = clean_text(form).upper() if isinstance(form, str) else ""
    series_text = clean_text(series) if isinstance(series, str) else ""
    # {yy} stays as typed; the rest is upper case, as printed on the receipt.
    series_text = YEAR_MARK.join(part.upper() for part in series_text.split(YEAR_MARK))
    if not _RECEIPT_FORM.fullmatch(form_text):
        p.add("form", "Mẫu số biên lai gồm chữ in hoa, chữ số, “-”, “/” hoặc “.”, "
                      "tối đa 20 ký tự (ví dụ 01BLP0-001).")
    if not _RECEIPT_SERIES.fullmatch(series_text.replace(YEAR_MARK, "00")):
        p.add("series", "Ký hiệu biên lai gồm chữ in hoa, chữ số, “-”, “/” hoặc “.”, "
                        "tối đa 20 ký tự; {yy} là hai số cuối của năm (ví dụ AA-{yy}E).")
    p.raise_if_any()
    return ReceiptSeries(form_text, series_text)


def receipt_number(desk: int, sequence: int, series: str) -> str:
    """The desk's `sequence`-th number in `series`: desk on two digits, then five."""
    if not 1 <= desk < 10**RECEIPT_DESK_DIGITS:
        raise ValueError(f"desk {desk} has no receipt block")
    if not 1 <= sequence <= MAX_RECEIPT_SEQUENCE:
        raise ReceiptNumbersExhausted(
            f"Quầy {desk} đã dùng hết {MAX_RECEIPT_SEQUENCE:,} số biên lai của ký hiệu "
            f"{series}: quản trị viên đặt ký hiệu mới (`fees series --series …`) rồi thu "
            f"lại.".replace(",", "."))
    return f"{desk:0{RECEIPT_DESK_DIGITS}d}{sequence:0{RECEIPT_SEQUENCE_DIGITS}d}"


@dataclass(frozen=True)
class ReceiptNumber:
    form: str  # mẫu số
    series: str  # ký hiệu
    number: str  # số

    def __str__(self) -> str:
        return f"mẫu số {self.form}, ký hiệu {self.series}, số {self.number}"

    def to_dict(self) -> dict:
        return {"form": self.form, "series": self.series, "number": self.number}


# ---- what a dossier owes, and what was done about it ----------------------------------------
# A refused dossier owes nothing; a returned one was settled by its hand-back (those handed
# back before receipts were numbered have their amount on the return record only).
SETTLED_STATUSES = frozenset({Status.NOT_ACCEPTED, Status.RETURNED})


@dataclass(frozen=True)
class FeeCollection:
    id: str
    receipt: ReceiptNumber
    amount: int  # đồng
    method: Method
    lines: tuple[int, ...]  # positions of the dossier's fee lines it paid
    occasion: Occasion
    at: datetime
    actor: str
    refunded: int = 0  # đồng refunded against it so far

    @property
    def refundable(self) -> int:
        return self.amount - self.refunded


@dataclass(frozen=True)
class FeeRefund:
    id: str
    collection_id: str
    receipt: ReceiptNumber  # of the collection it is against
    amount: int
    method: Method
    reason: str
    at: datetime
    actor: str


class LineState(StrEnum):
    COLLECTED = "collected"
    AT_RETURN = "at_return"  # still owed: collected by the hand-back
    EXEMPT = "exempt"
    NOT_OWED = "not_owed"  # refused dossier, or settled by an earlier hand-back


@dataclass(frozen=True)
class FeeStatement:
    """A dossier's fee lines, its plan, its collections and refunds."""

    dossier_id: str
    code: str
    status: Status
    lines: tuple[Fee, ...]
    plan: FeePlan
    collections: tuple[FeeCollection, ...] = ()
    refunds: tuple[FeeRefund, ...] = ()

    def collection_of(self, position: int) -> FeeCollection | None:
        return next((c for c in self.collections if position in c.lines), None)

    def state(self, position: int) -> LineState:
        if self.collection_of(position) is not None:
            return LineState.COLLECTED
        if self.plan.collect is Collect.EXEMPT:
            return LineState.EXEMPT
        if self.status in SETTLED_STATUSES:
            return LineState.NOT_OWED
        return LineState.AT_RETURN

    @property
    def outstanding(self) -> tuple[int, ...]:
        """Positions of the lines still owed."""
        return tuple(i for i in range(len(self.lines)) if self.state(i) is LineState.AT_RETURN)

    @property
    def outstanding_amount(self) -> int:
        return sum(self.lines[i].amount for i in self.outstanding)

    @property
    def total(self) -> int:
        return sum(f.amount for f in self.lines)

    @property
    def collected(self) -> int:
        return sum(c.amount for c in self.collections)

    @property
    def refunded(self) -> int:
        return sum(r.amount for r in self.refunds)

    def receipt_details(self) -> dict:
        """What form 01 says about the fees, kept with its first print (a reprint says
        the same): each line, its amount and state, the receipts and their method."""
        lines = []
        for i, fee in enumerate(self.lines):
            collection = self.collection_of(i)
            lines.append({"name": fee.name, "kind": str(fee.kind), "amount": fee.amount,
                          "state": str(self.state(i)),
                          "number": collection.receipt.number if collection else ""})
        receipts = [{**c.receipt.to_dict(), "amount": c.amount, "method": str(c.method)}
                    for c in self.collections]
        return {"lines": lines, "receipts": receipts, "reason": self.plan.reason}


def nothing_owed_message(statement: FeeStatement) -> str:
    """Why a collection finds nothing to collect."""
    if not statement.lines:
        return f"Hồ sơ {statement.code} không có phí, lệ phí."
    if statement.plan.collect is Collect.EXEMPT:
        return f"Hồ sơ {statement.code} được miễn phí, lệ phí."
    if statement.status is Status.NOT_ACCEPTED:
        return f"Hồ sơ {statement.code} không được tiếp nhận: không thu phí, lệ phí."
    if statement.status is Status.RETURNED:
        return f"Hồ sơ {statement.code} đã trả kết quả: không còn phí, lệ phí phải thu."
    return f"Hồ sơ {statement.code} đã thu đủ phí, lệ phí."


class NothingToCollect(OfficerError):
    pass


def check_refund(statement: FeeStatement, amount: object, reason: object,
                 number: str | None = None) -> FeeCollection:
    """The collection a refund is made against; ValidationFailed naming every problem.

    `number`: the receipt number refunded (its digits); without it, the latest collection
    that can still give back `amount`."""
    p = Problems()
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        p.add("amount", "Số tiền hoàn phải là số nguyên đồng, lớn hơn 0.")
        amount = None
    if problem := reason_problem(reason, "Lý do hoàn tiền"):
        p.add("reason", problem)
    collection = None
    if not statement.collections:
        p.add("receipt", f"Hồ sơ {statement.code} chưa thu phí, lệ phí nào: không có gì để "
                         f"hoàn.")
    elif number:
        collection = next((c for c in statement.collections
                           if c.receipt.number == number.strip()), None)
        if collection is None:
            p.add("receipt", f"Hồ sơ {statement.code} không có biên lai số {number}.")
    else:
        fits = [c for c in statement.collections if amount is None or c.refundable >= amount]
        collection = fits[-1] if fits else statement.collections[-1]
    if collection is not None and amount is not None and amount > collection.refundable:
        p.add("amount", f"Biên lai số {collection.receipt.number} chỉ còn hoàn được "
                        f"{collection.refundable:,} đ.".replace(",", "."))
    p.raise_if_any()
    assert collection is not None
    return collection


# ---- the day's handover -------------------------------------------------------------------
@dataclass(frozen=True)
class FeeDayTotal:
    """One officer's money of one method on a day."""

    officer: str  # username
    officer_name: str  # full name, "" when the account is not known (a command line)
    method: Method
    collections: int
    collected: int
    refunds: int
    refunded: int

    @property
    def net(self) -> int:
        """What the officer hands over (cash) or what reached the account (transfer)."""
        return self.collected - self.refunded


@dataclass(frozen=True)
class FeeDayEntry:
    """One collection or refund of the day, as the handover sheet lists it."""

    at: datetime
    officer: str
    officer_name: str
    code: str
    receipt: ReceiptNumber
    method: Method
    amount: int  # positive; `refund` says which way it went
    refund: bool
    note: str  # the lines paid, or the refund's reason


@dataclass(frozen=True)
class FeeDay:
    day: date
    officer: str | None  # one officer's sheet, or the whole desk's
    totals: tuple[FeeDayTotal, ...]  # by officer, then method
    entries: tuple[FeeDayEntry, ...]  # in time order

    def method_total(self, method: Method) -> tuple[int, int]:
        """(collected, refunded) by `method`, every officer of the sheet."""
        rows = [t for t in self.totals if t.method is method]
        return sum(t.collected for t in rows), sum(t.refunded for t in rows)

    @property
    def collected(self) -> int:
        return sum(t.collected for t in self.totals)

    @property
    def refunded(self) -> int:
        return sum(t.refunded for t in self.totals)

    @property
    def net(self) -> int:
        return self.collected - self.refunded

    def officers(self) -> list[tuple[str, str]]:
        """(username, full name) of the officers on the sheet, in its order."""
        seen: dict[str, str] = {}
        for t in self.totals:
            seen.setdefault(t.officer, t.officer_name)
        return list(seen.items())


def officer_label(username: str, full_name: str) -> str:
    return f"{full_name} ({username})" if full_name else username

