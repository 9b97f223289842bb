"""Faaliyet İzin Belgesi: permits, their revisions (each a printed document) and dated events."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped, Versioned


# A facility holds at most one live permit: one whose revocation is not recorded (migration 0007). A permit
# revoked from a later date is no longer live here; the services refuse a new permit until that date
# (shgm.permits.issue_permit; docs/decisions.md, "one live permit"). Permits the migration found live beside a
# newer one of the same facility carry `duplicate_of` and stay outside the index until they are revoked.
LIVE = "revoked_on IS NULL AND duplicate_of IS NULL"


class Permit(Versioned, Timestamped, Base):
    __tablename__ = "permits"
    __table_args__ = (Index("uq_permits_live_facility", "facility_id", unique=True, sqlite_where=text(LIVE),
                            postgresql_where=text(LIVE)),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("shgm_decisions.id"))
    ex_officio: Mapped[bool] = mapped_column(default=False)
    ex_officio_reason: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    # the earliest recorded revocation's date (the events keep every revocation): kept by shgm.permits.revoke
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    # the newer live permit of the same facility this one was found beside when the rule came (migration 0007)
    duplicate_of: Mapped[int | None] = mapped_column(Integer)
    revisions: Mapped[list[PermitRevision]] = relationship(
        back_populates="permit", order_by="PermitRevision.revision_no"
    )
    events: Mapped[list[PermitEvent]] = relationship(back_populates="permit", order_by="PermitEvent.id")


class PermitRevision(Base):
    """One issued certificate; an amendment makes a new revision and supersedes the old one."""

    __tablename__ = "permit_revisions"
    __table_args__ = (UniqueConstraint("permit_id", "revision_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    permit_id: Mapped[int] = mapped_column(ForeignKey("permits.id"), index=True)
    revision_no: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    superseded_on: Mapped[dt.date | None] = mapped_column(Date)
    verification_code: Mapped[str] = mapped_column(String(40), unique=True)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    issued_at: Mapped[dt.datetime]
    # The USBS producer (and its product) the facility uses for USH under this revision (migration 0008): an
    # amendment may change it, so "the facility's producer on a date" is the revision in force's.
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("vendor_products.id"))
    # the SHGM decision this revision was signed from: the first issue's, or an amendment's (migration 0014)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("shgm_decisions.id"))
    permit: Mapped[Permit] = relationship(back_populates="revisions")
    areas: Mapped[list[PermitArea]] = relationship(back_populates="revision")


class PermitArea(Base):
    __tablename__ = "permit_areas"
    __table_args__ = (UniqueConstraint("revision_id", "area_code", "branch_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("permit_revisions.id"), index=True)
    area_code: Mapped[str] = mapped_column(ForeignKey("ush_areas.code"))
    branch_code: Mapped[str | None] = mapped_column(ForeignKey("branches.code"))
    revision: Mapped[PermitRevision] = relationship(back_populates="areas")


class PermitEvent(Base):
    """issued, amended, suspended, resumed, revoked: each dated, with reason and legal basis."""

    __tablename__ = "permit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    permit_id: Mapped[int] = mapped_column(ForeignKey("permits.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_until: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(String(200), default="")
    document_ref: Mapped[str] = mapped_column(String(100), default="")
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime]
    permit: Mapped[Permit] = relationship(back_populates="events")


class NumberSequence(Base):
    """Counters for readable numbers (permit, application, letter); incremented under a row lock."""

    __tablename__ = "number_sequences"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
