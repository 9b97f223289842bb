"""KTS audits of USBS producers (SBYS art. 18, feeding art. 7) and the yearly technical evaluations behind the
Genel Yetkinlik Puanı (art. 20). The rules live in app/workflows/kts/ (audits, competence); docs/kts-rules.md."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, Versioned, tr_string


class VendorAudit(Versioned, Timestamped, Base):
    """One audit of a producer: planned, then recorded with its findings; deficiencies become one art. 7 warning."""

    __tablename__ = "vendor_audits"
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    grounds: Mapped[str] = mapped_column(String(20))                 # ex_officio | complaint
    complainant: Mapped[str] = mapped_column(tr_string(250), default="")
    complaint_subject: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(String(20))                    # remote | on_site
    team: Mapped[str] = mapped_column(String(20))                    # ministry | ism (art. 18/2)
    team_province_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id"))
    team_members: Mapped[str] = mapped_column(Text, default="")
    planned_on: Mapped[dt.date] = mapped_column(Date)
    performed_on: Mapped[dt.date | None] = mapped_column(Date)
    security_test: Mapped[str] = mapped_column(String(20), default="none")   # none | security | penetration
    security_report_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    security_summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(20))          # conform | deficient (None while planned)
    warning_id: Mapped[int | None] = mapped_column(ForeignKey("vendor_warnings.id"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class VendorAuditFinding(Versioned, Base):
    """The result of one art. 18/3 subject (a-f) in an audit."""

    __tablename__ = "vendor_audit_findings"
    __table_args__ = (UniqueConstraint("audit_id", "subject"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("vendor_audits.id"), index=True)
    subject: Mapped[str] = mapped_column(String(2))                  # a … f
    result: Mapped[str] = mapped_column(String(20))                  # conform | deficient | not_examined
    notes: Mapped[str] = mapped_column(Text, default="")


class CompetenceCriteriaVersion(Base):
    """A published version of the technical evaluation criteria or of the personnel capacity scale (art. 20),
    loaded from resources/reference/yetkinlik/ like Ek-1: a new year's text is a new version, never an edit."""

    __tablename__ = "competence_criteria_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))                    # technical | personnel
    title: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_until: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    items: Mapped[list[Any]]                                         # criteria or scale bands, as published


class TechnicalEvaluation(Versioned, Timestamped, Base):
    """A planned, then recorded technical evaluation of one SBYS product at one facility in a year (art. 20)."""

    __tablename__ = "technical_evaluations"
    __table_args__ = (UniqueConstraint("product_id", "year", "facility_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("vendor_products.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"))
    evaluator_name: Mapped[str] = mapped_column(tr_string(120))
    evaluator_province_id: Mapped[int] = mapped_column(ForeignKey("provinces.id"))   # where the evaluator works
    planned_on: Mapped[dt.date] = mapped_column(Date)
    performed_on: Mapped[dt.date | None] = mapped_column(Date)
    criteria_version_id: Mapped[int | None] = mapped_column(ForeignKey("competence_criteria_versions.id"))
    item_scores: Mapped[dict[str, Any] | None]                       # criterion number -> points given
    notes: Mapped[str] = mapped_column(Text, default="")


class CompetenceDeclaration(Versioned, Base):
    """What a producer's SBYS brings to its score in a year besides the evaluations: the personnel capacity and
    whether its database and operating system are open-source or licence-free (art. 20/5, 20/6)."""

    __tablename__ = "competence_declarations"
    __table_args__ = (UniqueConstraint("product_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("vendor_products.id"))
    year: Mapped[int] = mapped_column(Integer)
    staff_count: Mapped[int | None] = mapped_column(Integer)
    database_name: Mapped[str] = mapped_column(String(120), default="")
    database_open: Mapped[bool] = mapped_column(Boolean, default=False)
    os_name: Mapped[str] = mapped_column(String(120), default="")
    os_open: Mapped[bool] = mapped_column(Boolean, default=False)
