"""Attached documents and the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, Timestamped


class Document(Timestamped, Base):
    """A file kept in the database itself (so a shared server loses nothing), with its SHA-256."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # basvuru_dilekcesi, ruhsat, bildirim_yazisi, izin_belgesi ...
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id"), index=True)
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facilities.id"), index=True)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AuditEntry(Base):
    """Append-only, hash-chained record of every change to a domain table."""

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    user_id: Mapped[int | None] = mapped_column(Integer)  # no FK: entries outlive users
    username: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(20))  # insert, update, delete, event
    table_name: Mapped[str] = mapped_column(String(60), index=True)
    row_id: Mapped[str] = mapped_column(String(60), default="")
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    """Single row holding the chain's tip; updating it first serialises writers on both engines."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_hash: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int] = mapped_column(BigInteger, default=0)


class AuditCheckpoint(Base):
    """A signed statement "the chain had `entries` entries ending in `head_hash` at `made_at`" (append-only).

    Signed with an Ed25519 key kept outside the database (app.storage.anchor); the same checkpoint is also kept
    as a file in the data folder and in every backup, so a chain rewritten in the database disagrees with it."""

    __tablename__ = "audit_checkpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[dt.datetime]
    entries: Mapped[int] = mapped_column(BigInteger)
    last_id: Mapped[int | None] = mapped_column(BigInteger)    # id of the entry holding head_hash; None: no entries
    head_hash: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(20))            # command, backup, daily
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))        # raw Ed25519 public key, hex
    payload: Mapped[str] = mapped_column(Text)                 # the exact signed text (canonical JSON)
    signature: Mapped[str] = mapped_column(String(128))        # hex


class VerificationCheck(Base):
    """Every verification of an issued document (permit or KTS Yetki Belgesi), with its answer."""

    __tablename__ = "verification_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    code: Mapped[str] = mapped_column(String(60), default="")
    document_kind: Mapped[str] = mapped_column(String(30), default="")  # permit, kts_certificate, unknown
    source: Mapped[str] = mapped_column(String(20))  # cli, gui
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    valid: Mapped[bool]
    reason: Mapped[str] = mapped_column(String(300), default="")
    checked_by: Mapped[str] = mapped_column(String(60), default="")


class Notice(Base):
    """An in-app notice to the İSMs of a province (e.g. a vendor serving its facilities became passive)."""

    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    province_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(250))
    body: Mapped[str] = mapped_column(Text, default="")
    # title and body as Messages (app.workflows.common.messages.to_json), rendered in the reader's language;
    # None: written before they were kept (the Turkish title and body are shown)
    texts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id"))
    created_at: Mapped[dt.datetime]
    acknowledged_at: Mapped[dt.datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
