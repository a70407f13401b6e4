"""Files on a dossier: the scanned papers of its checklist and its scanned result.

A paper is named at the counter by its number on the checklist (1, 2, …, as printed on
the receipt); the store keeps its position (0, 1, …). A dossier is "digitised" (the
portal's DuocSoHoa) once one of its papers has a scan on the desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .calendar import LOCAL_TZ
from .errors import InvalidInput


class FileRole(StrEnum):
    PAPER = "paper"  # a paper of the checklist, scanned at intake
    RESULT = "result"  # the result, scanned when it is handed back
    FORM = "form"  # a form the desk sent to the centre


class FileSource(StrEnum):
    SCANNER = "scanner"  # scanned from the desk's scanner (SANE, WIA)
    INBOX = "inbox"  # written by a network scanner into the scan inbox folder
    DROP = "drop"  # dragged onto the checklist row
    FILE = "file"  # chosen from the disk
    ONLINE = "online"  # came with an online dossier
    FORM = "form"

    @property
    def label(self) -> str:
        return SOURCE_LABELS[self]


SOURCE_LABELS = {FileSource.SCANNER: "máy quét", FileSource.INBOX: "thư mục quét",
                 FileSource.DROP: "kéo thả", FileSource.FILE: "chọn tệp",
                 FileSource.ONLINE: "nộp trực tuyến", FileSource.FORM: "biểu mẫu"}


class NoSuchPaper(InvalidInput):
    def __init__(self, code: str, number: int, count: int):
        self.number = number
        listed = f"có {count} giấy tờ (1 đến {count})" if count else "không có giấy tờ nào"
        super().__init__(f"Hồ sơ {code} không có giấy tờ số {number}: danh mục {listed}.")


class ResultNotReady(InvalidInput):
    def __init__(self, code: str, status_label: str):
        super().__init__(f"Hồ sơ {code} đang “{status_label}”: chỉ đính kèm kết quả khi hồ "
                         f"sơ đã giải quyết xong hoặc đã trả kết quả.")


@dataclass(frozen=True)
class DossierFile:
    """One file on a dossier, as the desk shows it."""

    id: int
    role: FileRole
    paper: int  # the checklist number (1-based) of a paper; 0 for a result or a form
    paper_name: str  # the checklist item's name; "" for a result
    sha256: str
    size: int
    pages: int
    name: str
    media_type: str
    source: FileSource
    added_at: datetime
    added_by: str
    uploaded: bool  # the centre confirmed it holds the file

    def to_dict(self) -> dict:
        return {"id": self.id, "role": str(self.role), "paper": self.paper,
                "paper_name": self.paper_name, "sha256": self.sha256, "size": self.size,
                "pages": self.pages, "name": self.name, "media_type": self.media_type,
                "source": str(self.source), "source_label": self.source.label,
                "added_at": self.added_at.astimezone(LOCAL_TZ).isoformat(),
                "added_by": self.added_by, "uploaded": self.uploaded}


@dataclass(frozen=True)
class DossierFiles:
    code: str
    files: tuple[DossierFile, ...]

    @property
    def digitised(self) -> bool:
        return is_digitised(self.files)

    def of_paper(self, number: int) -> tuple[DossierFile, ...]:
        return tuple(f for f in self.files if f.role is FileRole.PAPER and f.paper == number)

    @property
    def results(self) -> tuple[DossierFile, ...]:
        return tuple(f for f in self.files if f.role is FileRole.RESULT)

    def to_dict(self) -> dict:
        return {"code": self.code, "digitised": self.digitised,
                "files": [f.to_dict() for f in self.files]}


def is_digitised(files) -> bool:
    """The portal's DuocSoHoa: a paper of the checklist has a scan on the desk."""
    return any(f.role is FileRole.PAPER for f in files)


def file_name(code: str, role: FileRole, number: int = 0) -> str:
    """The name a stored file is shown and saved under: the dossier's code and the paper."""
    safe = code.replace("/", "-")
    return f"{safe}-giay-to-{number}.pdf" if role is FileRole.PAPER else f"{safe}-ket-qua.pdf"
