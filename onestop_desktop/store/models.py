"""SQLAlchemy 2.0 typed models of the desk's local store."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    literal_column,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.listing import OPEN_STATUSES
from .types import JsonText, UtcDateTime

# Dossiers whose processing has not ended (domain.listing.OPEN_STATUSES), as SQL: the
# partial index's condition, repeated word for word by the statements that use it.
OPEN_CONDITION = f"status IN ({', '.join(str(int(s)) for s in OPEN_STATUSES)})"


def of_agency(agency: str):
    """This agency's dossiers: their codes sort between "<agency>-" and "<agency>."
    ('.' follows '-'). The unary + keeps SQLite from reading that range off the code's
    index: on a desk nearly every dossier is its agency's, and a store without
    statistics had the planner take the range and then sort a million rows, instead of
    walking the index that the list's order or the report's period needs."""
    code = literal_column("+dossiers.code")
    return and_(code >= f"{agency}-", code < f"{agency}.")


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Desk configuration (agency, desk number, working hours …), one JSON value per key."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JsonText)


class ProcedureRow(Base):
    __tablename__ = "procedures"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text)  # folded code + name + field
    field_name: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str] = mapped_column(String(16), default="province")
    limit_value: Mapped[float] = mapped_column()
    limit_unit: Mapped[str] = mapped_column(String(8))
    fees: Mapped[list] = mapped_column(JsonText, default=list)
    documents: Mapped[list] = mapped_column(JsonText, default=list)
    result: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(64), default="")
    # Added in 0007: where the procedure's code was confirmed (an address), or "unverified".
    source: Mapped[str] = mapped_column(Text, default="unverified", server_default="unverified")
    # Added in 0011: the field's code in the national catalogue (the portal's MaLinhVuc).
    field_code: Mapped[str] = mapped_column(Text, default="", server_default="")


class CalendarDayRow(Base):
    __tablename__ = "calendar_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # "off" | "work"
    name: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(32))
    # Added in 0007: the official decision or article of law the day comes from.
    decision: Mapped[str] = mapped_column(Text, default="", server_default="")


class CodeCounter(Base):
    """Last counter a desk used for an agency and day (see domain/codes.py)."""

    __tablename__ = "code_counters"
    agency: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    desk: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class DossierRow(Base):
    __tablename__ = "dossiers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # client-made UUID
    code: Mapped[str] = mapped_column(String(32), unique=True)
    procedure_code: Mapped[str] = mapped_column(String(16))
    procedure_name: Mapped[str] = mapped_column(Text)
    field_name: Mapped[str] = mapped_column(Text, default="")
    lead_agency: Mapped[str] = mapped_column(Text, default="")
    time_limit_text: Mapped[str] = mapped_column(Text, default="")
    applicant_kind: Mapped[int] = mapped_column(Integer)
    applicant_name: Mapped[str] = mapped_column(Text)
    id_number: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(Text, default="")
    # Added in 0003: read from the CCCD QR (or typed); how the citizen wants notices.
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    gender: Mapped[str] = mapped_column(String(8), default="", server_default="")
    notify: Mapped[list] = mapped_column(JsonText, default=list, server_default="[]")
    # Added in 0007: who stood at the counter when not the owner; how the result goes back.
    submitter_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    submitter_id_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    submitter_phone: Mapped[str | None] = mapped_column(String(16), nullable=True)
    submitter_authorised: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    delivery_method: Mapped[str] = mapped_column(String(8), default="desk",
                                                 server_default="desk")
    delivery_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Added in 0007: ISO 3166-1 alpha-3 ("VNM", a foreign passport's country; "" before).
    nationality: Mapped[str] = mapped_column(String(3), default="", server_default="")
    sets: Mapped[int] = mapped_column(Integer, default=1)
    channel: Mapped[int] = mapped_column(Integer)
    status: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    fees: Mapped[list] = mapped_column(JsonText, default=list)
    fee_total: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    received_by: Mapped[str] = mapped_column(String(64), default="")
    search_key: Mapped[str] = mapped_column(Text)  # folded code, name, id, phone
    # Added in 0004: the dossier's row in the full-text index (store/search_index.py),
    # given in insertion order; VACUUM never renumbers it, as it may a plain rowid.
    search_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Added in 0007: the procedure's time limit as the dossier was taken in under (the
    # appointment is counted again from it when papers asked for arrive), none for
    # dossiers taken in before; and whether the appointment rests on a year whose days
    # off are not decided officially yet (domain/calendar.py).
    limit_unit: Mapped[str | None] = mapped_column(String(8), nullable=True)
    limit_value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False,
                                                  server_default=text("0"))
    # Added in 0011: the field's code (MaLinhVuc; "" for dossiers taken in before), and
    # an organisation's kind for the portal's LoaiDoiTuong ("" for a citizen, and for
    # organisations taken in before: a business).
    field_code: Mapped[str] = mapped_column(Text, default="", server_default="")
    organisation_type: Mapped[str] = mapped_column(String(16), default="", server_default="")
    # Added in 0017: the queue ticket the citizen held (domain/tickets.py), when the queue
    # system issued it (only if its barcode said) and when this desk called it.
    ticket: Mapped[str | None] = mapped_column(String(16), nullable=True)
    ticket_issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ticket_called_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    documents: Mapped[list[DossierDocumentRow]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan",
        order_by="DossierDocumentRow.position", lazy="selectin")
    # Added in 0007: when its fee lines are collected (none: at the hand-back).
    fee_plan: Mapped[DossierFeesRow | None] = relationship(lazy="selectin", uselist=False)

    __table_args__ = (
        # The list's orders (store/dossier_list.py): newest first, overall, by status and
        # by procedure; soonest due first among dossiers still being processed.
        Index("ix_dossiers_received_code", "received_at", "code"),
        Index("ix_dossiers_status_received", "status", "received_at", "code"),
        Index("ix_dossiers_procedure_received", "procedure_code", "received_at", "code"),
        Index("ix_dossiers_open_due", "due_at", "code",
              sqlite_where=text(OPEN_CONDITION)),
        Index("ix_dossiers_search_seq", "search_seq", unique=True),
        # Covers the reports' received figures (store/report_queries.received): a year
        # of dossiers read from the index alone.
        Index("ix_dossiers_report", "received_at", "channel", "status", "procedure_code",
              "received_by", "due_at", "fee_total", "code"),
        # The queue figures: the few dossiers taken in with a ticket.
        Index("ix_dossiers_ticket_received", "received_at",
              sqlite_where=text("ticket IS NOT NULL")),
    )


class DossierFileRow(Base):
    """A file on a dossier: a scanned paper of its checklist, its scanned result, or a form
    sent back to the centre. The bytes are kept once per SHA-256 in the data directory's
    file store (store/blobs.py); this row says where on the dossier they belong."""

    __tablename__ = "dossier_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            index=True)
    role: Mapped[str] = mapped_column(String(8))  # paper | result | form
    # The checklist item's position (DossierDocumentRow.position) for a paper; 0 otherwise.
    paper: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(64), default="application/pdf",
                                            server_default="application/pdf")
    # scanner | inbox | drop | file | online (came with an online dossier) | form
    source: Mapped[str] = mapped_column(String(8))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(64), default="")
    # When the centre confirmed it holds the bytes and the file's place on the dossier.
    uploaded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Added in 0019: a file the centre refused waits its own back-off (sync/uploads.py).
    upload_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    upload_retry_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    upload_error: Mapped[str] = mapped_column(Text, default="", server_default="")
    __table_args__ = (
        UniqueConstraint("dossier_id", "role", "paper", "sha256"),
        Index("ix_dossier_files_to_upload", "id", sqlite_where=text("uploaded_at IS NULL")),
    )


class DossierDocumentRow(Base):
    __tablename__ = "dossier_documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    original: Mapped[int] = mapped_column(Integer, default=0)
    certified: Mapped[int] = mapped_column(Integer, default=0)
    photo: Mapped[int] = mapped_column(Integer, default=0)
    dossier: Mapped[DossierRow] = relationship(back_populates="documents")
    __table_args__ = (UniqueConstraint("dossier_id", "position"),)


class StatusChangeRow(Base):
    """The dossier's timeline of statuses, from the desk or the back office."""

    __tablename__ = "status_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            index=True)
    from_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    to_status: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16), default="desk")  # desk | central
    note: Mapped[str] = mapped_column(Text, default="")


class DossierEndRow(Base):
    """When each dossier's processing first ended (first reached status 9), judged against
    its appointment then, with what the reports group it by: a year's "processed" figures
    are an index range here instead of a search through every dossier's status changes.

    Kept by a trigger on status_changes (migration 0022_report_speed), whoever writes the
    change: a status command, a page of changes pulled from the centre, the demo data's
    bulk load.
    A result sent back for more work and finished again keeps its first end."""

    __tablename__ = "dossier_ends"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    done_at: Mapped[datetime] = mapped_column(UtcDateTime)
    timing: Mapped[str] = mapped_column(String(8))  # early | on_time | late
    procedure_code: Mapped[str] = mapped_column(String(16))
    received_by: Mapped[str] = mapped_column(String(64))
    # Covers the reports' query (store/report_queries.processed): read without the table.
    __table_args__ = (Index("ix_dossier_ends_report", "done_at", "procedure_code",
                            "received_by", "timing", "code"),)


class DueChangeRow(Base):
    """The dossier's appointment history: each new due time, the old one kept (the
    portal's NgayHenTraTruoc / NgayHenTraMoi)."""

    __tablename__ = "due_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(16))  # domain.appointments.DueChangeReason
    old_due: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    new_due: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    # Papers arriving: since when the dossier waited for them (the clock stood still).
    waited_from: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class NoticeDeliveryRow(Base):
    """A notice the centre sent the citizen (or tried to), as pulled from its
    notice.delivery changes: shown on the dossier's timeline (domain/notices.py)."""

    __tablename__ = "notice_deliveries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            index=True)
    notice_id: Mapped[int] = mapped_column(Integer)  # the centre's
    channel: Mapped[str] = mapped_column(String(10))  # email | sms | zalo
    kind: Mapped[str] = mapped_column(String(20))  # domain.notices.NoticeKind
    address: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(12))  # domain.notices.DeliveryState
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    error: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class OutboxEvent(Base):
    """A change the centre must learn of, written in the same transaction as the change."""

    __tablename__ = "outbox"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dossier_id: Mapped[str | None] = mapped_column(
        ForeignKey("dossiers.id", ondelete="RESTRICT"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JsonText)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # pending | sending | acked | failed
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    acked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Added in 0002 (sync): the server's stable error code, and when it was last tried.
    error_code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Its entries run in rowid order within a state: the order events are claimed in.
    __table_args__ = (Index("ix_outbox_state", "state"),)


class SyncConflictRow(Base):
    """A change from the centre the desk could not apply (status rules): shown, never dropped.

    Push-side conflicts live on the outbox row itself (state "conflict").
    """

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    dossier_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    code: Mapped[str] = mapped_column(String(32), default="")
    change_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict] = mapped_column(JsonText, default=dict)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class AuditRow(Base):
    """Who did what, when: append-only."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    dossier_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    detail: Mapped[dict] = mapped_column(JsonText, default=dict)
    # Added in 0011: the hash chain (domain/audit_chain.py, written by store/audit.py only).
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True, index=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    dossier_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class PrintRow(Base):
    """Every printed form: the first print is copy 1, each reprint counts up."""

    __tablename__ = "prints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str | None] = mapped_column(ForeignKey("dossiers.id"), nullable=True,
                                                   index=True)
    form: Mapped[str] = mapped_column(String(4))  # "01".."07"; "PA" a feedback's
    copy_no: Mapped[int] = mapped_column(Integer)
    template_version: Mapped[str] = mapped_column(String(32), default="")
    # What the form said beyond the dossier (reason, missing papers, new date),
    # kept so a reprint says the same.
    details: Mapped[dict] = mapped_column(JsonText, default=dict)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    # Added in 0015: the feedback whose acknowledgement this is (form "PA").
    feedback_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)


class PrintIntentRow(Base):
    """A print whose PDF is not yet known to be in place (services/print_publication.py).

    The prints row and this one commit before the file is moved to its path; once it is
    there this row goes (the print is confirmed). If the printing process died meanwhile,
    the next print or the next open confirms the print when its file is at `path` with
    `digest`, and otherwise releases it (both rows go, the copy number is free again)."""

    __tablename__ = "print_intents"
    print_id: Mapped[int] = mapped_column(ForeignKey("prints.id", ondelete="CASCADE"),
                                          primary_key=True)
    path: Mapped[str] = mapped_column(Text)  # where the PDF goes
    staged: Mapped[str] = mapped_column(Text)  # the temporary it is written to first
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the PDF
    token: Mapped[str] = mapped_column(String(32))  # the printing process's lock
    # The audit row written when the print is confirmed.
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict] = mapped_column(JsonText, default=dict)


class UserRow(Base):
    """A local officer account; the password is stored only as an argon2id hash."""

    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16), default="officer")  # officer|head|admin
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Added in 0011: wrong passwords in a row, and the end of the lock-out they caused.
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class DossierReturnRow(Base):
    """The hand-back of a result: who collected it, fees, timing class, the rating."""

    __tablename__ = "dossier_returns"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            primary_key=True)
    returned_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recipient_name: Mapped[str] = mapped_column(Text)
    recipient_id_number: Mapped[str] = mapped_column(String(20))
    authorised: Mapped[bool] = mapped_column(Boolean, default=False)  # not the applicant
    fees_collected: Mapped[int] = mapped_column(Integer, default=0)  # đồng
    timing: Mapped[str] = mapped_column(String(8))  # early | on_time | late
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1..3, see domain
    rating_comment: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(64))
    # Added in 0016: the reports' results handed back in a period; with the rating since
    # 0022, so the figures are read from the index alone.
    __table_args__ = (Index("ix_dossier_returns_returned_at", "returned_at", "rating"),)


class DossierFeesRow(Base):
    """A dossier's fee plan (domain/fees.py): collected at intake, at the hand-back, or
    exempt with the officer's reason. Dossiers taken in before 0007 have none: their
    fees are collected at the hand-back."""

    __tablename__ = "dossier_fees"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            primary_key=True)
    collect: Mapped[str] = mapped_column(String(10))  # now | at_return | exempt
    method: Mapped[str] = mapped_column(String(10))  # cash | transfer
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class FeeCollectionRow(Base):
    """Money taken for a dossier's fee lines, with its receipt number. Never changed or
    deleted: a refund is a row of its own against it."""

    __tablename__ = "fee_collections"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # client-made UUID
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="RESTRICT"),
                                            index=True)
    receipt_form: Mapped[str] = mapped_column(String(20))  # mẫu số
    receipt_series: Mapped[str] = mapped_column(String(20))  # ký hiệu
    receipt_number: Mapped[str] = mapped_column(String(8))  # desk (2 digits) + 5
    desk: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)  # đồng
    method: Mapped[str] = mapped_column(String(10))  # cash | transfer
    # The lines paid: [{"position", "name", "kind", "code", "amount"}]
    lines: Mapped[list] = mapped_column(JsonText)
    occasion: Mapped[str] = mapped_column(String(10))  # intake | return | counter
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    __table_args__ = (
        UniqueConstraint("receipt_form", "receipt_series", "receipt_number",
                         name="uq_fee_collections_receipt"),
        Index("ix_fee_collections_at", "at"),  # the day's handover sheet
        # Added in 0016: the reports' dossiers paid online (none until such payments come).
        Index("ix_fee_collections_method", "method", "dossier_id"),
    )


class FeeRefundRow(Base):
    """Money given back against a collection: who, when, how much, why."""

    __tablename__ = "fee_refunds"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # client-made UUID
    collection_id: Mapped[str] = mapped_column(
        ForeignKey("fee_collections.id", ondelete="RESTRICT"), index=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="RESTRICT"),
                                            index=True)
    amount: Mapped[int] = mapped_column(Integer)  # đồng
    method: Mapped[str] = mapped_column(String(10))  # cash | transfer
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_fee_refunds_at", "at"),)


class FeeReceiptCounter(Base):
    """The last receipt sequence a desk used in a form and series (domain/fees.py)."""

    __tablename__ = "fee_receipt_counters"
    form: Mapped[str] = mapped_column(String(20), primary_key=True)
    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    desk: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class FeedbackRow(Base):
    """Feedback or a petition taken at the desk (domain/feedback.py); its status and the
    centre's answer arrive by the pull."""

    __tablename__ = "feedback"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # client-made UUID
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String(16), default="")
    email: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text)
    procedure_code: Mapped[str] = mapped_column(String(16), default="")
    procedure_name: Mapped[str] = mapped_column(Text, default="")
    dossier_code: Mapped[str] = mapped_column(String(32), default="")
    # The dossier on this desk it speaks of (none: not here, or none named). No foreign
    # key: clearing demo dossiers leaves the feedback a citizen gave.
    dossier_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))  # received|handling|answered|closed
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Newest first, in keyset pages (received_at, code).
    __table_args__ = (Index("ix_feedback_received_code", "received_at", "code"),)


class FeedbackCounter(Base):
    """The last feedback number a desk used for an agency and day (as CodeCounter)."""

    __tablename__ = "feedback_counters"
    agency: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    desk: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)
