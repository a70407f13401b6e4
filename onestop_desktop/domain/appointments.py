"""Why a dossier's appointment changes after it was taken in (DOMAIN.md, "Supplements").

- Papers asked for arrive (status 5 -> 2 or 4): the clock stood still while the dossier
  waited; the appointment is counted again, with the procedure's whole limit, from the
  moment they arrive. The waiting time is recorded (the national index subtracts it).
- Form 04 (apology and new date): the dossier's appointment becomes the new date.
Each change keeps the old appointment beside the new one (NgayHenTraTruoc / NgayHenTraMoi).
"""

from __future__ import annotations

from enum import StrEnum

from .status import Status

# Moves of a dossier that waited for papers and now has them.
PAPERS_ARRIVED = frozenset({(Status.SUPPLEMENT_REQUESTED, Status.RECEIVED),
                            (Status.SUPPLEMENT_REQUESTED, Status.PROCESSING)})


class DueChangeReason(StrEnum):
    SUPPLEMENT = "supplement"  # papers asked for arrived: counted again from then
    APOLOGY = "apology"  # form 04 set a new date

    @property
    def label(self) -> str:
        return {"supplement": "Nhận giấy tờ bổ sung",
                "apology": "Hẹn lại theo thư xin lỗi (mẫu 04)"}[self.value]


# The dossier keeps its appointment when nothing says how long it may take.
NO_LIMIT_NOTE = ("Không tính lại được: hồ sơ không ghi thời hạn giải quyết và thủ tục "
                 "{code} không còn trong danh mục.")
