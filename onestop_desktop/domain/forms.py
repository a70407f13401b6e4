"""The one-stop forms of a dossier (Circular 03/2025/TT-VPCP, Annex I): their names, the
statuses in which each is first issued, and what the intake's ways out issue.

A form is first issued only in the statuses that call for it (the status is set first,
then the form printed); a reprint is always allowed and says what the first print said.
What a form states beyond the dossier is checked in domain/form_details.py.
"""

from __future__ import annotations

from .errors import OfficerError
from .form_details import NEEDS_DETAILS
from .status import Status

DOSSIER_FORMS = ("01", "02", "03", "04", "05", "06")
LEDGER_FORM = "07"

FORM_NAMES = {
    "01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    "03": "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    "04": "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
    "05": "Thông báo dừng giải quyết hồ sơ",
    "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    "07": "Sổ theo dõi hồ sơ",
}

_S = Status
FORM_STATUSES: dict[str, frozenset[Status]] = {
    # A received dossier, up to the result being ready (handed back, the slip is taken in).
    "01": frozenset({_S.RECEIVED, _S.PROCESSING, _S.PAYMENT_REQUESTED, _S.DONE}),
    "02": frozenset({_S.SUPPLEMENT_REQUESTED}),
    "03": frozenset({_S.NOT_ACCEPTED}),
    # Late while still being worked on; not once the result is ready or processing ended.
    "04": frozenset({_S.RECEIVED, _S.PROCESSING, _S.PAYMENT_REQUESTED}),
    # Processing stopped, by the agency or because the applicant withdrew.
    "05": frozenset({_S.STOPPED, _S.WITHDRAWN}),
    # Travels with a dossier between agencies, from reception to the result (not for
    # one sent back to be completed before it was ever received).
    "06": frozenset({_S.RECEIVED, _S.PROCESSING, _S.PAYMENT_REQUESTED, _S.DONE}),
}

# The intake's three ways out: the status the dossier starts in and the form it gets.
INTAKE_OUTCOMES: dict[str, tuple[Status, str]] = {
    "receipt": (_S.RECEIVED, "01"),  # complete: received, the receipt and appointment
    "incomplete": (_S.SUPPLEMENT_REQUESTED, "02"),  # papers missing: the request to complete
    "refuse": (_S.NOT_ACCEPTED, "03"),  # not accepted: the refusal slip
}
INTAKE_FORMS = {int(status): form for status, form in INTAKE_OUTCOMES.values()}


def first_issue_allowed(form: str, status: Status) -> bool:
    return status in FORM_STATUSES[form]


def needs_details(form: str) -> bool:
    return form in NEEDS_DETAILS


class FormNotAllowed(OfficerError, ValueError):
    """The dossier's status does not call for this form."""

    def __init__(self, form: str, code: str, status: Status):
        allowed = ", ".join(f"“{s.label}” ({int(s)})" for s in sorted(FORM_STATUSES[form]))
        super().__init__(f"Không in được mẫu {form} ({FORM_NAMES[form]}) cho hồ sơ {code}: "
                         f"hồ sơ đang ở trạng thái “{status.label}” ({int(status)}). Mẫu này "
                         f"chỉ in khi hồ sơ ở trạng thái {allowed}.")
        self.form, self.code, self.status = form, code, status


class ReprintDiffers(OfficerError, ValueError):
    """New details given for a reprint that would not say what the first print said."""

    def __init__(self, form: str, code: str, keys: list[str]):
        super().__init__(f"Mẫu {form} của hồ sơ {code} đã in với nội dung khác "
                         f"({', '.join(keys)}). Bản in lại giữ nguyên nội dung đã in lần "
                         "đầu: in lại không kèm nội dung mới, hoặc lập văn bản mới.")
        self.form, self.code, self.keys = form, code, keys
