"""What the centre accepts: request limits and the bounded shape of every pushed event.

The shared protocol models (onestop_desktop/sync/protocol.py) say what a desk sends;
the centre holds each field to a size and each time to a sane range, so that no
request can make it store (twice: the dossier and its event) a field of any size,
or hand the database a value it would fail on. Everything past these bounds is a
4xx with the protocol's ErrorBody, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, Field

from onestop_desktop.sync import protocol as p

MiB = 1024 * 1024
# A dossier as a desk sends it is about 1 KB; a whole batch of MAX_PUSH_BATCH fits.
DEFAULT_MAX_BODY_BYTES = 2 * MiB
MAX_EVENT_PAYLOAD_BYTES = 64 * 1024
# An online dossier carries its files (base64, 4 bytes for 3): online.MAX_TOTAL_BYTES
# of them and the JSON around.
DEFAULT_MAX_ONLINE_BODY_BYTES = 56 * MiB
MAX_CURSOR = 2**63 - 1  # change sequence numbers are 63-bit (BIGINT)
FIRST_YEAR, LAST_YEAR = 2000, 2099  # of any time a desk sends


@dataclass(frozen=True)
class Limits:
    """The server's own limits (the reverse proxy in front has the same or looser ones:
    deploy/ and tests/central/test_deploy_files.py)."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    # Whole request body, from the end of its headers: a slow or stalled body is cut.
    body_timeout_s: float = 30.0
    # From connecting (or the end of the previous reply) to a request's complete
    # headers: half-sent requests do not hold a connection for ever.
    header_timeout_s: float = 10.0
    keep_alive_s: int = 5
    # Connections and requests per worker; past it uvicorn answers 503 at once.
    limit_concurrency: int = 1000
    max_header_bytes: int = 16 * 1024
    # POST /v1/online-dossiers only (its files come inline); every other route has
    # max_body_bytes.
    max_online_body_bytes: int = DEFAULT_MAX_ONLINE_BODY_BYTES

    def body_limit(self, path: str) -> int:
        if path == p.ONLINE_DOSSIERS_PATH:
            return max(self.max_online_body_bytes, self.max_body_bytes)
        return self.max_body_bytes

    # Uploads (PUT /v1/uploads/{sha256}): the largest file the centre takes, and the
    # partial uploads one device may leave on the centre's disk (the oldest go past it).
    max_file_bytes: int = 100 * MiB
    max_partial_bytes: int = 512 * MiB

    @property
    def max_waiting_connections(self) -> int:
        """Idle or half-sent connections a worker keeps; past it the oldest is closed
        (half of the concurrency limit: the other half stays for requests under way)."""
        return max(self.limit_concurrency // 2, 1)

    def __post_init__(self) -> None:
        if self.max_body_bytes < 1024:
            raise ValueError("max_body_bytes must be at least 1024")
        for name in ("body_timeout_s", "header_timeout_s", "keep_alive_s",
                     "limit_concurrency", "max_header_bytes", "max_file_bytes",
                     "max_partial_bytes"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")


def _sane_moment(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a time zone is required")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:  # the year as written (the pattern)
        raise ValueError(f"the year must lie between {FIRST_YEAR} and {LAST_YEAR}")
    return value


# The range is in the document too (a pattern on the year), so that a client reading
# the OpenAPI knows what is accepted.
Moment = Annotated[datetime, AfterValidator(_sane_moment),
                   Field(json_schema_extra={"pattern": r"^20\d\d-"})]
Id = Annotated[str, Field(min_length=1, max_length=36)]
Code = Annotated[str, Field(min_length=1, max_length=32)]
Name = Annotated[str, Field(max_length=300)]
Note = Annotated[str, Field(max_length=4000)]
Actor = Annotated[str, Field(max_length=100)]
StatusNumber = Annotated[int, Field(ge=1, le=10)]


# The request body of POST /v1/push as the centre validates and documents it.
class PushEvent(p.PushEvent):
    dossier_id: Id | None = None
    created_at: Moment
    # payload: at most MAX_EVENT_PAYLOAD_BYTES of canonical JSON, checked per event
    # (service._apply_event) so that one oversized event spares the rest of its batch.


class PushRequest(p.PushRequest):
    # Another version is answered 400 protocol_mismatch (not 422): documented as the one.
    protocol: int = Field(default=p.PROTOCOL_VERSION, ge=0, le=1000,
                          json_schema_extra={"enum": [p.PROTOCOL_VERSION]})
    events: list[PushEvent] = Field(max_length=p.MAX_PUSH_BATCH)


# Payloads, by event kind.
class ApplicantPayload(p.ApplicantPayload):
    name: Name
    id_number: Annotated[str, Field(max_length=32)]
    phone: Annotated[str, Field(max_length=32)]
    address: Note
    email: Annotated[str, Field(max_length=254)] = ""


class DossierPayload(p.DossierPayload):
    id: Id
    code: Code
    procedure_code: Annotated[str, Field(max_length=32)]
    procedure_name: Note
    field_name: Name = ""
    applicant: ApplicantPayload
    received_at: Moment
    due_at: Moment | None = None
    note: Note = ""


class StatusEventPayload(p.StatusEventPayload):
    id: Id
    code: Code
    from_status: StatusNumber | None = None
    at: Moment
    actor: Actor = ""
    note: Note = ""


class FeeEventPayload(p.FeeEventPayload):
    id: Id
    code: Code
    amount: Annotated[int, Field(ge=0, le=10**12)]  # đồng
    at: Moment
    actor: Actor = ""


class DueChangePayload(p.DueChangePayload):
    id: Id
    code: Code
    at: Moment
    actor: Actor = ""
    reason: Annotated[str, Field(max_length=40)] = ""
    due_before: Moment | None = None
    due_after: Moment | None = None


class FeedbackPayload(p.FeedbackPayload):
    id: Id
    code: Code
    name: Name
    phone: Annotated[str, Field(max_length=32)] = ""
    email: Annotated[str, Field(max_length=254)] = ""
    content: Annotated[str, Field(min_length=1, max_length=4000)]
    procedure_code: Annotated[str, Field(max_length=32)] = ""
    procedure_name: Note = ""
    dossier_code: Annotated[str, Field(max_length=32)] = ""
    received_at: Moment
    received_by: Actor = ""


class AuditHead(p.AuditHead):
    at: Moment
