"""The pull cursor never skips a change: change numbers become visible in commit order.

On PostgreSQL a sequence numbers a change at insert, but transactions commit in
any order; the change log's lock, taken wherever a Change row is made, keeps a
puller from reading past a number that commits later.
"""

from __future__ import annotations

import ast
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import onestop_central
from onestop_central import service
from onestop_central.models import Change
from tests.central.live import PG_ENV, LiveServer, db_url_for
from tests.central.payloads import AGENCY, created_event, dossier_payload, push

CATALOGUE = {"version": "2026.12", "procedures": [
    {"code": "1.000001", "name": "Thủ tục từ trung tâm", "field": "Thử",
     "time_limit": {"value": 5, "unit": "day"}}]}

# Every back-office write that logs a change for the desks.
WRITERS = {
    "set_status": lambda session, code: service.set_status(session, code, 4),
    "calendar": lambda session, code: service.publish_calendar(
        session, [{"day": "2026-12-31", "kind": "off", "name": "Nghỉ bù"}]),
    "catalogue": lambda session, code: service.publish_catalogue(session, CATALOGUE),
    "desk_version": lambda session, code: service.announce_desk_version(session, "9.9.9"),
}


def _enclosing_functions(tree: ast.AST) -> dict[ast.AST, str]:
    """Each node -> the name of the function it is in (the outermost one)."""
    owner: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                owner.setdefault(inner, node.name)
    return owner


def test_every_change_row_is_made_by_the_one_helper_that_takes_the_lock():
    makers: list[tuple[str, str]] = []
    for path in sorted(Path(onestop_central.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner = _enclosing_functions(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = [a.id for a in node.args if isinstance(a, ast.Name)]
            if node.func.id == "Change" or (node.func.id == "insert" and "Change" in args):
                makers.append((path.name, owner.get(node, "<module>")))
    assert makers == [("service.py", "_log_change")]
    helper = next(n for n in ast.walk(ast.parse(Path(service.__file__).read_text("utf-8")))
                  if isinstance(n, ast.FunctionDef) and n.name == "_log_change")
    calls = [c.func.id for c in ast.walk(helper)
             if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)]
    assert calls.index("lock_change_log") < calls.index("Change")


@pytest.fixture
def pg_server(tmp_path):
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} not set (see .ci/start_postgres.sh)")
    server = LiveServer(db_url_for("postgresql", tmp_path)).start()
    yield server
    server.stop()


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_change_committed_late_is_never_skipped_by_a_puller(pg_server, writer):
    token = pg_server.add_device("Quầy 1", AGENCY, 1)
    payload = dossier_payload(1001)
    with pg_server.client(token) as client:
        push(client, created_event(payload))
    # A writer on a session of its own (not Database.transaction): its change
    # has drawn its number and is still uncommitted...
    slow = Session(pg_server.db.engine)
    WRITERS[writer](slow, payload["code"])
    slow.flush()

    def quick_writer() -> None:  # ...while another writer tries to commit one after it.
        with Session(pg_server.db.engine) as session, session.begin():
            service.publish_calendar(session, [{"day": "2027-01-02", "kind": "work"}])

    quick = threading.Thread(target=quick_writer)
    quick.start()
    quick.join(0.5)  # time enough to commit, were it not made to wait
    seen: list[int] = []
    with pg_server.client(token) as client:
        first = client.get("/v1/changes", params={"since": 0}).json()
        seen += [c["seq"] for c in first["changes"]]
        slow.commit()
        slow.close()
        quick.join(30)
        assert not quick.is_alive()
        second = client.get("/v1/changes", params={"since": first["cursor"]}).json()
        seen += [c["seq"] for c in second["changes"]]
    with pg_server.db.read() as session:
        stored = list(session.scalars(select(Change.seq).order_by(Change.seq)))
    assert len(stored) == 2 and seen == stored  # both, in order, none skipped
