"""Printing the official forms: render the PDF, then record the print (who, when, copy).

A copy counts when it reaches a printer or a file the officer keeps: `print_form` and
`print_ledger` render, write and record it. `preview_form` and `preview_ledger` render
what would be printed now (the copy number it would get, the details given) to a file
that is not recorded: a preview that is only shown counts for nothing.

Forms 01–06 (one page or two): one write transaction per print reads the dossier and
the earlier prints, renders, writes the file (atomically: temporary file, then
rename) and only then adds the prints row and the audit row. BEGIN IMMEDIATE
serialises two windows printing the same form, so copy numbers never repeat.
The ledger (form 07, possibly many pages) is read in a read transaction and rendered
outside any transaction; a short write transaction then publishes the file and
records the print, re-rendering if someone printed the same range meanwhile.
A failed render, write or record leaves neither a file nor a record.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from ..documents import (
    FormContext,
    LedgerEntry,
    render_form,
    render_ledger,
    template_by_version,
    template_in_force,
)
from ..documents.layout import SIZES
from ..domain.appointments import DueChangeReason
from ..domain.calendar import LOCAL_TZ
from ..domain.dossier import DossierNotFound
from ..domain.errors import InvalidInput, OfficerError
from ..domain.form_details import FIRST_DAY, LAST_DAY, normalise_details
from ..domain.forms import (
    DOSSIER_FORMS,
    FORM_STATUSES,
    FormNotAllowed,
    ReprintDiffers,
)
from ..store import audit, dossier_repo, print_repo, settings_repo, user_repo
from ..store.database import Store
from ..store.models import DossierRow
from . import fees as fee_service
from .appointments import record_due_change
from .intake import DeskNotConfigured


@dataclass(frozen=True)
class PrintResult:
    path: Path
    form: str  # "01".."07"
    copy_no: int  # 1 = first print, 2+ = reprints
    reprint: bool


class LedgerBusy(OfficerError):
    def __init__(self):
        super().__init__("Sổ theo dõi hồ sơ cùng khoảng ngày đang được in ở máy khác; "
                         "hãy in lại.")


def _umask() -> int:
    """The process umask. Linux shows it in /proc; elsewhere it can only be read by
    setting it (briefly process-wide, so that is the fallback)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _stage(out_path: Path, data: bytes, *, private: bool = False) -> Path:
    """The PDF written and synced to a temporary file beside `out_path`; `private` (a
    preview: a temporary file the window shows) keeps mkstemp's owner-only mode."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".print-", suffix=".pdf", dir=out_path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix" and not private:
            # mkstemp makes 0600; a PDF is readable by whoever the umask lets (the
            # print spooler, the officer's other accounts), like any file the user saves.
            os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


class _Publication:
    """A PDF put at its path as the last step of the transaction that records its
    print. If that transaction does not commit, the new PDF goes and whatever the
    officer had at that path comes back: never a PDF without its record, never an
    earlier file lost to a failed print."""

    def __init__(self, out_path: Path):
        self.out_path = out_path
        self.tmp: Path | None = None
        self.backup: Path | None = None
        self.placed = False

    def stage(self, data: bytes) -> None:
        self.tmp = _stage(self.out_path, data)

    def place(self) -> None:
        """Call inside the transaction, after the records are flushed."""
        if self.out_path.exists():
            fd, name = tempfile.mkstemp(prefix=".prev-", suffix=".pdf",
                                        dir=self.out_path.parent)
            os.close(fd)
            os.replace(self.out_path, name)
            self.backup = Path(name)
        os.replace(self.tmp, self.out_path)
        self.tmp, self.placed = None, True

    def __enter__(self) -> _Publication:
        return self

    def __exit__(self, exc_type, _exc, _tb) -> None:
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)
        if exc_type is not None and self.placed:
            self.out_path.unlink(missing_ok=True)
        if self.backup is not None:
            if exc_type is not None:
                os.replace(self.backup, self.out_path)
            else:
                self.backup.unlink(missing_ok=True)


def _check_size(size: str) -> None:
    if size not in SIZES:
        raise InvalidInput(f"Khổ giấy không hợp lệ: {size} (A4, A5 hoặc 80mm).")


def _name_officer(session, details: dict, username: str) -> None:
    """Full name and phone of the signing officer from the account, unless given.

    No account by that name (a command-line login like "cli:root"): the name is left
    empty, a blank line for the officer to sign and write the name on."""
    user = user_repo.get_user(session, username) if username else None
    if "officer_name" not in details:
        details["officer_name"] = user.full_name if user is not None else ""
    if "officer_phone" not in details and user is not None and user.phone:
        details["officer_phone"] = user.phone


# Filled in by the first print rather than typed: not compared on a reprint.
_ISSUED_KEYS = ("issued_at", "officer_name", "officer_phone", "previous_due_at", "fees")


def _differing(given: dict, stored: dict) -> list[str]:
    """Keys on which details given for a reprint disagree with the first print."""
    keys = {k for k in given.keys() | stored.keys() if k not in _ISSUED_KEYS}
    # The officer's name and phone only count when given: otherwise they were filled in.
    keys |= {k for k in given if k in _ISSUED_KEYS}
    return sorted(k for k in keys if given.get(k) != stored.get(k))


@dataclass(frozen=True)
class _Composed:
    """What one copy of a form says, read from the store."""

    dossier_id: str
    ctx: FormContext
    stored: dict  # the first print's details (stored with it when this is the first)


def _compose(session, form: str, code: str, *, size: str, actor: str, details: dict | None,
             now: datetime) -> _Composed:
    """The form as it prints now: its copy number, template and details. The first
    print of a form says what `details` give (checked); a reprint says what the first
    said, so details given for a reprint must match it."""
    config = settings_repo.load_desk_config(session)
    if config is None:
        raise DeskNotConfigured()
    row = dossier_repo.get_row_by_code(session, code)
    if row is None:
        raise DossierNotFound(code)
    dossier = dossier_repo.to_dossier(row)
    first = print_repo.first_print(session, dossier.id, form)
    copy_no = print_repo.last_copy_no(session, dossier.id, form) + 1
    if first is not None:
        stored = dict(first.details)
        if details is not None:
            differing = _differing(normalise_details(form, details), stored)
            if differing:
                raise ReprintDiffers(form, dossier.code, differing)
        template = template_by_version(form, first.template_version)
    else:
        if dossier.status not in FORM_STATUSES[form]:
            raise FormNotAllowed(form, dossier.code, dossier.status)
        stored = normalise_details(form, details, dossier)
        stored["issued_at"] = now.astimezone(LOCAL_TZ).isoformat()
        if form == "04" and dossier.due_at is not None:
            # The appointment it apologises for: the dossier's changes with this print.
            stored["previous_due_at"] = dossier.due_at.astimezone(LOCAL_TZ).isoformat()
        # The receipt is signed by whoever took the dossier in, the others by
        # the printer.
        _name_officer(session, stored, dossier.received_by if form == "01" else actor)
        # Form 01 says what became of the fees (collected, with the receipt; at the
        # hand-back; exempt) as they stand at its first print.
        if form == "01" and dossier.fees:
            stored["fees"] = fee_service.statement_of(session, row).receipt_details()
        # The receipt is dated at reception; the other forms on the day they are
        # issued.
        on = dossier.received_at if form == "01" else now
        template = template_in_force(form, on.astimezone(LOCAL_TZ).date())
    ctx = FormContext(dossier=dossier, config=config, template=template, printed_at=now,
                      size=size, copy_no=copy_no, details=stored)
    return _Composed(dossier.id, ctx, stored)


def _check_form(form: str, size: str) -> None:
    if form not in DOSSIER_FORMS:
        raise InvalidInput(f"Mẫu {form} không phải mẫu của một hồ sơ (01–06).")
    _check_size(size)


def print_form(store: Store, form: str, code: str, out_path: Path, *, size: str = "A4",
               actor: str, details: dict | None = None,
               now: datetime | None = None) -> PrintResult:
    """Print form 01–06 of dossier `code` to `out_path` and count the print.

    The copy number is taken in the transaction that records it, so two prints never
    both say they are the first. The first print of a form stores what it says
    (`details`, checked); a reprint says the same, so details given for a reprint
    must match it."""
    _check_form(form, size)
    now = now or datetime.now(UTC)
    out_path = Path(out_path)
    with _Publication(out_path) as publication, store.transaction() as session:
        composed = _compose(session, form, code, size=size, actor=actor, details=details,
                            now=now)
        ctx = composed.ctx
        publication.stage(render_form(ctx))
        print_repo.add_print(session, dossier_id=composed.dossier_id, form=form,
                             copy_no=ctx.copy_no, template_version=ctx.template.version,
                             details=composed.stored, at=now, actor=actor)
        if form == "04" and ctx.copy_no == 1:
            # The new date is the dossier's appointment from now on (DOMAIN.md).
            record_due_change(session, session.get(DossierRow, composed.dossier_id),
                              datetime.fromisoformat(composed.stored["new_due_at"]),
                              reason=DueChangeReason.APOLOGY, actor=actor, now=now,
                              note=str(composed.stored.get("reason", "")))
        audit.record(session, actor,
                     "form.printed" if ctx.copy_no == 1 else "form.reprinted",
                     composed.dossier_id, {"form": form, "copy_no": ctx.copy_no,
                                           "size": size}, now=now)
        session.flush()
        publication.place()
    return PrintResult(out_path, form, ctx.copy_no, ctx.copy_no > 1)


def _write_uncounted(out_path: Path, data: bytes) -> None:
    """A preview's PDF, written whole or not at all (nothing is recorded for it), for
    the owner only: it names a citizen and lives in a temporary folder."""
    staged = _stage(out_path, data, private=True)
    try:
        os.replace(staged, out_path)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def preview_form(store: Store, form: str, code: str, out_path: Path, *, size: str = "A4",
                 actor: str, details: dict | None = None,
                 now: datetime | None = None) -> PrintResult:
    """Form 01–06 of dossier `code` as `print_form` would print it now, written to
    `out_path` and not counted: the copy number it would get ("BẢN IN LẠI" only after
    real copies), the details given for a first print. The same checks are made, so a
    form that cannot be printed cannot be previewed either."""
    _check_form(form, size)
    now = now or datetime.now(UTC)
    out_path = Path(out_path)
    with store.read() as session:
        composed = _compose(session, form, code, size=size, actor=actor, details=details,
                            now=now)
    _write_uncounted(out_path, render_form(composed.ctx))
    copy_no = composed.ctx.copy_no
    return PrintResult(out_path, form, copy_no, copy_no > 1)


def print_receipt(store: Store, code: str, out_path: Path, *, size: str = "A4", actor: str,
                  now: datetime | None = None) -> PrintResult:
    return print_form(store, "01", code, out_path, size=size, actor=actor, now=now)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=LOCAL_TZ)


# A ledger runs over pages of rows; a year is the longest book printed at once.
LEDGER_MAX_DAYS = 366
_LEDGER_ATTEMPTS = 3


def check_ledger_range(date_from: date, date_to: date) -> None:
    if not (FIRST_DAY <= date_from <= LAST_DAY and FIRST_DAY <= date_to <= LAST_DAY):
        raise InvalidInput(f"Sổ theo dõi hồ sơ chỉ in cho các ngày từ "
                         f"{FIRST_DAY:%d/%m/%Y} đến {LAST_DAY:%d/%m/%Y}.")
    if date_to < date_from:
        raise InvalidInput("Ngày kết thúc không được trước ngày bắt đầu.")
    if (date_to - date_from).days + 1 > LEDGER_MAX_DAYS:
        raise InvalidInput(f"Mỗi lần in sổ theo dõi tối đa {LEDGER_MAX_DAYS} ngày; "
                         "hãy chia thành nhiều lần in.")


def _check_ledger(date_from: date, date_to: date, size: str) -> None:
    if size not in ("A4", "A5"):
        raise InvalidInput("Sổ theo dõi hồ sơ in trên khổ A4 hoặc A5.")
    check_ledger_range(date_from, date_to)


def _render_ledger(store: Store, date_from: date, date_to: date, *, size: str,
                   now: datetime) -> tuple[bytes, int, int, str]:
    """(PDF, copy number it gets if printed now, dossiers listed, template version).
    Read in one read transaction, rendered outside any: many pages may take a while,
    and intake and other prints are not held up by the write lock meanwhile."""
    start, end = _local_midnight(date_from), _local_midnight(date_to + timedelta(days=1))
    with store.read() as session:
        config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        entries = [LedgerEntry(dossier_repo.to_dossier(d), d.returned_at,
                               r.recipient_name if r is not None else "")
                   for d, r in print_repo.ledger_rows(session, start, end)]
        copy_no = len(print_repo.ledger_prints(session, date_from.isoformat(),
                                               date_to.isoformat())) + 1
    template = template_in_force("07", now.astimezone(LOCAL_TZ).date())
    pdf = render_ledger(entries, config, template, date_from, date_to, size=size,
                        printed_at=now, copy_no=copy_no)
    return pdf, copy_no, len(entries), template.version


def print_ledger(store: Store, date_from: date, date_to: date, out_path: Path, *,
                 size: str = "A4", actor: str, now: datetime | None = None) -> Path:
    """Form 07 for dossiers received from `date_from` to `date_to` (both included)."""
    _check_ledger(date_from, date_to, size)
    now = now or datetime.now(UTC)
    out_path = Path(out_path)
    first_day, last_day = date_from.isoformat(), date_to.isoformat()
    for _attempt in range(_LEDGER_ATTEMPTS):
        pdf, copy_no, count, version = _render_ledger(store, date_from, date_to, size=size,
                                                      now=now)
        with _Publication(out_path) as publication, store.transaction() as session:
            if len(print_repo.ledger_prints(session, first_day, last_day)) + 1 != copy_no:
                continue  # printed elsewhere meanwhile: render again with the next copy
            publication.stage(pdf)
            print_repo.add_print(session, dossier_id=None, form="07", copy_no=copy_no,
                                 template_version=version,
                                 details={"from": first_day, "to": last_day,
                                          "count": count}, at=now, actor=actor)
            audit.record(session, actor, "ledger.printed", None,
                         {"from": first_day, "to": last_day, "copy_no": copy_no}, now=now)
            session.flush()
            publication.place()
        return out_path
    raise LedgerBusy()


def preview_ledger(store: Store, date_from: date, date_to: date, out_path: Path, *,
                   size: str = "A4", now: datetime | None = None) -> PrintResult:
    """Form 07 as `print_ledger` would print it now, written to `out_path`, not counted."""
    _check_ledger(date_from, date_to, size)
    now = now or datetime.now(UTC)
    out_path = Path(out_path)
    pdf, copy_no, _count, _version = _render_ledger(store, date_from, date_to, size=size,
                                                    now=now)
    _write_uncounted(out_path, pdf)
    return PrintResult(out_path, "07", copy_no, copy_no > 1)
