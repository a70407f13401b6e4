"""Notices to citizens at the centre: the Vietnamese wording of each step, the SMS and
Zalo gateways (a real local HTTP server), logging in to the mail server, the command
line (`notices list`, `notices send`) and `serve`, whose sender delivers while it runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import unicodedata
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import select

from onestop_central import cli as central_cli
from onestop_central import service
from onestop_central.models import Change, Notice
from onestop_central.notices.outbox import MAX_ATTEMPTS, Delivery, OutgoingNotice
from onestop_central.notices.providers import (
    HttpGateway,
    ProviderConfigError,
    SmtpProvider,
    providers_from,
)
from onestop_central.notices.sender import deliver_due
from onestop_central.notices.templates import StepFacts, compose
from onestop_desktop.domain.notices import NoticeKind
from tests.central.notice_servers import Gateway, Mailbox, free_port
from tests.central.payloads import AGENCY, created_event, dossier_payload, push, status_event

FROM = "motcua@thanhhoa.gov.vn"
EMAIL = "huong@example.vn"
AT = datetime(2026, 12, 3, 3, 2, tzinfo=UTC)  # 10:02 in Vietnam


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _payload(number: int = 1001, notify=("email", "sms", "zalo"), **applicant) -> dict:
    payload = dossier_payload(number)
    payload["notify"] = list(notify)
    payload["applicant"] = {**payload["applicant"], "email": EMAIL, **applicant}
    return payload


# ---- wording -----------------------------------------------------------------------------

def test_each_step_has_its_vietnamese_email_and_short_text():
    # The procedure's name typed in decomposed form (a Mac keyboard): sent in NFC.
    payload = _payload()
    payload["procedure_name"] = unicodedata.normalize("NFD", "Đăng ký thành lập hộ kinh doanh")
    code = payload["code"]
    expected = {
        NoticeKind.RECEIVED: (f"Hồ sơ {code} đã được tiếp nhận",
                              "Thời hạn trả kết quả: 11:30 ngày 03/12/2026."),
        NoticeKind.SUPPLEMENT: (f"Hồ sơ {code} cần bổ sung giấy tờ",
                                "Nội dung cần bổ sung: Bản sao sổ hộ khẩu"),
        NoticeKind.RESULT_READY: (f"Hồ sơ {code} đã có kết quả",
                                  "Mời ông/bà đến Bộ phận Một cửa nhận kết quả"),
        NoticeKind.RETURNED: (f"Hồ sơ {code} đã được trả kết quả",
                              "đã được trả lúc 10:02 ngày 03/12/2026"),
        NoticeKind.REFUSED: (f"Hồ sơ {code} không được tiếp nhận",
                             "Lý do: Bản sao sổ hộ khẩu"),
    }
    for kind, (subject, line) in expected.items():
        step = StepFacts(kind, AT, "Bản sao\n sổ hộ khẩu")
        mail = compose(payload, step, "email")
        assert mail.subject == nfc(subject)
        assert nfc(line) in mail.text and mail.text == nfc(mail.text)
        assert nfc("Thủ tục: Đăng ký thành lập hộ kinh doanh") in mail.text
        assert nfc("Cơ quan giải quyết: UBND cấp xã") in mail.text
        short = compose(payload, step, "sms")
        assert short.subject == "" and short.text == nfc(short.text)
        assert short.text.startswith(nfc(f"Hồ sơ {code} (Đăng ký thành lập hộ kinh doanh) "))
        assert len(short.text) <= 240
    assert compose(payload, StepFacts(NoticeKind.RECEIVED, AT), "sms").text == nfc(
        f"Hồ sơ {code} (Đăng ký thành lập hộ kinh doanh) đã được tiếp nhận, hẹn trả "
        f"11:30 ngày 03/12/2026.")
    payload["delivery"] = {"method": "post", "address": "Số 5 Lê Lợi"}
    assert "bưu chính" in compose(payload, StepFacts(NoticeKind.RESULT_READY, AT),
                                  "email").text


# ---- providers ---------------------------------------------------------------------------

def _notice(channel: str = "sms", address: str = "0912345678") -> OutgoingNotice:
    return OutgoingNotice(7, "id-1", "000.00.01.H22-261130-1001", AGENCY, channel,
                          "received", address, "", nfc("Hồ sơ đã được tiếp nhận."), 1)


def test_sms_and_zalo_go_to_the_provinces_gateways_with_their_tokens():
    sms, zalo = Gateway((200, {"id": "sms-42"})).start(), \
        Gateway((202, {"message_id": "zalo-9"})).start()
    try:
        providers = providers_from(sms_url=sms.url, zalo_url=zalo.url,
                                   env={"ONESTOP_SMS_TOKEN": "sms-secret",
                                        "ONESTOP_ZALO_TOKEN": "zalo-secret"})
        assert set(providers) == {"sms", "zalo"}
        assert providers["sms"].send(_notice()) == Delivery(True, provider_id="sms-42")
        assert providers["zalo"].send(_notice("zalo")) == Delivery(True, provider_id="zalo-9")
    finally:
        sms.stop()
        zalo.stop()
    ((body, headers),) = sms.requests
    assert body == {"to": "0912345678", "text": nfc("Hồ sơ đã được tiếp nhận."),
                    "reference": "notice-7", "dossier_code": "000.00.01.H22-261130-1001"}
    assert headers["Authorization"] == "Bearer sms-secret"
    assert zalo.requests[0][1]["Authorization"] == "Bearer zalo-secret"


def test_a_gateway_refusal_is_final_and_its_outage_is_tried_again():
    gateway = Gateway((400, {"error": "bad number"}), (503, {}), (429, {})).start()
    try:
        sms = HttpGateway("SMS", gateway.url)
        refused, down, busy = (sms.send(_notice()) for _ in range(3))
    finally:
        gateway.stop()
    assert not refused.ok and refused.permanent and "SMS trả lời 400" in refused.error
    assert not down.ok and not down.permanent
    assert not busy.ok and not busy.permanent
    closed = HttpGateway("Zalo", f"http://127.0.0.1:{free_port()}/send").send(_notice())
    assert not closed.ok and not closed.permanent
    assert closed.error.startswith("Không kết nối được dịch vụ Zalo")


def test_smtp_urls_say_how_to_connect():
    plain = SmtpProvider.from_url("smtp://relay.tinh.vn", FROM)
    assert (plain.host, plain.port, plain.security, plain.username) == (
        "relay.tinh.vn", 25, "none", "")
    upgraded = SmtpProvider.from_url("smtp+starttls://thu%40tinh.vn:p%40ss@mail.tinh.vn", FROM)
    assert (upgraded.port, upgraded.security, upgraded.username, upgraded.password) == (
        587, "starttls", "thu@tinh.vn", "p@ss")
    with pytest.raises(ProviderConfigError, match="ASCII"):  # smtplib logs in in ASCII only
        SmtpProvider.from_url("smtp://thu:m%E1%BA%ADt@mail.tinh.vn", FROM)
    implicit = SmtpProvider.from_url("smtps://mail.tinh.vn:2465", FROM)
    assert (implicit.port, implicit.security) == (2465, "tls")
    for url, sender in (("http://mail.tinh.vn", FROM), ("smtp://mail.tinh.vn", ""),
                        ("smtp://", FROM)):
        with pytest.raises(ProviderConfigError):
            SmtpProvider.from_url(url, sender)
    assert providers_from(env={}) == {}
    env = {"ONESTOP_SMTP_URL": "smtp://mail.tinh.vn:2525", "ONESTOP_SMTP_FROM": FROM}
    assert providers_from(env=env)["email"] == SmtpProvider("mail.tinh.vn", 2525, FROM)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback
def test_the_mail_server_login_in_the_url_is_used():
    logins: list[tuple[str, str]] = []
    box = Mailbox()

    def authenticate(_server, _session, _envelope, _mechanism, data) -> AuthResult:
        logins.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=data.password == b"mat-khau")

    controller = Controller(box, hostname="127.0.0.1", port=box.port,
                            authenticator=authenticate, auth_require_tls=False,
                            auth_required=True)
    controller.start()
    try:
        good = SmtpProvider.from_url(f"smtp://thu:mat-khau@127.0.0.1:{box.port}", FROM)
        assert good.send(_notice("email", EMAIL)).ok
        anonymous = SmtpProvider.from_url(f"smtp://127.0.0.1:{box.port}", FROM)
        refused = anonymous.send(_notice("email", EMAIL))
    finally:
        controller.stop()
    assert logins == [("thu", "mat-khau")]
    assert len(box.messages) == 1
    # The server wants a login and none was given: said, and tried again later.
    assert not refused.ok and not refused.permanent and "530" in refused.error


# ---- the outbox through the server -------------------------------------------------------

def test_a_notice_refused_for_good_or_tried_too_often_is_failed(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    with live_server.client(token) as client:
        push(client, created_event(_payload(notify=["sms"])))
    gateway = Gateway((503, {})).start()
    try:
        providers = {"sms": HttpGateway("SMS", gateway.url)}
        start = datetime.now(UTC)
        moments = iter(start + timedelta(hours=hour) for hour in range(24))
        states = []
        for _ in range(MAX_ATTEMPTS):
            now = next(moments)  # an hour later each time: past any retry delay
            states += [s for _n, s in deliver_due(live_server.db, providers,
                                                  lambda now=now: now)]
    finally:
        gateway.stop()
    assert states == ["retrying"] * (MAX_ATTEMPTS - 1) + ["failed"]
    with live_server.db.read() as session:
        notice = session.scalars(select(Notice)).one()
        changes = [c.data for c in session.scalars(
            select(Change).where(Change.kind == "notice.delivery").order_by(Change.seq))]
    assert (notice.state, notice.attempts) == ("failed", MAX_ATTEMPTS)
    assert [c["attempt"] for c in changes] == list(range(1, MAX_ATTEMPTS + 1))
    assert {c["code"] for c in changes} == {notice_code(live_server)}


def notice_code(server) -> str:
    with server.db.read() as session:
        return session.scalars(select(service.Dossier.code)).one()


def test_statuses_pushed_by_the_desk_queue_their_notices(live_server):
    """2 at intake, then 5 (papers asked for), 2 again (not twice), 9 and 10; a stored
    dossier's payload is read for the channels."""
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    payload = _payload(notify=["email"])
    with live_server.client(token) as client:
        push(client, created_event(payload))
        push(client, status_event(payload, 2, 5), status_event(payload, 5, 2),
             status_event(payload, 2, 9))
        push(client, status_event(payload, 9, 10, kind="dossier.returned"))
    with live_server.db.read() as session:
        rows = list(session.scalars(select(Notice).order_by(Notice.id)))
    assert [(n.status, n.kind, n.channel, n.address) for n in rows] == [
        (2, "received", "email", EMAIL), (5, "supplement", "email", EMAIL),
        (9, "result_ready", "email", EMAIL), (10, "returned", "email", EMAIL)]


# ---- the command line --------------------------------------------------------------------

def _cli(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    status = central_cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_notices_send_and_list_at_the_command_line(live_server, capsys):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    payload = _payload(notify=["email", "sms"])
    with live_server.client(token) as client:
        push(client, created_event(payload))
    box = Mailbox().start()
    try:
        status, out, err = _cli(capsys, "notices", "send", "--db", live_server.db_url,
                                "--smtp", box.url, "--smtp-from", FROM)
        box.wait_for(1)
    finally:
        box.stop()
    assert status == 0, err
    assert f"{payload['code']}  email  received      sent" in out
    assert f"{payload['code']}  sms    received      no_provider" in out
    status, out, err = _cli(capsys, "notices", "list", "--db", live_server.db_url,
                            "--dossier", payload["code"].lower(), "--json")
    assert status == 0, err
    listed = {n["channel"]: n for n in json.loads(out)}
    assert listed["email"]["state"] == "sent" and listed["email"]["address"] == EMAIL
    assert listed["email"]["subject"] == nfc(f"Hồ sơ {payload['code']} đã được tiếp nhận")
    assert listed["sms"]["state"] == "no_provider" and listed["sms"]["address"] == "0912345678"
    assert _cli(capsys, "notices", "send", "--db", live_server.db_url, "--smtp",
                "ftp://x", "--smtp-from", FROM)[0] == 2


def test_serve_delivers_notices_while_it_runs(tmp_path):
    """`onestop-central serve` with the mail server from the environment: a dossier pushed
    to it is mailed without anything else run."""
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert central_cli.main(["stats", "--db", db_url]) == 0  # made and migrated
    from onestop_central.db import Database

    db = Database(db_url)
    with db.transaction() as session:
        token = service.add_device(session, "Quầy 1", AGENCY, 1)
    db.close()
    box, port = Mailbox().start(), free_port()
    env = {**os.environ, "ONESTOP_SMTP_URL": box.url, "ONESTOP_SMTP_FROM": FROM}
    server = subprocess.Popen(
        [sys.executable, "-m", "onestop_central.cli", "serve", "--db", db_url,
         "--port", str(port), "--log-level", "warning"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/v1/health", timeout=1)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and server.poll() is None, \
                    server.stderr.read() if server.poll() is not None else "no answer"
                time.sleep(0.2)
        payload = _payload(notify=["email"])
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as client:
            push(client, created_event(payload))
        ((recipients, message),) = box.wait_for(1, timeout=30)
    finally:
        server.terminate()
        server.wait(15)
        box.stop()
    assert recipients == [EMAIL]
    assert message["Subject"] == nfc(f"Hồ sơ {payload['code']} đã được tiếp nhận")
