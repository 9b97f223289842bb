"""USBS vendors' real-environment software access codes (SBYS art. 6/4, 8/4; issue 16).

Only a hash of a code is stored (`secret_hash`, SHA-256 of the whole code); `lookup` is the code's public middle
part, unique, so a presented code is found by one indexed read. See app.workflows.common.vendor_access.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned


class VendorAccessCode(Versioned, Base):
    """One access code of a vendor: open from `issued_on` until revoked (a rotation revokes the old one) or
    until the SBYS rules close the vendor's code (art. 8: deletion + 3 months, up to 6)."""

    __tablename__ = "vendor_access_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    lookup: Mapped[str] = mapped_column(String(16), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_at: Mapped[dt.datetime]
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revoked_at: Mapped[dt.datetime | None]
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoke_reason: Mapped[str] = mapped_column(String(300), default="")
