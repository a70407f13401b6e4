"""Versions of the official forms, each with the date it came into force.

A first print uses the version in force on the print day; the prints table keeps
the version id, so a reprint of an old dossier uses the same version again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

FORMS = ("01", "02", "03", "04", "05", "06", "07")


@dataclass(frozen=True)
class FormTemplate:
    form: str  # our form number, as in Circular 03/2025 ("01".."07")
    version: str  # stored in prints.template_version
    effective: date
    title: str
    legal_ref: str  # the small "Mẫu số …" caption


_TT03 = "Thông tư số 03/2025/TT-VPCP"
_TT01 = "Thông tư số 01/2018/TT-VPCP"

# Circular 03/2025/TT-VPCP, Annex I, in force since 2025-07-01.
_V2025 = {
    "01": "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    "02": "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
    "03": "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
    "04": "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ",
    "05": "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
    "06": "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
    "07": "SỔ THEO DÕI HỒ SƠ",
}
# Circular 01/2018/TT-VPCP (in force 2019-01-01 … 2025-06-30) for reprints of older
# dossiers. Its numbering differed; the titles below are ours to map. (unverified)
_V2018 = {
    "01": ("01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    "02": ("02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    "03": ("03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    "04": ("05", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
    "05": ("05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
    "06": ("04", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    "07": ("06", "SỔ THEO DÕI HỒ SƠ"),
}

TEMPLATES: tuple[FormTemplate, ...] = tuple(
    [FormTemplate(form, "TT01-2018", date(2019, 1, 1), title, f"Mẫu số {no} – {_TT01}")
     for form, (no, title) in _V2018.items()]
    + [FormTemplate(form, "TT03-2025", date(2025, 7, 1), title, f"Mẫu số {form} – {_TT03}")
       for form, title in _V2025.items()])


def template_in_force(form: str, on: date) -> FormTemplate:
    """The newest version of `form` already in force on `on` (the oldest if none yet)."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}")
    versions = sorted((t for t in TEMPLATES if t.form == form), key=lambda t: t.effective)
    chosen = versions[0]
    for template in versions:
        if template.effective <= on:
            chosen = template
    return chosen


def template_by_version(form: str, version: str) -> FormTemplate:
    for template in TEMPLATES:
        if template.form == form and template.version == version:
            return template
    raise ValueError(f"no version {version!r} of form {form!r}")
