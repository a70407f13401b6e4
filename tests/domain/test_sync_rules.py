"""What the desk does with a status the centre set: apply, skip, or a conflict with why."""

from __future__ import annotations

import itertools
import unicodedata

from onestop_desktop.domain.status import Status, can_transition
from onestop_desktop.domain.sync_rules import CentralStatusAction, decide_central_status

APPLY, SKIP, CONFLICT = (CentralStatusAction.APPLY, CentralStatusAction.SKIP,
                         CentralStatusAction.CONFLICT)


def test_every_pair_of_statuses_follows_the_status_rules():
    for here, there in itertools.product(Status, Status):
        decision = decide_central_status(int(here), int(there))
        if here == there:
            assert decision.action is SKIP and not decision.reason
        elif can_transition(here, there):
            assert decision.action is APPLY and not decision.reason
        else:
            assert decision.action is CONFLICT
            assert decision.reason == (f"Máy chủ chuyển hồ sơ sang “{there.label}” nhưng tại "
                                       f"quầy hồ sơ đang “{here.label}”.")
            assert unicodedata.is_normalized("NFC", decision.reason)


def test_a_dossier_this_desk_does_not_hold_is_skipped():
    assert decide_central_status(None, int(Status.PROCESSING)).action is SKIP


def test_a_status_outside_the_list_is_a_conflict_not_a_crash():
    decision = decide_central_status(int(Status.RECEIVED), 42)
    assert decision.action is CONFLICT
    assert "(42)" in decision.reason and "Được tiếp nhận" in decision.reason
