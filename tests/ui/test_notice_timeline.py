"""The dossier page's timeline shows the notices the centre sent the citizen, as the desk
pulled them (notice.delivery changes, applied by the sync's own port): sent, failing and
tried again, and not sent for want of a provider."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from onestop_desktop.domain.calendar import local_text
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.sync_port import StoreSyncPort
from onestop_desktop.sync import protocol as p
from tests.conftest import sample_request

from .conftest import idle, screens_dir, sign_in

EMAIL = "huong.dang@thanhhoa.gov.vn"


def _delivery(dossier, seq: int, at: datetime, **fields) -> dict:
    """A change as the centre's /v1/changes gives it (its JSON)."""
    data = p.NoticeDeliveryData(id=dossier.id, code=dossier.code, at=at, **fields)
    return p.Change(seq=seq, kind=p.CHANGE_NOTICE, at=at, dossier_id=dossier.id,
                    data=data.model_dump(mode="json")).model_dump(mode="json")


def test_the_timeline_shows_each_notice_delivery(qtbot, window, store):
    received = datetime.now(UTC) - timedelta(hours=2)
    request = sample_request(received_at=received.isoformat(), notify=["email", "sms"])
    request["applicant"] = {**request["applicant"], "email": EMAIL}
    dossier = IntakeService(store, lambda: received).intake(request, "lan")
    first, later = received + timedelta(minutes=1), received + timedelta(minutes=3)
    changes = [
        _delivery(dossier, 1, first, notice_id=1, channel="email", kind="received",
                  address=EMAIL, state="retrying", attempt=1,
                  error="Không kết nối được máy chủ thư mail.thanhhoa.gov.vn:587: timed out"),
        _delivery(dossier, 2, first, notice_id=2, channel="sms", kind="received",
                  address="0912345678", state="no_provider",
                  error="Chưa cấu hình dịch vụ gửi."),
        _delivery(dossier, 3, later, notice_id=1, channel="email", kind="received",
                  address=EMAIL, state="sent", attempt=2),
    ]
    applied = StoreSyncPort(store).apply_page(changes, 3, datetime.now(UTC))
    assert applied.notices == 3

    window.resize(1366, 768)
    sign_in(qtbot, window, store)
    window.open_dossier(dossier.code)
    page = window.detail
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.dossier.code == dossier.code,
                    timeout=10_000)
    idle(qtbot, window)
    tree = page.timelineTree
    rows = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
            for i in range(tree.topLevelItemCount())]
    notices = [text for _at, text in rows if "thư điện tử" in text or "SMS" in text]
    assert notices == [
        f"Chưa gửi được thư điện tử báo đã tiếp nhận tới {EMAIL}, sẽ gửi lại: Không kết nối "
        f"được máy chủ thư mail.thanhhoa.gov.vn:587: timed out",
        "Chưa gửi SMS báo đã tiếp nhận tới 0912345678: tỉnh chưa cấu hình dịch vụ gửi SMS",
        f"Đã gửi thư điện tử báo đã tiếp nhận tới {EMAIL}",
    ]
    # In time order with the rest, each at its own minute (Vietnam's time).
    assert [at for at, text in rows if text in notices] == [
        local_text(first), local_text(first), local_text(later)]
    folder = screens_dir("notices")
    if folder is not None:
        window.grab().save(str(folder / "dossier-timeline-notices.png"))
