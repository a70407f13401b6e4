"""The desk's configuration: who it is (agency, desk number) and the centre's rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import time

from .calendar import WorkingHours
from .codes import DeskPartition, is_agency_code
from .errors import Problems
from .text import clean_text, text_problem


@dataclass(frozen=True)
class DeskConfig:
    agency_code: str  # QCVN 102:2016 identifier, e.g. 000.00.01.H22
    agency_name: str  # e.g. "Trung tâm Phục vụ hành chính công tỉnh …"
    desk: int
    desk_digits: int = 1
    parent_name: str = ""  # the header line above the agency, e.g. "UBND TỈNH …"
    center_address: str = ""
    place_name: str = ""  # "…, ngày … tháng … năm …"
    lookup_url_template: str = ""  # e.g. https://dichvucong.example.gov.vn/tra-cuu?ma={code}
    hours: WorkingHours = field(default_factory=WorkingHours)

    @property
    def partition(self) -> DeskPartition:
        return DeskPartition(self.desk, self.desk_digits)

    def to_settings(self) -> dict[str, object]:
        values = asdict(self)
        values["hours"] = {k: v.strftime("%H:%M") for k, v in asdict(self.hours).items()}
        return values

    @classmethod
    def from_settings(cls, values: dict) -> DeskConfig:
        values = dict(values)
        hours = values.pop("hours", None) or {}
        known = {f for f in cls.__dataclass_fields__ if f != "hours"}
        return cls(**{k: v for k, v in values.items() if k in known},
                   hours=WorkingHours(**{k: time.fromisoformat(v) for k, v in hours.items()}))


# Labels of the printed details of a desk, for messages about them.
DETAIL_LABELS = {"parent_name": "Cơ quan cấp trên", "center_address": "Địa chỉ Trung tâm",
                 "place_name": "Địa danh", "lookup_url_template": "Địa chỉ tra cứu"}


def check_desk_identity(agency_code: str, agency_name: str, desk: int,
                        desk_digits: int = 1, *,
                        details: Mapping[str, object] | None = None) -> None:
    problems = Problems()
    if not is_agency_code(agency_code):
        problems.add("agency_code", "Mã cơ quan phải có dạng ddd.dd.dd.Hdd, ví dụ 000.00.01.H22.")
    if problem := text_problem(agency_name, "Tên cơ quan"):
        problems.add("agency_name", problem)
    elif not clean_text(agency_name):
        problems.add("agency_name", "Chưa nhập tên cơ quan tiếp nhận.")
    # These are printed on every form: no control characters, no non-text.
    for key, value in (details or {}).items():
        if problem := text_problem(value, DETAIL_LABELS.get(key, key)):
            problems.add(key, problem)
    if desk_digits not in (1, 2):
        problems.add("desk_digits", "Số chữ số quầy phải là 1 hoặc 2.")
    else:
        try:
            DeskPartition(desk, desk_digits)
        except (ValueError, TypeError):
            problems.add("desk", f"Số quầy phải từ 1 đến {10**desk_digits - 1} "
                                 f"(với {desk_digits} chữ số quầy).")
    problems.raise_if_any()
