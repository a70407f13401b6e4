"""What a form is rendered from: domain objects only (the renderers never see the store)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote

from ..domain.config import DeskConfig
from ..domain.countries import nationality_text
from ..domain.dossier import ApplicantKind, Dossier, is_foreign
from .templates import FormTemplate


@dataclass(frozen=True)
class FormContext:
    dossier: Dossier
    config: DeskConfig
    template: FormTemplate
    printed_at: datetime  # aware
    size: str = "A4"
    copy_no: int = 1  # 1 = first print
    details: Mapping[str, object] = field(default_factory=dict)

    @property
    def reprint_no(self) -> int:
        """0 on the first print, N on the N-th reprint ("BẢN IN LẠI – lần N")."""
        return max(0, self.copy_no - 1)

    @property
    def issued_at(self) -> datetime:
        """The date the form speaks of: kept in details by the first print."""
        value = self.details.get("issued_at")
        if isinstance(value, str) and value:
            return datetime.fromisoformat(value)
        return self.printed_at

    def detail(self, key: str, default: str = "") -> str:
        value = self.details.get(key)
        return default if value in (None, "") else str(value)

    @property
    def officer_name(self) -> str:
        """The signing officer's name. The printing service always stores the key, left
        empty when the signer is no officer account (a raw login like "cli:root" is no
        name): the officer writes it by hand. Without the key, the receiving officer."""
        if "officer_name" in self.details:
            return self.detail("officer_name")
        return self.dossier.received_by

    @property
    def lookup_url(self) -> str:
        """Public look-up address of the dossier; empty when the desk has none set
        (then no QR code is printed rather than one pointing nowhere)."""
        template = self.config.lookup_url_template.strip()
        return template.replace("{code}", quote(self.dossier.code)) if template else ""


def applicant_title(dossier: Dossier) -> str:
    """How the form addresses the applicant."""
    return "Tổ chức" if dossier.applicant.kind is ApplicantKind.ORGANISATION else "Ông (Bà)"


# DOMAIN.md: the CMND is no longer valid since 2025-01-01 and is not printed as the label.
PERSON_ID_LABEL = "Số định danh cá nhân/Thẻ căn cước/Hộ chiếu"


def id_label(dossier: Dossier) -> str:
    if dossier.applicant.kind is ApplicantKind.ORGANISATION:
        return "Mã số doanh nghiệp/Mã số thuế"
    return PERSON_ID_LABEL


def id_text(dossier: Dossier) -> str:
    """The number as printed: a foreigner's passport with its nationality."""
    a = dossier.applicant
    if is_foreign(a):
        return f"{a.id_number} (Quốc tịch: {nationality_text(a.nationality)})"
    return a.id_number
