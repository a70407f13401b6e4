"""Dossiers submitted online: checked as a desk checks an intake, numbered by the centre,
kept with their files in status 1 (Mới đăng ký), channel 2, and announced to the desks of
their agency (a `dossier.online` change), which receive, complete or refuse them.

The submission is the desk's intake JSON (README "The intake JSON",
onestop_desktop/domain/intake.py: the same checks, the same Vietnamese messages) plus
`agency_code` and `files`: [{"paper": position in "documents", "name", "media_type",
"content": base64}] over HTTP; the command line gives {"path"} instead of "content"
(cli.py). Nothing is written unless everything is right.

Codes come from the centre's own range of each day (domain/codes.py CENTRE_NUMBERS),
drawn under the change-log lock, so two submissions never get the same number and no
desk ever issues one of them.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import desc, select
from sqlalchemy.orm import Session

from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.codes import CENTRE_NUMBERS, is_agency_code, make_code, parse_code
from onestop_desktop.domain.dossier import Channel, Dossier, dossier_to_dict
from onestop_desktop.domain.errors import Problem, Problems, ValidationFailed
from onestop_desktop.domain.intake import MAX_TEXT, parse_intake
from onestop_desktop.domain.procedure import Catalogue, Procedure, parse_catalogue
from onestop_desktop.domain.status import Status
from onestop_desktop.sync import protocol as p

from . import service
from .db import lock_change_log
from .dossier_files import place_file, record_stored
from .files import FileStore, sha256_of
from .models import Change, Device, StatusHistory
from .models import Dossier as DossierRow

MiB = 1024 * 1024
MAX_FILES = 20
MAX_FILE_BYTES = 10 * MiB
MAX_TOTAL_BYTES = 40 * MiB
MEDIA_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png"})
# What the submission may hold beyond the intake JSON.
ONLINE_KEYS = ("agency_code", "files")
FILE_KEYS = ("paper", "name", "media_type", "content")
RECEIVED_BY = "Cổng dịch vụ công"  # who "received" it: the portal, not an officer
BUNDLED_CATALOGUE = ("catalogue", "sample_procedures.json")


class OnlineRefused(ValidationFailed):
    """The submission is refused (nothing written); `problems` name each field."""

    def __init__(self, problems: list[Problem], *, status: int = 422,
                 error: str = "invalid_submission"):
        super().__init__(problems)
        self.status, self.error = status, error


@dataclass(frozen=True)
class SubmittedFile:
    paper: int
    name: str
    media_type: str
    path: Path  # the bytes, in a local file


@dataclass(frozen=True)
class Submitted:
    dossier: DossierRow
    files: list[p.OnlineFile]


def catalogue_for(session: Session, agency_code: str) -> Catalogue:
    """The catalogue the agency's desks hold: the last one the centre published for it
    (or for everyone), else the bundled one they start with."""
    document = session.scalar(
        select(Change.data).where(Change.kind == p.CHANGE_CATALOGUE,
                                  (Change.agency_code == agency_code)
                                  | Change.agency_code.is_(None))
        .order_by(desc(Change.seq)).limit(1))
    if document is not None:
        return parse_catalogue(document)
    from onestop_desktop.resources import resource_path
    from onestop_desktop.services.setup import read_catalogue_file

    return read_catalogue_file(resource_path(*BUNDLED_CATALOGUE))


def _intake_part(document: dict[str, Any], p_: Problems) -> dict[str, Any]:
    """The submission less what only an online one has; the channel and status are the
    online ones (said, when given otherwise)."""
    data = {k: v for k, v in document.items() if k not in ONLINE_KEYS}
    if data.setdefault("channel", "online") != "online":
        p_.add("channel", "Hồ sơ nộp trực tuyến phải có hình thức nộp “online”.")
    if data.setdefault("status", int(Status.REGISTERED)) != int(Status.REGISTERED):
        p_.add("status", "Hồ sơ nộp trực tuyến chỉ được ở trạng thái 1 (Mới đăng ký).")
    for key in ("received_at", "ticket", "form_details"):
        if key in data:
            p_.add(key, f"Hồ sơ nộp trực tuyến không ghi “{key}”: máy chủ ghi thời điểm nộp.")
            data.pop(key)
    return data


def _media_type(p_: Problems, where: str, entry: dict, name: str) -> str:
    given = entry.get("media_type")
    if given is None:
        given = mimetypes.guess_type(name)[0] or ""
    if given not in MEDIA_TYPES:
        p_.add(f"{where}.media_type", "Tệp phải là PDF, JPEG hoặc PNG.")
    return str(given)


def check_files(p_: Problems, raw: object, papers: int, content_of) -> list[tuple]:
    """The files' entries: (paper, name, media_type, content) for each good one;
    `content_of(where, entry)` reads its bytes' source (base64 text or a path)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        p_.add("files", "Danh sách tệp phải là một danh sách.")
        return []
    if len(raw) > MAX_FILES:
        p_.add("files", f"Hồ sơ có {len(raw)} tệp: tối đa {MAX_FILES}.")
        return []
    found = []
    for index, entry in enumerate(raw):
        where = f"files[{index}]"
        if not isinstance(entry, dict):
            p_.add(where, "Mỗi tệp phải là một đối tượng JSON.")
            continue
        paper = entry.get("paper")
        if not isinstance(paper, int) or isinstance(paper, bool) or not 0 <= paper < papers:
            p_.add(f"{where}.paper", f"Số thứ tự giấy tờ phải là số nguyên từ 0 đến "
                                     f"{max(papers - 1, 0)} (vị trí trong “documents”).")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_TEXT:
            p_.add(f"{where}.name", f"Tên tệp phải có, tối đa {MAX_TEXT} ký tự.")
            name = ""
        media_type = _media_type(p_, where, entry, name)
        content = content_of(p_, where, entry)
        if content is not None:
            found.append((paper, name.strip(), media_type, content))
    return found


def _decode(p_: Problems, where: str, entry: dict) -> bytes | None:
    text = entry.get("content")
    if not isinstance(text, str) or not text:
        p_.add(f"{where}.content", "Thiếu nội dung tệp (base64).")
        return None
    if len(text) > MAX_FILE_BYTES * 4 // 3 + 4:
        p_.add(f"{where}.content", f"Tệp lớn hơn {MAX_FILE_BYTES // MiB} MB.")
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        p_.add(f"{where}.content", "Nội dung tệp không phải base64 hợp lệ.")
        return None
    if not data:
        p_.add(f"{where}.content", "Tệp rỗng.")
        return None
    return data


@contextmanager
def files_from_json(p_: Problems, raw: object, papers: int) -> Iterator[list[SubmittedFile]]:
    """The files given inline (base64), written to temporary files while they are stored."""
    entries = check_files(p_, raw, papers, _decode)
    with tempfile.TemporaryDirectory(prefix="onestop-online-") as folder:
        files = []
        for i, (paper, name, media_type, data) in enumerate(entries):
            path = Path(folder) / str(i)
            path.write_bytes(data)
            files.append(SubmittedFile(paper, name, media_type, path))
        yield files


def files_from_paths(p_: Problems, raw: object, papers: int, base: Path) -> list[SubmittedFile]:
    """The files named by path (relative to the submission's JSON file)."""
    def read(p2: Problems, where: str, entry: dict) -> Path | None:
        given = entry.get("path")
        if not isinstance(given, str) or not given:
            p2.add(f"{where}.path", "Thiếu đường dẫn tệp.")
            return None
        path = base / given
        if not path.is_file():
            p2.add(f"{where}.path", f"Không có tệp {given}.")
            return None
        size = path.stat().st_size
        if not 0 < size <= MAX_FILE_BYTES:
            p2.add(f"{where}.path", f"Tệp {given} rỗng hoặc lớn hơn {MAX_FILE_BYTES // MiB} MB.")
            return None
        return path

    return [SubmittedFile(paper, name, media_type, path) for paper, name, media_type, path
            in check_files(p_, raw, papers, read)]


def parse_submission(session: Session, document: object) -> tuple[str, Any, Problems]:
    """(agency, the checked intake request or None, the problems found so far)."""
    p_ = Problems()
    if not isinstance(document, dict):
        p_.add("", "Hồ sơ nộp trực tuyến phải là một đối tượng JSON.")
        raise OnlineRefused(p_.items)
    agency = document.get("agency_code")
    if not isinstance(agency, str) or not is_agency_code(agency.strip().upper()):
        p_.add("agency_code", "Mã cơ quan không hợp lệ (dạng 000.00.01.H22).")
        agency = ""
    agency = agency.strip().upper()
    if agency and session.scalar(select(Device.id).where(
            Device.agency_code == agency, Device.portal.is_(False)).limit(1)) is None:
        p_.add("agency_code", f"Cơ quan {agency} chưa có quầy nào nhận hồ sơ.")
    data = _intake_part(document, p_)
    catalogue = catalogue_for(session, agency) if agency else Catalogue("", [])
    by_code: dict[str, Procedure] = {x.code: x for x in catalogue.procedures}
    request = None
    try:
        request = parse_intake(data, by_code.get)
    except ValidationFailed as exc:
        p_.items += exc.problems
    return agency, request, p_


def next_code(session: Session, agency: str, day) -> str:
    """The day's next number of the centre's range (under the change-log lock)."""
    lock_change_log(session)
    prefix = f"{agency}-{day:%y%m%d}-00"
    last = session.scalar(select(DossierRow.code).where(DossierRow.code.like(prefix + "%"))
                          .order_by(desc(DossierRow.code)).limit(1))
    number = parse_code(last).number + 1 if last else CENTRE_NUMBERS.start
    if number not in CENTRE_NUMBERS:
        raise OnlineRefused([Problem("agency_code", (
            f"Cơ quan {agency} đã nhận đủ {len(CENTRE_NUMBERS)} hồ sơ trực tuyến trong ngày "
            f"{day:%d/%m/%Y}; hãy nộp lại vào ngày làm việc sau."))],
            status=503, error="online_numbers_exhausted")
    return str(make_code(agency, day, number))


def submit(session: Session, store: FileStore, agency: str, request, files: list[SubmittedFile],
           now: datetime, device: Device | None) -> Submitted:
    """Store the checked submission: the dossier, its history, its files, its change."""
    # Every file is put before anything is written: a file that fails leaves no dossier.
    stored = []
    for f in files:
        sha, size = sha256_of(f.path)
        store.put_path(sha, f.path)
        stored.append((f, sha, size))
    day = now.astimezone(LOCAL_TZ).date()
    procedure = request.procedure
    dossier = Dossier(
        id=str(uuid.uuid4()), code=next_code(session, agency, day),
        procedure_code=procedure.code, procedure_name=procedure.name,
        field_name=procedure.field, field_code=procedure.field_code,
        lead_agency=procedure.agency, applicant=request.applicant,
        documents=request.documents, fees=list(procedure.fees), sets=request.sets,
        channel=Channel.ONLINE, received_at=now, due_at=None, status=Status.REGISTERED,
        time_limit_text=procedure.time_limit.describe(), note=request.note,
        received_by=RECEIVED_BY, notify=request.notify, submitter=request.submitter,
        delivery=request.delivery, warnings=request.warnings,
        time_limit=procedure.time_limit, fee_plan=request.fees)
    payload = dossier_to_dict(dossier)
    payload["time_limit_unit"] = procedure.time_limit.unit.value
    payload["time_limit_value"] = procedure.time_limit.value
    row = DossierRow(id=dossier.id, code=dossier.code, agency_code=agency,
                     device_id=device.id if device is not None else None,
                     status=int(Status.REGISTERED), received_at=now, payload=payload,
                     created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    session.add(StatusHistory(dossier_id=row.id, from_status=None,
                              to_status=int(Status.REGISTERED), at=now, actor=RECEIVED_BY,
                              source="online", note=""))
    placed = []
    for f, sha, size in stored:
        record_stored(session, sha, size, now)
        place_file(session, row, sha256=sha, role="paper", name=f.name, source="online",
                   now=now, paper=f.paper, media_type=f.media_type)
        placed.append(p.OnlineFile(sha256=sha, size=size, paper=f.paper, name=f.name,
                                   media_type=f.media_type))
    data = {"dossier": payload, "files": [x.model_dump() for x in placed]}
    service._log_change(session, agency, p.CHANGE_ONLINE, data, now, row.id)
    session.flush()
    return Submitted(row, placed)


def take(session: Session, store: FileStore, document: object, now: datetime,
         device: Device | None, files_of) -> Submitted:
    """Check and store one submission; `files_of(problems, raw, papers)` gives the files
    as a context manager. OnlineRefused (nothing written) lists every problem."""
    agency, request, p_ = parse_submission(session, document)
    papers = len(request.documents) if request is not None else MAX_FILES
    raw = document.get("files") if isinstance(document, dict) else None
    with files_of(p_, raw, papers) as files:
        total = sum(f.path.stat().st_size for f in files)
        if total > MAX_TOTAL_BYTES:
            p_.add("files", f"Các tệp của hồ sơ lớn hơn {MAX_TOTAL_BYTES // MiB} MB cộng lại.")
        if p_.items:
            raise OnlineRefused(p_.items)
        return submit(session, store, agency, request, files, now, device)


@contextmanager
def _given(files: list[SubmittedFile]) -> Iterator[list[SubmittedFile]]:
    yield files


def paths_reader(base: Path):
    """files_of for a submission whose files are named by path (the command line)."""
    def files_of(p_: Problems, raw: object, papers: int):
        return _given(files_from_paths(p_, raw, papers, base))
    return files_of
