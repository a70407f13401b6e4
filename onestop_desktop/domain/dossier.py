"""The dossier (hồ sơ) and its parts, as the desk knows them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum

from .calendar import LOCAL_TZ
from .countries import VIETNAM
from .errors import NotFound
from .fees import FeePlan
from .procedure import DocumentSpec, Fee, TimeLimit
from .status import Status


class DossierNotFound(NotFound):
    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"Không tìm thấy hồ sơ mã {code}.")


class Channel(IntEnum):
    """Receipt channel (the portal's KenhThucHien)."""

    DIRECT = 1  # trực tiếp
    ONLINE = 2  # trực tuyến
    POSTAL = 3  # bưu chính công ích

    @property
    def label(self) -> str:
        return {1: "Trực tiếp", 2: "Trực tuyến", 3: "Bưu chính công ích"}[self.value]

    @classmethod
    def from_name(cls, name: str) -> Channel:
        return {"direct": cls.DIRECT, "online": cls.ONLINE, "postal": cls.POSTAL}[name]


class ApplicantKind(IntEnum):
    """LoaiDoiTuong."""

    CITIZEN = 1
    ORGANISATION = 2

    @property
    def key(self) -> str:
        return "citizen" if self is ApplicantKind.CITIZEN else "organisation"

    @classmethod
    def from_name(cls, name: str) -> ApplicantKind:
        return {"citizen": cls.CITIZEN, "organisation": cls.ORGANISATION}[name]


class OrganisationType(StrEnum):
    """What kind of organisation owns a dossier: the portal's LoaiDoiTuong 2, 3 or 4
    (1 being a citizen)."""

    BUSINESS = "business"  # doanh nghiệp, hợp tác xã
    STATE_AGENCY = "state_agency"  # cơ quan nhà nước
    OTHER = "other"  # tổ chức khác

    @property
    def portal_code(self) -> int:
        return {"business": 2, "state_agency": 3, "other": 4}[self.value]


class Gender(StrEnum):
    """As the CCCD card (and its QR code) writes it."""

    MALE = "Nam"
    FEMALE = "Nữ"


class NoticeChannel(StrEnum):
    """How the citizen asked to hear about the dossier (sent by the central server)."""

    SMS = "sms"
    ZALO = "zalo"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return {"sms": "SMS", "zalo": "Zalo", "email": "Email"}[self.value]

    @property
    def by_phone(self) -> bool:
        return self is not NoticeChannel.EMAIL


@dataclass(frozen=True)
class Applicant:
    """ChuHoSo: the citizen or the organisation the dossier is for."""

    name: str
    id_number: str  # CCCD/CMND/passport, or the tax code of an organisation
    phone: str  # may be empty: many elderly citizens have none
    address: str
    kind: ApplicantKind = ApplicantKind.CITIZEN
    email: str = ""
    birth_date: date | None = None  # a citizen's, as read from the CCCD QR (or typed)
    gender: str = ""  # Gender value, or "" when not known
    # ISO 3166-1 alpha-3 of a citizen: VNM for a Vietnamese paper, the passport's country
    # for a foreigner; "" for an organisation (and dossiers taken before it was recorded).
    nationality: str = ""
    # An organisation's OrganisationType value; "" for a citizen (and for organisations
    # taken in before it was recorded, which count as businesses).
    organisation_type: str = ""


def is_foreign(applicant: Applicant) -> bool:
    """A citizen of another country (a foreign passport): forms print the nationality."""
    return applicant.kind is ApplicantKind.CITIZEN and applicant.nationality not in ("", VIETNAM)


@dataclass(frozen=True)
class Submitter:
    """Who brought the dossier to the counter when it is not the owner in person: a person
    the owner authorised, or an organisation's representative. They sign the forms."""

    name: str
    id_number: str
    phone: str = ""
    authorised: bool = True  # False: the organisation's own representative


class DeliveryMethod(StrEnum):
    """How the result goes back (the portal's HinhThuc: 0 at the desk, 1 by post)."""

    DESK = "desk"  # collected at the counter
    POST = "post"  # sent by the public postal service

    @property
    def portal_code(self) -> int:
        return 0 if self is DeliveryMethod.DESK else 1


@dataclass(frozen=True)
class Delivery:
    method: DeliveryMethod = DeliveryMethod.DESK
    address: str = ""  # where the post takes it (method POST)


# A received document has the same shape as a checklist line: name and counts.
ReceivedDocument = DocumentSpec


@dataclass
class Dossier:
    code: str
    procedure_code: str
    procedure_name: str
    field_name: str
    lead_agency: str
    applicant: Applicant
    documents: list[ReceivedDocument]
    fees: list[Fee]
    sets: int
    channel: Channel
    received_at: datetime
    due_at: datetime | None
    status: Status
    time_limit_text: str = ""
    note: str = ""
    received_by: str = ""
    notify: tuple[NoticeChannel, ...] = ()
    submitter: Submitter | None = None  # None: the owner submitted in person
    delivery: Delivery = field(default_factory=Delivery)
    fee_plan: FeePlan = field(default_factory=FeePlan)  # when the fee lines are collected
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    # The procedure's limit it was taken in under; None for dossiers from before it was kept.
    time_limit: TimeLimit | None = None
    # The appointment rests on a year whose days off are not decided officially yet.
    due_provisional: bool = False
    # What the intake wants the officer to know (an old CMND …): said once, when the
    # dossier is taken in, never stored.
    warnings: tuple[str, ...] = ()
    # The field's code in the national catalogue (MaLinhVuc); field_name is its name.
    field_code: str = ""

    @property
    def signer_name(self) -> str:
        """Who signs as NGƯỜI NỘP HỒ SƠ: the one who stood at the counter."""
        return self.submitter.name if self.submitter is not None else self.applicant.name

    @property
    def total_fee(self) -> int:
        return sum(fee.amount for fee in self.fees)


def _iso(moment: datetime | None) -> str | None:
    """ISO 8601 in the centre's local time, with its offset."""
    return None if moment is None else moment.astimezone(LOCAL_TZ).isoformat()


def dossier_to_dict(dossier: Dossier) -> dict:
    """The dossier as plain JSON data (command line output, outbox payloads)."""
    a = dossier.applicant
    return {
        "id": dossier.id,
        "code": dossier.code,
        "procedure_code": dossier.procedure_code,
        "procedure_name": dossier.procedure_name,
        "field_name": dossier.field_name,
        "field_code": dossier.field_code,
        "lead_agency": dossier.lead_agency,
        "time_limit": dossier.time_limit_text,
        "applicant": {"kind": a.kind.key, "name": a.name, "id_number": a.id_number,
                      "phone": a.phone, "address": a.address, "email": a.email,
                      "birth_date": a.birth_date.isoformat() if a.birth_date else None,
                      "gender": a.gender, "nationality": a.nationality,
                      "organisation_type": a.organisation_type},
        "documents": [{"name": d.name, "original": d.original, "certified": d.certified,
                       "photo": d.photo} for d in dossier.documents],
        "fees": [f.to_dict() for f in dossier.fees],
        "fee_total": dossier.total_fee,
        "fee_plan": dossier.fee_plan.to_dict(),
        "sets": dossier.sets,
        "channel": int(dossier.channel),
        "status": int(dossier.status),
        "status_label": dossier.status.label,
        "received_at": _iso(dossier.received_at),
        "due_at": _iso(dossier.due_at),
        "due_provisional": dossier.due_provisional,
        "note": dossier.note,
        "received_by": dossier.received_by,
        "notify": [str(channel) for channel in dossier.notify],
        "submitter": None if dossier.submitter is None else {
            "name": dossier.submitter.name, "id_number": dossier.submitter.id_number,
            "phone": dossier.submitter.phone, "authorised": dossier.submitter.authorised},
        "delivery": {"method": str(dossier.delivery.method),
                     "address": dossier.delivery.address},
    }
