"""The central server's tables (SQLAlchemy 2.0), the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# SQLite only auto-increments an INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer, "sqlite")


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; attach a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def bind_processor(self, dialect):
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: datetime | None) -> str | None:
            # SQLite's DATETIME text (what its own processor would write), in one step:
            # a push binds seven of these per dossier.
            value = self.process_bind_param(value, dialect)
            return None if value is None else value.isoformat(" ", "microseconds")

        return process

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Device(Base):
    """A desk allowed to sync; only the SHA-256 of its token is kept."""

    __tablename__ = "devices"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100))
    agency_code: Mapped[str] = mapped_column(String(16), index=True)
    desk: Mapped[int] = mapped_column(Integer)
    # Width of the desk number in the daily sequence (domain.codes.DeskPartition):
    # the agency's setting, which the desk's own configuration repeats.
    desk_digits: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The online portal's side (`device add --portal`): it may only submit online
    # dossiers, for any agency; it pushes no events and pulls no change log.
    portal: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Dossier(Base):
    __tablename__ = "dossiers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the desk's UUID
    code: Mapped[str] = mapped_column(String(32), unique=True)
    agency_code: Mapped[str] = mapped_column(String(16), index=True)
    # The desk that sent it; the portal's device for a dossier submitted online, none
    # when the centre's command line took it (`onestop-central online-submit`).
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"), nullable=True)
    status: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    payload: Mapped[dict] = mapped_column(JSON)  # dossier_to_dict as the desk sent it
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StatusHistory(Base):
    __tablename__ = "status_history"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    from_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    to_status: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))  # desk | back_office
    note: Mapped[str] = mapped_column(Text, default="")


class Event(Base):
    """Every event a desk pushed and the server applied, by the desk's event id."""

    __tablename__ = "events"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    kind: Mapped[str] = mapped_column(String(40))
    dossier_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)  # on the desk
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Change(Base):
    """The change log desks pull; `seq` is the monotonic cursor."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    agency_code: Mapped[str | None] = mapped_column(String(16), nullable=True)  # None: all
    kind: Mapped[str] = mapped_column(String(40))
    dossier_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    data: Mapped[dict] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (Index("ix_changes_agency_seq", "agency_code", "seq"),)


class AuditHeadRow(Base):
    """Every audit chain head a device sent; `diverged` marks one that disagreed with
    the device's earlier heads (its seq went backwards, or its hash changed)."""

    __tablename__ = "audit_heads"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UtcDateTime)  # on the desk
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    diverged: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (Index("ix_audit_heads_device_seq", "device_id", "seq"),)


class Feedback(Base):
    """Feedback or a petition a desk took (the desk's feedback.created payload), and where
    the back office's handling of it stands: received, handling, answered, closed."""

    __tablename__ = "feedback"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the desk's UUID
    code: Mapped[str] = mapped_column(String(32), unique=True)
    agency_code: Mapped[str] = mapped_column(String(16), index=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    status: Mapped[str] = mapped_column(String(10))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    payload: Mapped[dict] = mapped_column(JSON)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StoredFile(Base):
    """A file the centre holds whole and verified, once per SHA-256, in its file store
    (onestop_central/files.py: a directory, or S3-compatible object storage)."""

    __tablename__ = "stored_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DossierFile(Base):
    """A file's place on a dossier: a paper of its checklist (`paper`, the item's position),
    its result, or a form; the same bytes in the same place are one row."""

    __tablename__ = "dossier_files"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    role: Mapped[str] = mapped_column(String(8))  # paper | result | form
    paper: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), index=True)
    name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(64), default="application/pdf")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(8))  # as the desk said; online: submitted online
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (UniqueConstraint("dossier_id", "role", "paper", "sha256"),)


class Notice(Base):
    """The outbox of notices to citizens: one per dossier, step (the status it reached)
    and channel the citizen chose, queued in the transaction that moved the dossier and
    delivered by onestop_central/notices/sender.py.

    state: queued (waiting for its next try) → sending (claimed by a sender) → sent |
    failed (given up) | no_provider (the channel is not configured)."""

    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    status: Mapped[int] = mapped_column(Integer)  # the step: the status the dossier reached
    channel: Mapped[str] = mapped_column(String(10))  # email | sms | zalo
    address: Mapped[str] = mapped_column(String(254))  # the e-mail address or phone
    kind: Mapped[str] = mapped_column(String(20))  # domain.notices.NoticeKind
    subject: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime] = mapped_column(UtcDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    provider_id: Mapped[str] = mapped_column(String(200), default="")  # the provider's message id
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Never twice for one step: a replayed push or a second writer adds nothing.
    __table_args__ = (UniqueConstraint("dossier_id", "status", "channel",
                                       name="uq_notices_step"),
                      Index("ix_notices_state_next_try", "state", "next_try_at"))
