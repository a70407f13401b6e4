"""Queue tickets: the number typed or scanned (digits with an optional letter prefix, an
issue time only when the ticket's barcode carries one), kept with the dossier taken in,
and the serving and waiting times of a period as SQL aggregates (store 0017)."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from onestop_desktop.domain.dossier import dossier_to_dict
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.report_figures import figure_value
from onestop_desktop.domain.scanner import ScanDetector
from onestop_desktop.domain.tickets import (
    Ticket,
    next_ticket,
    normalise_ticket,
    parse_ticket_scan,
    ticket_problem,
)
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.reports import period_report
from onestop_desktop.store import dossier_repo, outbox
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.report_queries import ticket_times
from tests.conftest import AGENCY, local, migrate_store, sample_request, schema_drift


@pytest.mark.parametrize(("typed", "number"), [
    ("A012", "A012"), ("a 012", "A012"), ("A-012", "A012"), ("37", "37"), ("BC1005", "BC1005"),
    (" 007 ", "007")])
def test_a_ticket_number_is_digits_with_an_optional_letter_prefix(typed, number):
    assert normalise_ticket(typed) == number
    assert ticket_problem(typed) == ""


@pytest.mark.parametrize("typed", ["A", "ABC12", "12A", "A1234567", "Số 5", "0123456789012"])
def test_other_text_is_not_a_ticket(typed):
    assert normalise_ticket(typed) is None
    assert "chữ số" in ticket_problem(typed)


def test_the_next_number_keeps_the_prefix_and_the_width():
    assert next_ticket("A012") == "A013"
    assert next_ticket("A099") == "A100"
    assert next_ticket("A999") == "A1000"
    assert next_ticket("41") == "42"
    assert next_ticket(None) is None and next_ticket("") is None


def test_a_scanned_ticket_says_its_issue_time_only_when_its_barcode_does():
    assert parse_ticket_scan("A012") == Ticket("A012")
    issued = parse_ticket_scan("A012|20261203081500")
    assert issued == Ticket("A012", local(2026, 12, 3, 8, 15))
    assert parse_ticket_scan("A012|2026-12-03T08:15:00+07:00").issued_at == \
        local(2026, 12, 3, 8, 15)
    assert parse_ticket_scan("A012|hôm nay") is None  # a broken time: not a ticket's
    assert parse_ticket_scan("A01") is None  # too short for a scan: a quick "A01" typed
    assert parse_ticket_scan("038190012345") is None  # a CCCD number is no ticket


def test_the_detector_takes_a_fast_ticket_burst_as_a_scan():
    """Shorter than the usual minimum: a ticket's barcode is still a scan when a scanner
    types it (fast, ended by Enter); the same keys typed by a person are typing."""
    detector = ScanDetector()
    at, results = 0.0, []
    for char in "A012\n":
        at += 3
        results.append(detector.feed(char, at))
    assert results[-1].scan == "A012"
    for char in "A012\n":
        at += 120
        result = detector.feed(char, at)
    assert result.scan is None


def _intake(store, at, ticket, **overrides):
    return IntakeService(store, lambda: at).intake(
        sample_request(received_at=at.isoformat(), ticket=ticket, **overrides), "lan")


def _ticket_columns(store, code):
    with store.read() as session:
        row = dossier_repo.get_row_by_code(session, code)
        return row.ticket, row.ticket_issued_at, row.ticket_called_at


def test_the_ticket_is_kept_with_the_dossier(store):
    saved = local(2026, 12, 3, 9, 0)
    called, issued = saved - timedelta(minutes=6), saved - timedelta(minutes=40)
    dossier = _intake(store, saved, {"number": "a012", "called_at": called.isoformat(),
                                     "issued_at": issued.isoformat()})
    assert _ticket_columns(store, dossier.code) == ("A012", issued.astimezone(UTC),
                                                    called.astimezone(UTC))
    with store.read() as session:  # the centre's record (and the portal's) is unchanged
        [created] = outbox.events_for(session, dossier.id)
        assert "ticket" not in created.payload
        assert created.payload == dossier_to_dict(dossier)
    plain = _intake(store, saved, "B7")  # typed, never called from this desk
    assert _ticket_columns(store, plain.code) == ("B7", None, None)
    none = _intake(store, saved, None)
    assert _ticket_columns(store, none.code) == (None, None, None)


@pytest.mark.parametrize(("ticket", "field"), [
    ("A12345678", "ticket.number"), (12, "ticket"), ({"number": "A1", "queue": 3}, "ticket"),
    ({"number": "A1", "called_at": "09:00"}, "ticket.called_at"),
    ({"number": "A1", "called_at": "2026-12-03T08:00:00+07:00",
      "issued_at": "2026-12-03T08:30:00+07:00"}, "ticket.issued_at"),
    ({"number": "A1", "called_at": "2026-12-03T11:00:00+07:00"}, "ticket"),  # the future
    ({"number": "A1", "called_at": "2026-12-01T09:00:00+07:00"}, "ticket"),  # days ago
])
def test_a_wrong_ticket_is_refused_naming_it_and_nothing_is_written(store, ticket, field):
    with pytest.raises(ValidationFailed) as refused:
        _intake(store, local(2026, 12, 3, 9, 0), ticket)
    assert any(p.field.startswith(field) for p in refused.value.problems), \
        refused.value.problems
    with store.read() as session:
        assert dossier_repo.get_row_by_code(session, f"{AGENCY}-261203-1001") is None


def test_ticket_times_are_the_periods_averages_and_medians(store):
    day = local(2026, 12, 3, 0, 0)
    # Served 5, 7 and 12 minutes after their call; two of them said when they were issued.
    for minutes, save_at, waited in ((5, (8, 10), 20), (7, (8, 30), None), (12, (9, 5), 50)):
        saved = day.replace(hour=save_at[0], minute=save_at[1])
        called = saved - timedelta(minutes=minutes)
        ticket = {"number": f"A{minutes:03d}", "called_at": called.isoformat()}
        if waited is not None:
            ticket["issued_at"] = (called - timedelta(minutes=waited)).isoformat()
        _intake(store, saved, ticket)
    _intake(store, day.replace(hour=9, minute=30), "A099")  # never called here
    _intake(store, day.replace(hour=9, minute=40), None)  # no ticket: not counted
    # Another day's: outside the period.
    _intake(store, local(2026, 12, 2, 9, 0), {"number": "A001", "called_at": local(
        2026, 12, 2, 8, 0).isoformat()})
    with store.read() as session:
        times = ticket_times(session, AGENCY, day, day + timedelta(days=1))
    assert (times.count, times.served, times.waited) == (4, 3, 2)
    assert times.serving_average == pytest.approx(8 * 60, abs=0.01)
    assert times.serving_median == pytest.approx(7 * 60, abs=0.01)
    assert times.waiting_average == pytest.approx(35 * 60, abs=0.01)
    assert times.waiting_median == pytest.approx(35 * 60, abs=0.01)  # of two: their middle
    # The period's report carries them (JSON, and the figures the page and exports show).
    report = period_report(store, day.date(), day.date(), day + timedelta(days=1)).to_dict()
    assert report["queue"] == {"tickets": 4, "served": 3, "waited": 2,
                               "serving_average_s": pytest.approx(480, abs=0.01),
                               "serving_median_s": pytest.approx(420, abs=0.01),
                               "waiting_average_s": pytest.approx(2100, abs=0.01),
                               "waiting_median_s": pytest.approx(2100, abs=0.01)}
    assert [figure_value(report, f"queue.{k}") for k in
            ("tickets", "serving_median_s", "waiting_median_s")] == [4, 420, 2100]
    with store.read() as session:
        empty = ticket_times(session, AGENCY, day + timedelta(days=1), day + timedelta(days=2))
        other = ticket_times(session, "000.00.02.H22", day, day + timedelta(days=1))
    assert empty.count == 0 and empty.serving_average is None and empty.waiting_median is None
    assert other.count == 0


def test_0017_adds_the_ticket_columns_and_goes_back(data_dir, store):
    _intake(store, local(2026, 12, 3, 9, 0), "A012")
    store.close()
    path = data_dir / "onestop.sqlite3"
    migrate_store(path, "0016_report_indexes", down=True)
    with raw_connection(path) as raw:
        assert "ticket" not in {r[1] for r in raw.execute("PRAGMA table_info(dossiers)")}
    migrate_store(path, "head")
    with raw_connection(path) as raw:
        assert raw.execute("SELECT count(*), count(ticket) FROM dossiers").fetchone() == (1, 0)


def test_models_match_the_migrations(tmp_path):
    diff = schema_drift(tmp_path)
    assert [d for d in diff if "ticket" in repr(d)] == []
