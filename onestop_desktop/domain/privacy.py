"""Personal data: the notice given at intake (what is collected, why), and which dossiers
may be anonymised (closed, past the retention period).

The notice is data (resources/privacy/notice.json, one place): the intake page shows
it, form 01 prints its small-print line. The retention period is a setting: no one
period for one-stop dossiers was found in the archives rules at hand (it differs by
kind of procedure), so the centre sets it; the default is a guess to be confirmed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..resources import resource_path
from .status import Status

# Processing is over and nothing more is done to the dossier: returned, refused,
# withdrawn, stopped.
CLOSED_STATUSES = (Status.RETURNED, Status.NOT_ACCEPTED, Status.WITHDRAWN, Status.STOPPED)
RETENTION_KEY = "privacy_retention_years"
DEFAULT_RETENTION_YEARS = 5  # unverified: a setting the centre confirms
# What replaces a citizen's name once anonymised (with the dossier's code beside it in
# every listing, the marker alone says what happened).
ANONYMISED = "[đã ẩn danh]"


@dataclass(frozen=True)
class PrivacyNotice:
    title: str
    legal_basis: str
    summary: str  # one line, beside the intake form
    paragraphs: tuple[str, ...]  # the whole notice
    receipt: str  # form 01's small print

    @property
    def text(self) -> str:
        return "\n\n".join((*self.paragraphs, f"Căn cứ: {self.legal_basis}."))


@cache
def privacy_notice() -> PrivacyNotice:
    data = json.loads(resource_path("privacy", "notice.json").read_text(encoding="utf-8"))
    return PrivacyNotice(data["title"], data["legal_basis"], data["summary"],
                         tuple(data["paragraphs"]), data["receipt"])


def retention_cutoff(before: date, today: date, years: int) -> date:
    """Dossiers closed before the returned day may be anonymised: before `before`, and
    at least `years` before `today` (29 February counts as 28 February)."""
    try:
        limit = today.replace(year=today.year - years)
    except ValueError:
        limit = today.replace(year=today.year - years, day=28)
    return min(before, limit)
