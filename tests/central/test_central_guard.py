"""The central server under attack, on a real loopback server: tokens before bodies,
bodies within their size and time, half-sent requests cut, queries bounded, errors
4xx with the protocol's ErrorBody, a bug one logged 500."""

from __future__ import annotations

import dataclasses
import json
import logging
import socket
import time
import uuid
from datetime import UTC, datetime

import pytest

from onestop_central.limits import Limits
from onestop_desktop.sync import protocol as p
from tests.central.live import LiveServer
from tests.central.payloads import AGENCY, created_event, dossier_payload, push

# A concurrency limit of 200: at most 100 idle or half-sent connections are kept.
SMALL = Limits(max_body_bytes=64 * 1024, body_timeout_s=1.0, header_timeout_s=1.0,
               limit_concurrency=200)


@pytest.fixture
def guarded(central_db_url):
    server = LiveServer(central_db_url, limits=SMALL).start()
    yield server
    server.stop()


def raw(server: LiveServer, head: str, body: bytes = b"", *, timeout: float = 5.0
        ) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=timeout)
    sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
    return sock


def answer(sock: socket.socket) -> tuple[int, dict[str, str], dict]:
    """The status, headers and JSON body of the reply (read until the server closes or
    the body is complete)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
    while len(body) < int(headers.get("content-length", 0)):
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(lines[0].split()[1]), headers, json.loads(body) if body else {}


def closed_by_server(sock: socket.socket, within: float) -> bool:
    sock.settimeout(within)
    try:
        while sock.recv(65536):
            pass
        return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def answered_soon(server: LiveServer, token: str, within: float = 3.0) -> bool:
    """A proper request is answered 200 within `within` seconds, well before any
    half-sent request's deadline. A 503 is retried as the desk does: requests arriving
    in the same instant as hundreds of others may be over the limit for a moment
    (each is checked against its token first) but never for longer."""
    deadline = time.monotonic() + within
    with server.client(token) as client:
        while True:
            status = client.get("/v1/changes").status_code
            if status != 503 or time.monotonic() > deadline:
                return status == 200
            time.sleep(0.05)


def test_no_token_is_answered_401_before_the_body_is_sent(guarded):
    # 100 MB declared, not a byte of it sent: the answer comes at once.
    for auth in ("", "Authorization: Bearer not-a-device\n"):
        sock = raw(guarded, f"POST /v1/push HTTP/1.1\nHost: x\n{auth}"
                            f"Content-Type: application/json\nContent-Length: 100000000\n")
        started = time.monotonic()
        status, headers, body = answer(sock)
        assert status == 401 and time.monotonic() - started < 2
        assert p.ErrorBody.model_validate(body).error == "unauthorized"
        assert headers["connection"] == "close"  # the body is never read
        sock.close()


def test_a_declared_body_over_the_limit_is_413_without_reading_it(guarded):
    token = guarded.add_device("Quầy 1", AGENCY, 1)
    sock = raw(guarded, f"POST /v1/push HTTP/1.1\nHost: x\nAuthorization: Bearer {token}\n"
                        f"Content-Type: application/json\nContent-Length: 100000000\n")
    started = time.monotonic()
    status, headers, body = answer(sock)
    assert status == 413 and time.monotonic() - started < 2
    assert p.ErrorBody.model_validate(body).error == "body_too_large"
    assert headers["connection"] == "close"


def test_a_streamed_body_is_cut_as_soon_as_it_passes_the_limit(guarded):
    """Chunked, no length declared: the server counts as it reads and answers 413 once
    past the limit, while the client still has megabytes to send."""
    token = guarded.add_device("Quầy 1", AGENCY, 1)
    sock = raw(guarded, f"POST /v1/push HTTP/1.1\nHost: x\nAuthorization: Bearer {token}\n"
                        f"Content-Type: application/json\nTransfer-Encoding: chunked\n")
    chunk = b"x" * 16384
    for _ in range(SMALL.max_body_bytes // len(chunk) + 2):  # just past the limit
        sock.sendall(b"%x\r\n%b\r\n" % (len(chunk), chunk))
    started = time.monotonic()
    status, _headers, body = answer(sock)
    assert status == 413 and time.monotonic() - started < 2
    assert p.ErrorBody.model_validate(body).error == "body_too_large"
    assert guarded.stats()["events"] == 0


def test_a_whole_request_over_the_limit_stores_nothing(guarded):
    token = guarded.add_device("Quầy 1", AGENCY, 1)
    events = [created_event(dossier_payload(1001 + i)) for i in range(80)]  # ~90 KB
    with guarded.client(token) as client:
        response = client.post("/v1/push", json={"protocol": 1, "events": events})
        fits = client.post("/v1/push", json={"protocol": 1, "events": events[:40]})
    assert response.status_code == 413
    assert p.ErrorBody.model_validate(response.json()).error == "body_too_large"
    assert fits.status_code == 200
    assert guarded.stats()["dossiers"] == 40


def test_a_body_that_stalls_is_answered_408(guarded):
    token = guarded.add_device("Quầy 1", AGENCY, 1)
    sock = raw(guarded, f"POST /v1/push HTTP/1.1\nHost: x\nAuthorization: Bearer {token}\n"
                        f"Content-Type: application/json\nContent-Length: 1000\n",
               b'{"protocol": 1, "ev')
    started = time.monotonic()
    status, headers, body = answer(sock)
    assert status == 408 and 0.8 < time.monotonic() - started < 3
    assert p.ErrorBody.model_validate(body).error == "body_timeout"
    assert headers["connection"] == "close"


def test_half_sent_requests_neither_block_others_nor_live_for_ever(guarded, caplog):
    """500 connections that stop mid-headers or mid-body, more than the concurrency
    limit (200): a proper request is still answered within moments (the oldest
    waiting connections were closed to make room), every half-sent one is closed by
    its time-out at the latest, and the log stays a few lines."""
    token = guarded.add_device("Quầy 1", AGENCY, 1)
    caplog.set_level(logging.INFO)
    idle = []
    partial_head = b"POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Le"
    for i in range(500):
        if i % 2:  # stops mid-headers, anywhere after the request line
            sock = socket.create_connection(("127.0.0.1", guarded.port), timeout=5)
            sock.sendall(partial_head[:24 + i % 17])
            idle.append(sock)
        else:  # headers complete, the body stops short
            idle.append(raw(guarded, f"POST /v1/push HTTP/1.1\nHost: x\n"
                                     f"Authorization: Bearer {token}\nContent-Length: 5000\n",
                            b'{"protocol"'))
    assert answered_soon(guarded, token)
    deadline = time.monotonic() + 6
    still_open = [s for s in idle if not closed_by_server(s, max(deadline - time.monotonic(),
                                                                0.01))]
    assert still_open == []
    for sock in idle:
        sock.close()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Traceback" not in logged and len(logged) < 64 * 1024
    assert not any(r.exc_info for r in caplog.records)


def test_bodies_trickling_in_do_not_crowd_out_a_proper_request(central_db_url):
    """300 requests whose headers are complete but whose bodies stop short, more than
    the concurrency limit (200), with a body deadline far away: uvicorn counts every
    open connection against the limit, so only closing the oldest of them makes room
    for a proper request (answered within moments, not after the 30 s)."""
    limits = dataclasses.replace(SMALL, body_timeout_s=30.0)
    server = LiveServer(central_db_url, limits=limits).start()
    try:
        token = server.add_device("Quầy 1", AGENCY, 1)
        slow = [raw(server, f"POST /v1/push HTTP/1.1\nHost: x\n"
                            f"Authorization: Bearer {token}\nContent-Length: 5000\n",
                    b'{"protocol"') for _ in range(300)]
        assert answered_soon(server, token)
        evicted = [s for s in slow[:100] if closed_by_server(s, 2.0)]
        assert len(evicted) == 100  # the oldest went first
    finally:
        for sock in slow:
            sock.close()
        server.stop()


@pytest.mark.parametrize("since", [str(2**63), "-1", "1e3", "9" * 40])
def test_a_cursor_out_of_range_is_422_not_500(live_server, since):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    with live_server.client(token) as client:
        response = client.get("/v1/changes", params={"since": since})
        top = client.get("/v1/changes", params={"since": str(2**63 - 1)})
    assert response.status_code == 422
    assert p.ErrorBody.model_validate(response.json()).error == "invalid_request"
    assert top.status_code == 200 and top.json()["changes"] == []


def test_an_unknown_query_parameter_is_refused(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    with live_server.client(token) as client:
        response = client.get("/v1/changes", params={"sincee": 5})
    assert response.status_code == 422


def _event(payload: dict, **changes) -> dict:
    return dict(created_event(payload), **changes)


def test_oversized_fields_are_refused_and_never_stored(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    big_name = dossier_payload(1001)
    big_name["applicant"] = dict(big_name["applicant"], name="Nguyễn " * 20_000)  # ~140 KB
    big_extra = dict(dossier_payload(1002), attachment="x" * 200_000)  # an extra key
    long_note = dict(dossier_payload(1003), note="ghi chú " * 1000)
    with live_server.client(token) as client:
        results = push(client, _event(big_name), _event(big_extra), _event(long_note),
                       _event(dossier_payload(1004)))
        too_long_id = client.post("/v1/push", json={"protocol": 1, "events": [
            _event(dossier_payload(1005), dossier_id="x" * 5000)]})
    assert [r["outcome"] for r in results[:3]] == [p.REJECTED, p.REJECTED, p.REJECTED]
    assert {r["http_status"] for r in results[:3]} == {422}
    assert results[3]["outcome"] == p.ACCEPTED
    assert too_long_id.status_code == 422
    assert live_server.stats()["dossiers"] == 1 and live_server.stats()["events"] == 1


@pytest.mark.parametrize("created_at", ["2026-12-01T08:00:00", "0001-01-01T00:00:00+05:00",
                                        "9999-12-31T23:59:59-05:00"])
def test_times_without_zone_or_out_of_range_are_422_not_500(live_server, created_at):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    with live_server.client(token) as client:
        response = client.post("/v1/push", json={"protocol": 1, "events": [
            _event(dossier_payload(1001), created_at=created_at)]})
        in_payload = push(client, _event(dict(dossier_payload(1002), received_at=created_at)))
    assert response.status_code == 422
    assert p.ErrorBody.model_validate(response.json()).error == "invalid_request"
    assert in_payload[0]["outcome"] == p.REJECTED
    assert live_server.stats()["events"] == 0


def test_a_bug_is_one_logged_500_with_the_error_body(live_server, monkeypatch, caplog):
    from onestop_central import service

    token = live_server.add_device("Quầy 1", AGENCY, 1)

    def broken(*_args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(service, "changes_since", broken)
    caplog.set_level(logging.INFO)
    with live_server.client(token) as client:
        response = client.get("/v1/changes")
    assert response.status_code == 500
    body = p.ErrorBody.model_validate(response.json())
    assert body.error == "internal_error" and "a bug" not in body.message
    assert datetime.fromisoformat(response.headers[p.SERVER_TIME_HEADER]).tzinfo == UTC
    tracebacks = [r for r in caplog.records if r.exc_info]
    assert len(tracebacks) == 1 and "GET /v1/changes" in tracebacks[0].getMessage()


def test_a_dossier_code_of_any_shape_is_a_404_not_a_500(live_server):
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    with live_server.client(token) as client:
        answers = [client.get(f"/v1/dossiers/{code}") for code in (
            "%00", "x" * 64, "000.00.01.H22-261399-1001", str(uuid.uuid4()))]
        too_long = client.get("/v1/dossiers/" + "x" * 65)
    assert [a.status_code for a in answers] == [404] * 4
    assert too_long.status_code == 422
