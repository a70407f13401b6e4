"""The desk <-> central server protocol, version 1: pydantic models both sides share.

Endpoints (all under /v1, JSON, `Authorization: Bearer <device token>`, header
`X-Onestop-Protocol: 1`; every reply carries `server_time` in its body and the
`X-Server-Time` header):

- `GET  /v1/health`            -> Health (no token needed)
- `POST /v1/push`   PushRequest -> PushResponse. Events are stored idempotently by
  `event_id`: the same id with the same content from the same agency (whichever
  of its devices, e.g. a desk registered again) is acknowledged again
  ("duplicate"); the same id with other content, or from another agency, is a
  "conflict" (409 in `EventResult.http_status`). A dossier.created must carry an
  initial status (domain.status.INITIAL_STATUSES), else "conflict". Each event
  has its own outcome: one refused event never makes the others fail.
- `GET  /v1/changes?since=N&limit=M` -> PullResponse: the agency's changes with
  a sequence number above N, in order; `cursor` is what to send next time.
- `GET  /v1/dossiers/{code}`   -> {"server_time", "dossier": the national portal's
  (DVCQG) record of the dossier}: onestop_central/portal.py maps it, from the dossier's
  payload and everything pushed about it since; its JSON Schema is
  onestop_central/schemas/dvcqg_hoso.schema.json.
- `POST /v1/audit-heads` AuditHead -> AuditHeadReply: the head of the desk's audit
  chain (sequence number and hash of its last row). The centre keeps every head a
  device sends; a head whose seq goes backwards, or whose hash differs from the one
  sent before for the same seq, is recorded as a divergence and answered 409 with
  error "audit_diverged".
- Feedback and petitions (domain/feedback.py): the desk pushes `feedback.created`
  (FeedbackPayload, no dossier_id), stored by the centre idempotently by event id as
  dossiers are, and once per feedback id and code; the centre's back office moves it
  (`onestop-central feedback handle|answer|close`) and each move is a `feedback.status`
  change (FeedbackChangeData) for the agency's desks. A desk takes only a step forward
  for a feedback it holds; a desk that does not know the kind skips it (every desk skips
  change kinds it does not know, and its cursor moves on).
- Online dossiers: `POST /v1/online-dossiers` (only a token made with `onestop-central
  device add --portal`) takes the desk's intake JSON plus `agency_code` and `files`
  ([{"paper", "name", "media_type", "content": base64}]); the centre numbers it from its
  own range (domain/codes.py CENTRE_NUMBERS), keeps it in status 1, channel 2, and logs
  a `dossier.online` change (OnlineChangeData) for the agency's desks, which pull it
  into their "waiting online" queue. `GET /v1/files/{sha256}` gives a desk the bytes of
  a file on one of its agency's dossiers. A desk's status move of an online dossier is
  a `dossier.status` change for the agency's other desks (data "source": "desk"); a
  move from a status the dossier has left (another desk was first) is a conflict.
- Files (content-addressed, chunked, resumable uploads). A desk sends a dossier's files
  only after the centre acknowledged the dossier's dossier.created event:
  - `GET /v1/uploads/{sha256}` -> UploadState: how many bytes of the file the centre
    holds for this device (`offset`) and whether it holds the whole file (`complete`). A
    hash the centre already holds (from any desk) is complete at once: nothing is sent.
  - `PUT /v1/uploads/{sha256}`, body the raw bytes (application/octet-stream) of one
    chunk, header `Content-Range: bytes START-END/TOTAL` (END inclusive; at most
    MAX_UPLOAD_CHUNK bytes) -> UploadState. The centre appends only at the exact offset
    it holds: a chunk starting elsewhere is answered 409 `offset_mismatch` (ask the
    offset again and go on from there), so no byte is ever taken twice. With the last
    byte the centre checks the SHA-256 (422 `hash_mismatch`: the partial upload is
    dropped) and keeps the file in its file store. A file above the centre's limit is
    answered 413 `file_too_large` before a byte is kept. Partial uploads are kept per
    device on the centre's disk, bounded; the oldest are dropped past the bound.
  - `POST /v1/dossiers/{code}/files` FilePlace -> FilePlaced: the stored file's place on
    the dossier (a paper of its checklist, its result, a form); idempotent: the same
    place again is `created: false`. 409 `file_not_uploaded` while the centre does not
    hold the file whole; 404 when the dossier is not the device's agency's.
  - `GET /v1/dossiers/{code}/files` -> DossierFiles: the dossier's files with their
    SHA-256 and size.
- Errors: ErrorBody with a stable `error` code and a human `message`.

The dossier's own fields map one to one onto the national portal's names (PORTAL_FIELDS).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from ..domain.events import (  # noqa: F401 - the event kinds are part of the protocol
    DOSSIER_CREATED,
    DOSSIER_DUE_CHANGED,
    DOSSIER_FEE_COLLECTED,
    DOSSIER_FEE_EXEMPTED,
    DOSSIER_FEE_REFUNDED,
    DOSSIER_RETURNED,
    DOSSIER_STATUS_CHANGED,
    FEEDBACK_CREATED,
)

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Onestop-Protocol"
SERVER_TIME_HEADER = "X-Server-Time"
MAX_PUSH_BATCH = 500
MAX_PULL_PAGE = 1000
# A chunk of an upload: well under the centre's default request body limit (2 MiB).
MAX_UPLOAD_CHUNK = 1024 * 1024
FILE_ROLES = ("paper", "result", "form")
SHA256_PATTERN = r"^[0-9a-f]{64}$"

# Event kinds the desk pushes: dossier.created, dossier.status_changed, dossier.returned,
# dossier.due_changed (DueChangePayload: the old and the new appointment).
# (their names live in domain/events.py, which the services that write them use too)
STATUS_EVENT_KINDS = frozenset({DOSSIER_STATUS_CHANGED, DOSSIER_RETURNED})
# Money of a dossier (domain/fees.py): kept as events of the dossier, never moving it.
FEE_EVENT_KINDS = frozenset({DOSSIER_FEE_COLLECTED, DOSSIER_FEE_REFUNDED, DOSSIER_FEE_EXEMPTED})

# Change kinds the desk pulls.
CHANGE_STATUS = "dossier.status"
CHANGE_CALENDAR = "calendar.days"
CHANGE_CATALOGUE = "catalogue.replace"
CHANGE_DESK_VERSION = "desk.version"  # data: {"latest_desk_version": "0.2.0"}
CHANGE_FEEDBACK = "feedback.status"  # data: FeedbackChangeData
CHANGE_NOTICE = "notice.delivery"  # data: NoticeDeliveryData
CHANGE_ONLINE = "dossier.online"  # data: OnlineChangeData
ONLINE_DOSSIERS_PATH = "/v1/online-dossiers"

# Per-event outcomes of a push.
ACCEPTED, DUPLICATE, CONFLICT, REJECTED = "accepted", "duplicate", "conflict", "rejected"
Outcome = Literal["accepted", "duplicate", "conflict", "rejected"]

# Our dossier payload's names -> the national portal's (DVCQG, as OpenCPS names them).
# The channel the dossier came by is KenhThucHien; HinhThuc is how the result goes back
# (the delivery: 0 at the desk, 1 by post); MaLinhVuc is the field's code, TenLinhVuc
# its name. Dotted names are inside the payload's "applicant" / "delivery".
PORTAL_FIELDS: dict[str, str] = {
    "code": "MaHoSo",
    "procedure_code": "MaTTHC",
    "procedure_name": "TenTTHC",
    "field_code": "MaLinhVuc",
    "field_name": "TenLinhVuc",
    "channel": "KenhThucHien",
    "applicant.name": "ChuHoSo",
    "applicant.id_number": "SoGiayToChuHoSo",
    "applicant.kind": "LoaiDoiTuong",
    "applicant.phone": "SoDienThoai",
    "applicant.email": "Email",
    "received_at": "NgayTiepNhan",
    "due_at": "NgayHenTra",
    "status": "TrangThaiHoSo",
    "lead_agency": "DonViXuLy",
    "delivery.method": "HinhThuc",
    "note": "GhiChu",
}


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_json(value: Any) -> str:
    """JSON with sorted keys, no spaces, UTF-8 characters kept: one text per value
    (json.dumps with these options, without making an encoder each time)."""
    return _CANONICAL.encode(value)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PushEvent(_Model):
    event_id: str = Field(min_length=1, max_length=36)
    kind: str = Field(min_length=1, max_length=40)
    dossier_id: str | None = None
    created_at: datetime
    payload: dict[str, Any]

    def content_hash(self, payload_json: str | None = None) -> str:
        """What "same content" means: kind, dossier and payload, key order ignored: the
        SHA-256 of canonical_json([kind, dossier_id, payload]). `payload_json`, the
        payload's canonical_json when the caller has it, is not encoded again."""
        if payload_json is None:
            payload_json = canonical_json(self.payload)
        text = f"[{canonical_json(self.kind)},{canonical_json(self.dossier_id)},{payload_json}]"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class PushRequest(_Model):
    protocol: int = PROTOCOL_VERSION
    events: list[PushEvent] = Field(max_length=MAX_PUSH_BATCH)


def encode_push_event(event_id: str, kind: str, dossier_id: str | None, created_at: datetime,
                      payload_json: str) -> bytes:
    """One PushEvent as it goes on the wire (UTF-8 JSON) around a payload that is JSON
    text already (the desk's outbox keeps it so): the payload is not decoded and encoded
    again. The caller answers for the payload being a JSON object (the engine checks)."""
    return (f'{{"event_id":{canonical_json(event_id)},"kind":{canonical_json(kind)},'
            f'"dossier_id":{canonical_json(dossier_id)},"created_at":"{created_at.isoformat()}",'
            f'"payload":{payload_json}}}').encode()


def push_request_body(events: Sequence[bytes]) -> bytes:
    """A PushRequest's body from events encoded by encode_push_event."""
    return b'{"protocol":%d,"events":[%b]}' % (PROTOCOL_VERSION, b",".join(events))


class EventResult(_Model):
    event_id: str
    outcome: Outcome
    http_status: int = 200  # 409 for a conflict, 422 for a rejected event
    error: str = ""  # stable code: event_id_reused, code_taken, status_rule, …
    message: str = ""  # for a person (Vietnamese)


class PushResponse(_Model):
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    results: list[EventResult]


class Change(_Model):
    seq: int
    kind: str
    at: datetime
    dossier_id: str | None = None
    data: dict[str, Any]


class PullResponse(_Model):
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    changes: list[Change]
    cursor: int
    has_more: bool


class Health(_Model):
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    status: str = "ok"


class ErrorBody(_Model):
    error: str
    message: str
    server_time: datetime
    detail: list[dict[str, Any]] = Field(default_factory=list)


class AuditHead(_Model):
    """The head of a desk's audit chain: its last row's sequence number and hash."""

    seq: int = Field(ge=1, le=2**63 - 1)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    at: AwareDatetime  # when the desk read its head


AUDIT_RECORDED, AUDIT_KNOWN = "recorded", "known"


class AuditHeadReply(_Model):
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    outcome: Literal["recorded", "known"]  # known: this very head was sent before
    seq: int
    hash: str


class StatusEventPayload(BaseModel):
    """Payload of dossier.status_changed / dossier.returned (extra keys allowed)."""

    model_config = ConfigDict(extra="allow")
    id: str
    code: str
    from_status: int | None = None
    to_status: int = Field(ge=1, le=10)
    at: datetime
    actor: str = ""
    note: str = ""


class FeeEventPayload(BaseModel):
    """Payload of dossier.fee_collected / fee_refunded / fee_exempted (extra keys allowed:
    the receipt {form, series, number}, method, lines, reason … as services/fees.py
    writes them)."""

    model_config = ConfigDict(extra="allow")
    id: str
    code: str
    amount: int = Field(ge=0)
    at: datetime
    actor: str = ""


class DueChangePayload(BaseModel):
    """Payload of dossier.due_changed: a new appointment, the old one kept (the portal's
    NgayHenTraTruoc / NgayHenTraMoi). Extra keys allowed (waited_from, note, …)."""

    model_config = ConfigDict(extra="allow")
    id: str
    code: str
    at: datetime
    actor: str = ""
    reason: str = ""  # "supplement" (papers arrived) | "apology" (form 04)
    due_before: datetime | None = None
    due_after: datetime | None = None
    due_provisional: bool = False


class ApplicantPayload(BaseModel):
    model_config = ConfigDict(extra="allow")
    kind: Literal["citizen", "organisation"]
    name: str
    id_number: str
    phone: str
    address: str
    email: str = ""
    # business | state_agency | other (domain.dossier.OrganisationType); "" for a citizen
    # and in payloads from before it was sent (an organisation then counts as a business).
    organisation_type: str = ""


class SubmitterPayload(BaseModel):
    """Who stood at the counter when not the owner in person."""

    model_config = ConfigDict(extra="allow")
    name: str
    id_number: str
    phone: str = ""
    authorised: bool = True


class DeliveryPayload(BaseModel):
    model_config = ConfigDict(extra="allow")
    method: Literal["desk", "post"] = "desk"
    address: str = ""


class DossierPayload(BaseModel):
    """Payload of dossier.created: domain.dossier.dossier_to_dict (extra keys allowed)."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(min_length=1, max_length=36)
    code: str = Field(min_length=1, max_length=32)
    procedure_code: str
    procedure_name: str
    field_name: str = ""
    field_code: str = ""  # absent from payloads sent before field codes were kept
    lead_agency: str = ""
    applicant: ApplicantPayload
    channel: int = Field(ge=1, le=3)
    status: int = Field(ge=1, le=10)
    received_at: datetime
    due_at: datetime | None = None
    note: str = ""
    received_by: str = ""
    documents: list[dict[str, Any]] = Field(default_factory=list)
    fees: list[dict[str, Any]] = Field(default_factory=list)
    fee_plan: dict[str, Any] | None = None
    submitter: SubmitterPayload | None = None
    delivery: DeliveryPayload = Field(default_factory=DeliveryPayload)


class FeedbackPayload(BaseModel):
    """Payload of feedback.created: domain.feedback.feedback_to_dict (extra keys allowed)."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(min_length=1, max_length=36)
    code: str = Field(min_length=1, max_length=32)
    name: str
    phone: str = ""
    email: str = ""
    content: str
    procedure_code: str = ""
    procedure_name: str = ""
    dossier_code: str = ""
    received_at: datetime
    received_by: str = ""


class FeedbackChangeData(BaseModel):
    """data of a feedback.status change: where the centre's handling of it stands."""

    model_config = ConfigDict(extra="allow")
    id: str
    code: str
    status: Literal["received", "handling", "answered", "closed"]
    at: datetime
    actor: str = ""
    answer: str = ""
    answered_by: str = ""
    answered_at: datetime | None = None


class NoticeDeliveryData(BaseModel):
    """data of a notice.delivery change: one attempt to tell the citizen of a step of
    their dossier (domain/notices.py), and how it went."""

    model_config = ConfigDict(extra="allow")
    id: str  # the dossier's
    code: str
    notice_id: int
    channel: str  # email | sms | zalo
    kind: str  # domain.notices.NoticeKind
    address: str = ""
    state: Literal["sent", "retrying", "failed", "no_provider"]
    attempt: int = 1
    error: str = ""
    at: datetime


class OnlineFile(BaseModel):
    """A file of an online dossier as the desk pulls it: the bytes come by
    GET /v1/files/{sha256}."""

    model_config = ConfigDict(extra="allow")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)
    paper: int = Field(ge=0)  # the position of the paper in the dossier's checklist
    name: str
    media_type: str = "application/pdf"


class OnlineChangeData(BaseModel):
    """data of a dossier.online change: the dossier (DossierPayload) and its files."""

    model_config = ConfigDict(extra="allow")
    dossier: DossierPayload
    files: list[OnlineFile] = Field(default_factory=list)


class OnlineReply(_Model):
    """POST /v1/online-dossiers: the code the centre gave the dossier."""

    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    id: str
    code: str
    files: list[OnlineFile]


class UploadState(_Model):
    """Where an upload stands at the centre, for this device."""

    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    sha256: str
    offset: int  # bytes the centre holds of the file (its size when complete)
    complete: bool  # the centre holds the whole file, verified


class FilePlace(_Model):
    """A stored file's place on a dossier (the desk's dossier_files row)."""

    sha256: str = Field(pattern=SHA256_PATTERN)
    role: Literal["paper", "result", "form"]
    paper: int = Field(default=0, ge=0, le=10_000)  # the checklist item's position
    name: str = Field(max_length=300)
    pages: int = Field(default=0, ge=0, le=100_000)
    media_type: str = Field(default="application/pdf", max_length=64)
    source: str = Field(max_length=8)


class DossierFileEntry(FilePlace):
    size: int
    added_at: datetime


class FilePlaced(_Model):
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    created: bool  # False: the same place was recorded before
    file: DossierFileEntry


class DossierFiles(_Model):
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    code: str
    files: list[DossierFileEntry]


def content_range(start: int, length: int, total: int) -> str:
    """The Content-Range header of a chunk of `length` bytes from `start` of `total`."""
    return f"bytes {start}-{start + length - 1}/{total}"
