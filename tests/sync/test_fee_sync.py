"""Money reaches the centre: a desk's collections, refunds and exemptions are pushed as
dossier events, stored by the centre against their dossier (never moving it); one for a
dossier the centre does not have yet waits, retryable; a malformed one is refused alone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from onestop_desktop.desk import Desk
from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.accounts import create_user
from onestop_desktop.sync import protocol as p
from tests.central.payloads import AGENCY, created_event, dossier_payload, push
from tests.conftest import sample_request
from tests.sync.desks import engine, make_desk, outbox_states

LAN = Officer("lan", "Nguyễn Thị Lan", "officer")


def _fee_event(payload: dict, **changes) -> dict:
    body = {"id": payload["id"], "code": payload["code"], "amount": 100_000,
            "at": datetime.now(UTC).isoformat(), "actor": "lan", "method": "cash",
            "receipt": {"form": "01BLP0-001", "series": "AA-26E", "number": "0100001"},
            **changes}
    return p.PushEvent(event_id=str(uuid.uuid4()), kind=p.DOSSIER_FEE_COLLECTED,
                       dossier_id=payload["id"], created_at=datetime.now(UTC),
                       payload=body).model_dump(mode="json")


def test_a_desk_s_money_reaches_the_centre_with_its_dossier(tmp_path, central):
    from onestop_central.models import Dossier, Event

    store = make_desk(tmp_path / "d", 1)
    create_user(store, LAN.username, LAN.full_name, "mat-khau-quay-1")
    moment = datetime(2026, 11, 30, 9, 0, tzinfo=LOCAL_TZ)
    desk = Desk(store, lambda: moment)
    take = {"received_at": moment.isoformat()}
    paid = desk.dossiers.take_in(sample_request(**take, fees={"collect": "now"}), LAN).value
    owing = desk.dossiers.take_in(sample_request(**take), LAN).value
    free = desk.dossiers.take_in(sample_request(**take), LAN).value
    desk.fees.refund(paid.code, 20_000, "Thu thừa", LAN)
    desk.fees.collect(owing.code, "transfer", LAN)
    desk.fees.exempt(free.code, "Người có công", LAN)
    token = central.add_device("Quầy 1", AGENCY, 1)
    report = engine(store, central.url, token).run_once()
    assert report.clean and report.pushed == 7 and outbox_states(store) == {"acked": 7}
    with central.db.read() as session:
        stored = {(kind, payload.get("amount")) for kind, payload in session.execute(
            select(Event.kind, Event.payload).where(Event.kind.like("dossier.fee_%")))}
        statuses = set(session.scalars(select(Dossier.status)))
    assert stored == {("dossier.fee_collected", 100_000), ("dossier.fee_refunded", 20_000),
                      ("dossier.fee_exempted", 100_000)}
    assert statuses == {2}  # money never moves a dossier
    assert central.stats()["dossiers"] == 3 and central.stats()["events"] == 7


def test_fee_events_the_centre_cannot_place_are_refused_alone(central):
    token = central.add_device("Quầy 1", AGENCY, 1)
    known = dossier_payload(1001)
    unknown = dossier_payload(1002)
    with central.client(token) as client:
        results = push(client, created_event(known), _fee_event(unknown),
                       _fee_event(known, amount=-1), _fee_event(known, code=unknown["code"]),
                       _fee_event(known))
    outcomes = [(r["outcome"], r["error"]) for r in results]
    assert outcomes == [(p.ACCEPTED, ""), (p.REJECTED, "unknown_dossier"),
                        (p.REJECTED, "invalid_payload"), (p.CONFLICT, "code_mismatch"),
                        (p.ACCEPTED, "")]
    assert results[1]["http_status"] == 404  # retryable: its dossier may be on its way
    assert central.stats()["events"] == 2
