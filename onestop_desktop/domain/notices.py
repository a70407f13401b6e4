"""Notices to the citizen: the steps that send one, and how a delivery reads on the
dossier's timeline.

The central server sends them (onestop_central/notices/) over the channels the citizen
chose at intake (dossier.NoticeChannel); each delivery comes back to the desks as a
`notice.delivery` change (sync/protocol.py NoticeDeliveryData).
"""

from __future__ import annotations

from enum import StrEnum

from .status import Status


class NoticeKind(StrEnum):
    """The step a notice tells the citizen of."""

    RECEIVED = "received"
    SUPPLEMENT = "supplement"
    RESULT_READY = "result_ready"
    RETURNED = "returned"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        """As the timeline says it: "báo <label>"."""
        return {
            "received": "đã tiếp nhận",
            "supplement": "cần bổ sung giấy tờ",
            "result_ready": "đã có kết quả",
            "returned": "đã trả kết quả",
            "refused": "không được tiếp nhận",
        }[self.value]


# The statuses whose arrival the citizen hears of (DOMAIN.md's numbers).
NOTICE_KINDS: dict[Status, NoticeKind] = {
    Status.RECEIVED: NoticeKind.RECEIVED,
    Status.NOT_ACCEPTED: NoticeKind.REFUSED,
    Status.SUPPLEMENT_REQUESTED: NoticeKind.SUPPLEMENT,
    Status.DONE: NoticeKind.RESULT_READY,
    Status.RETURNED: NoticeKind.RETURNED,
}


class DeliveryState(StrEnum):
    """A notice's outcome as the desks learn it."""

    SENT = "sent"
    RETRYING = "retrying"  # this attempt failed; the centre tries again later
    FAILED = "failed"  # given up: refused by the provider, or every attempt failed
    NO_PROVIDER = "no_provider"  # the province has not configured this channel


_CHANNEL_NAMES = {"email": "thư điện tử", "sms": "SMS", "zalo": "tin Zalo"}


def channel_name(channel: str) -> str:
    return _CHANNEL_NAMES.get(channel, channel)


def delivery_text(channel: str, kind: str, address: str, state: str, error: str = "") -> str:
    """One line of the dossier's timeline, the outcome first (a long line is cut at its
    end): "Đã gửi thư điện tử báo đã tiếp nhận tới a@b.vn", "Chưa gửi được SMS báo đã có
    kết quả tới 0912345678, sẽ gửi lại: <why>", "Không gửi được …: <why>"."""
    try:
        about = f" báo {NoticeKind(kind).label}"
    except ValueError:  # a step a newer centre sends notices of
        about = ""
    name, to = channel_name(channel), f" tới {address}" if address else ""
    if state == DeliveryState.SENT:
        return f"Đã gửi {name}{about}{to}"
    if state == DeliveryState.NO_PROVIDER:
        return f"Chưa gửi {name}{about}{to}: tỉnh chưa cấu hình dịch vụ gửi {name}"
    reason = f": {error}" if error else ""
    if state == DeliveryState.RETRYING:
        return f"Chưa gửi được {name}{about}{to}, sẽ gửi lại{reason}"
    return f"Không gửi được {name}{about}{to}{reason}"
