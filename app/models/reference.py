"""Reference lists loaded from versioned files in resources/reference/."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, tr_string


class Province(Base):
    """One of the 81 iller; the primary key is the plate code."""

    __tablename__ = "provinces"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(tr_string(40), unique=True)
    name_fold: Mapped[str] = mapped_column(String(40), index=True)


class FacilityType(Base):
    __tablename__ = "facility_types"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(tr_string(60))
    # Ministry facilities may receive a permit ex officio (resen), without an İSM application.
    ex_officio_allowed: Mapped[bool] = mapped_column(Boolean, default=False)


class Branch(Base):
    """Clinical branch (uzmanlık dalı): the second axis of a USH area."""

    __tablename__ = "branches"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(tr_string(100))


class UshArea(Base):
    """A USH service type of art. 7 in which SHGM can authorise a facility."""

    __tablename__ = "ush_areas"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name: Mapped[str] = mapped_column(tr_string(200))
    description: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(String(200), default="")
    needs_ministry_permission: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    retired_on: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Ek1Version(Base):
    """A version of the Ek-1 checklist; an application keeps the version in force on its received date."""

    __tablename__ = "ek1_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_until: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[list[Ek1Criterion]] = relationship(
        back_populates="ek1_version", order_by="Ek1Criterion.number"
    )


class Ek1Criterion(Base):
    __tablename__ = "ek1_criteria"
    __table_args__ = (UniqueConstraint("ek1_version_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ek1_version_id: Mapped[int] = mapped_column(ForeignKey("ek1_versions.id"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    check_text: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(String(200), default="")
    ek1_version: Mapped[Ek1Version] = relationship(back_populates="criteria")


class ReferenceDataset(Base):
    """Which version (content hash) of each reference file is loaded, so seeding is idempotent."""

    __tablename__ = "reference_datasets"
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)


class SystemSetting(Base):
    """Settings every desk on a shared database must agree on (e.g. the clock rules), as JSON values."""

    __tablename__ = "system_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict[str, Any]]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
