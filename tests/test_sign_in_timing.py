"""Signing in does not tell which user names exist: a refusal takes as long whether the
name is unknown, disabled or known with a wrong password."""

from __future__ import annotations

import statistics
import time

import pytest

from onestop_desktop.services.accounts import (
    AccountLocked,
    SignInFailed,
    authenticate,
    create_user,
    set_active,
)

TRIES = 4  # below the lock-out (five wrong passwords in a row)


def refusal_time(store, username: str, refusal: type[Exception] = SignInFailed) -> float:
    """The median time of refusing `username` with a wrong password."""
    times = []
    for _ in range(TRIES):
        started = time.perf_counter()
        with pytest.raises(refusal):
            authenticate(store, username, "wrong password")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_unknown_disabled_and_known_names_cost_the_same(store):
    create_user(store, "admin", "Quản trị", "matkhau-admin", role="admin")
    create_user(store, "canbo1", "Nguyễn Văn An", "matkhau-dung")
    create_user(store, "canbo2", "Lê Thị Bình", "matkhau-dung")
    create_user(store, "canbo3", "Trần Văn Cường", "matkhau-dung")
    set_active(store, "admin", "canbo2", False)
    for _ in range(5):  # canbo3 locks itself out
        with pytest.raises((SignInFailed, AccountLocked)):
            authenticate(store, "canbo3", "wrong password")
    known = refusal_time(store, "canbo1")
    unknown = refusal_time(store, "khongcoai")
    disabled = refusal_time(store, "canbo2")
    locked = refusal_time(store, "canbo3", AccountLocked)
    assert known > 0.005  # a real password hash is checked
    for other in (unknown, disabled, locked):
        assert 0.5 <= other / known <= 2, (known, unknown, disabled, locked)
