"""Applications and everything the İSM and SHGM record on them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped, Versioned


class Application(Versioned, Timestamped, Base):
    """A facility's USH application received by the İSM of its province.

    The notification clock is not stored: it is derived from received_on, the notifications and the
    completions (app.workflows.common.deadlines).
    """

    __tablename__ = "applications"
    __table_args__ = (
        Index("ix_applications_province_state", "province_id", "state"),
        # The worklist's pages (migration 0004): a province newest first; a facility search's matches by date.
        Index("ix_applications_province_received", "province_id", "received_on", "received_at"),
        Index("ix_applications_facility_received", "facility_id", "received_on", "received_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    province_id: Mapped[int] = mapped_column(ForeignKey("provinces.id"))
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"), index=True)
    received_at: Mapped[dt.datetime]
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)  # local (Europe/Istanbul) date of receipt
    channel: Mapped[str] = mapped_column(String(20))  # ebys, kep, edevlet, elden
    channel_ref: Mapped[str] = mapped_column(String(60), default="")  # EBYS evrak sayısı, KEP id ...
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("vendor_products.id"))
    ek1_version_id: Mapped[int] = mapped_column(ForeignKey("ek1_versions.id"))
    state: Mapped[str] = mapped_column(String(30), index=True)  # AppState value
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    areas: Mapped[list[ApplicationArea]] = relationship(back_populates="application")
    answers: Mapped[list[ChecklistAnswer]] = relationship(back_populates="application")
    notifications: Mapped[list[Notification]] = relationship(
        back_populates="application", order_by="Notification.sent_on"
    )


class ApplicationArea(Base):
    """A USH area the facility asks for (service type, optionally in one branch)."""

    __tablename__ = "application_areas"
    __table_args__ = (UniqueConstraint("application_id", "area_code", "branch_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    area_code: Mapped[str] = mapped_column(ForeignKey("ush_areas.code"))
    branch_code: Mapped[str | None] = mapped_column(ForeignKey("branches.code"))
    application: Mapped[Application] = relationship(back_populates="areas")


class ApplicationProfessional(Base):
    """A professional who will give the service, with the work permit the İSM checked."""

    __tablename__ = "application_professionals"
    __table_args__ = (UniqueConstraint("application_id", "professional_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    professional_id: Mapped[int] = mapped_column(ForeignKey("professionals.id"), index=True)
    work_permit_id: Mapped[int | None] = mapped_column(ForeignKey("work_permits.id"))


class ChecklistAnswer(Versioned, Base):
    """The İSM officer's answer to one Ek-1 item: uygun, uygun_degil, eksik, uygulanmaz (None: not yet)."""

    __tablename__ = "checklist_answers"
    __table_args__ = (UniqueConstraint("application_id", "criterion_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("ek1_criteria.id"))
    answer: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answered_at: Mapped[dt.datetime | None]
    application: Mapped[Application] = relationship(back_populates="answers")


class Notification(Base):
    """A letter from the İSM to the applicant; its send date stops the clock."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("province_id", "sayi"),
        # The dashboard's first notification per application, from the index alone (migration 0005).
        Index("ix_notifications_application_sent", "application_id", "sent_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    province_id: Mapped[int] = mapped_column(ForeignKey("provinces.id"))
    kind: Mapped[str] = mapped_column(String(20))  # uygun, uygun_degil, eksik
    sayi: Mapped[str] = mapped_column(String(60))
    letter_date: Mapped[dt.date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    sent_on: Mapped[dt.date] = mapped_column(Date)
    send_channel: Mapped[str] = mapped_column(String(20))  # ebys, kep, e-tebligat, posta, elden
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    # e-signed by the desk (PAdES, a configured certificate; migration 0013); False: to be signed in EBYS
    signed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    signature_subject: Mapped[str] = mapped_column(String(200), default="", server_default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime]
    application: Mapped[Application] = relationship(back_populates="notifications")


class Deficiency(Versioned, Base):
    """A missing item named in an 'eksik evrak' notification."""

    __tablename__ = "deficiencies"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    notification_id: Mapped[int | None] = mapped_column(ForeignKey("notifications.id"))
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("ek1_criteria.id"))
    description: Mapped[str] = mapped_column(Text)
    required_action: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)


class Completion(Base):
    """The applicant completed the file after a deficiency notice: a new 15-day period starts."""

    __tablename__ = "completions"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    completed_on: Mapped[dt.date] = mapped_column(Date)
    channel_ref: Mapped[str] = mapped_column(String(60), default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime]


class StateTransition(Base):
    """Every change of an application's state: who, when, from, to and why."""

    __tablename__ = "state_transitions"
    # The dashboard's first forwarding per application, from the index alone on both engines (migration 0005).
    __table_args__ = (Index("ix_state_transitions_event_application_at", "event", "application_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    event: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(30))
    to_state: Mapped[str] = mapped_column(String(30))
    at: Mapped[dt.datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")


class ShgmDecision(Versioned, Timestamped, Base):
    """SHGM's decision on a forwarded application: the areas it authorises, or a rejection with reasons."""

    __tablename__ = "shgm_decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), unique=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(20))  # approved, rejected
    reasons: Mapped[str] = mapped_column(Text, default="")
    area_difference_reason: Mapped[str] = mapped_column(Text, default="")
    ex_officio: Mapped[bool] = mapped_column(default=False)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime]
    ckys_exported_at: Mapped[dt.datetime | None]
    ckys_recorded_at: Mapped[dt.datetime | None]
    ckys_reference: Mapped[str | None] = mapped_column(String(60))
    # an amendment of a permit in force: new areas, through ÇKYS like the first issue (migration 0014)
    amends_permit_id: Mapped[int | None] = mapped_column(
        ForeignKey("permits.id", name="fk_shgm_decisions_amends_permit_id_permits", use_alter=True), index=True)
    areas: Mapped[list[AreaAssignment]] = relationship(back_populates="decision")


class AreaAssignment(Base):
    __tablename__ = "area_assignments"
    __table_args__ = (UniqueConstraint("decision_id", "area_code", "branch_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("shgm_decisions.id"), index=True)
    area_code: Mapped[str] = mapped_column(ForeignKey("ush_areas.code"))
    branch_code: Mapped[str | None] = mapped_column(ForeignKey("branches.code"))
    decision: Mapped[ShgmDecision] = relationship(back_populates="areas")
