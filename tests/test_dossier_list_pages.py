"""Keyset pages of the dossier list: every dossier once, in order, also when hundreds
were received on the same day (a page's end falls inside a day)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.listing import Period
from onestop_desktop.services.dossier_queries import DossierFilter, list_page
from tests.sync.desks import DAY, intake_many


def _all_pages(store, flt, now, limit, most):
    seen, after = [], None
    while True:
        page = list_page(store, flt, now, after=after, limit=limit)
        seen += page.rows
        assert len(seen) <= most, "the pages go round in circles"
        if page.next_key is None:
            return seen
        after = page.next_key


@pytest.mark.parametrize("period", [Period.ALL, Period.OVERDUE], ids=["newest", "soonest_due"])
def test_paging_a_busy_day_shows_every_dossier_once_in_order(store, period):
    """Newest first, and soonest due first (all overdue two months on: dozens share one
    appointment half-day, so the code breaks the tie)."""
    codes = intake_many(store, 250) + intake_many(store, 30, day=DAY + timedelta(days=1))
    now = datetime.combine(DAY + timedelta(days=60), datetime.min.time(), LOCAL_TZ)
    rows = _all_pages(store, DossierFilter(period=period), now, limit=40, most=len(codes))
    assert sorted(r.code for r in rows) == sorted(codes)  # none lost, none twice
    keys = ([(r.received_at, r.code) for r in rows] if period is Period.ALL
            else [(r.due_at, r.code) for r in rows])
    assert keys == (sorted(keys, reverse=True) if period is Period.ALL else sorted(keys))
