"""The centre's figures for a period, counted in SQL, against hand-counted expectations."""

from __future__ import annotations

from datetime import date

from onestop_desktop.desk import Desk
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.accounts import create_user
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.returns import ReturnRequest
from tests.conftest import local, sample_request

LAN = Officer("lan", "Nguyễn Thị Lan", "officer")
TAM = Officer("tam", "Phạm Minh Tâm", "head")


def _take_in(store, at, actor="lan", **overrides):
    return IntakeService(store, clock=lambda: at).intake(
        sample_request(received_at=at.isoformat(), **overrides), actor)


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
        desk = Desk(store, clock=lambda at=at: at)
        desk.dossiers.change_status(code, 4, LAN)
        desk.dossiers.change_status(code, 9, LAN)
    back = Desk(store, clock=lambda: local(2026, 12, 4, 9, 0))
    back.dossiers.hand_back(ReturnRequest(early.code, rating=1), LAN)
    back.dossiers.hand_back(ReturnRequest(on_time.code), LAN)  # not rated
    now = local(2026, 12, 10, 9, 0)  # `online` (due 04/12) is still being processed
    report = Desk(store, clock=lambda: now).reports.period(date(2026, 11, 30),
                                                            date(2026, 12, 6), TAM)
    assert report.received == 5
    assert report.by_channel == {"direct": 4, "online": 1, "postal": 0}
    assert report.refused == 1
    assert report.processed == {"early": 1, "on_time": 1, "late": 1}
    assert report.pending == {"within_time": 0, "overdue": 1}
    assert report.returned == 2 and report.ratings == {"1": 1, "2": 0, "3": 0, "none": 1}
    assert report.by_status[10] == 2 and report.by_status[9] == 1 and report.by_status[2] == 1
    assert report.by_procedure == [{"code": "1.001612",
                                    "name": "Đăng ký thành lập hộ kinh doanh", "received": 5}]
    assert report.by_officer == [{"officer": "lan", "received": 4},
                                 {"officer": "hung", "received": 1}]
    assert online.code  # (taken in on 01/12)
    data = report.to_dict()
    assert data["from"] == "2026-11-30" and data["to"] == "2026-12-06"
