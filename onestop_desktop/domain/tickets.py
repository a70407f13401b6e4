"""Queue tickets: the number a citizen holds from the centre's queue system, typed at the
counter or scanned from the ticket, and the next number to call.

A ticket number is digits with an optional letter prefix (the queue system's letter for
a service or a row of counters): "A012", "B1005", "37". The barcode on a ticket is the
queue system's: the number alone, or the number, "|" and the moment the ticket was
issued ("A012|20261203081500": yyyyMMddHHmmss local time, as the portal writes dates,
or ISO 8601 with its zone). Only a ticket that says when it was issued lets the desk
know how long the citizen waited; otherwise the desk knows when it called the number
and when it saved the dossier (the serving time), nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from .calendar import LOCAL_TZ
from .errors import Problems
from .json_input import unknown_keys

MAX_TICKET_TEXT = 12  # a ticket number as typed, spaces included
MAX_SCAN_TEXT = 64  # a ticket's barcode: the number and the moment it was issued
# A scan this short is a ticket only with at least this many digits: two keys in a fast
# burst could be a person's quick "5" and Enter.
SCAN_MIN_DIGITS = 3
# The moments a ticket carries are of the same day's queue: an intake saved more than
# this long after the call, or a call in the future, is a mistake (a wrong clock).
MAX_TICKET_AGE = timedelta(hours=14)
FUTURE_TOLERANCE = timedelta(minutes=5)
TICKET_KEYS = ("number", "issued_at", "called_at")
# Short: said on one line beside the field.
NOT_A_TICKET = "Số thứ tự: tối đa 6 chữ số, có thể có chữ cái đầu (A012)."

_NUMBER = re.compile(r"([A-Z]{0,2})[-.]?(\d{1,6})")


@dataclass(frozen=True)
class Ticket:
    """The number; when the queue system issued it (if its barcode says); when this desk
    called it (if it did)."""

    number: str
    issued_at: datetime | None = None
    called_at: datetime | None = None

    def to_dict(self) -> dict:
        return {"number": self.number,
                "issued_at": self.issued_at.isoformat() if self.issued_at else None,
                "called_at": self.called_at.isoformat() if self.called_at else None}


def normalise_ticket(text: object) -> str | None:
    """"a 012", "A-012" -> "A012"; None when `text` is not a ticket number."""
    if not isinstance(text, str) or len(text) > MAX_TICKET_TEXT:
        return None
    match = _NUMBER.fullmatch("".join(text.split()).upper())
    return None if match is None else match[1] + match[2]


def ticket_problem(text: str) -> str:
    """Why `text` is not a ticket number ("" when it is, or is empty)."""
    if not text.strip() or normalise_ticket(text) is not None:
        return ""
    return NOT_A_TICKET


def _moment(text: str) -> datetime | None:
    """yyyyMMddHHmmss (local) or ISO 8601 with its zone; None otherwise."""
    text = text.strip()
    if re.fullmatch(r"\d{14}", text):
        try:
            return datetime.strptime(text, "%Y%m%d%H%M%S").replace(tzinfo=LOCAL_TZ)
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def parse_ticket_scan(text: str) -> Ticket | None:
    """The ticket a scanned barcode names, with its issue time when it carries one; None
    when the scan is not a ticket's."""
    if len(text) > MAX_SCAN_TEXT:
        return None
    number_text, bar, when = text.strip().partition("|")
    number = normalise_ticket(number_text)
    if number is None or sum(c.isdigit() for c in number) < SCAN_MIN_DIGITS:
        return None
    issued = None
    if bar:
        issued = _moment(when)
        if issued is None:
            return None
    return Ticket(number, issued)


def looks_like_ticket_scan(text: str) -> bool:
    return parse_ticket_scan(text) is not None


def next_ticket(last: str | None) -> str | None:
    """The number after `last`, with its prefix and width: "A012" -> "A013",
    "A999" -> "A1000"; None when there is no last number to go on from."""
    number = normalise_ticket(last) if last else None
    if number is None:
        return None
    match = _NUMBER.fullmatch(number)
    prefix, digits = match[1], match[2]
    following = str(int(digits) + 1).zfill(len(digits))
    if len(following) > 6:
        following = "1".zfill(len(digits))  # the queue system's counter wraps too
    return prefix + following


def _ticket_moment(p: Problems, raw: dict, key: str, label: str) -> datetime | None:
    value = raw.get(key)
    if value is None:
        return None
    moment = _moment(value) if isinstance(value, str) and len(value) <= 40 else None
    if moment is None:
        p.add(f"ticket.{key}", f"{label} phải là thời điểm ISO 8601 có múi giờ, ví dụ "
                               f"2026-12-03T08:15:00+07:00.")
    return moment


def parse_ticket(p: Problems, value: object) -> Ticket | None:
    """The intake JSON's optional "ticket": "A012", or {"number": "A012", "issued_at":
    ISO, "called_at": ISO}. Problems are added to `p`."""
    if value is None:
        return None
    raw = {"number": value} if isinstance(value, str) else value
    if not isinstance(raw, dict):
        p.add("ticket", "Số thứ tự phải là chuỗi (ví dụ “A012”) hoặc đối tượng "
                        "{\"number\", \"issued_at\", \"called_at\"}.")
        return None
    unknown_keys(p, raw, TICKET_KEYS, "ticket")
    number = normalise_ticket(raw.get("number"))
    if number is None:
        p.add("ticket.number", NOT_A_TICKET)
    issued = _ticket_moment(p, raw, "issued_at", "Thời điểm lấy số")
    called = _ticket_moment(p, raw, "called_at", "Thời điểm gọi số")
    if issued is not None and called is not None and issued > called:
        p.add("ticket.issued_at", "Thời điểm lấy số phải trước thời điểm gọi số.")
    return Ticket(number, issued, called) if number is not None else None


def ticket_time_problem(ticket: Ticket, saved_at: datetime) -> str:
    """Why the ticket's moments cannot be of an intake saved at `saved_at` ("" if they can)."""
    for moment in (ticket.issued_at, ticket.called_at):
        if moment is None:
            continue
        if moment > saved_at + FUTURE_TOLERANCE:
            return "Thời điểm lấy số hoặc gọi số không được ở tương lai."
        if moment < saved_at - MAX_TICKET_AGE:
            return "Thời điểm lấy số hoặc gọi số phải trong cùng ngày làm việc với lúc lưu hồ sơ."
    return ""
