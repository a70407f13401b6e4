"""Every status transition, allowed and refused."""

from __future__ import annotations

import itertools

import pytest

from onestop_desktop.domain.status import (
    INITIAL_STATUSES,
    Status,
    TransitionRefused,
    can_transition,
    check_transition,
)

S = Status
ALLOWED = {
    (S.REGISTERED, S.RECEIVED), (S.REGISTERED, S.NOT_ACCEPTED),
    (S.REGISTERED, S.SUPPLEMENT_REQUESTED), (S.REGISTERED, S.WITHDRAWN),
    (S.RECEIVED, S.PROCESSING), (S.RECEIVED, S.SUPPLEMENT_REQUESTED),
    (S.RECEIVED, S.PAYMENT_REQUESTED), (S.RECEIVED, S.WITHDRAWN), (S.RECEIVED, S.STOPPED),
    (S.RECEIVED, S.DONE),
    (S.PROCESSING, S.SUPPLEMENT_REQUESTED), (S.PROCESSING, S.PAYMENT_REQUESTED),
    (S.PROCESSING, S.WITHDRAWN), (S.PROCESSING, S.STOPPED), (S.PROCESSING, S.DONE),
    (S.SUPPLEMENT_REQUESTED, S.RECEIVED), (S.SUPPLEMENT_REQUESTED, S.PROCESSING),
    (S.SUPPLEMENT_REQUESTED, S.NOT_ACCEPTED), (S.SUPPLEMENT_REQUESTED, S.WITHDRAWN),
    (S.SUPPLEMENT_REQUESTED, S.STOPPED),
    (S.PAYMENT_REQUESTED, S.PROCESSING), (S.PAYMENT_REQUESTED, S.DONE),
    (S.PAYMENT_REQUESTED, S.WITHDRAWN), (S.PAYMENT_REQUESTED, S.STOPPED),
    (S.DONE, S.RETURNED),
}


@pytest.mark.parametrize("current, target", list(itertools.product(Status, Status)),
                         ids=lambda s: str(int(s)))
def test_transition(current, target):
    expected = (current, target) in ALLOWED
    assert can_transition(current, target) is expected
    if expected:
        check_transition(current, target)
    else:
        with pytest.raises(TransitionRefused) as refused:
            check_transition(current, target)
        assert current.label in str(refused.value) and target.label in str(refused.value)


def test_final_statuses_lead_nowhere():
    assert {s for s in Status if s.is_final} == {S.NOT_ACCEPTED, S.WITHDRAWN, S.STOPPED,
                                                 S.RETURNED}


def test_national_codes_and_labels():
    assert [int(s) for s in Status] == list(range(1, 11))
    assert S.RETURNED.label == "Đã trả kết quả"
    assert INITIAL_STATUSES == {S.REGISTERED, S.RECEIVED, S.SUPPLEMENT_REQUESTED,
                                S.NOT_ACCEPTED}
