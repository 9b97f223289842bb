"""The verification service's log (issue 16): every public verification and every USBS vendor query.

Written by the web service (app.web) through `app.workflows.common.service_log.log_request`, read by the desks
(a permit's history, the KTS desk's list of a vendor's queries). Append-only and not audited row by row: it is a
log itself, and an audit entry per request would serialise every public request on the chain's head row
(docs/decisions.md). No foreign keys: a log row never locks or outlives the row it names.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

# BIGINT on PostgreSQL (a busy public service), INTEGER on SQLite (its rowid alias autoincrements only so)
LOG_ID = BigInteger().with_variant(Integer(), "sqlite")


class ServiceLog(Base):
    """One request that verified a permit or asked whether a professional may serve."""

    __tablename__ = "service_log"
    # no RETURNING on insert: the verifier role inserts and may not read the log back
    __table_args__ = (Index("ix_service_log_permit_at", "permit_id", "at"),
                      Index("ix_service_log_vendor_at", "vendor_id", "at"),
                      {"implicit_returning": False})
    id: Mapped[int] = mapped_column(LOG_ID, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(20))                 # page, api, file, vendor-query
    code: Mapped[str] = mapped_column(String(60), default="")     # the verification code as normalised ("" none)
    vendor_id: Mapped[int | None] = mapped_column(Integer)
    facility_id: Mapped[int | None] = mapped_column(Integer)
    permit_id: Mapped[int | None] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(String(30))               # gecerli, askida, iptal, yenilenmis, bilinmiyor …
    detail: Mapped[str] = mapped_column(String(300), default="")  # no personal data (a reason category, an area)
    tckn_hash: Mapped[str | None] = mapped_column(String(64))     # HMAC-SHA256 of a TC kimlik number, hex
    file_sha256: Mapped[str | None] = mapped_column(String(64))   # an uploaded PDF's digest
    client: Mapped[str] = mapped_column(String(50), default="")   # truncated address (IPv4 /24, IPv6 /48)


class ServiceLogKey(Base):
    """The HMAC key of `tckn_hash`: made by migration 0010, readable on a shared server only by the verification
    service's role (a desk holding the log cannot try the ~10^9 possible TC kimlik numbers against it)."""

    __tablename__ = "service_log_key"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    key: Mapped[bytes] = mapped_column(LargeBinary)
