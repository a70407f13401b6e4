"""Validation problems: every problem of an input is collected, then raised once."""

from __future__ import annotations

import errno
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str  # dotted path of the offending field, e.g. "applicant.phone"
    message: str  # Vietnamese, for the officer

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationFailed(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationFailed:
        return cls([Problem(field, message)])


class Problems:
    """Accumulator used by validators so that all problems surface at once."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, field: str, message: str) -> None:
        self.items.append(Problem(field, message))

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationFailed(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)


# The OS explains in English; the officer reads these instead (others: the OS's text).
_OS_REASONS = {
    errno.ENOENT: "không có tệp hay thư mục này",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không được phép",
    errno.EISDIR: "đây là một thư mục",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.EEXIST: "đã có tệp này",
}


def os_reason(exc: BaseException) -> str:
    """Why an operating-system call failed, in Vietnamese where the reason is a common one."""
    number = getattr(exc, "errno", None)
    if number in _OS_REASONS:
        return _OS_REASONS[number]
    return getattr(exc, "strerror", None) or str(exc)
