"""Health facilities, USBS vendors and their products, health professionals, users."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped, Versioned, tr_string


class Facility(Versioned, Timestamped, Base):
    """Sağlık tesisi."""

    __tablename__ = "facilities"
    __table_args__ = (
        CheckConstraint("tax_no IS NOT NULL OR tckn IS NOT NULL", name="has_tax_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    ckys_code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(tr_string(250))
    name_fold: Mapped[str] = mapped_column(String(250), index=True)
    type_code: Mapped[str] = mapped_column(ForeignKey("facility_types.code"))
    province_id: Mapped[int] = mapped_column(ForeignKey("provinces.id"), index=True)
    district: Mapped[str] = mapped_column(tr_string(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    tax_no: Mapped[str | None] = mapped_column(String(10))
    tckn: Mapped[str | None] = mapped_column(String(11))
    mersis_no: Mapped[str | None] = mapped_column(String(16))
    manager_name: Mapped[str] = mapped_column(tr_string(120), default="")
    manager_tckn: Mapped[str | None] = mapped_column(String(11))
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    kep_address: Mapped[str] = mapped_column(String(120), default="")
    # The facility's main faaliyet izin belgesi, on which a USH permit may be endorsed.
    main_licence_no: Mapped[str] = mapped_column(String(60), default="")


class Vendor(Versioned, Timestamped, Base):
    """USBS software producer registered (or applying) in KTS."""

    __tablename__ = "vendors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(tr_string(250))
    name_fold: Mapped[str] = mapped_column(String(250), index=True)
    tax_no: Mapped[str] = mapped_column(String(10), unique=True)
    mersis_no: Mapped[str | None] = mapped_column(String(16))
    signatory_name: Mapped[str] = mapped_column(tr_string(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    kts_firm_code: Mapped[str | None] = mapped_column(String(30))
    # The real-environment software access code (SBYS art. 6, 8): closed within 3 months of deletion,
    # extendable to 6 on a facility's request.
    access_code_issued_on: Mapped[dt.date | None] = mapped_column(Date)
    access_code_closes_on: Mapped[dt.date | None] = mapped_column(Date)
    # After deletion for false documents or sharing the access code: no new application for one year.
    reapply_not_before: Mapped[dt.date | None] = mapped_column(Date)
    products: Mapped[list[VendorProduct]] = relationship(back_populates="vendor", order_by="VendorProduct.id")


class VendorProduct(Versioned, Base):
    __tablename__ = "vendor_products"
    __table_args__ = (UniqueConstraint("vendor_id", "name", "product_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    name: Mapped[str] = mapped_column(tr_string(200))
    product_version: Mapped[str] = mapped_column(String(40))
    kts_registration_no: Mapped[str | None] = mapped_column(String(40))
    # Software that needs ÜTS registration (SBYS art. 6/3-c: the ÜTS record replaces SPICE/CMMI only when all do).
    needs_uts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    vendor: Mapped[Vendor] = relationship(back_populates="products")


class VendorStatusEvent(Base):
    """A dated change of a vendor's KTS list status; the status on a date is derived from these."""

    __tablename__ = "vendor_status_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # VendorStatus value
    effective_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(String(200), default="")
    # For a deletion: the ground of SBYS art. 8 (app.workflows.kts.legal.DeletionGround); it decides the ban.
    ground: Mapped[str | None] = mapped_column(String(20))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime]


class VendorWarning(Versioned, Base):
    """A deficiency found in a KTS audit: a warning with a deadline to fix it (SBYS art. 7)."""

    __tablename__ = "vendor_warnings"
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    fixed_on: Mapped[dt.date | None] = mapped_column(Date)


class VendorOnboardingStep(Base):
    """One stage of the SBSGM onboarding sequence, with its date, officer and outcome."""

    __tablename__ = "vendor_onboarding_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    stage: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(20))  # completed, incomplete, successful, failed
    done_on: Mapped[dt.date] = mapped_column(Date)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    # Stage "audit": which of the four audit tests this result is for (empty: recorded before they were separate,
    # a result for all four).
    audit_test: Mapped[str | None] = mapped_column(String(30))


class VendorInfoChange(Base):
    """A change to a registered producer's information, entered in KTS within 10 working days (SBYS art. 6/5)."""

    __tablename__ = "vendor_info_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    subject: Mapped[str] = mapped_column(String(20))  # app.workflows.kts.legal.INFO_SUBJECTS
    description: Mapped[str] = mapped_column(Text, default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    changed_on: Mapped[dt.date] = mapped_column(Date)
    notified_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime]


class Professional(Versioned, Timestamped, Base):
    """Sağlık meslek mensubu."""

    __tablename__ = "professionals"
    id: Mapped[int] = mapped_column(primary_key=True)
    tckn: Mapped[str] = mapped_column(String(11), unique=True)
    first_name: Mapped[str] = mapped_column(tr_string(80))
    last_name: Mapped[str] = mapped_column(tr_string(80))
    name_fold: Mapped[str] = mapped_column(String(170), index=True)
    profession: Mapped[str] = mapped_column(String(40))  # hekim, uzman hekim, psikolog, ...
    branch_code: Mapped[str | None] = mapped_column(ForeignKey("branches.code"))
    licence_no: Mapped[str] = mapped_column(String(40), default="")
    licence_valid_until: Mapped[dt.date | None] = mapped_column(Date)
    licence_suspended_from: Mapped[dt.date | None] = mapped_column(Date)
    licence_suspended_until: Mapped[dt.date | None] = mapped_column(Date)


class WorkPermit(Versioned, Base):
    """Çalışma izni / çalışma belgesi of a professional at one facility."""

    __tablename__ = "work_permits"
    id: Mapped[int] = mapped_column(primary_key=True)
    professional_id: Mapped[int] = mapped_column(ForeignKey("professionals.id"), index=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"), index=True)
    permit_no: Mapped[str] = mapped_column(String(40), default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)


class User(Versioned, Timestamped, Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(tr_string(120))
    title: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(30))  # Role value
    province_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id"))
    password_hash: Mapped[str | None] = mapped_column(String(200))   # always NULL after `server init` (issue 13)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VendorCertificate(Base):
    """KTS Yetki Belgesi. One without a validity period, or that cannot be verified, is void (SBYS art. 9)."""

    __tablename__ = "vendor_certificates"
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    verification_code: Mapped[str] = mapped_column(String(40), unique=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    issued_at: Mapped[dt.datetime]
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
