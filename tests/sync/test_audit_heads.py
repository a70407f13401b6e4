"""Each sync sends the head of the desk's audit chain to the centre, which keeps them: a
desk whose history is rewritten afterwards is told so with the run's report (the status
bar's line); a server from before audit heads (404) is left alone."""

from __future__ import annotations

from onestop_desktop.domain.audit_chain import AuditHead
from onestop_desktop.store import audit, settings_repo
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.sync.engine import AUDIT_DIVERGED
from tests.sync.desks import engine, intake_many, make_desk
from tests.sync.fault_proxy import FaultProxy

AGENCY = "000.00.01.H22"


def _head(store):
    with store.read() as session:
        return audit.head(session), settings_repo.get_setting(session, audit.HEAD_SENT_KEY)


def test_the_head_goes_to_the_centre_and_a_rewritten_history_is_seen(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 3)
    token = central.add_device("Quầy 1", AGENCY, 1)
    sync = engine(store, central.url, token)
    report = sync.run_once()
    assert report.clean and report.audit_problem == ""
    head, sent = _head(store)
    assert AuditHead.from_dict(sent) == head  # acknowledged: kept as the last sent
    # The last intake's rows taken out of the file with sqlite3: the chain is intact
    # from its start, only shorter than what the centre holds.
    with raw_connection(store.path) as raw:
        raw.execute("DELETE FROM audit WHERE seq > ?", (head.seq - 2,))
    report = sync.run_once()
    assert report.audit_problem == AUDIT_DIVERGED and not report.clean
    assert AUDIT_DIVERGED in report.message()  # the status bar's line
    assert report.online and report.error == ""  # the rest of the sync still done


def test_a_server_without_audit_heads_is_left_alone(tmp_path, central):
    store = make_desk(tmp_path / "d", 1)
    intake_many(store, 2)
    token = central.add_device("Quầy 1", AGENCY, 1)
    proxy = FaultProxy(central.port)
    proxy.unknown_paths.add("/v1/audit-heads")
    try:
        report = engine(store, proxy.url, token).run_once()
    finally:
        proxy.close()
    assert report.clean and report.pushed == 2 and report.audit_problem == ""
    assert _head(store)[1] is None  # not taken: nothing recorded as sent
