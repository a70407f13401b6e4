"""Fees at the counter through the desk's boundary, on real SQLite stores: the fee lines
and their kinds, the intake's plan, collections with receipt numbers that two desks never
share offline, refunds against a collection, exemptions, the hand-back collecting what is
owed, the day's handover figures (worked out by hand), and form 01 saying all of it."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pypdf
import pytest
from sqlalchemy import func, select, text

from onestop_desktop.desk import Desk
from onestop_desktop.domain.errors import InvalidInput, NotAllowed, ValidationFailed
from onestop_desktop.domain.fees import (
    Collect,
    LineState,
    Method,
    NothingToCollect,
    ReceiptNumbersExhausted,
    ReceiptNumberTaken,
    check_receipt_series,
    receipt_number,
)
from onestop_desktop.domain.officer import Officer
from onestop_desktop.domain.procedure import Fee, FeeKind, parse_catalogue
from onestop_desktop.domain.status import Status
from onestop_desktop.services.accounts import create_user
from onestop_desktop.services.returns import ReturnRequest
from onestop_desktop.services.setup import initialise
from onestop_desktop.store.database import Store
from onestop_desktop.store.models import AuditRow, FeeCollectionRow, FeeRefundRow, OutboxEvent
from tests.conftest import AGENCY, AGENCY_NAME, local, sample_request

LAN = Officer("lan", "Nguyễn Thị Lan", "officer")
BINH = Officer("binh", "Trần Văn Bình", "officer")
ADMIN = Officer("quantri", "Quản trị viên", "admin")
PC = Officer("cli:root", "", "system")
ENTERPRISE = "2.001610"  # lệ phí 50.000 + phí 100.000
HOUSEHOLD = "1.001612"  # lệ phí 100.000
BIRTH = "1.001193"  # no fees


class Clock:
    """The desk's clock, moved by the test."""

    def __init__(self, moment):
        self.now = moment

    def __call__(self):
        return self.now


def open_desk(path, desk_no: int, clock: Clock) -> Desk:
    store = Store.open(path)
    initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=desk_no,
               today=date(2026, 11, 28))
    for officer in (LAN, BINH):  # the boundary checks the acting officer's account
        create_user(store, officer.username, officer.full_name, "mat-khau-quay-1")
    return Desk(store, clock)


@pytest.fixture
def clock():
    return Clock(local(2026, 11, 30, 9, 0))


@pytest.fixture
def desk(tmp_path, clock):
    d = open_desk(tmp_path / "desk1", 1, clock)
    yield d
    d.close()


def take_in(desk: Desk, officer: Officer = LAN, procedure: str = HOUSEHOLD, **fees) -> str:
    request = sample_request(procedure_code=procedure,
                             received_at=desk.clock().isoformat())
    if procedure != HOUSEHOLD:
        request["documents"] = [{"name": "Giấy đề nghị", "original": 1}]
    if fees:
        request["fees"] = fees
    return desk.dossiers.take_in(request, officer).value.code


def count(desk: Desk, model, **where) -> int:
    with desk.store.read() as session:
        stmt = select(func.count()).select_from(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return session.scalar(stmt)


def kinds(desk: Desk) -> list[str]:
    with desk.store.read() as session:
        return list(session.scalars(select(OutboxEvent.kind).order_by(text("rowid"))))


def actions(desk: Desk) -> list[str]:
    """The audit trail's dossier and fee actions, in order (set-up rows left out)."""
    with desk.store.read() as session:
        return [a for a in session.scalars(select(AuditRow.action).order_by(AuditRow.id))
                if a.startswith(("dossier.", "fee."))]


# ---- fee lines ---------------------------------------------------------------------------
def test_a_fee_line_s_kind_comes_from_the_catalogue_or_its_name():
    assert Fee("Lệ phí đăng ký hộ kinh doanh", 100_000).kind is FeeKind.CHARGE
    assert Fee("Phí công bố nội dung đăng ký doanh nghiệp", 100_000).kind is FeeKind.FEE
    assert Fee("le phi viet khong dau", 1).kind is FeeKind.CHARGE
    entry = {"code": "1.000001", "name": "Thủ tục", "time_limit": {"value": 1, "unit": "day"}}
    catalogue = parse_catalogue({"procedures": [dict(entry, fees=[
        {"name": "Lệ phí cấp giấy", "amount": 50_000},
        {"name": "Tiền thẩm định", "amount": 20_000, "kind": "charge", "code": "LP-01"}])]})
    first, second = catalogue.procedures[0].fees
    assert (first.kind, first.code) == (FeeKind.CHARGE, "")
    assert (second.kind, second.code) == (FeeKind.CHARGE, "LP-01")
    with pytest.raises(ValidationFailed) as refused:
        parse_catalogue({"procedures": [dict(entry, fees=[
            {"name": "Lệ phí", "amount": 1, "kind": "tax"}])]})
    assert "“fee” (phí) hoặc “charge” (lệ phí)" in str(refused.value)


def test_the_dossier_keeps_its_fee_lines_with_kind_and_code(desk):
    code = take_in(desk, procedure=ENTERPRISE)
    dossier = desk.dossiers.get(code)
    assert [(f.name, f.amount, f.kind) for f in dossier.fees] == [
        ("Lệ phí đăng ký doanh nghiệp", 50_000, FeeKind.CHARGE),
        ("Phí công bố nội dung đăng ký doanh nghiệp", 100_000, FeeKind.FEE)]
    with desk.store.read() as session:
        created = session.scalars(select(OutboxEvent)).first().payload
    assert created["fees"][0] == {"name": "Lệ phí đăng ký doanh nghiệp", "amount": 50_000,
                                  "kind": "charge", "code": ""}
    assert created["fee_plan"] == {"collect": "at_return", "method": "cash", "reason": ""}


# ---- intake ------------------------------------------------------------------------------
def test_collected_at_intake_with_its_receipt_event_and_audit(desk):
    code = take_in(desk, procedure=ENTERPRISE, collect="now", method="transfer")
    s = desk.fees.statement(code)
    [paid] = s.collections
    assert (paid.amount, paid.method, str(paid.occasion), paid.actor) == (
        150_000, Method.TRANSFER, "intake", "lan")
    assert (paid.receipt.form, paid.receipt.series, paid.receipt.number) == (
        "01BLP0-001", "AA-26E", "0100001")
    assert paid.lines == (0, 1) and s.outstanding == ()
    assert [s.state(i) for i in range(2)] == [LineState.COLLECTED] * 2
    assert kinds(desk) == ["dossier.created", "dossier.fee_collected"]
    assert actions(desk) == ["dossier.received", "fee.collected"]
    with desk.store.read() as session:
        event = session.scalars(select(OutboxEvent).where(
            OutboxEvent.kind == "dossier.fee_collected")).one()
    assert event.payload["receipt"] == {"form": "01BLP0-001", "series": "AA-26E",
                                        "number": "0100001"}
    assert event.payload["amount"] == 150_000 and event.payload["method"] == "transfer"
    assert [line["position"] for line in event.payload["lines"]] == [0, 1]


def test_an_intake_s_fee_choice_is_checked_and_nothing_written_when_wrong(desk):
    bad = [({"fees": "now"}, "fees"),
           ({"fees": {"method": "cash"}}, "fees.collect"),
           ({"fees": {"collect": "later"}}, "fees.collect"),
           ({"fees": {"collect": "now", "method": "card"}}, "fees.method"),
           ({"fees": {"collect": "exempt"}}, "fees.reason"),
           ({"fees": {"collect": "exempt", "reason": "   "}}, "fees.reason"),
           ({"fees": {"collect": "now", "reason": "vì sao"}}, "fees.reason"),
           ({"fees": {"collect": "now"}, "status": 3}, "fees.collect"),
           ({"fees": {"collect": "now"}, "status": 5}, "fees.collect")]
    for overrides, field in bad:
        request = sample_request(received_at=desk.clock().isoformat(), **overrides)
        with pytest.raises(ValidationFailed) as refused:
            desk.dossiers.take_in(request, LAN)
        assert field in {p.field for p in refused.value.problems}, overrides
    assert count(desk, OutboxEvent) == 0 and count(desk, FeeCollectionRow) == 0
    # Refused or to be completed: nothing owed yet, the choice may wait for the hand-back.
    code = desk.dossiers.take_in(sample_request(
        received_at=desk.clock().isoformat(), status=3, fees={"collect": "at_return"}),
        LAN).value.code
    assert desk.fees.statement(code).outstanding == ()  # a refused dossier owes nothing


def test_exempt_at_intake_keeps_the_officer_s_reason_and_collects_nothing(desk):
    code = take_in(desk, collect="exempt", reason="  Người có công  với cách mạng ")
    s = desk.fees.statement(code)
    assert s.plan.collect is Collect.EXEMPT and s.plan.reason == "Người có công với cách mạng"
    assert s.collections == () and s.outstanding == () and s.state(0) is LineState.EXEMPT
    assert kinds(desk) == ["dossier.created"]
    with pytest.raises(NothingToCollect, match="được miễn phí, lệ phí"):
        desk.fees.collect(code, "cash", LAN)


def test_a_procedure_without_fees_owes_nothing(desk):
    code = take_in(desk, procedure=BIRTH, collect="now", method="cash")
    assert desk.fees.statement(code).collections == ()
    with pytest.raises(NothingToCollect, match="không có phí, lệ phí"):
        desk.fees.collect(code, "cash", LAN)
    assert kinds(desk) == ["dossier.created"]


# ---- receipt numbers ---------------------------------------------------------------------
def test_receipt_numbers_never_collide_between_two_desks_offline(tmp_path, clock):
    """Two desks of one agency, both offline all day, same form and series: each draws
    from its own block, so no number is issued twice, and each desk's run is unbroken."""
    one, two = (open_desk(tmp_path / f"desk{n}", n, clock) for n in (1, 2))
    try:
        issued = {1: [], 2: []}
        for minute in range(12):
            clock.now = local(2026, 11, 30, 8, minute)
            for n, d in ((1, one), (2, two)):
                code = take_in(d, collect="now", method="cash" if minute % 2 else "transfer")
                [paid] = d.fees.statement(code).collections
                issued[n].append(paid.receipt)
        numbers = [r.number for n in issued for r in issued[n]]
        assert len(numbers) == len(set(numbers)) == 24
        assert [r.number for r in issued[1]] == [f"01{i:05d}" for i in range(1, 13)]
        assert [r.number for r in issued[2]] == [f"02{i:05d}" for i in range(1, 13)]
        assert {(r.form, r.series) for n in issued for r in issued[n]} == {
            ("01BLP0-001", "AA-26E")}
    finally:
        one.close()
        two.close()


def test_the_series_names_the_year_and_numbering_starts_again_with_it(desk, clock):
    clock.now = local(2026, 12, 31, 16, 0)
    last_of_year = desk.fees.statement(take_in(desk, collect="now")).collections[0].receipt
    clock.now = local(2027, 1, 4, 8, 0)
    first_of_year = desk.fees.statement(take_in(desk, collect="now")).collections[0].receipt
    assert (last_of_year.series, last_of_year.number) == ("AA-26E", "0100001")
    assert (first_of_year.series, first_of_year.number) == ("AA-27E", "0100001")


def test_the_series_is_set_by_an_admin_or_the_pc_s_user(desk):
    with pytest.raises(ValidationFailed):
        desk.fees.set_series("01 BLP", "aa 26e", PC)
    with pytest.raises(NotAllowed, match="quản trị viên"):
        desk.fees.set_series("02BLP0-001", "BB-{yy}P", LAN)
    create_user(desk.store, ADMIN.username, ADMIN.full_name, "mat-khau-quay-1", role="admin")
    assert desk.fees.set_series("03BLP0-001", "CC-{yy}E", ADMIN).value.series == "CC-{yy}E"
    assert desk.fees.set_series("02blp0-001", "bb-{yy}p", PC).value.to_dict() == {
        "form": "02BLP0-001", "series": "BB-{yy}P"}
    paid = desk.fees.statement(take_in(desk, collect="now")).collections[0].receipt
    assert (paid.form, paid.series, paid.number) == ("02BLP0-001", "BB-26P", "0100001")
    assert "fee.series_set" in actions(desk)
    assert check_receipt_series("01BLP0-001", "AA-{yy}E").series_on(date(2031, 5, 1)) == \
        "AA-31E"


def test_a_desk_out_of_numbers_refuses_rather_than_repeating_one(desk):
    with desk.store.transaction() as session:
        session.execute(text("INSERT INTO fee_receipt_counters VALUES "
                             "('01BLP0-001', 'AA-26E', 1, 99999)"))
    with pytest.raises(ReceiptNumbersExhausted, match=re.escape("hết 99.999 số biên lai")):
        take_in(desk, collect="now")
    # The intake and its collection went together: nothing of either was written.
    assert count(desk, OutboxEvent) == 0 and count(desk, FeeCollectionRow) == 0
    with pytest.raises(ReceiptNumbersExhausted):
        receipt_number(1, 100_000, "AA-26E")
    code = take_in(desk, collect="at_return")  # an intake that collects nothing goes on
    assert desk.fees.statement(code).outstanding == (0,)


def test_a_desk_renumbered_within_a_series_never_reissues_its_own_number(desk):
    take_in(desk, collect="now")  # 0100001
    with desk.store.transaction() as session:  # the counter lost (a restore, a repair)
        session.execute(text("DELETE FROM fee_receipt_counters"))
    with pytest.raises(ReceiptNumberTaken, match="đã được cấp trên máy này"):
        take_in(desk, collect="now")
    assert count(desk, FeeCollectionRow) == 1


# ---- collecting later, refunds, exemption --------------------------------------------------
def test_collect_at_the_counter_then_refund_against_the_collection(desk, clock):
    code = take_in(desk, procedure=ENTERPRISE, collect="at_return")
    assert desk.fees.statement(code).outstanding_amount == 150_000
    clock.now = local(2026, 11, 30, 10, 0)
    paid = desk.fees.collect(code, "cash", BINH).value
    assert (paid.amount, paid.actor, str(paid.occasion), paid.receipt.number) == (
        150_000, "binh", "counter", "0100001")
    with pytest.raises(NothingToCollect, match="đã thu đủ"):
        desk.fees.collect(code, "cash", BINH)
    bad = [(0, "Thu thừa", "amount"), (200_000, "Thu thừa", "amount"),
           (10_000, " ", "reason")]
    for amount, reason, field in bad:
        with pytest.raises(ValidationFailed) as refused:
            desk.fees.refund(code, amount, reason, LAN)
        assert field in {p.field for p in refused.value.problems}
    with pytest.raises(ValidationFailed, match="không có biên lai số 0199999"):
        desk.fees.refund(code, 1_000, "Thu thừa", LAN, number="0199999")
    clock.now = local(2026, 11, 30, 11, 0)
    back = desk.fees.refund(code, 100_000, "Hồ sơ không phải công bố", LAN).value
    assert (back.amount, back.method, back.reason, back.actor, back.receipt.number) == (
        100_000, Method.CASH, "Hồ sơ không phải công bố", "lan", "0100001")
    desk.fees.refund(code, 50_000, "Rút hồ sơ", LAN, method="transfer")
    with pytest.raises(ValidationFailed, match=re.escape("chỉ còn hoàn được 0 đ")):
        desk.fees.refund(code, 1, "Thêm", LAN)
    s = desk.fees.statement(code)
    # The collection stays as it was; the refunds are records of their own against it.
    assert [c.amount for c in s.collections] == [150_000]
    assert s.collections[0].refunded == 150_000 and s.refunded == 150_000
    assert s.outstanding == ()  # a refund does not make the lines owed again
    assert kinds(desk) == ["dossier.created", "dossier.fee_collected",
                           "dossier.fee_refunded", "dossier.fee_refunded"]
    assert actions(desk)[-3:] == ["fee.collected", "fee.refunded", "fee.refunded"]
    assert count(desk, FeeRefundRow) == 2


def test_exempt_later_what_is_still_owed(desk):
    code = take_in(desk, collect="at_return")
    with pytest.raises(InvalidInput, match="Chưa nhập lý do"):
        desk.fees.exempt(code, "", LAN)
    s = desk.fees.exempt(code, "Hộ nghèo theo quy định", LAN).value
    assert s.plan.collect is Collect.EXEMPT and s.outstanding == ()
    assert kinds(desk)[-1] == "dossier.fee_exempted" and actions(desk)[-1] == "fee.exempted"
    with pytest.raises(NothingToCollect):
        desk.fees.exempt(code, "lần nữa", LAN)


def test_the_hand_back_collects_what_is_owed_and_nothing_twice(desk, clock):
    owing = take_in(desk, collect="at_return")
    paid_at_intake = take_in(desk, collect="now")
    for code in (owing, paid_at_intake):
        desk.dossiers.change_status(code, Status.DONE, PC)
    clock.now = local(2026, 12, 2, 9, 0)
    owed = re.escape("còn phải thu là 100.000 đ, không phải 5.000 đ")
    with pytest.raises(ValidationFailed, match=owed):
        desk.dossiers.hand_back(ReturnRequest(code=owing, fees_collected=5_000), LAN)
    record = desk.dossiers.hand_back(ReturnRequest(code=owing, fee_method=Method.TRANSFER),
                                     LAN).value
    assert (record.fees_collected, record.fee_method, record.fee_receipt.number) == (
        100_000, Method.TRANSFER, "0100002")
    [paid] = desk.fees.statement(owing).collections
    assert (str(paid.occasion), paid.at) == ("return", clock.now)
    record = desk.dossiers.hand_back(ReturnRequest(code=paid_at_intake), LAN).value
    assert record.fees_collected == 0 and record.fee_receipt is None
    with desk.store.read() as session:
        returned = session.scalars(select(OutboxEvent).where(
            OutboxEvent.kind == "dossier.returned")).first()
    assert returned.payload["fees_collected"] == 100_000
    assert returned.payload["fee_receipt"]["number"] == "0100002"


# ---- the day's handover -------------------------------------------------------------------
def test_the_day_s_figures_by_officer_and_method_as_worked_out_by_hand(desk, clock):
    """30/11 (Asia/Ho_Chi_Minh): Lan takes 150.000 cash (enterprise) and 100.000 by
    transfer, refunds 30.000 cash of the first; Bình takes 100.000 cash at a hand-back
    counter and refunds 100.000 by transfer of Lan's transfer. 29/11 23:59 and 01/12 00:00
    are other days.

    Lan   cash:     1 receipt 150.000, 1 refund 30.000  -> 120.000
    Lan   transfer: 1 receipt 100.000, 0 refunds         -> 100.000
    Bình  cash:     1 receipt 100.000, 0 refunds         -> 100.000
    Bình  transfer: 0 receipts,        1 refund 100.000  -> -100.000
    cash to hand over 220.000; transfers 0; collected 350.000, refunded 130.000."""
    clock.now = local(2026, 11, 29, 23, 59)
    take_in(desk, collect="now")  # the day before
    clock.now = local(2026, 11, 30, 8, 0)
    first = take_in(desk, procedure=ENTERPRISE, collect="now", method="cash")
    clock.now = local(2026, 11, 30, 8, 30)
    second = take_in(desk, collect="now", method="transfer")
    clock.now = local(2026, 11, 30, 9, 0)
    third = take_in(desk, collect="at_return")
    clock.now = local(2026, 11, 30, 14, 0)
    desk.fees.refund(first, 30_000, "Thu thừa", LAN)
    desk.fees.collect(third, "cash", BINH)
    clock.now = local(2026, 11, 30, 16, 59)
    desk.fees.refund(second, 100_000, "Rút hồ sơ", BINH)
    clock.now = local(2026, 12, 1, 0, 0)
    take_in(desk, collect="now")  # the day after

    sheet = desk.fees.day(date(2026, 11, 30))
    assert [(t.officer, t.officer_name, str(t.method), t.collections, t.collected, t.refunds,
             t.refunded, t.net) for t in sheet.totals] == [
        ("binh", "Trần Văn Bình", "cash", 1, 100_000, 0, 0, 100_000),
        ("binh", "Trần Văn Bình", "transfer", 0, 0, 1, 100_000, -100_000),
        ("lan", "Nguyễn Thị Lan", "cash", 1, 150_000, 1, 30_000, 120_000),
        ("lan", "Nguyễn Thị Lan", "transfer", 1, 100_000, 0, 0, 100_000)]
    assert sheet.method_total(Method.CASH) == (250_000, 30_000)
    assert sheet.method_total(Method.TRANSFER) == (100_000, 100_000)
    assert (sheet.collected, sheet.refunded, sheet.net) == (350_000, 130_000, 220_000)
    assert [(e.at.astimezone(clock.now.tzinfo).strftime("%H:%M"), e.receipt.number,
             e.amount, e.refund) for e in sheet.entries] == [
        ("08:00", "0100002", 150_000, False), ("08:30", "0100003", 100_000, False),
        ("14:00", "0100004", 100_000, False), ("14:00", "0100002", 30_000, True),
        ("16:59", "0100003", 100_000, True)]
    lan = desk.fees.day(date(2026, 11, 30), "lan")
    assert {t.officer for t in lan.totals} == {"lan"} and len(lan.entries) == 3
    assert lan.method_total(Method.CASH) == (150_000, 30_000)
    assert desk.fees.day(date(2026, 11, 29)).collected == 100_000
    assert desk.fees.day(date(2026, 12, 1)).collected == 100_000
    assert desk.fees.day(date(2026, 12, 2)).totals == ()


def test_the_handover_sheet_pdf_reads_back(desk, clock, tmp_path):
    clock.now = local(2026, 11, 30, 8, 0)
    first = take_in(desk, procedure=ENTERPRISE, collect="now", method="cash")
    take_in(desk, officer=BINH, collect="now", method="transfer")
    clock.now = local(2026, 11, 30, 15, 0)
    desk.fees.refund(first, 50_000, "Thu nhầm phí công bố", LAN)
    out = desk.fees.print_day(date(2026, 11, 30), tmp_path / "bang-ke.pdf", LAN).value
    reader = pypdf.PdfReader(str(out))
    words = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "BẢNG KÊ THU PHÍ, LỆ PHÍ TRONG NGÀY" in words and "Ngày 30/11/2026" in words
    assert "mẫu số 01BLP0-001, ký hiệu AA-26E; quầy số 1" in words
    assert "Nguyễn Thị Lan (lan) Tiền mặt 1 150.000 1 50.000 100.000" in words
    assert "Trần Văn Bình (binh) Chuyển khoản 1 100.000 0 0 100.000" in words
    assert "Tổng cộng 2 250.000 1 50.000 200.000" in words
    assert "Tiền mặt nộp bàn giao: 100.000 đồng (thu 150.000, hoàn 100.000)" not in words
    assert "Tiền mặt nộp bàn giao: 100.000 đồng (thu 150.000, hoàn 50.000)" in words
    assert "Chuyển khoản đã nhận: 100.000 đồng" in words
    assert "Hoàn: Thu nhầm phí công bố" in words
    assert "NGƯỜI NỘP TIỀN" in words and "NGƯỜI NHẬN TIỀN" in words
    assert actions(desk)[-1] == "fee.day_printed"


# ---- form 01 -----------------------------------------------------------------------------
def _receipt_text(desk: Desk, code: str, path) -> str:
    desk.printing.print_form("01", code, path, LAN)
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
                    .split())


def test_form_01_says_what_became_of_each_line(desk, tmp_path):
    paid = take_in(desk, procedure=ENTERPRISE, collect="now", method="transfer")
    text_ = _receipt_text(desk, paid, tmp_path / "paid.pdf")
    assert ("7. Phí, lệ phí: – Lệ phí đăng ký doanh nghiệp: 50.000 đ — Đã thu, biên lai số "
            "0100001 – Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đ — Đã thu, biên "
            "lai số 0100001 Đã thu 150.000 đ (chuyển khoản): biên lai thu phí, lệ phí mẫu "
            "số 01BLP0-001, ký hiệu AA-26E, số 0100001.") in text_
    later = take_in(desk, collect="at_return")
    assert "Lệ phí đăng ký hộ kinh doanh: 100.000 đ — Thu khi trả kết quả" in _receipt_text(
        desk, later, tmp_path / "later.pdf")
    free = take_in(desk, collect="exempt", reason="Người khuyết tật")
    text_ = _receipt_text(desk, free, tmp_path / "free.pdf")
    assert "Lệ phí đăng ký hộ kinh doanh: 100.000 đ — Miễn Lý do miễn: Người khuyết tật" \
        in text_
    assert "Đã thu" not in text_.split("7. Phí, lệ phí")[1]
    none = take_in(desk, procedure=BIRTH)
    assert "Phí, lệ phí" not in _receipt_text(desk, none, tmp_path / "none.pdf")


def test_a_reprint_of_form_01_says_what_the_first_print_said(desk, tmp_path, clock):
    code = take_in(desk, collect="at_return")
    _receipt_text(desk, code, tmp_path / "first.pdf")
    desk.fees.collect(code, "cash", LAN)
    reprint = _receipt_text(desk, code, tmp_path / "again.pdf")
    assert "BẢN IN LẠI – lần 1" in reprint
    assert "100.000 đ — Thu khi trả kết quả" in reprint and "biên lai số" not in reprint


def test_a_migrated_store_s_dossiers_pay_at_the_hand_back(tmp_path, clock):
    """A store taken back to revision 0009_calendar (no fee tables, fee lines without a
    kind), then opened: 0010 is applied, its dossiers keep their lines, take the kind their
    names say, and owe them at the hand-back."""
    from alembic import command
    from sqlalchemy import create_engine

    from onestop_desktop.store.cipher import dbapi, raw_connection
    from onestop_desktop.store.migrate import alembic_config

    path = tmp_path / "old"
    with open_desk(path, 1, clock) as fresh:
        code = take_in(fresh, collect="now")
    engine = create_engine("sqlite://", module=dbapi,
                           creator=lambda: raw_connection(path / "onestop.sqlite3"))
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009_calendar")
        connection.execute(text("UPDATE dossiers SET fees = :f"), {
            "f": '[{"amount":100000,"name":"Lệ phí đăng ký hộ kinh doanh"}]'})
        tables = {r[0] for r in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        connection.commit()
    engine.dispose()
    assert "fee_collections" not in tables and "dossier_fees" not in tables
    with Desk(Store.open(path), clock) as old:
        s = old.fees.statement(code)
        assert s.lines[0].kind is FeeKind.CHARGE and s.plan.collect is Collect.AT_RETURN
        assert s.collections == () and s.outstanding_amount == 100_000
        assert old.dossiers.get(code).fee_plan.collect is Collect.AT_RETURN
        paid = old.fees.collect(code, "cash", LAN).value
        assert paid.receipt.number == "0100001"


def test_day_before_and_after_bounds_are_local_days(desk, clock):
    clock.now = local(2026, 11, 30, 0, 0)
    take_in(desk, collect="now")
    clock.now = local(2026, 11, 30, 23, 59) + timedelta(seconds=59)
    take_in(desk, collect="now")
    assert desk.fees.day(date(2026, 11, 30)).collected == 200_000
