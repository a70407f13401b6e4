"""Dossier status: the national portal's TrangThaiHoSo codes and the allowed moves.

"Quá hạn" (overdue) is not a status; see timing.py.
"""

from __future__ import annotations

from enum import IntEnum

from .errors import InvalidInput


class Status(IntEnum):
    REGISTERED = 1  # Mới đăng ký
    RECEIVED = 2  # Được tiếp nhận
    NOT_ACCEPTED = 3  # Không được tiếp nhận
    PROCESSING = 4  # Đang xử lý
    SUPPLEMENT_REQUESTED = 5  # Yêu cầu bổ sung giấy tờ
    PAYMENT_REQUESTED = 6  # Yêu cầu thực hiện nghĩa vụ tài chính
    WITHDRAWN = 7  # Công dân yêu cầu rút hồ sơ
    STOPPED = 8  # Dừng xử lý
    DONE = 9  # Đã xử lý xong
    RETURNED = 10  # Đã trả kết quả

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def short_label(self) -> str:
        """For narrow places (the list's status chip); the label in full goes beside it."""
        return STATUS_SHORT_LABELS.get(self, STATUS_LABELS[self])

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.REGISTERED: "Mới đăng ký",
    Status.RECEIVED: "Được tiếp nhận",
    Status.NOT_ACCEPTED: "Không được tiếp nhận",
    Status.PROCESSING: "Đang xử lý",
    Status.SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung giấy tờ",
    Status.PAYMENT_REQUESTED: "Yêu cầu thực hiện nghĩa vụ tài chính",
    Status.WITHDRAWN: "Công dân yêu cầu rút hồ sơ",
    Status.STOPPED: "Dừng xử lý",
    Status.DONE: "Đã xử lý xong",
    Status.RETURNED: "Đã trả kết quả",
}

STATUS_SHORT_LABELS: dict[Status, str] = {
    Status.NOT_ACCEPTED: "Không tiếp nhận",
    Status.SUPPLEMENT_REQUESTED: "Chờ bổ sung",
    Status.PAYMENT_REQUESTED: "Chờ nộp phí, thuế",
    Status.WITHDRAWN: "Công dân rút",
    Status.DONE: "Chờ trả kết quả",
}

_S = Status
# Where a dossier may go from each status. A supplemented dossier goes back to
# "received" (the counter takes the missing papers) or straight to processing.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    _S.REGISTERED: frozenset({_S.RECEIVED, _S.NOT_ACCEPTED, _S.SUPPLEMENT_REQUESTED, _S.WITHDRAWN}),
    _S.RECEIVED: frozenset({_S.PROCESSING, _S.SUPPLEMENT_REQUESTED, _S.PAYMENT_REQUESTED,
                            _S.WITHDRAWN, _S.STOPPED, _S.DONE}),
    _S.PROCESSING: frozenset({_S.SUPPLEMENT_REQUESTED, _S.PAYMENT_REQUESTED, _S.WITHDRAWN,
                              _S.STOPPED, _S.DONE}),
    _S.SUPPLEMENT_REQUESTED: frozenset({_S.RECEIVED, _S.PROCESSING, _S.NOT_ACCEPTED,
                                        _S.WITHDRAWN, _S.STOPPED}),
    _S.PAYMENT_REQUESTED: frozenset({_S.PROCESSING, _S.DONE, _S.WITHDRAWN, _S.STOPPED}),
    _S.DONE: frozenset({_S.RETURNED}),
    _S.NOT_ACCEPTED: frozenset(),
    _S.WITHDRAWN: frozenset(),
    _S.STOPPED: frozenset(),
    _S.RETURNED: frozenset(),
}

# Statuses a dossier may be created in at the counter: received (form 01),
# needing completion (form 02), refused (form 03); online ones arrive as 1.
INITIAL_STATUSES = frozenset({_S.REGISTERED, _S.RECEIVED, _S.SUPPLEMENT_REQUESTED,
                              _S.NOT_ACCEPTED})


class TransitionRefused(InvalidInput):
    def __init__(self, current: Status, target: Status):
        self.current, self.target = current, target
        super().__init__(f"Không thể chuyển hồ sơ từ trạng thái “{current.label}” ({int(current)}) "
                         f"sang “{target.label}” ({int(target)}).")


def can_transition(current: Status, target: Status) -> bool:
    return target in TRANSITIONS[current]


def check_transition(current: Status, target: Status) -> None:
    if not can_transition(current, target):
        raise TransitionRefused(current, target)
