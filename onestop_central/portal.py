"""A dossier as the national public-service portal (DVCQG) records it.

Mapped from what the desks pushed about the dossier: its dossier.created payload, its
status history, its appointment changes and its fee events. Pure: no database, no HTTP
(service.py gathers the facts, the server and the export command show the record; the
record's JSON Schema is schemas/dvcqg_hoso.schema.json, checked by portal_schema.py).

The names and codes are the portal's (DOMAIN.md, "Exchange with the national portal"):
KenhThucHien is the channel the dossier came by, HinhThuc how the result goes back (0 at
the desk, 1 by post), MaLinhVuc the field's code and TenLinhVuc its name. Dates are
yyyyMMddHHmmss in Asia/Ho_Chi_Minh.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from onestop_desktop.domain.appointments import DueChangeReason
from onestop_desktop.domain.dossier import DeliveryMethod, OrganisationType
from onestop_desktop.domain.identity import IdKind, classify_id
from onestop_desktop.domain.procedure import Fee, FeeKind
from onestop_desktop.domain.status import Status
from onestop_desktop.sync import protocol as p

PORTAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MAX_SUMMARY = 1000  # TrichYeuHoSo

# The desk's own steps are taken at the one-stop counter by its reception officers; the
# back office's in the lead agency (whose officers' titles the centre is not told).
DESK_UNIT, DESK_TITLE = "Bộ phận Một cửa", "Cán bộ tiếp nhận"

# LoaiDinhDanh of DinhDanhCHS: 1 the 12-digit personal ID number, 2 the old 9-digit one.
ID_KINDS = {IdKind.CCCD: 1, IdKind.CMND: 2}
# LoaiPhiLePhi: 1 phí, 2 lệ phí. HinhThucThu: 0 not collected yet, 1 cash, 2 transfer,
# 3 online, 4 exempt. (unverified: the portal's own code lists; ours until confirmed.)
FEE_KINDS = {FeeKind.FEE: 1, FeeKind.CHARGE: 2}
NOT_COLLECTED, EXEMPT = 0, 4
COLLECTION_METHODS = {"cash": 1, "transfer": 2, "online": 3}
# TrangThaiBoSung of a supplement round: 0 waiting for the papers, 1 papers received,
# 2 ended without them (refused, withdrawn, stopped).
WAITING, SUPPLIED, ENDED = 0, 1, 2
# Statuses that say the dossier has been accepted (NgayTiepNhan is the first of them).
ACCEPTED = frozenset({Status.RECEIVED, Status.PROCESSING, Status.PAYMENT_REQUESTED,
                      Status.DONE, Status.RETURNED})
_WITH_REASON = frozenset({Status.NOT_ACCEPTED, Status.SUPPLEMENT_REQUESTED})


@dataclass(frozen=True)
class StatusStep:
    """One row of the dossier's status history (the centre's status_history)."""

    from_status: int | None
    to_status: int
    at: datetime
    actor: str = ""
    source: str = "desk"  # desk | back_office
    note: str = ""


@dataclass(frozen=True)
class PushedEvent:
    """An event a desk pushed about the dossier (its kind and payload as sent)."""

    kind: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class FileFact:
    """A file the centre holds on the dossier (its dossier_files row)."""

    sha256: str
    role: str  # paper | result | form
    paper: int  # the checklist item's position, for a paper
    name: str


@dataclass(frozen=True)
class DossierFacts:
    """Everything the centre knows of one dossier; its status history in the order the
    moves were applied (a desk's clock may be off: the order, not the times, tells)."""

    payload: dict[str, Any]  # dossier.created's (domain.dossier.dossier_to_dict)
    status: int
    returned_at: datetime | None
    agency_code: str
    history: Sequence[StatusStep] = ()
    events: Sequence[PushedEvent] = ()
    files: Sequence[FileFact] = ()


def portal_time(moment: datetime | str | None) -> str | None:
    """The portal's date format: yyyyMMddHHmmss in Asia/Ho_Chi_Minh."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return None if moment is None else moment.astimezone(PORTAL_TZ).strftime("%Y%m%d%H%M%S")


def portal_record(facts: DossierFacts) -> dict[str, Any]:
    """The dossier's DVCQG record (field order as DOMAIN.md lists them)."""
    d = p.DossierPayload.model_validate(facts.payload)
    a = d.applicant
    history = facts.history
    due = _DueTimeline(d.due_at, facts.events)
    returned = _last(facts.events, p.DOSSIER_RETURNED)
    taken_in = _first_entry(history, ACCEPTED)
    done = _first_entry(history, {Status.DONE})
    if done is None and facts.status == Status.RETURNED and returned is not None:
        done = returned.get("done_at")  # returned with no status 9 on record
    documents = _documents(d.documents, facts.files)
    payments = _Payments(d, facts.events)
    return {
        "MaHoSo": d.code,
        "MaTTHC": d.procedure_code,
        "TenTTHC": d.procedure_name,
        "MaLinhVuc": d.field_code,
        "TenLinhVuc": d.field_name,
        "KenhThucHien": d.channel,
        "ChuHoSo": a.name,
        "SoGiayToChuHoSo": a.id_number,
        "LoaiDoiTuong": _applicant_kind(a),
        "MaDoiTuong": a.id_number,
        "SoDienThoai": a.phone,
        "Email": a.email,
        "TrichYeuHoSo": f"{d.procedure_name} - {a.name}"[:MAX_SUMMARY],
        "NgayNopHoSo": portal_time(d.received_at),
        "NgayTiepNhan": portal_time(taken_in),
        "NgayHenTra": portal_time(due.now),
        "TrangThaiHoSo": facts.status,
        "NgayKetThucXuLy": portal_time(done),
        "DonViXuLy": d.lead_agency,
        "NgayTra": portal_time(facts.returned_at),
        "ThongTinTra": _hand_back(d, returned) if facts.returned_at else "",
        "HinhThuc": DeliveryMethod(d.delivery.method).portal_code,
        "NgayTuChoi": portal_time(_first_entry(history, {Status.NOT_ACCEPTED})),
        "GhiChu": d.note,
        "NoiNopHoSo": facts.agency_code,
        "HoSoCoThanhPhanSoHoa": int(any(x["DuocSoHoa"] for x in documents)),
        "DuocThanhToanTrucTuyen": payments.online,
        # Taken in at the counter: no portal account signed in with VNeID.
        "TaiKhoanDuocXacThucVoiVNeID": 0,
        "DinhDanhCHS": _owner_ids(a),
        "TaiLieuNop": documents,
        "DanhSachLePhi": payments.lines(),
        "DanhSachHoSoBoSung": _supplement_rounds(d, history, due),
        "DanhSachGiayToKetQua": [],  # results are handed back on paper, not digitised
        "QuaTrinhXuLy": [_step(d, step, due, i == 0) for i, step in enumerate(history)],
    }


def _applicant_kind(a: p.ApplicantPayload) -> int:
    """LoaiDoiTuong: 1 a citizen; an organisation 2 (business), 3 (state agency) or 4."""
    if a.kind == "citizen":
        return 1
    return OrganisationType(a.organisation_type or OrganisationType.BUSINESS).portal_code


def _owner_ids(a: p.ApplicantPayload) -> list[dict[str, Any]]:
    """DinhDanhCHS: the owner's personal ID number (12 digits, or the old 9); none for an
    organisation or a passport."""
    if a.kind != "citizen":
        return []
    kind = ID_KINDS.get(classify_id(a.id_number, a.model_extra.get("nationality") or ""))
    return [] if kind is None else [{"LoaiDinhDanh": kind, "SoDinhDanh": a.id_number}]


def _documents(papers: Sequence[dict[str, Any]], files: Sequence[FileFact]
               ) -> list[dict[str, Any]]:
    """TaiLieuNop: each paper of the checklist, in order; a paper scanned at the counter
    is its files (digitised, DuocSoHoa 1), the others the paper as received."""
    scans: dict[int, list[FileFact]] = {}
    for f in files:
        if f.role == "paper":
            scans.setdefault(f.paper, []).append(f)
    listed = []
    for position, item in enumerate(papers):
        listed += ([_scanned(f) for f in scans.pop(position)] if position in scans
                   else [_document(item)])
    for position in sorted(scans):  # scans of a paper the checklist no longer names
        listed += [_scanned(f) for f in scans[position]]
    return listed


def file_path(sha256: str) -> str:
    """Where the centre gives a file it holds (by its SHA-256)."""
    return f"/v1/files/{sha256}"


def _scanned(f: FileFact) -> dict[str, Any]:
    """A paper digitised at the counter: its file, the paper's position on the checklist
    as its MaThanhPhanHoSo."""
    return {"TenTepDinhKem": f.name, "MaThanhPhanHoSo": str(f.paper),
            "DuongDanTaiTepTin": file_path(f.sha256), "DuocSoHoa": 1, "DuocTaiSuDung": 0,
            "DuocLayTuKhoDMQG": 0}


def _document(item: dict[str, Any]) -> dict[str, Any]:
    """TaiLieuNop: a paper received at the counter (a paper, so neither a file nor a
    reuse of one the portal's stores hold)."""
    return {"TenTepDinhKem": str(item.get("name", "")), "MaThanhPhanHoSo": "",
            "DuongDanTaiTepTin": "", "DuocSoHoa": 0, "DuocTaiSuDung": 0,
            "DuocLayTuKhoDMQG": 0}


def _first_entry(history: Sequence[StatusStep], statuses) -> datetime | None:
    return next((s.at for s in history if s.to_status in statuses), None)


def _last(events: Sequence[PushedEvent], kind: str) -> dict[str, Any] | None:
    return next((e.payload for e in reversed(events) if e.kind == kind), None)


def _at(payload: dict[str, Any], key: str = "at") -> datetime | None:
    value = payload.get(key)
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


class _DueTimeline:
    """The appointment over time: the dossier's first, then each dossier.due_changed."""

    def __init__(self, first: datetime | None, events: Sequence[PushedEvent]):
        self.changes = [p.DueChangePayload.model_validate(e.payload) for e in events
                        if e.kind == p.DOSSIER_DUE_CHANGED]
        self.changes.sort(key=lambda change: change.at)
        self.first = first
        self.now = self.changes[-1].due_after if self.changes else first

    def at(self, moment: datetime) -> datetime | None:
        """The appointment in force at `moment` (a change made at that moment counts)."""
        due = self.first
        for change in self.changes:
            if change.at > moment:
                break
            due = change.due_after
        return due

    def supplements(self) -> list[p.DueChangePayload]:
        return [c for c in self.changes if c.reason == DueChangeReason.SUPPLEMENT]


def _supplement_rounds(d: p.DossierPayload, history: Sequence[StatusStep],
                       due: _DueTimeline) -> list[dict[str, Any]]:
    """DanhSachHoSoBoSung: each time the dossier waited for papers (status 5), who asked
    and for what, when they arrived, and the appointment before and after (the desk
    counts it again when they arrive: its dossier.due_changed "supplement")."""
    rounds, recounts = [], due.supplements()
    for i, step in enumerate(history):
        if step.to_status != Status.SUPPLEMENT_REQUESTED:
            continue
        end = next((s for s in history[i + 1:]
                    if s.from_status == Status.SUPPLEMENT_REQUESTED), None)
        supplied = end is not None and end.to_status in ACCEPTED
        recount = None
        if supplied:
            recount = next((c for c in recounts if c.at >= step.at), None)
            if recount is not None:
                recounts.remove(recount)
        before = recount.due_before if recount is not None else due.at(step.at)
        rounds.append({
            "MaHoSo": d.code,
            "NguoiYeuCauBoSung": step.actor,
            "NoiDungBoSung": step.note or (d.note if step.from_status is None else ""),
            "NgayBoSung": portal_time(step.at),
            "NguoiTiepNhanBoSung": end.actor if supplied else "",
            "NgayTiepNhanBoSung": portal_time(end.at) if supplied else None,
            "TrangThaiBoSung": WAITING if end is None else SUPPLIED if supplied else ENDED,
            "NgayHenTraTruoc": portal_time(before),
            "NgayHenTraMoi": portal_time(recount.due_after) if recount is not None else None,
        })
    return rounds


def _step(d: p.DossierPayload, step: StatusStep, due: _DueTimeline, first: bool
          ) -> dict[str, Any]:
    """QuaTrinhXuLy: one move of the dossier, by whom, where, and the appointment then."""
    at_desk = step.source == "desk"
    content = Status(step.to_status).label
    if first and d.submitter is not None:
        s = d.submitter
        who = "người được ủy quyền" if s.authorised else "người đại diện"
        content += f"; hồ sơ do {who} {s.name} ({s.id_number}) nộp"
    # A dossier refused or sent back for papers at intake: its note is the reason.
    note = step.note or (d.note if first and step.to_status in _WITH_REASON else "")
    if note:
        content += f": {note}"
    return {
        "MaHoSo": d.code,
        "NguoiXuLy": step.actor,
        "ChucDanh": DESK_TITLE if at_desk else "",
        "ThoiDiemXuLy": portal_time(step.at),
        "PhongBanXuLy": DESK_UNIT if at_desk else d.lead_agency,
        "NoiDungXuLy": content,
        "TrangThai": step.to_status,
        "NgayBatDau": portal_time(step.at),
        "NgayKetThucTheoQuyDinh": portal_time(due.at(step.at)),
    }


def _hand_back(d: p.DossierPayload, returned: dict[str, Any] | None) -> str:
    """ThongTinTra: how and to whom the result went back."""
    returned = returned or {}
    name = str(returned.get("recipient_name") or "")
    if returned.get("authorised"):
        name += " (người được ủy quyền)"
    if d.delivery.method == DeliveryMethod.POST:
        text = f"Gửi qua bưu chính công ích đến {d.delivery.address}"
        return f"{text}; người nhận: {name}" if name else text
    return f"Trả tại {DESK_UNIT} cho {name}" if name else f"Trả tại {DESK_UNIT}"


class _Payments:
    """DanhSachLePhi: each fee line of the dossier and how it was settled (collected by
    cash, transfer or online; exempt; not yet), from its fee plan and fee events."""

    def __init__(self, d: p.DossierPayload, events: Sequence[PushedEvent]):
        self.fees = [Fee.from_dict(line) for line in d.fees]
        exempt_at_intake = (d.fee_plan or {}).get("collect") == "exempt"
        self.how = dict.fromkeys(range(len(self.fees)),
                                 EXEMPT if exempt_at_intake else NOT_COLLECTED)
        self.online = 0
        for event in events:
            if event.kind == p.DOSSIER_FEE_COLLECTED:
                how = COLLECTION_METHODS.get(str(event.payload.get("method")), NOT_COLLECTED)
                self.online |= int(how == COLLECTION_METHODS["online"])
            elif event.kind == p.DOSSIER_FEE_EXEMPTED:
                how = EXEMPT
            else:
                continue
            for line in event.payload.get("lines", []):
                if line.get("position") in self.how:
                    self.how[line["position"]] = how

    def lines(self) -> list[dict[str, Any]]:
        return [{"TenPhiLePhi": fee.name, "MaPhiLePhi": fee.code,
                 "HinhThucThu": self.how[i], "Gia": fee.amount,
                 "LoaiPhiLePhi": FEE_KINDS[FeeKind(fee.kind)]}
                for i, fee in enumerate(self.fees)]
