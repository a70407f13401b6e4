"""Feedback reaches the centre and its answer comes back: a desk's feedback.created is
stored by the centre once (idempotent by event id, one row per feedback id and code, in
the desk's own block of numbers); the back office handles and answers it at its command
line; the desks pull the status and the answer, the desk that took it shows them (the
others of the agency skip it), a change pulled again never takes it back, and the audit
chain stays intact."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from onestop_central import cli as central_cli
from onestop_desktop.desk import Desk
from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.feedback import FeedbackStatus
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.accounts import create_user
from onestop_desktop.store import sync_repo
from onestop_desktop.sync import protocol as p
from tests.central.payloads import AGENCY, OTHER_AGENCY, push
from tests.sync.desks import engine, make_desk, outbox_states

LAN = Officer("lan", "Nguyễn Thị Lan", "officer")
MOMENT = datetime(2026, 12, 3, 9, 0, tzinfo=LOCAL_TZ)
PETITION = {"name": "Trần Văn Bình", "phone": "0912345678",
            "content": "Đề nghị hướng dẫn rõ hơn thành phần hồ sơ.",
            "procedure_code": "1.001612"}


def _desk(tmp_path, name: str, number: int) -> Desk:
    store = make_desk(tmp_path / name, number)
    create_user(store, LAN.username, LAN.full_name, "mat-khau-quay-1")
    return Desk(store, lambda: MOMENT)


def _back_office(capsys, central, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    status = central_cli.main([*argv, "--db", central.db_url])
    out, err = capsys.readouterr()
    return status, out, err


def test_feedback_goes_to_the_centre_and_its_answer_comes_back(tmp_path, central, capsys):
    from onestop_central.models import Change, Event, Feedback

    desk = _desk(tmp_path, "d1", 1)
    other = _desk(tmp_path, "d2", 2)  # another counter of the same agency
    taken = desk.feedback.take_in(PETITION, LAN).value
    token = central.add_device("Quầy 1", AGENCY, 1)
    other_engine = engine(other.store, central.url, central.add_device("Quầy 2", AGENCY, 2))
    report = engine(desk.store, central.url, token).run_once()
    assert report.clean and report.pushed == 1 and outbox_states(desk.store) == {"acked": 1}
    with central.db.read() as session:
        stored = session.scalars(select(Feedback)).one()
        kinds = list(session.scalars(select(Event.kind)))
    assert (stored.code, stored.id, stored.status, stored.agency_code) == (
        taken.code, taken.id, "received", AGENCY)
    assert stored.payload["content"] == PETITION["content"] and kinds == ["feedback.created"]

    status, out, err = _back_office(capsys, central, "feedback", "handle", taken.code,
                                    "--actor", "phong-tn")
    assert status == 0, err
    answer = "Thành phần hồ sơ đã được niêm yết tại quầy số 1.\n\nXin cảm ơn ông."
    status, out, err = _back_office(capsys, central, "feedback", "answer", taken.code,
                                    "--text", answer, "--actor", "phong-tn")
    assert status == 0, err
    # A closed feedback is not answered again; the refusal says why, nothing is logged.
    assert _back_office(capsys, central, "feedback", "close", taken.code)[0] == 0
    status, _out, err = _back_office(capsys, central, "feedback", "answer", taken.code,
                                     "--text", "Lần hai")
    assert status == 2 and "không chuyển sang “Đã trả lời” được" in err
    with central.db.read() as session:
        assert [c.kind for c in session.scalars(select(Change))] == [p.CHANGE_FEEDBACK] * 3

    report = engine(desk.store, central.url, token).run_once()
    assert report.clean and report.pulled == 3
    shown = desk.feedback.get(taken.code)
    assert shown.status is FeedbackStatus.CLOSED
    assert (shown.answer, shown.answered_by) == (answer, "phong-tn")
    assert shown.answered_at is not None
    verdict = desk.audit.verify()
    assert verdict.intact, verdict.message()
    other_report = other_engine.run_once()
    assert other_report.clean and other_report.pulled == 3 and other.feedback.page() == []

    # The same changes pulled again (a cursor reset) leave the feedback as it is.
    with desk.store.transaction() as session:
        sync_repo.set_cursor(session, 0)
    assert engine(desk.store, central.url, token).run_once().clean
    again = desk.feedback.get(taken.code)
    assert (again.status, again.answer) == (FeedbackStatus.CLOSED, answer)

    status, out, _ = _back_office(capsys, central, "feedback", "list", "--json")
    assert status == 0 and '"status": "closed"' in out and taken.code in out


def test_a_feedback_pulled_out_of_order_only_moves_forward(tmp_path, store):
    desk = Desk(store, lambda: MOMENT)
    taken = desk.feedback.take_in(PETITION, Officer("cli:x", "", "system")).value
    now = datetime.now(UTC)

    def change(seq, status, answer=""):
        return {"seq": seq, "kind": p.CHANGE_FEEDBACK, "at": now.isoformat(),
                "dossier_id": None, "data": {"id": taken.id, "code": taken.code,
                                             "status": status, "at": now.isoformat(),
                                             "answer": answer, "answered_by": "tp",
                                             "answered_at": now.isoformat()}}
    with store.transaction() as session:
        applied = sync_repo.apply_changes(session, [change(1, "answered", "Đã xử lý."),
                                                    change(2, "handling")], 2, now)
    assert (applied.feedback, applied.skipped) == (1, 1)
    shown = desk.feedback.get(taken.code)
    assert (shown.status, shown.answer) == (FeedbackStatus.ANSWERED, "Đã xử lý.")


def _feedback_event(taken: dict, **changes) -> dict:
    body = {**taken, **changes}
    return p.PushEvent(event_id=str(uuid.uuid4()), kind=p.FEEDBACK_CREATED, dossier_id=None,
                       created_at=datetime.now(UTC), payload=body).model_dump(mode="json")


def _payload(number: int, agency: str = AGENCY) -> dict:
    return {"id": str(uuid.uuid4()), "code": f"{agency}-PA-261203-{number:04d}",
            "name": "Trần Văn Bình", "phone": "0912345678", "email": "",
            "content": "Nội dung", "procedure_code": "", "procedure_name": "",
            "dossier_code": "", "received_at": datetime.now(UTC).isoformat(),
            "received_by": "lan", "status": "received"}


def test_the_centre_refuses_feedback_that_is_not_the_desk_s_alone(central):
    token = central.add_device("Quầy 1", AGENCY, 1)
    good = _payload(1001)
    first = _feedback_event(good)
    with central.client(token) as client:
        results = push(client, first, first, _feedback_event(good),
                       _feedback_event(_payload(2001)), _feedback_event(_payload(1002),
                                                                        code="PA-1"),
                       _feedback_event(_payload(1003, OTHER_AGENCY)),
                       _feedback_event(dict(_payload(1004), id=good["id"])),
                       _feedback_event(_payload(1005), content=""),
                       _feedback_event(_payload(1006)))
    outcomes = [(r["outcome"], r["error"]) for r in results]
    assert outcomes == [(p.ACCEPTED, ""), (p.DUPLICATE, ""), (p.CONFLICT, "feedback_exists"),
                        (p.CONFLICT, "wrong_desk"), (p.CONFLICT, "invalid_code"),
                        (p.REJECTED, "wrong_agency"), (p.CONFLICT, "feedback_exists"),
                        (p.REJECTED, "invalid_payload"), (p.ACCEPTED, "")]
    assert central.stats()["events"] == 2
