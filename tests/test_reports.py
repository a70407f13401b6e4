"""The centre's figures for a period, counted in SQL, against hand-counted expectations:
a fixed data set taken in and moved through the boundary with fixed clocks."""

from __future__ import annotations

from datetime import date

import pytest

from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import SYSTEM, Officer
from onestop_desktop.domain.permissions import PermissionRefused
from onestop_desktop.domain.report_figures import BadPeriod
from onestop_desktop.services.accounts import create_user
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.returns import ReturnRequest
from tests.conftest import local, sample_request

LAN = Officer("lan", "Nguyễn Thị Lan", "officer")
TAM = Officer("tam", "Phạm Minh Tâm", "head")
SAME_DAY = "2.000815"  # certified copies, "in the day": due 17:00 the same working day
SAME_DAY_PAPERS = [{"name": "Bản chính giấy tờ", "original": 1}]


def _staff(store):
    create_user(store, "lan", LAN.full_name, "mat-khau-quay-1")
    create_user(store, "tam", TAM.full_name, "mat-khau-quay-1", role="head")


def _take_in(store, at, actor="lan", **overrides):
    return IntakeService(store, clock=lambda: at).intake(
        sample_request(received_at=at.isoformat(), **overrides), actor)


def _move(store, code, at, *statuses):
    desk = Desk(store, clock=lambda: at)
    for status in statuses:
        desk.dossiers.change_status(code, status, LAN)


def _hand_back(store, code, at, rating=None):
    Desk(store, clock=lambda: at).dossiers.hand_back(ReturnRequest(code, rating=rating), LAN)


def test_a_period_is_counted_in_sql_as_by_hand(store):
    create_user(store, "lan", LAN.full_name, "mat-khau-quay-1")
    create_user(store, "tam", "Phạm Minh Tâm", "mat-khau-quay-1", role="head")
    # 30/11 (Mon) 09:15, 1.001612 (3 working days): due 03/12 11:30.
    early = _take_in(store, local(2026, 11, 30, 9, 15))
    on_time = _take_in(store, local(2026, 11, 30, 9, 20))
    late = _take_in(store, local(2026, 11, 30, 9, 25), actor="hung")
    _take_in(store, local(2026, 11, 30, 10, 0), status=3)  # refused
    online = _take_in(store, local(2026, 12, 1, 8, 0), channel="online")
    _take_in(store, local(2026, 12, 8, 8, 0))  # received after the period
    ends = {early.code: local(2026, 12, 2, 16, 0),  # the day before its appointment
            on_time.code: local(2026, 12, 3, 11, 29),  # on the day, before its hour
            late.code: local(2026, 12, 3, 11, 31)}  # a minute past
    for code, at in ends.items():
        _move(store, code, at, 4, 9)
    _hand_back(store, early.code, local(2026, 12, 4, 9, 0), rating=1)
    _hand_back(store, on_time.code, local(2026, 12, 4, 9, 0))  # not rated
    now = local(2026, 12, 10, 9, 0)  # `online` (due 04/12) is still being processed
    report = Desk(store, clock=lambda: now).reports.period(date(2026, 11, 30),
                                                            date(2026, 12, 6), TAM)
    assert report.received == 5
    assert report.by_channel == {"direct": 4, "online": 1, "postal": 0}
    assert report.refused == 1
    assert report.processed == {"early": 1, "on_time": 1, "late": 1}
    assert report.pending == {"within_time": 0, "overdue": 1}
    assert report.returned == 2 and report.ratings == {"1": 1, "2": 0, "3": 0, "none": 1}
    assert report.rating_shares == {"1": 100.0, "2": 0.0, "3": 0.0}
    assert report.by_status[10] == 2 and report.by_status[9] == 1 and report.by_status[2] == 1
    assert report.by_procedure == [{"code": "1.001612",
                                    "name": "Đăng ký thành lập hộ kinh doanh", "received": 5,
                                    "early": 1, "on_time": 1, "late": 1, "pending": 1,
                                    "overdue": 1}]
    assert [(r["officer"], r["name"], r["received"], r["early"], r["late"])
            for r in report.by_officer] == [("lan", "Nguyễn Thị Lan", 4, 1, 0),
                                            ("hung", "", 1, 0, 1)]
    assert online.code  # (taken in on 01/12)
    data = report.to_dict()
    assert data["from"] == "2026-11-30" and data["to"] == "2026-12-06"


# --- the acceptance data set ----------------------------------------------------------
# Period 30/11/2026 (Mon) – 11/12/2026 (Fri), counted on Mon 14/12/2026 at 09:00.
PERIOD = (date(2026, 11, 30), date(2026, 12, 11))
NOW = local(2026, 12, 14, 9, 0)


@pytest.fixture
def fixed(store):
    """The fixed data set; returns {name: dossier}."""
    _staff(store)
    d = {}
    # Same-day procedure, received 30/11 09:00: due 30/11 17:00. Ended 16:59: on time.
    d["at_1659"] = _take_in(store, local(2026, 11, 30, 9, 0), procedure_code=SAME_DAY,
                            documents=SAME_DAY_PAPERS)
    _move(store, d["at_1659"].code, local(2026, 11, 30, 16, 59), 4, 9)
    _hand_back(store, d["at_1659"].code, local(2026, 12, 1, 8, 0), rating=1)
    # The same, ended 17:01: late by a minute; handed back, rated 3.
    d["at_1701"] = _take_in(store, local(2026, 11, 30, 9, 5), procedure_code=SAME_DAY,
                            documents=SAME_DAY_PAPERS)
    _move(store, d["at_1701"].code, local(2026, 11, 30, 17, 1), 4, 9)
    _hand_back(store, d["at_1701"].code, local(2026, 12, 2, 8, 0), rating=3)
    # 1.001612 (3 working days) received 30/11 09:30: due 03/12 11:30. Papers asked for
    # on 01/12 10:00 arrive on Fri 04/12 14:00: counted again from then, Mon 7, Tue 8,
    # Wed 9, the afternoon: due 09/12 17:00. Ended 08/12 10:00: early (it would be late
    # against 03/12 had the waiting been counted). Not handed back: status 9, past due.
    d["papers"] = _take_in(store, local(2026, 11, 30, 9, 30))
    _move(store, d["papers"].code, local(2026, 12, 1, 10, 0), 5)
    _move(store, d["papers"].code, local(2026, 12, 4, 14, 0), 4)
    _move(store, d["papers"].code, local(2026, 12, 8, 10, 0), 9)
    # Refused at the counter (by an officer with no account here), postal.
    d["refused"] = _take_in(store, local(2026, 11, 30, 10, 0), actor="hung", status=3,
                            channel="postal")
    # Online, withdrawn by the citizen.
    d["withdrawn"] = _take_in(store, local(2026, 12, 1, 8, 0), channel="online")
    _move(store, d["withdrawn"].code, local(2026, 12, 2, 9, 0), 7)
    # Processing stopped.
    d["stopped"] = _take_in(store, local(2026, 12, 1, 8, 30))
    _move(store, d["stopped"].code, local(2026, 12, 2, 9, 0), 4, 8)
    # Still processed, due 04/12 11:30: overdue on 14/12.
    d["overdue"] = _take_in(store, local(2026, 12, 1, 9, 0))
    _move(store, d["overdue"].code, local(2026, 12, 1, 14, 0), 4)
    # Building permit (15 working days) received Fri 11/12: within its time.
    d["within"] = _take_in(store, local(2026, 12, 11, 9, 0), procedure_code="1.009974",
                           documents=[{"name": "Đơn đề nghị cấp giấy phép", "original": 1}])
    # Received before the period (Fri 27/11 09:00, due Wed 02/12 11:30), ended in it
    # on 02/12 11:00: processed on time, not received in the period.
    d["before"] = _take_in(store, local(2026, 11, 27, 9, 0))
    _move(store, d["before"].code, local(2026, 12, 2, 11, 0), 4, 9)
    # Received after the period.
    d["after"] = _take_in(store, local(2026, 12, 14, 8, 0))
    return d


def test_the_acceptance_data_set_gives_the_hand_counted_figures(store, fixed):
    desk = Desk(store, clock=lambda: NOW)
    # The stored appointment moved when the papers arrived (no waiting subtracted again).
    assert desk.dossiers.get(fixed["papers"].code).due_at == local(2026, 12, 9, 17, 0)
    assert fixed["at_1659"].due_at == local(2026, 11, 30, 17, 0)
    report = desk.reports.period(*PERIOD, TAM).to_dict()
    assert report["received"] == 8  # not `before` nor `after`
    assert report["by_channel"] == {"direct": 6, "online": 1, "postal": 1}
    assert (report["refused"], report["withdrawn"], report["stopped"]) == (1, 1, 1)
    assert report["processed"] == {"early": 1, "on_time": 2, "late": 1}
    assert report["pending"] == {"within_time": 1, "overdue": 1}
    assert report["returned"] == 2
    assert report["ratings"] == {"1": 1, "2": 0, "3": 1, "none": 0}
    assert report["rating_shares"] == {"1": 50.0, "2": 0.0, "3": 50.0}
    assert report["digitised"] == {"count": 0, "of": 8, "share": 0.0, "recorded": True}
    # Fees: 1.001612 100.000 đ (5 of them), 2.000815 2.000 đ (2), 1.009974 75.000 đ (1).
    assert report["online_payment"] == {"count": 0, "of": 8, "share": 0.0, "recorded": False}
    assert report["by_status"] == {"1": 0, "2": 1, "3": 1, "4": 1, "5": 0, "6": 0, "7": 1,
                                   "8": 1, "9": 1, "10": 2}
    assert report["by_procedure"] == [
        {"code": "1.001612", "name": "Đăng ký thành lập hộ kinh doanh", "received": 5,
         "early": 1, "on_time": 1, "late": 0, "pending": 1, "overdue": 1},
        {"code": SAME_DAY, "name": fixed["at_1659"].procedure_name, "received": 2,
         "early": 0, "on_time": 1, "late": 1, "pending": 0, "overdue": 0},
        {"code": "1.009974", "name": fixed["within"].procedure_name, "received": 1,
         "early": 0, "on_time": 0, "late": 0, "pending": 1, "overdue": 0}]
    assert [(r["code"], r["name"], r["received"]) for r in report["by_field"]] == [
        ("MAU-HOKINHDOANH", "Thành lập và hoạt động của hộ kinh doanh", 5),
        ("MAU-CHUNGTHUC", "Chứng thực", 2), ("MAU-XAYDUNG", "Hoạt động xây dựng", 1)]
    assert report["by_officer"] == [
        {"officer": "lan", "name": "Nguyễn Thị Lan", "received": 7, "early": 1,
         "on_time": 2, "late": 1, "pending": 2, "overdue": 1},
        {"officer": "hung", "name": "", "received": 1, "early": 0, "on_time": 0,
         "late": 0, "pending": 0, "overdue": 0}]


def test_overdue_never_counts_a_finished_dossier(store, fixed):
    """"Đang quá hạn": `papers` (9, past 09/12 17:00), `at_1701` (10, finished late),
    refused, withdrawn and stopped are past any appointment but finished: only
    `overdue` counts, in the report and in the counter's day summary."""
    desk = Desk(store, clock=lambda: NOW)
    assert desk.reports.period(*PERIOD, TAM).pending["overdue"] == 1
    assert desk.reports.today().overdue == 1
    # Once it is finished, nothing is overdue any more.
    _move(store, fixed["overdue"].code, NOW, 9)
    assert desk.reports.period(*PERIOD, TAM).pending == {"within_time": 1, "overdue": 0}
    assert desk.reports.today().overdue == 0


def test_due_dates_across_a_holiday_are_counted_in_working_days(store):
    """30/4 and 1/5/2026 off (Thu, Fri), 27/4 off for Giỗ Tổ on Sunday 26/4."""
    _staff(store)
    # Wed 29/04 morning + 3 working days: Mon 4/5, Tue 5/5, Wed 6/5, the morning.
    on_time = _take_in(store, local(2026, 4, 29, 9, 0))
    early = _take_in(store, local(2026, 4, 29, 9, 10))
    # Tue 28/04 afternoon + 3: Wed 29/4, Mon 4/5, Tue 5/5, the afternoon.
    late = _take_in(store, local(2026, 4, 28, 14, 0))
    assert on_time.due_at == early.due_at == local(2026, 5, 6, 11, 30)
    assert late.due_at == local(2026, 5, 5, 17, 0)
    _move(store, on_time.code, local(2026, 5, 6, 11, 0), 4, 9)  # (02/05 in calendar days)
    _move(store, early.code, local(2026, 5, 5, 16, 0), 4, 9)
    _move(store, late.code, local(2026, 5, 5, 17, 1), 4, 9)
    report = Desk(store, clock=lambda: local(2026, 5, 11, 9, 0)).reports.period(
        date(2026, 4, 27), date(2026, 5, 8), TAM)
    assert report.received == 3
    assert report.processed == {"early": 1, "on_time": 1, "late": 1}
    assert report.pending == {"within_time": 0, "overdue": 0}


def test_a_result_finished_twice_is_judged_at_its_first_end(store):
    """Status 9 is reached once by the rules; a second row (a central correction) must
    not count the dossier twice."""
    from onestop_desktop.store.models import DossierRow, StatusChangeRow

    _staff(store)
    dossier = _take_in(store, local(2026, 11, 30, 9, 15))  # due 03/12 11:30
    _move(store, dossier.code, local(2026, 12, 2, 10, 0), 4, 9)
    with store.transaction() as session:
        row_id = session.query(DossierRow.id).filter_by(code=dossier.code).scalar()
        session.add(StatusChangeRow(dossier_id=row_id, from_status=9, to_status=9,
                                    at=local(2026, 12, 4, 10, 0), actor="central",
                                    source="central"))
    desk = Desk(store, clock=lambda: NOW)
    assert desk.reports.period(*PERIOD, SYSTEM).processed == {"early": 1, "on_time": 0,
                                                               "late": 0}
    # A period holding only the second row has nothing processed.
    assert desk.reports.period(date(2026, 12, 4), date(2026, 12, 4),
                               SYSTEM).processed == {"early": 0, "on_time": 0, "late": 0}


def test_an_officer_is_refused_and_bad_periods_are_said(store):
    _staff(store)
    desk = Desk(store, clock=lambda: NOW)
    with pytest.raises(PermissionRefused):
        desk.reports.period(*PERIOD, LAN)
    with pytest.raises(BadPeriod, match="sau ngày kết thúc"):
        desk.reports.period(date(2026, 12, 2), date(2026, 12, 1), TAM)
    with pytest.raises(BadPeriod, match="dài quá 5 năm"):
        desk.reports.period(date(2020, 1, 1), date(2026, 1, 1), TAM)


def _plan(store, statement) -> list[str]:
    from sqlalchemy.dialects import sqlite

    sql = str(statement.compile(dialect=sqlite.dialect(),
                                compile_kwargs={"literal_binds": True}))
    with store.read() as session:
        return [row[3] for row in
                session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


def test_a_years_figures_are_read_from_indexes_alone(store, monkeypatch):
    """The query plans: the received groups, the first ends and the hand-backs each come
    from one covering index (no dossier row read: a year at a million dossiers took 35 s
    reading rows and status changes), the ticket figures from the ticket dossiers' own
    index."""
    from sqlalchemy.orm import Session

    from onestop_desktop.store import report_queries

    seen = []

    def capture(self, statement, *args, **kwargs):
        seen.append(statement)
        return real(self, statement, *args, **kwargs)

    real = Session.execute
    monkeypatch.setattr(Session, "execute", capture)
    _staff(store)
    start, end, now = local(2026, 1, 1), local(2027, 1, 1), NOW
    with store.read() as session:
        assert report_queries.holds_only(session, "000.00.01.H22")
        report_queries.received(session, None, start, end, now)
        report_queries.processed(session, None, start, end)
        report_queries.returns(session, None, start, end)
    monkeypatch.setattr(Session, "execute", real)
    received, processed, returns = (_plan(store, s) for s in seen[-3:])
    assert any("COVERING INDEX ix_dossiers_report" in step for step in received), received
    assert any("COVERING INDEX ix_dossier_ends_report" in step
               for step in processed), processed
    assert any("COVERING INDEX ix_dossier_returns_returned_at" in step
               for step in returns), returns


def test_an_earlier_end_learnt_later_replaces_the_first_end(store):
    """A back-office correction pulled after the desk's own end, saying processing ended
    earlier: the dossier is judged at the earlier end (the trigger keeps the least)."""
    from onestop_desktop.store.models import DossierRow, StatusChangeRow

    _staff(store)
    dossier = _take_in(store, local(2026, 11, 30, 9, 15))  # due 03/12 11:30
    _move(store, dossier.code, local(2026, 12, 3, 15, 0), 4, 9)  # late
    desk = Desk(store, clock=lambda: NOW)
    assert desk.reports.period(*PERIOD, SYSTEM).processed == {"early": 0, "on_time": 0,
                                                               "late": 1}
    with store.transaction() as session:
        row_id = session.query(DossierRow.id).filter_by(code=dossier.code).scalar()
        session.add(StatusChangeRow(dossier_id=row_id, from_status=4, to_status=9,
                                    at=local(2026, 12, 2, 10, 0), actor="central",
                                    source="central"))
    assert desk.reports.period(*PERIOD, SYSTEM).processed == {"early": 1, "on_time": 0,
                                                               "late": 0}


def test_a_dossier_waiting_for_papers_is_never_overdue(store):
    """Its clock stops while the citizen's papers are awaited (status 5): past its old
    appointment it is pending within time in the report, not in the day summary's or
    the list's "Quá hạn", and not urgent; once the papers are in, a new appointment."""
    from onestop_desktop.domain.listing import Period, Urgency
    from onestop_desktop.services.dossier_queries import DossierFilter, list_page

    _staff(store)
    waiting = _take_in(store, local(2026, 11, 30, 9, 15))  # due 03/12 11:30
    running = _take_in(store, local(2026, 11, 30, 9, 20))
    _move(store, waiting.code, local(2026, 12, 1, 10, 0), 4, 5)  # papers asked for
    _move(store, running.code, local(2026, 12, 1, 10, 0), 4)
    desk = Desk(store, clock=lambda: NOW)  # 14/12: both appointments long past
    assert desk.reports.period(*PERIOD, TAM).pending == {"within_time": 1, "overdue": 1}
    assert desk.reports.today().overdue == 1
    overdue = list_page(store, DossierFilter(period=Period.OVERDUE), NOW).rows
    assert [r.code for r in overdue] == [running.code]
    for status in (5, None):  # asked for by its status too: still not overdue
        flt = DossierFilter(period=Period.OVERDUE, status=status)
        assert waiting.code not in [r.code for r in list_page(store, flt, NOW).rows]
    [row] = [r for r in list_page(store, DossierFilter(), NOW).rows if r.code == waiting.code]
    assert row.urgency(NOW) is Urgency.NONE
    assert desk.reports.period(*PERIOD, TAM).by_procedure[0]["overdue"] == 1
