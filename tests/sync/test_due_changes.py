"""New appointments reach the centre: papers arriving and form 04 push a dossier.due_changed
event with the old and the new due time (the portal's NgayHenTraTruoc / NgayHenTraMoi)."""

from __future__ import annotations

from sqlalchemy import select

from onestop_central.models import Event
from onestop_desktop.domain.status import Status
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.printing import print_form
from tests.conftest import AGENCY, local, sample_request
from tests.sync.desks import engine, make_desk, outbox_states


def test_new_appointments_reach_the_centre_with_the_old_one(tmp_path, central_any):
    central = central_any
    store = make_desk(tmp_path / "d", 1)
    taken = local(2026, 11, 30, 9, 0)
    intake = IntakeService(store, clock=lambda: taken)
    waiting = intake.intake(sample_request(received_at=taken.isoformat(), status=5), "canbo1")
    late = intake.intake(sample_request(received_at=taken.isoformat()), "canbo1")
    change_status(store, waiting.code, Status.RECEIVED, actor="canbo1",
                  now=local(2026, 12, 8, 14, 0))
    print_form(store, "04", late.code, tmp_path / "04.pdf", actor="canbo1",
               details={"reason": "Cần xác minh", "new_due_at": "2026-12-10T16:00:00+07:00"},
               now=local(2026, 12, 2, 9, 0))
    token = central.add_device("Quầy 1", AGENCY, 1)
    report = engine(store, central.url, token).run_once()
    assert report.clean and outbox_states(store) == {"acked": 5}
    with central.db.transaction() as session:
        changes = {e.payload["code"]: e.payload for e in session.scalars(
            select(Event).where(Event.kind == "dossier.due_changed"))}
    assert {code: (p["reason"], p["due_before"], p["due_after"])
            for code, p in changes.items()} == {
        waiting.code: ("supplement", "2026-12-03T11:30:00+07:00", "2026-12-11T17:00:00+07:00"),
        late.code: ("apology", "2026-12-03T11:30:00+07:00", "2026-12-10T16:00:00+07:00")}
    assert changes[waiting.code]["waited_from"] == "2026-11-30T09:00:00+07:00"
