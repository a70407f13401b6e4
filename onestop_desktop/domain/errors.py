"""The problems an officer is told about, and validation: every problem of an input is
collected, then raised once.

Everything the application boundary raises for the officer to act on derives from
OfficerError: its message (Vietnamese) is shown as it is, and the command line exits
with status 2 (3 for a refusal, NotAllowed). Any other exception is a defect: logged
with its traceback, shown as an unexpected error.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass


class OfficerError(Exception):
    """A problem the officer can act on; str() is the Vietnamese message."""

    exit_status = 2  # at the command line: the input is refused (README: exit statuses)


class InvalidInput(OfficerError, ValueError):
    """Input the rules refuse (a date that does not exist, a limit out of range …).
    Also a ValueError, for the code that parses and checks."""


class NotFound(OfficerError, LookupError):
    """What was asked for does not exist (a dossier code, an account)."""


class NotAllowed(OfficerError, PermissionError):
    """Refused: the acting officer's role may not do this, or the account may not act
    now (locked out, disabled). Exit status 3 at the command line."""

    exit_status = 3


class StoreUnavailable(OfficerError):
    """The desk's store could not be written (or read) just now; nothing was written.
    Each kind has its own exit status (sysexits.h), so a script can tell them from
    refused input and wait, or call someone."""


class StoreBusy(StoreUnavailable):
    """Another window or command held the store's write lock longer than we wait."""

    exit_status = 75  # EX_TEMPFAIL: try again later

    def __init__(self, seconds: float):
        waited = f"{seconds:g}".replace(".", ",")  # Vietnamese decimal comma
        super().__init__(f"Kho dữ liệu đang bận: một cửa sổ hay lệnh khác đang ghi và "
                         f"chưa xong sau {waited} giây chờ. Chưa ghi gì; hãy thử lại "
                         f"sau ít phút.")


class StoreFull(StoreUnavailable):
    """The disk holding the store is full, or failed a write."""

    exit_status = 74  # EX_IOERR

    def __init__(self, path: object, *, full: bool = True):
        what = "Ổ đĩa chứa kho dữ liệu đã đầy" if full else "Lỗi ghi ổ đĩa chứa kho dữ liệu"
        super().__init__(f"{what} ({path}). Chưa ghi gì; hãy giải phóng chỗ trống hoặc "
                         f"báo quản trị viên rồi thử lại.")


class StoreReadOnly(StoreUnavailable):
    """The store's file, folder or disk cannot be written."""

    exit_status = 77  # EX_NOPERM

    def __init__(self, path: object):
        super().__init__(f"Kho dữ liệu chỉ cho đọc, không ghi được ({path}). Chưa ghi gì; "
                         f"hãy kiểm tra quyền ghi của thư mục dữ liệu và ổ đĩa hoặc báo "
                         f"quản trị viên.")


@dataclass(frozen=True)
class Problem:
    field: str  # dotted path of the offending field, e.g. "applicant.phone"
    message: str  # Vietnamese, for the officer

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationFailed(InvalidInput):
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
