"""Printing the official forms: render the PDF, then record the print (who, when, copy).

One write transaction per print: it reads the dossier and the earlier prints,
renders, writes the file (atomically: temporary file, then rename) and only then
adds the prints row and the audit row. A failed render or write records nothing.
BEGIN IMMEDIATE serialises two windows printing the same form, so copy numbers
never repeat.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from ..documents import (
    DOSSIER_FORMS,
    FormContext,
    LedgerEntry,
    render_form,
    render_ledger,
    template_by_version,
    template_in_force,
)
from ..documents.details import normalise_details
from ..documents.layout import SIZES
from ..domain.calendar import LOCAL_TZ
from ..store import audit, dossier_repo, print_repo, settings_repo, user_repo
from ..store.database import Store
from .intake import DeskNotConfigured


@dataclass(frozen=True)
class PrintResult:
    path: Path
    form: str  # "01".."07"
    copy_no: int  # 1 = first print, 2+ = reprints
    reprint: bool


class DossierNotFound(ValueError):
    def __init__(self, code: str):
        super().__init__(f"Không có hồ sơ mã {code}.")
        self.code = code


def _write_atomically(out_path: Path, data: bytes) -> None:
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".print-", suffix=".pdf", dir=out_path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_size(size: str) -> None:
    if size not in SIZES:
        raise ValueError(f"Khổ giấy không hợp lệ: {size} (A4, A5 hoặc 80mm).")


def _name_officer(session, details: dict, username: str) -> None:
    """Full name and phone of the signing officer from the account, unless given."""
    user = user_repo.get_user(session, username) if username else None
    if "officer_name" not in details:
        details["officer_name"] = user.full_name if user is not None else username
    if "officer_phone" not in details and user is not None and user.phone:
        details["officer_phone"] = user.phone


def print_form(store: Store, form: str, code: str, out_path: Path, *, size: str = "A4",
               actor: str, details: dict | None = None,
               now: datetime | None = None) -> PrintResult:
    """Print form 01–06 of dossier `code` to `out_path` and count the print."""
    if form not in DOSSIER_FORMS:
        raise ValueError(f"Mẫu {form} không phải mẫu của một hồ sơ (01–06).")
    _check_size(size)
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        row = dossier_repo.get_row_by_code(session, code)
        if row is None:
            raise DossierNotFound(code)
        dossier = dossier_repo.to_dossier(row)
        first = print_repo.first_print(session, dossier.id, form)
        copy_no = print_repo.last_copy_no(session, dossier.id, form) + 1
        if first is not None and details is None:
            stored = dict(first.details)
        else:
            stored = normalise_details(form, details)
            stored["issued_at"] = (first.details.get("issued_at") if first is not None
                                   else None) or now.astimezone(LOCAL_TZ).isoformat()
            # The receipt is signed by whoever took the dossier in, the others by the printer.
            _name_officer(session, stored, dossier.received_by if form == "01" else actor)
        if first is not None:
            template = template_by_version(form, first.template_version)
        else:
            # The receipt is dated at reception; the other forms on the day they are issued.
            on = dossier.received_at if form == "01" else now
            template = template_in_force(form, on.astimezone(LOCAL_TZ).date())
        ctx = FormContext(dossier=dossier, config=config, template=template, printed_at=now,
                          size=size, copy_no=copy_no, details=stored)
        _write_atomically(out_path, render_form(ctx))
        print_repo.add_print(session, dossier_id=dossier.id, form=form, copy_no=copy_no,
                             template_version=template.version, details=stored, at=now,
                             actor=actor)
        audit.record(session, actor, "form.printed" if copy_no == 1 else "form.reprinted",
                     dossier.id, {"form": form, "copy_no": copy_no, "size": size}, now=now)
    return PrintResult(Path(out_path), form, copy_no, copy_no > 1)


def print_receipt(store: Store, code: str, out_path: Path, *, size: str = "A4", actor: str,
                  now: datetime | None = None) -> PrintResult:
    return print_form(store, "01", code, out_path, size=size, actor=actor, now=now)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=LOCAL_TZ)


def print_ledger(store: Store, date_from: date, date_to: date, out_path: Path, *,
                 size: str = "A4", actor: str, now: datetime | None = None) -> Path:
    """Form 07 for dossiers received from `date_from` to `date_to` (both included)."""
    if size not in ("A4", "A5"):
        raise ValueError("Sổ theo dõi hồ sơ in trên khổ A4 hoặc A5.")
    if date_to < date_from:
        raise ValueError("Ngày kết thúc phải sau ngày bắt đầu.")
    now = now or datetime.now(UTC)
    with store.transaction() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        rows = print_repo.ledger_rows(session, _local_midnight(date_from),
                                      _local_midnight(date_to + timedelta(days=1)))
        entries = [LedgerEntry(dossier_repo.to_dossier(d), d.returned_at,
                               r.recipient_name if r is not None else "")
                   for d, r in rows]
        earlier = print_repo.ledger_prints(session, date_from.isoformat(), date_to.isoformat())
        copy_no = len(earlier) + 1
        template = template_in_force("07", now.astimezone(LOCAL_TZ).date())
        pdf = render_ledger(entries, config, template, date_from, date_to, size=size,
                            printed_at=now, copy_no=copy_no)
        _write_atomically(out_path, pdf)
        print_repo.add_print(session, dossier_id=None, form="07", copy_no=copy_no,
                             template_version=template.version,
                             details={"from": date_from.isoformat(), "to": date_to.isoformat(),
                                      "count": len(entries)}, at=now, actor=actor)
        audit.record(session, actor, "ledger.printed", None,
                     {"from": date_from.isoformat(), "to": date_to.isoformat(),
                      "copy_no": copy_no}, now=now)
    return Path(out_path)
