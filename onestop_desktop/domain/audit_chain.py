"""The audit chain's rules: how a row's hash is made, and what a broken chain is called.

Each audit row carries `seq` (1, 2, … without gaps), the previous row's hash and its own:
SHA-256 of a canonical encoding (JSON, keys sorted, NFC) of the row's fields as stored
(the time as its stored UTC text, the detail as its JSON value) and, for rows about a
dossier, the digest of the dossier's row as that command left it. Editing, deleting or
reordering a row breaks the chain at that row or the next; editing a dossier row breaks
the match with its latest audit row's digest. Pure Python: the store computes, the
command line and the window say it.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from .calendar import LOCAL_TZ

# The prev_hash of the first row.
GENESIS = ""

# The dossier columns a digest covers, as they were when the chain began: a later
# column added to the table does not change the digests already written.
DIGEST_COLUMNS: tuple[str, ...] = (
    "id", "code", "procedure_code", "procedure_name", "field_name", "lead_agency",
    "time_limit_text", "applicant_kind", "applicant_name", "id_number", "phone", "address",
    "email", "birth_date", "gender", "notify", "submitter_name", "submitter_id_number",
    "submitter_phone", "submitter_authorised", "delivery_method", "delivery_address",
    "nationality", "sets", "channel", "status", "received_at", "due_at", "returned_at",
    "fees", "fee_total", "note", "received_by", "search_key", "search_seq", "created_at",
    "updated_at", "limit_unit", "limit_value", "due_provisional")

# An action after which every dossier recorded before it may be gone (demo data
# replaced as a whole: services/demo_data.py).
DOSSIERS_CLEARED = "demo_data.removed"


def canonical(value: object) -> bytes:
    """The one encoding hashed: JSON with sorted keys, no spaces, text in NFC, UTF-8."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    return unicodedata.normalize("NFC", text).encode("utf-8")


def dossier_digest(values: Sequence[object]) -> str:
    """The digest of one dossier row: its DIGEST_COLUMNS' stored values, in that order."""
    return hashlib.sha256(canonical(dict(zip(DIGEST_COLUMNS, values, strict=True))))\
        .hexdigest()


def row_hash(seq: int, at: str, actor: str, action: str, dossier_id: str | None,
             detail: object, prev_hash: str, digest: str | None) -> str:
    """The hash of one audit row; `at` as stored (UTC ISO text), `detail` as its JSON value."""
    return hashlib.sha256(canonical({
        "seq": seq, "at": at, "actor": actor, "action": action, "dossier_id": dossier_id,
        "detail": detail, "prev_hash": prev_hash, "dossier": digest})).hexdigest()


@dataclass(frozen=True)
class AuditHead:
    """The chain's last row: what each sync sends the centre."""

    seq: int
    hash: str
    at: str  # as stored: UTC ISO text

    def to_dict(self) -> dict:
        return {"seq": self.seq, "hash": self.hash, "at": self.at}

    @classmethod
    def from_dict(cls, value: Mapping) -> AuditHead:
        return cls(int(value["seq"]), str(value["hash"]), str(value["at"]))


# What went wrong, by kind.
EDITED = "edited"  # a row's content no longer matches its hash
MISSING = "missing"  # rows before this one were deleted
OUT_OF_ORDER = "out_of_order"  # the row does not follow the one before it
UNCHAINED = "unchained"  # a row added to the file without a place in the chain
TRUNCATED = "truncated"  # the chain ends before the head already sent to the centre
DOSSIER_EDITED = "dossier_edited"  # a dossier row changed without an audit row
DOSSIER_UNRECORDED = "dossier_unrecorded"  # a dossier row no audit row speaks for
DOSSIER_REMOVED = "dossier_removed"  # a dossier the audit speaks for is gone


@dataclass(frozen=True)
class AuditProblem:
    kind: str
    seq: int | None  # the broken row (or the audit row vouching for a dossier)
    at: str | None  # its stored time
    action: str
    code: str = ""  # the dossier's code, for dossier problems

    def message(self) -> str:
        """For the officer (Vietnamese): which row, when, what it recorded."""
        row = (f"dòng số {self.seq} ({local_time(self.at)}, {self.action})"
                if self.seq is not None else f"một dòng ({local_time(self.at)}, {self.action})")
        return {
            EDITED: f"Nhật ký bị sửa ở {row}: nội dung không khớp mã băm.",
            MISSING: f"Nhật ký bị xoá dòng ngay trước {row}.",
            OUT_OF_ORDER: f"Nhật ký bị đảo thứ tự hoặc chèn dòng ở {row}: dòng này không "
                          f"nối tiếp dòng trước.",
            UNCHAINED: f"Nhật ký có {row} được thêm thẳng vào tệp dữ liệu, không qua "
                       f"chương trình.",
            TRUNCATED: f"Nhật ký bị cắt bớt: thiếu từ dòng số {self.seq} đã gửi lên máy "
                       f"chủ trung tâm.",
            DOSSIER_EDITED: f"Hồ sơ {self.code} bị sửa thẳng trong tệp dữ liệu sau {row}.",
            DOSSIER_UNRECORDED: f"Hồ sơ {self.code} không có dòng nhật ký nào: được thêm "
                                f"thẳng vào tệp dữ liệu.",
            DOSSIER_REMOVED: f"Hồ sơ ghi ở {row} đã bị xoá khỏi tệp dữ liệu.",
        }[self.kind]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "seq": self.seq, "at": self.at, "action": self.action,
                "code": self.code, "message": self.message()}


@dataclass(frozen=True)
class AuditVerdict:
    rows: int  # rows in the chain
    dossiers: int  # dossier rows checked against their digests
    head: AuditHead | None
    problems: tuple[AuditProblem, ...]  # the first few, first broken first

    @property
    def intact(self) -> bool:
        return not self.problems

    def message(self) -> str:
        if self.intact:
            return (f"Nhật ký nguyên vẹn: {self.rows} dòng, {self.dossiers} hồ sơ khớp "
                    f"với nhật ký.")
        return self.problems[0].message()

    def to_dict(self) -> dict:
        return {"intact": self.intact, "rows": self.rows, "dossiers": self.dossiers,
                "head": self.head.to_dict() if self.head else None,
                "problems": [p.to_dict() for p in self.problems],
                "message": self.message()}


def local_time(stored: str | None) -> str:
    """A stored UTC time as the officer reads it (Asia/Ho_Chi_Minh), or "?"."""
    try:
        moment = datetime.fromisoformat(stored or "")
    except ValueError:
        return "?"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(LOCAL_TZ):%H:%M:%S %d/%m/%Y}"
