"""Notices to the citizen, end to end: a desk takes in a dossier whose citizen asked for
e-mail, pushes it to a real central server, the server's sender delivers the notice to a
real SMTP server (aiosmtpd) with the code and the Vietnamese text intact; a replayed push
sends nothing again; a mail server that is down is tried again later; the desk pulls each
delivery and shows it on the dossier's timeline."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from onestop_central import service
from onestop_central.models import Notice
from onestop_central.notices import outbox
from onestop_central.notices.providers import providers_from
from onestop_central.notices.sender import NoticeSender, deliver_due
from onestop_desktop.services import dossier_queries
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.store.models import NoticeDeliveryRow, OutboxEvent
from tests.central.notice_servers import Mailbox, free_port
from tests.conftest import AGENCY, sample_request
from tests.sync.desks import engine, make_desk

EMAIL = "huong.dang@thanhhoa.gov.vn"
FROM = "Trung tâm Phục vụ hành chính công <motcua@thanhhoa.gov.vn>"
PROCEDURE = "Đăng ký thành lập hộ kinh doanh"  # sample_request's 1.001612


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture
def mailbox():
    box = Mailbox().start()
    yield box
    box.stop()


def _take_in(store, *, notify: list[str], **applicant) -> str:
    """A dossier received now whose citizen chose `notify` (the intake JSON's)."""
    now = datetime.now(UTC)
    request = sample_request(received_at=now.isoformat(), notify=notify)
    request["applicant"] = {**request["applicant"], "email": EMAIL, **applicant}
    return IntakeService(store, lambda: now).intake(request, "canbo1").code


def _notices(central) -> list[Notice]:
    with central.db.read() as session:
        return list(session.scalars(select(Notice).order_by(Notice.id)))


def _body(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_the_citizen_gets_the_email_with_the_code_and_the_vietnamese_text(
        tmp_path, central, mailbox):
    store = make_desk(tmp_path / "desk", 1)
    code = _take_in(store, notify=["email"])
    token = central.add_device("Quầy 1", AGENCY, 1)
    assert engine(store, central.url, token).run_once().pushed == 1

    (queued,) = _notices(central)
    assert (queued.channel, queued.address, queued.kind, queued.status, queued.state) == (
        "email", EMAIL, "received", 2, "queued")

    sender = NoticeSender(central.db, providers_from(mailbox.url, FROM, env={}),
                          interval=0.1).start()
    try:
        ((recipients, message),) = mailbox.wait_for(1)
    finally:
        sender.stop()
    assert recipients == [EMAIL]
    # Decoded from the MIME (RFC 2047 subject, a UTF-8 body): the same NFC text.
    assert message["Subject"] == nfc(f"Hồ sơ {code} đã được tiếp nhận")
    assert message["X-Onestop-Dossier"] == code
    assert "motcua@thanhhoa.gov.vn" in message["From"]
    body = _body(message)
    assert body == nfc(body)
    for line in (nfc("Kính gửi ông/bà Đặng Thị Ngọc Hường,"), f"Mã hồ sơ: {code}",
                 nfc(f"Thủ tục: {PROCEDURE}"), nfc("Thời hạn trả kết quả:")):
        assert line in body, line
    (sent,) = _notices(central)
    assert sent.state == "sent" and sent.attempts == 1 and sent.sent_at is not None
    assert sent.provider_id == message["Message-ID"]

    # The desk pulls the delivery; the dossier's timeline says so.
    assert engine(store, central.url, token).run_once().pulled == 1
    detail = dossier_queries.dossier_detail(store, code)
    notices = [e for e in detail.timeline if e.kind == "notice"]
    assert [e.text for e in notices] == [
        f"Đã gửi thư điện tử báo đã tiếp nhận tới {EMAIL}"]

    # The back office decides: result ready (9). One more e-mail, with its own words.
    with central.db.transaction() as session:
        service.set_status(session, code, 9, actor="phong-tn")
    done = deliver_due(central.db, providers_from(mailbox.url, FROM, env={}))
    assert [(n.kind, state) for n, state in done] == [("result_ready", "sent")]
    ((_, ready),) = mailbox.messages[1:]
    assert ready["Subject"] == nfc(f"Hồ sơ {code} đã có kết quả")
    assert nfc("Mời ông/bà đến Bộ phận Một cửa nhận kết quả") in _body(ready)


def test_a_replayed_push_sends_nothing_twice(tmp_path, central, mailbox):
    store = make_desk(tmp_path / "desk", 1)
    _take_in(store, notify=["email"])
    token = central.add_device("Quầy 1", AGENCY, 1)
    engine(store, central.url, token).run_once()
    providers = providers_from(mailbox.url, FROM, env={})
    assert len(deliver_due(central.db, providers)) == 1

    # The desk's very event again (a desk restored from a backup replays its outbox).
    with store.read() as session:
        event = session.scalars(select(OutboxEvent)).one()
    with central.client(token) as client:
        replay = client.post("/v1/push", json={"protocol": 1, "events": [{
            "event_id": event.event_id, "kind": event.kind, "dossier_id": event.dossier_id,
            "created_at": event.created_at.isoformat(), "payload": event.payload}]})
    assert replay.json()["results"][0]["outcome"] == "duplicate"
    # And the same step queued again by any writer: the unique step adds no row.
    (notice,) = _notices(central)
    with central.db.transaction() as session:
        dossier_payload = session.get(service.Dossier, notice.dossier_id).payload
        again = outbox.StepReached(notice.dossier_id, 2, datetime.now(UTC), "", dossier_payload)
        outbox.queue(session, [again], datetime.now(UTC))
        assert session.scalar(select(func.count()).select_from(Notice)) == 1
    assert deliver_due(central.db, providers) == []
    assert len(mailbox.messages) == 1


def test_a_mail_server_down_is_tried_again_later_and_the_mail_delivered(tmp_path, central):
    store = make_desk(tmp_path / "desk", 1)
    code = _take_in(store, notify=["email"])
    token = central.add_device("Quầy 1", AGENCY, 1)
    engine(store, central.url, token).run_once()
    port = free_port()  # nothing listens there yet
    providers = providers_from(f"smtp://127.0.0.1:{port}", FROM, env={})
    start = datetime.now(UTC)

    (first,) = deliver_due(central.db, providers, clock=lambda: start)
    assert first[1] == "retrying"
    (waiting,) = _notices(central)
    assert waiting.state == "queued" and waiting.attempts == 1
    assert "Không kết nối được máy chủ thư" in waiting.last_error
    assert waiting.next_try_at == start + outbox.retry_delay(1)
    # Not before its time, even with the server back.
    box = Mailbox(port).start()
    try:
        assert deliver_due(central.db, providers, clock=lambda: start + timedelta(seconds=30)) == []
        later = start + outbox.retry_delay(1)
        (second,) = deliver_due(central.db, providers, clock=lambda: later)
        assert second[1] == "sent"
        ((_, message),) = box.wait_for(1)
    finally:
        box.stop()
    assert code in message["Subject"]
    (sent,) = _notices(central)
    assert sent.state == "sent" and sent.attempts == 2 and sent.last_error == ""

    # The desk hears of both attempts, in order.
    assert engine(store, central.url, token).run_once().pulled == 2
    texts = [e.text for e in dossier_queries.dossier_detail(store, code).timeline
             if e.kind == "notice"]
    assert texts[0].startswith(f"Chưa gửi được thư điện tử báo đã tiếp nhận tới {EMAIL}, sẽ "
                               f"gửi lại: Không kết nối được máy chủ thư 127.0.0.1:{port}")
    assert texts[1] == f"Đã gửi thư điện tử báo đã tiếp nhận tới {EMAIL}"


def test_without_a_provider_the_notice_is_kept_as_not_sent(tmp_path, central):
    store = make_desk(tmp_path / "desk", 1)
    code = _take_in(store, notify=["sms", "email"])
    token = central.add_device("Quầy 1", AGENCY, 1)
    engine(store, central.url, token).run_once()
    done = deliver_due(central.db, {})  # the province configured nothing
    assert sorted(state for _n, state in done) == ["no_provider", "no_provider"]
    assert {(n.channel, n.address, n.state) for n in _notices(central)} == {
        ("sms", "0912345678", "no_provider"), ("email", EMAIL, "no_provider")}
    assert deliver_due(central.db, {}) == []  # kept, not tried again and again
    engine(store, central.url, token).run_once()
    texts = {e.text for e in dossier_queries.dossier_detail(store, code).timeline
             if e.kind == "notice"}
    assert texts == {
        "Chưa gửi SMS báo đã tiếp nhận tới 0912345678: tỉnh chưa cấu hình dịch vụ gửi SMS",
        f"Chưa gửi thư điện tử báo đã tiếp nhận tới {EMAIL}: tỉnh chưa cấu hình dịch vụ "
        f"gửi thư điện tử"}


def test_another_desk_of_the_agency_skips_the_deliveries_of_dossiers_it_lacks(
        tmp_path, central):
    store = make_desk(tmp_path / "d1", 1)
    other = make_desk(tmp_path / "d2", 2)
    _take_in(store, notify=["email"])
    engine(store, central.url, central.add_device("Quầy 1", AGENCY, 1)).run_once()
    deliver_due(central.db, {})
    report = engine(other, central.url, central.add_device("Quầy 2", AGENCY, 2)).run_once()
    assert report.pulled == 1 and report.clean
    with other.read() as session:
        assert session.scalar(select(func.count()).select_from(NoticeDeliveryRow)) == 0


def test_no_notice_for_a_citizen_who_asked_for_none(tmp_path, central):
    store = make_desk(tmp_path / "desk", 1)
    _take_in(store, notify=[])
    engine(store, central.url, central.add_device("Quầy 1", AGENCY, 1)).run_once()
    assert _notices(central) == []
