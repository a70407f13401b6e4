"""How a notice's delivery reads on the dossier's timeline: the outcome first."""

from onestop_desktop.domain.notices import NOTICE_KINDS, delivery_text
from onestop_desktop.domain.status import Status


def test_each_outcome_reads_first():
    assert delivery_text("email", "received", "a@b.vn", "sent") == (
        "Đã gửi thư điện tử báo đã tiếp nhận tới a@b.vn")
    assert delivery_text("sms", "result_ready", "0912345678", "retrying", "503") == (
        "Chưa gửi được SMS báo đã có kết quả tới 0912345678, sẽ gửi lại: 503")
    assert delivery_text("zalo", "refused", "0912345678", "failed", "số không dùng Zalo") == (
        "Không gửi được tin Zalo báo không được tiếp nhận tới 0912345678: số không dùng Zalo")
    assert delivery_text("sms", "supplement", "0912345678", "no_provider") == (
        "Chưa gửi SMS báo cần bổ sung giấy tờ tới 0912345678: tỉnh chưa cấu hình dịch vụ "
        "gửi SMS")
    # A step a newer centre tells of, an address the purge blanked.
    assert delivery_text("email", "appointment", "", "sent") == "Đã gửi thư điện tử"


def test_the_steps_the_citizen_hears_of_are_domains_statuses_2_3_5_9_10():
    assert sorted(int(s) for s in NOTICE_KINDS) == [2, 3, 5, 9, 10]
    assert NOTICE_KINDS[Status.DONE] == "result_ready"
