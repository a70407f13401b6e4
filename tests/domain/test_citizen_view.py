"""Which screen the citizen sees: nothing personal unless an officer is at the desk and an
intake or a hand-back is under way; a number just called first, for a moment."""

from __future__ import annotations

from datetime import timedelta

from onestop_desktop.domain.citizen_view import (
    CALL_FIRST,
    Call,
    HandBackView,
    IntakeView,
    Screen,
    compose,
)
from tests.conftest import local

NOW = local(2026, 12, 3, 9, 0)
INTAKE = IntakeView(name="Lê Thị Mai", procedure="Đăng ký khai sinh", procedure_code="1.001193")
HAND_BACK = HandBackView(code="000.00.01.H22-261130-1001", procedure="Đăng ký khai sinh",
                         name="Trần Văn Bình", ready=True)


def _screen(**given):
    values = dict(centre="Trung tâm", desk=2, notices=("Giờ làm việc",), intake=None,
                  hand_back=None, call=None, officer_page="intake", present=True, now=NOW)
    values.update(given)
    return compose(**values)


def test_idle_shows_the_centre_and_its_notices_only():
    view = _screen()
    assert view.screen is Screen.IDLE and view.notices == ("Giờ làm việc",)
    assert view.intake is None and view.hand_back is None and view.call is None


def test_an_intake_under_way_is_shown_and_an_empty_one_is_not():
    assert _screen(intake=INTAKE).intake == INTAKE
    assert _screen(intake=IntakeView()).screen is Screen.IDLE  # nothing entered yet


def test_nothing_personal_when_locked_or_nobody_is_signed_in():
    for view in (_screen(intake=INTAKE, present=False),
                 _screen(hand_back=HAND_BACK, officer_page="return", present=False),
                 _screen(call=Call("A012", 2, NOW), present=False)):
        assert view.screen is Screen.IDLE and view.intake is None and view.hand_back is None


def test_the_page_the_officer_is_on_decides_between_intake_and_hand_back():
    both = dict(intake=INTAKE, hand_back=HAND_BACK)
    assert _screen(**both, officer_page="return").screen is Screen.HAND_BACK
    assert _screen(**both, officer_page="intake").screen is Screen.INTAKE
    assert _screen(**both, officer_page="list").screen is Screen.INTAKE
    assert _screen(hand_back=HAND_BACK, officer_page="list").screen is Screen.HAND_BACK


def test_a_call_comes_first_for_a_moment_then_what_is_under_way():
    call = Call("A012", 2, NOW)
    assert _screen(intake=INTAKE, call=call).screen is Screen.CALLING
    later = NOW + CALL_FIRST + timedelta(seconds=1)
    assert _screen(intake=INTAKE, call=call, now=later).screen is Screen.INTAKE
    # Nothing else under way: the number stays up until the citizen is served.
    assert _screen(call=call, now=later).call == call
