"""One application as every desk reads it: the İSM's detail page, SHGM's read-only review and the dashboard's
lists open the same `ApplicationDetail`. Also the Ek-1 answers as rows, the application's 15-day clock and
its stored files (attachments, notification letters).

Read only; no Qt. The services that write (intake, review, notify, SHGM decisions) load the application with
`load_application` inside their own transaction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import (
    Application,
    ApplicationArea,
    ApplicationProfessional,
    Branch,
    ChecklistAnswer,
    Completion,
    Document,
    Ek1Criterion,
    Ek1Version,
    Facility,
    FacilityType,
    Notification,
    Professional,
    Province,
    StateTransition,
    User,
    UshArea,
    Vendor,
    VendorProduct,
    WorkPermit,
)
from app.workflows.common.context import AppContext
from app.workflows.common.deadlines import ClockEvent, ClockStatus, clock_in_state, clock_status
from app.workflows.common.errors import NotFound
from app.workflows.common.masking import tckn_for_detail
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require_application_reader
from app.workflows.common.permit_status import PermitBrief, application_permits
from app.workflows.common.states import AppState
from app.workflows.common.system_settings import clock_rules
from app.workflows.common.vendors import status_on
from app.workflows.common.vocabulary import ANSWER_LABELS, Answer, NoticeKind, VendorStatus

# --- loading ------------------------------------------------------------------------------------------------------


def load_application(s: Session, app_id: int) -> Application:
    """The application, or NotFound (no permission check: the services check the role and province)."""
    app = s.get(Application, app_id)
    if app is None:
        # not "{app_id} numaralı": the internal id is not the application number officials know
        raise NotFound(msg("Hatalar", "Başvuru bulunamadı; silinmiş ya da hiç kaydedilmemiş olabilir. Listeyi "
                                      "yenileyin."))
    return app


def visible_application(s: Session, ctx: AppContext, app_id: int) -> Application:
    """The application if the acting user may see it (İSM users: their own province only)."""
    app = load_application(s, app_id)
    require_application_reader(ctx.actor, app.province_id)
    return app


# --- the Ek-1 answers ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChecklistRow:
    answer_id: int
    criterion_id: int
    number: int
    title: str
    check_text: str
    answer: Answer | None
    note: str
    version: int

    @property
    def answer_label(self) -> str:
        return ANSWER_LABELS[self.answer] if self.answer else ""


def checklist(s: Session, app_id: int) -> list[ChecklistRow]:
    """The application's Ek-1 items with their answers, by item number."""
    rows = s.execute(
        select(ChecklistAnswer, Ek1Criterion).join(Ek1Criterion, ChecklistAnswer.criterion_id == Ek1Criterion.id)
        .where(ChecklistAnswer.application_id == app_id).order_by(Ek1Criterion.number)
    ).all()
    return [ChecklistRow(a.id, c.id, c.number, c.title, c.check_text, Answer(a.answer) if a.answer else None,
                         a.note, a.version) for a, c in rows]


def checklist_rows(ctx: AppContext, app_id: int) -> list[ChecklistRow]:
    with ctx.read() as s:
        visible_application(s, ctx, app_id)
        return checklist(s, app_id)


# --- the 15-day clock of one application --------------------------------------------------------------------------

def clock_event(kind: str, day: dt.date) -> ClockEvent:
    """A notification of `kind` (NoticeKind value) or a completion ("completed") as a clock event."""
    if kind == "completed":
        return ClockEvent("completed", day)
    return ClockEvent("deficiency_notified" if kind == NoticeKind.EKSIK else "notified", day)


def clock_events(s: Session, app_id: int) -> list[ClockEvent]:
    """The application's notifications and completions as clock events (their order is the clock's own:
    `deadlines.in_order`)."""
    events = [clock_event(kind, sent_on) for kind, sent_on in s.execute(
        select(Notification.kind, Notification.sent_on).where(Notification.application_id == app_id)
        .order_by(Notification.id))]
    events += [clock_event("completed", completed_on) for completed_on in s.scalars(
        select(Completion.completed_on).where(Completion.application_id == app_id).order_by(Completion.id))]
    return events


def events_by_application(s: Session, app_ids: Sequence[int] | Select, until: dt.date | None = None
                          ) -> dict[int, list[ClockEvent]]:
    """`clock_events` of many applications (those dated up to `until`, when given): the ids 500 per query, or a
    select of the ids as a sub-query (one query each for letters and completions). The dashboard's deadline
    buckets and the monthly report replay them through the same clock_status."""
    events: dict[int, list[ClockEvent]] = defaultdict(list)
    chunks: list[Any] = [app_ids] if isinstance(app_ids, Select) else [
        list(app_ids)[i:i + 500] for i in range(0, len(app_ids), 500)]
    for chunk in chunks:
        letters = (select(Notification.application_id, Notification.kind, Notification.sent_on)
                   .where(Notification.application_id.in_(chunk)).order_by(Notification.id))
        completions = (select(Completion.application_id, Completion.completed_on)
                       .where(Completion.application_id.in_(chunk)).order_by(Completion.id))
        if until is not None:
            letters = letters.where(Notification.sent_on <= until)
            completions = completions.where(Completion.completed_on <= until)
        for app_id, kind, sent_on in s.execute(letters):
            events[app_id].append(clock_event(kind, sent_on))
        for app_id, completed_on in s.execute(completions):
            events[app_id].append(clock_event("completed", completed_on))
    return events


def clock_of(s: Session, app: Application, today: dt.date) -> ClockStatus:
    """The 15-day clock, derived from the receipt date, the notifications and the completions, in the
    application's state (`deadlines.clock_in_state`: a closed application has no running clock)."""
    return clock_in_state(AppState(app.state),
                          clock_status(app.received_on, clock_events(s, app.id), today, clock_rules(s)))


# --- one application in full --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FacilityInfo:
    id: int
    ckys_code: str
    name: str
    type_name: str
    province_name: str
    district: str
    address: str
    tax_no: str
    tckn: str
    mersis_no: str
    manager_name: str
    phone: str
    email: str
    kep_address: str


@dataclass(frozen=True)
class AreaInfo:
    code: str
    name: str
    branch_code: str | None
    branch_name: str

    @property
    def label(self) -> str:
        return f"{self.name} — {self.branch_name}" if self.branch_name else self.name


@dataclass(frozen=True)
class ProfessionalInfo:
    tckn: str
    first_name: str
    last_name: str
    profession: str
    branch_name: str
    licence_no: str
    work_permit_no: str
    work_permit_from: dt.date | None


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    uploaded_at: dt.datetime | None


@dataclass(frozen=True)
class NotificationInfo:
    id: int
    kind: NoticeKind
    sayi: str
    letter_date: dt.date
    sent_on: dt.date
    send_channel: str
    signer_name: str
    recipient: str
    body: str
    document_id: int | None
    signed: bool = False            # e-signed by the desk; else to be signed in EBYS (migration 0013)


@dataclass(frozen=True)
class CompletionInfo:
    completed_on: dt.date
    channel_ref: str


@dataclass(frozen=True)
class TransitionInfo:
    at: dt.datetime
    event: str
    from_state: AppState | None
    to_state: AppState
    actor_name: str
    reason: str


@dataclass(frozen=True)
class ApplicationDetail:
    id: int
    number: str
    state: AppState
    province_id: int
    province_name: str
    received_at: dt.datetime
    received_on: dt.date
    channel: str
    channel_ref: str
    note: str
    facility: FacilityInfo
    vendor_id: int | None
    vendor_name: str
    vendor_status: VendorStatus | None      # on the received date
    product_label: str
    ek1_title: str
    clock: ClockStatus
    checklist: list[ChecklistRow]
    areas: list[AreaInfo] = field(default_factory=list)
    professionals: list[ProfessionalInfo] = field(default_factory=list)
    documents: list[DocumentInfo] = field(default_factory=list)
    notifications: list[NotificationInfo] = field(default_factory=list)
    completions: list[CompletionInfo] = field(default_factory=list)
    transitions: list[TransitionInfo] = field(default_factory=list)
    permit: PermitBrief | None = None       # the permit issued on it, with its status today (issue 17)


def application_detail(ctx: AppContext, app_id: int) -> ApplicationDetail:
    with ctx.read() as s:
        app = visible_application(s, ctx, app_id)
        f = s.get(Facility, app.facility_id)
        assert f is not None
        ftype = s.get(FacilityType, f.type_code)
        province = s.get(Province, app.province_id)
        vendor = s.get(Vendor, app.vendor_id) if app.vendor_id else None
        product = s.get(VendorProduct, app.product_id) if app.product_id else None
        ek1 = s.get(Ek1Version, app.ek1_version_id)
        facility = FacilityInfo(f.id, f.ckys_code, f.name, ftype.name if ftype else f.type_code,
                                province.name if province else "", f.district, f.address, f.tax_no or "",
                                tckn_for_detail(ctx.actor, f.tckn, app.province_id) if f.tckn else "",
                                f.mersis_no or "", f.manager_name, f.phone, f.email, f.kep_address)
        areas = [AreaInfo(a.area_code, name, a.branch_code, branch or "") for a, name, branch in s.execute(
            select(ApplicationArea, UshArea.name, Branch.name)
            .join(UshArea, ApplicationArea.area_code == UshArea.code)
            .outerjoin(Branch, ApplicationArea.branch_code == Branch.code)
            .where(ApplicationArea.application_id == app_id).order_by(UshArea.sort_order, ApplicationArea.id))]
        professionals = [
            ProfessionalInfo(tckn_for_detail(ctx.actor, p.tckn, app.province_id), p.first_name, p.last_name,
                             p.profession, branch or "", p.licence_no,
                             wp.permit_no if wp else "", wp.valid_from if wp else None)
            for _ap, p, branch, wp in s.execute(
                select(ApplicationProfessional, Professional, Branch.name, WorkPermit)
                .join(Professional, ApplicationProfessional.professional_id == Professional.id)
                .outerjoin(Branch, Professional.branch_code == Branch.code)
                .outerjoin(WorkPermit, ApplicationProfessional.work_permit_id == WorkPermit.id)
                .where(ApplicationProfessional.application_id == app_id).order_by(ApplicationProfessional.id))]
        documents = [DocumentInfo(*row) for row in s.execute(
            select(Document.id, Document.kind, Document.filename, Document.media_type, Document.size,
                   Document.sha256, Document.created_at)
            .where(Document.application_id == app_id).order_by(Document.id))]
        notifications = [
            NotificationInfo(n.id, NoticeKind(n.kind), n.sayi, n.letter_date, n.sent_on, n.send_channel,
                             n.signer_name, n.recipient, n.body, n.document_id, n.signed)
            for n in s.scalars(select(Notification).where(Notification.application_id == app_id)
                               .order_by(Notification.sent_on, Notification.id))]
        completions = [CompletionInfo(c.completed_on, c.channel_ref) for c in s.scalars(
            select(Completion).where(Completion.application_id == app_id).order_by(Completion.completed_on))]
        transitions = [
            TransitionInfo(t.at, t.event, AppState(t.from_state) if t.from_state else None, AppState(t.to_state),
                           name or "", t.reason)
            for t, name in s.execute(select(StateTransition, User.full_name)
                                     .outerjoin(User, StateTransition.actor_id == User.id)
                                     .where(StateTransition.application_id == app_id)
                                     .order_by(StateTransition.at, StateTransition.id))]
        return ApplicationDetail(
            id=app.id, number=app.number, state=AppState(app.state), province_id=app.province_id,
            province_name=province.name if province else "", received_at=app.received_at,
            received_on=app.received_on, channel=app.channel, channel_ref=app.channel_ref, note=app.note,
            facility=facility, vendor_id=app.vendor_id, vendor_name=vendor.name if vendor else "",
            vendor_status=status_on(s, vendor.id, app.received_on) if vendor else None,
            product_label=f"{product.name} {product.product_version}".strip() if product else "",
            ek1_title=ek1.title if ek1 else "",
            clock=clock_of(s, app, ctx.clock.today()),
            checklist=checklist(s, app_id), areas=areas, professionals=professionals, documents=documents,
            notifications=notifications, completions=completions, transitions=transitions,
            permit=application_permits(s, [app.id], ctx.clock.today()).get(app.id),
        )
