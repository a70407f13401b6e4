"""Demo data: made-up dossiers of three busy years, written in bulk into a real store."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.domain.calendar import LOCAL_TZ, WorkCalendar
from onestop_desktop.domain.codes import parse_code
from onestop_desktop.domain.demo_dossiers import DemoMaker
from onestop_desktop.domain.returns import timing_class
from onestop_desktop.domain.search import dossier_tokens
from onestop_desktop.domain.status import Status, can_transition
from onestop_desktop.domain.text import fold
from onestop_desktop.services.demo_data import (
    DEMO_DATA_KEY,
    DemoDataRefused,
    demo_record,
    make_demo_data,
)
from onestop_desktop.services.dossier_queries import preview_due
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.search import search_rows
from onestop_desktop.services.setup import initialise
from onestop_desktop.store import catalogue_repo, dossier_repo, settings_repo
from onestop_desktop.store.bulk import DemoRows
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from onestop_desktop.store.models import (
    AuditRow,
    CodeCounter,
    DossierDocumentRow,
    DossierEndRow,
    DossierReturnRow,
    DossierRow,
    OutboxEvent,
    StatusChangeRow,
)
from tests.conftest import AGENCY, AGENCY_NAME, local, sample_request

NOW = local(2026, 12, 2, 16, 20)  # a Wednesday afternoon
N = 300


def make(store, count=N, seed=11, now=NOW):
    return make_demo_data(store, count, seed, actor="test", now=now)


def rows(store) -> list[DossierRow]:
    with store.read() as session:
        return list(session.scalars(select(DossierRow).order_by(DossierRow.search_seq)))


def table_counts(store) -> dict[str, int]:
    with store.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (DossierRow, DossierDocumentRow, StatusChangeRow,
                              DossierReturnRow, OutboxEvent, AuditRow, CodeCounter)}


def test_same_seed_same_dossiers_other_seed_others(tmp_path, store):
    first = make(store)
    twin = Store.open(tmp_path / "twin")
    initialise(twin, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
               today=NOW.date())
    second = make(twin)
    assert first.dossiers == second.dossiers == N
    assert first.by_status == second.by_status
    key = [(r.code, r.applicant_name, r.id_number, r.status, r.received_at, r.due_at)
           for r in rows(store)]
    assert key == [(r.code, r.applicant_name, r.id_number, r.status, r.received_at, r.due_at)
                   for r in rows(twin)]
    make(twin, seed=12)  # replaces the demo data with another seed's
    assert [r.applicant_name for r in rows(twin)] != [r.applicant_name for r in rows(store)]
    twin.close()


def test_codes_unique_parseable_in_desk_blocks_and_counted(store):
    make(store)
    found = rows(store)
    assert len(found) == N
    codes = [r.code for r in found]
    assert len(set(codes)) == N
    per_day_desk: dict[tuple, int] = {}
    for row in found:
        code = parse_code(row.code)
        assert code.agency == AGENCY
        assert code.day == row.received_at.astimezone(LOCAL_TZ).date()
        desk, counter = divmod(code.number, 1000)
        assert 1 <= desk <= 9 and counter >= 1
        key = (code.day, desk)
        per_day_desk[key] = max(per_day_desk.get(key, 0), counter)
    with store.read() as session:
        counters = {(c.day, c.desk): c.last for c in session.scalars(select(CodeCounter))}
    assert counters == per_day_desk
    # Chronological: insertion order (the search index's "newest first") is receipt order.
    received = [r.received_at for r in found]
    assert received == sorted(received) and [r.search_seq for r in found] == list(
        range(1, N + 1))
    assert NOW - timedelta(days=3 * 366) < received[0] and received[-1] <= NOW


def test_statuses_follow_their_history_and_hand_backs_are_recorded(store):
    result = make(store)
    with store.read() as session:
        history: dict[str, list[StatusChangeRow]] = {}
        for change in session.scalars(select(StatusChangeRow).order_by(StatusChangeRow.id)):
            history.setdefault(change.dossier_id, []).append(change)
        returns = {r.dossier_id: r for r in session.scalars(select(DossierReturnRow))}
        ends = {e.dossier_id: e for e in session.scalars(select(DossierEndRow))}
        documents = Counter(session.scalars(select(DossierDocumentRow.dossier_id)))
        catalogue = {p.code: p for p in catalogue_repo.search_procedures(session)}
    statuses = Counter()
    for row in rows(store):
        steps = history[row.id]
        assert steps[0].from_status is None and steps[0].at == row.received_at
        assert Status(steps[0].to_status) in (Status.RECEIVED, Status.NOT_ACCEPTED,
                                              Status.SUPPLEMENT_REQUESTED)
        for before, after in itertools.pairwise(steps):
            assert after.from_status == before.to_status
            assert can_transition(Status(before.to_status), Status(after.to_status))
            assert before.at < after.at <= NOW
        assert steps[-1].to_status == row.status and row.updated_at == steps[-1].at
        statuses[row.status] += 1
        procedure = catalogue[row.procedure_code]
        assert row.fee_total == procedure.total_fee
        assert 0 < documents[row.id] <= len(procedure.documents)
        if row.status == Status.NOT_ACCEPTED:
            assert row.due_at is None and len(steps) == 1
        else:
            assert row.due_at is not None and row.due_at > row.received_at
        done = [step.at for step in steps if step.to_status == Status.DONE]
        end = ends.get(row.id)  # the reports' first end, kept through the bulk load too
        assert (end.done_at, end.timing) == (done[0], timing_class(row.due_at, done[0]).value
                                             ) if done else end is None
        back = returns.get(row.id)
        if row.status == Status.RETURNED:
            assert back is not None and back.returned_at == row.returned_at == steps[-1].at
            assert back.timing == timing_class(row.due_at, back.returned_at).value
            assert back.rating in (1, 2, 3, None)
            assert back.fees_collected == row.fee_total
            if not back.authorised:
                assert (back.recipient_name, back.recipient_id_number) == (
                    row.applicant_name, row.id_number)
        else:
            assert back is None and row.returned_at is None
    assert statuses == Counter(result.by_status)
    # Three years of a centre: most handed back, some refused, withdrawn or stopped.
    assert statuses[Status.RETURNED] > 0.75 * N
    assert statuses[Status.NOT_ACCEPTED] and statuses[Status.WITHDRAWN] \
        and statuses[Status.STOPPED]


def test_the_appointment_is_an_intakes(store):
    """Each due time is what an intake of the same procedure at the same moment gives."""
    make(store, count=60)
    with store.read() as session:
        catalogue = {p.code: p for p in catalogue_repo.search_procedures(session)}
    recent = [r for r in rows(store) if r.received_at.year >= 2025 and r.due_at is not None]
    assert recent
    for row in recent:
        assert row.due_at == preview_due(store, catalogue[row.procedure_code], row.received_at).at


def test_no_outbox_one_audit_row_and_the_run_recorded(store):
    before = table_counts(store)
    result = make(store, seed=3)
    after = table_counts(store)
    assert after["outbox"] == 0  # never pushed to the central server
    # The run's row, and each dossier on the audit chain as an intake puts it there.
    assert after["audit"] == before["audit"] + 1 + N
    assert Desk(store).audit.verify().intact
    with store.read() as session:
        made = session.scalars(select(AuditRow).where(AuditRow.action == "demo_data.made")).one()
        recorded = settings_repo.get_setting(session, DEMO_DATA_KEY)
    assert made.detail["dossiers"] == N and made.detail["seed"] == 3
    assert recorded == demo_record(store)
    assert recorded["count"] == N and recorded["seed"] == 3 and recorded["complete"] is True
    assert recorded["made_at"] == NOW.isoformat()
    assert result.returned == after["dossier_returns"]
    # Every dossier received by a demo desk: that is how demo data is told from real.
    assert {r.received_by for r in rows(store)} <= {f"demo:quay{d}" for d in range(1, 10)}
    with raw_connection(store.path) as raw:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as it was


def test_search_keys_and_index_tokens_are_an_intakes(store):
    """The bulk rows hold the same search key and index tokens an intake writes."""
    make(store, count=120)
    for row in rows(store):
        assert row.search_key == dossier_repo.search_key(dossier_repo.to_dossier(row))
    with store.read() as session:
        procedures = catalogue_repo.search_procedures(session)
    maker = DemoMaker(5, NOW, WorkCalendar(), procedures, AGENCY)
    demo_rows, seq = DemoRows(AGENCY), 0
    for day, count in maker.day_counts(400):
        for demo in maker.day(day, count):
            seq += 1
            demo_rows.add(demo, seq)
            person = demo.person
            assert demo_rows.batch.index[-1]["tokens"] == dossier_tokens(
                code=demo.code, name=person.name, id_number=person.id_number,
                phone=person.phone, address=person.address, procedure_name=demo.procedure.name)


def test_search_finds_demo_people(store):
    make(store)
    found = rows(store)
    with store.read() as session:
        for row in found[::37]:
            plain = fold(row.applicant_name)
            for text in (row.applicant_name, plain, row.id_number[-6:],
                         parse_code(row.code).short):
                hits = search_rows(session, text, AGENCY, limit=1000)
                assert row.code in [h.code for h in hits], text
        # A common syllable finds many, each with a word so begun in its name or address.
        thi = search_rows(session, "thi", AGENCY, limit=20)
        assert len(thi) == 20
        by_code = {row.code: row for row in found}
        for hit in thi:
            row = by_code[hit.code]
            words = fold(f"{row.applicant_name} {row.address}").replace(",", " ").split()
            assert any(word.startswith("thi") for word in words), hit


def test_a_real_intake_afterwards_gets_a_fresh_code(store):
    make(store, count=10_000, seed=4)
    demo_codes = {r.code for r in rows(store)}
    with store.read() as session:
        busiest = session.scalars(select(CodeCounter).where(CodeCounter.desk == 1)
                                  .order_by(CodeCounter.last.desc())).first()
    assert busiest.last >= 2  # desk 1 (this desk) issued demo codes that day
    service = IntakeService(store, clock=lambda: NOW + timedelta(minutes=1))
    received = local(busiest.day.year, busiest.day.month, busiest.day.day, 10, 0)
    back_dated = service.intake(sample_request(received_at=received.isoformat()), "lan")
    assert back_dated.code == f"{AGENCY}-{busiest.day:%y%m%d}-{1000 + busiest.last + 1}"
    today = service.intake(sample_request(received_at=NOW.isoformat()), "lan")
    assert {back_dated.code, today.code}.isdisjoint(demo_codes)
    assert parse_code(today.code).day == NOW.date()
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEvent)) == 2


def test_refused_when_the_store_holds_real_dossiers(store):
    IntakeService(store, clock=lambda: NOW).intake(sample_request(), "lan")
    before = table_counts(store)
    with pytest.raises(DemoDataRefused, match="1 hồ sơ thật"):
        make(store)
    assert table_counts(store) == before and demo_record(store) is None


def test_refused_when_too_many_for_three_years(store):
    before = table_counts(store)
    with pytest.raises(DemoDataRefused, match="tối đa"):
        make(store, count=20_000_000)
    assert table_counts(store) == before


# ---- the command -------------------------------------------------------------------------

@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = tmp_path / "desk"
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", "Trung tâm Phục vụ hành chính công", "--desk", "2"]) == 0
    return data


def snapshot(data) -> dict[str, object]:
    with raw_connection(data / "onestop.sqlite3") as raw:
        return {table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("dossiers", "audit", "code_counters", "status_changes")} | {
            "demo": raw.execute("SELECT count(*) FROM settings WHERE key = 'demo_data'")
                       .fetchone()[0]}


def test_command_makes_and_replaces_demo_data(desk, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(desk), "demo-data", "--dossiers", "300", "--seed", "5",
                 "--json"]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out)  # the summary alone on stdout
    assert summary["dossiers"] == 300 and summary["seed"] == 5 and summary["replaced"] == 0
    assert sum(summary["by_status"].values()) == 300
    assert "Dữ liệu mẫu" in err and "300/300" in err  # the progress bar, on stderr
    assert main(["--data-dir", str(desk), "demo-data", "--dossiers", "1.000"]) == 0
    out, _ = capsys.readouterr()
    assert "1,000 demo dossiers (seed 1)" in out and "replacing 300" in out
    assert snapshot(desk)["dossiers"] == 1000
    # The 300 replaced are gone by the program's hand: the audit trail says so.
    assert main(["--data-dir", str(desk), "audit", "verify"]) == 0


@pytest.mark.parametrize("count", ["0", "-3", "abc", "1.5", "10e3", ""])
def test_command_refuses_a_count_that_is_not_a_positive_whole_number(desk, capsys, count):
    before = snapshot(desk)
    capsys.readouterr()
    assert main(["--data-dir", str(desk), "demo-data", f"--dossiers={count}"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "Số hồ sơ mẫu phải là một số nguyên dương" in err
    assert snapshot(desk) == before


def test_command_refuses_a_store_with_real_dossiers(desk, capsys, tmp_path):
    request = tmp_path / "hs.json"
    request.write_text(json.dumps(sample_request(), ensure_ascii=False), encoding="utf-8")
    assert main(["--data-dir", str(desk), "intake", str(request)]) == 0
    before = snapshot(desk)
    capsys.readouterr()
    assert main(["--data-dir", str(desk), "demo-data", "--dossiers", "100"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "1 hồ sơ thật" in err
    assert snapshot(desk) == before


def test_command_refuses_a_desk_not_set_up(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = tmp_path / "nowhere"
    assert main(["--data-dir", str(data), "demo-data", "--dossiers", "100"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Quầy chưa được thiết lập" in err and err.count("\n") == 1
    assert not (data / "onestop.sqlite3").exists()  # nothing written, not even a store


@pytest.mark.slow
def test_twenty_thousand_dossiers(store):
    result = make_demo_data(store, 20_000, 2, actor="test", now=NOW)
    assert result.dossiers == 20_000 and table_counts(store)["dossiers"] == 20_000
    assert result.per_second > 500, result  # minutes for a million, not hours
    recent = [r for r in rows(store) if r.received_at > NOW - timedelta(days=14)]
    # Recent dossiers are still being processed, in every open status.
    assert {2, 4, 5, 6, 9} <= {r.status for r in recent}
    with store.read() as session:
        assert len(search_rows(session, "nguyen thi", AGENCY, limit=50)) == 50


def test_the_loading_connection_gets_its_settings_back(store):
    """Durability is lowered on the loading connection only, for the load only."""
    from onestop_desktop.store.bulk import BulkWriter

    def pragmas(dbapi) -> tuple:
        return tuple(dbapi.execute(f"PRAGMA {name}").fetchone()[0]
                     for name in ("synchronous", "temp_store"))

    with BulkWriter(store) as writer:
        dbapi = writer.connection.connection.dbapi_connection
        assert pragmas(dbapi) == (0, 2)  # no fsync, temporary tables in memory
        with writer.transaction():
            writer.write(DemoRows(AGENCY).take())  # nothing to write: nothing written
    assert pragmas(dbapi) == (2, 0)  # FULL again, SQLite's default
