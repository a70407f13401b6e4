"""Feedback and petitions at the desk: taken in (one unit of work: the row, its
feedback.created event, its audit row), listed newest first, and the acknowledgement
printed (counted like the forms: services/print_publication.py) or previewed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain import events
from ..domain.calendar import LOCAL_TZ
from ..domain.codes import CodeConflict
from ..domain.errors import InvalidInput, ValidationFailed
from ..domain.feedback import (
    Feedback,
    FeedbackNotFound,
    FeedbackStatus,
    feedback_to_dict,
    make_feedback_code,
    parse_feedback,
)
from ..store import audit, catalogue_repo, dossier_repo, feedback_repo, outbox, settings_repo
from ..store.database import Store
from ..store.feedback_repo import PRINT_FORM, PageKey

PAGE_SIZE = 50
MAX_PAGE = 500


def _config(session: Session):
    config = settings_repo.load_desk_config(session)
    if config is None:
        from .intake import DeskNotConfigured

        raise DeskNotConfigured()
    return config


def take_in(store: Store, data: object, *, actor: str, now: datetime) -> Feedback:
    """Take a feedback in (README: `feedback add`); ValidationFailed lists every problem
    and nothing is written."""
    with store.transaction() as session:
        config = _config(session)
        request = parse_feedback(data, config.agency_code)
        procedure_name, dossier_id = "", None
        procedure_code = request.procedure_code
        if request.dossier_code:
            row = dossier_repo.get_row_by_code(session, request.dossier_code)
            if row is not None:  # on this desk: linked, and its procedure by default
                dossier_id = row.id
                if procedure_code and procedure_code != row.procedure_code:
                    raise ValidationFailed.single(
                        "procedure_code", f"Hồ sơ {row.code} thuộc thủ tục "
                                          f"{row.procedure_code}, không phải {procedure_code}.")
                procedure_code, procedure_name = row.procedure_code, row.procedure_name
        if procedure_code and not procedure_name:
            procedure = catalogue_repo.get_procedure(session, procedure_code)
            if procedure is None:
                raise ValidationFailed.single(
                    "procedure_code", f"Không có thủ tục mã {procedure_code} trong danh mục.")
            procedure_name = procedure.name
        day = now.astimezone(LOCAL_TZ).date()
        number = config.partition.number(feedback_repo.next_number(session, config.agency_code, day,
                                                            config.desk))
        code = str(make_feedback_code(config.agency_code, day, number))
        if feedback_repo.code_taken(session, code):
            # The desk's number was changed the same day: refuse rather than fail on UNIQUE.
            raise CodeConflict(f"Mã phản ánh {code} đã được cấp trên máy này: số quầy đã bị "
                               f"đổi trong ngày. Liên hệ quản trị viên.")
        feedback = Feedback(str(uuid.uuid4()), code, request.name, request.phone,
                            request.email, request.content, procedure_code, procedure_name,
                            request.dossier_code, dossier_id, now, actor,
                            FeedbackStatus.RECEIVED, updated_at=now)
        feedback_repo.add(session, feedback)
        outbox.enqueue(session, events.FEEDBACK_CREATED, feedback_to_dict(feedback), None, now)
        audit.record(session, actor, "feedback.received", None,
                     {"code": code, "dossier_code": request.dossier_code,
                      "procedure_code": procedure_code}, now)
    return feedback


def page(store: Store, *, after: PageKey | None = None, limit: int = PAGE_SIZE,
         dossier_code: str | None = None) -> list[Feedback]:
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"Mỗi trang từ 1 đến {MAX_PAGE} phản ánh, kiến nghị.")
    with store.read() as session:
        return feedback_repo.page(session, after=after, limit=limit, dossier_code=dossier_code)


def get(store: Store, code: str) -> Feedback:
    with store.read() as session:
        row = feedback_repo.get_row(session, code.strip().upper())
        if row is None:
            raise FeedbackNotFound(code)
        return feedback_repo.to_feedback(row)


# ---- the acknowledgement ------------------------------------------------------------------
@dataclass(frozen=True)
class SlipPrint:
    path: Path
    code: str
    copy_no: int

    @property
    def reprint(self) -> bool:
        return self.copy_no > 1


def _slip(session: Session, code: str, size: str, now: datetime,
          copy_no: Callable[[str], int]):
    from ..documents.feedback_slip import SIZES, FeedbackSlip  # reportlab: on first print
    from ..store import user_repo

    if size not in SIZES:
        raise InvalidInput(f"Phiếu tiếp nhận phản ánh in trên khổ {' hoặc '.join(SIZES)}.")
    row = feedback_repo.get_row(session, code.strip().upper())
    if row is None:
        raise FeedbackNotFound(code)
    feedback = feedback_repo.to_feedback(row)
    officer = user_repo.get_user(session, feedback.received_by)
    return FeedbackSlip(feedback, _config(session), officer.full_name if officer else "",
                        now, copy_no(feedback.id), size)


def print_slip(store: Store, code: str, out_path: Path, *, actor: str, size: str = "A4",
               now: datetime | None = None) -> SlipPrint:
    """The acknowledgement printed (or kept as a file) and counted: copy 1, then reprints
    marked "BẢN IN LẠI"; its audit row when the print is confirmed."""
    from ..documents.feedback_slip import render_feedback_slip
    from ..store import print_repo
    from .print_publication import Publication

    now = now or datetime.now(UTC)
    with Publication(store, Path(out_path)) as publication:
        with store.transaction() as session:
            publication.settle(session)
            slip = _slip(session, code, size, now,
                         lambda fid: feedback_repo.last_copy_no(session, fid) + 1)
            publication.stage(render_feedback_slip(slip))
            row = print_repo.add_print(session, dossier_id=None, form=PRINT_FORM,
                                       copy_no=slip.copy_no, template_version="",
                                       details={"code": slip.feedback.code}, at=now,
                                       actor=actor)
            row.feedback_id = slip.feedback.id
            publication.claim(session, row, "feedback.slip_printed",
                              {"code": slip.feedback.code, "copy_no": slip.copy_no,
                               "size": size})
        publication.place()
    return SlipPrint(Path(out_path), slip.feedback.code, slip.copy_no)


def preview_slip(store: Store, code: str, out_path: Path, *, size: str = "A4",
                 now: datetime | None = None) -> SlipPrint:
    """The acknowledgement as it would print now, not counted (a preview)."""
    from ..documents.feedback_slip import render_feedback_slip
    from .printing import _write_uncounted

    now = now or datetime.now(UTC)
    with store.read() as session:
        slip = _slip(session, code, size, now,
                     lambda fid: feedback_repo.last_copy_no(session, fid) + 1)
    _write_uncounted(store, Path(out_path), render_feedback_slip(slip))
    return SlipPrint(Path(out_path), slip.feedback.code, slip.copy_no)
