"""Registering a facility's USH application at the İSM (the 'receive' legal event)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Application,
    ApplicationArea,
    ApplicationProfessional,
    ChecklistAnswer,
    Document,
    Ek1Version,
    Facility,
    FacilityType,
    Professional,
    Province,
    UshArea,
    Vendor,
    VendorProduct,
    WorkPermit,
)
from app.textfold import fold
from app.workflows.common.clock import local_date
from app.workflows.common.context import AppContext
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.field_labels import field_label
from app.workflows.common.messages import msg
from app.workflows.common.numbers import application_number
from app.workflows.common.permissions import ISM, require
from app.workflows.common.states import AppState
from app.workflows.common.stored_documents import attachment_problem
from app.workflows.common.transitions import record_transition
from app.workflows.common.validation import (
    ckys_code_error,
    datetime_error,
    email_error,
    mersis_error,
    phone_error,
    tckn_error,
    vkn_error,
)
from app.workflows.common.vendors import not_active_warning
from app.workflows.common.vocabulary import Channel


@dataclass
class FacilityInput:
    ckys_code: str = ""
    name: str = ""
    type_code: str = ""
    province_id: int | None = None
    district: str = ""
    address: str = ""
    tax_no: str = ""
    tckn: str = ""
    mersis_no: str = ""
    manager_name: str = ""
    phone: str = ""
    email: str = ""
    kep_address: str = ""


@dataclass
class ProfessionalInput:
    tckn: str = ""
    first_name: str = ""
    last_name: str = ""
    profession: str = ""
    branch_code: str | None = None
    licence_no: str = ""
    work_permit_no: str = ""
    work_permit_from: dt.date | None = None


@dataclass
class DocumentInput:
    kind: str
    filename: str
    content: bytes
    media_type: str = "application/octet-stream"


@dataclass
class IntakeForm:
    received_at: dt.datetime | None = None
    channel: str = ""
    channel_ref: str = ""
    facility_id: int | None = None
    new_facility: FacilityInput | None = None
    areas: list[tuple[str, str | None]] = field(default_factory=list)
    vendor_id: int | None = None
    product_id: int | None = None
    professionals: list[ProfessionalInput] = field(default_factory=list)
    documents: list[DocumentInput] = field(default_factory=list)
    note: str = ""


def ek1_version_on(session: Session, day: dt.date) -> Ek1Version | None:
    """The Ek-1 version in force on a date (the latest that started on or before it)."""
    return session.scalars(
        select(Ek1Version).where(Ek1Version.effective_from <= day)
        .where((Ek1Version.effective_until.is_(None)) | (Ek1Version.effective_until >= day))
        .order_by(Ek1Version.effective_from.desc()).limit(1)
    ).first()


def validate(session: Session, form: IntakeForm, now: dt.datetime) -> dict[str, str]:
    """Every problem of the form at once, keyed by field, in Turkish. Empty when the form can be saved."""
    e: dict[str, str] = {}
    if form.received_at is None:
        e["received_at"] = msg("İSM", "Başvurunun alındığı tarih ve saat zorunludur.")
    elif err := datetime_error(form.received_at, msg("İSM", "Başvurunun alındığı zaman")):
        e["received_at"] = err
    elif form.received_at > now + dt.timedelta(minutes=5):
        e["received_at"] = msg("İSM", "Başvuru tarihi ileri bir tarih olamaz.")
    if form.channel not in {c.value for c in Channel}:
        e["channel"] = msg("İSM", "Başvuru kanalını seçin (EBYS, KEP, e-Devlet ya da elden).")
    elif form.channel in (Channel.EBYS, Channel.KEP) and not form.channel_ref.strip():
        e["channel_ref"] = msg("İSM", "EBYS ve KEP başvurularında evrak sayısı zorunludur.")
    _validate_facility(session, form, e)
    day = local_date(form.received_at) if form.received_at else None
    if not form.areas:
        e["areas"] = msg("İSM", "En az bir USH alanı seçin.")
    else:
        for code, _branch in form.areas:
            area = session.get(UshArea, code)
            if area is None or (day and area.retired_on and area.retired_on <= day):
                e["areas"] = msg("İSM", "'{code}' geçerli bir USH alanı değil.").format(code=code)
    if form.vendor_id is None or session.get(Vendor, form.vendor_id) is None:
        e["vendor"] = msg("İSM", "Kullanılacak USBS üreticisini seçin.")
    elif form.product_id is None or (p := session.get(VendorProduct, form.product_id)) is None \
            or p.vendor_id != form.vendor_id:
        e["product"] = msg("İSM", "Seçilen üreticinin bir USBS ürününü seçin.")
    _validate_professionals(form, e)
    for i, d in enumerate(form.documents, 1):
        if problem := attachment_problem(d.filename, len(d.content)):
            e[f"documents.{i}"] = problem
    if day and ek1_version_on(session, day) is None:
        e["ek1"] = msg("İSM", "Başvuru tarihinde yürürlükte bir Ek-1 sürümü yok; yönetici Ek-1 sürümlerini "
                       "denetlemeli.")
    return e


def _validate_facility(session: Session, form: IntakeForm, e: dict[str, str]) -> None:
    if form.facility_id is not None:
        if session.get(Facility, form.facility_id) is None:
            e["facility"] = msg("İSM", "Seçilen sağlık tesisi bulunamadı.")
        return
    f = form.new_facility
    if f is None:
        e["facility"] = msg("İSM", "Bir sağlık tesisi seçin ya da yeni tesis bilgilerini girin.")
        return
    if problem := ckys_code_error(f.ckys_code):
        e["facility.ckys_code"] = problem
    elif session.scalar(select(Facility.id).where(Facility.ckys_code == f.ckys_code.strip())):
        e["facility.ckys_code"] = msg("İSM", "{code} ÇKYS kodlu bir tesis zaten kayıtlı; listeden seçin.").format(
            code=f.ckys_code)
    if not f.name.strip():
        e["facility.name"] = msg("İSM", "Tesis adı zorunludur.")
    if session.get(FacilityType, f.type_code or "") is None:
        e["facility.type_code"] = msg("İSM", "Tesis türünü seçin.")
    if f.province_id is None or session.get(Province, f.province_id) is None:
        e["facility.province_id"] = msg("İSM", "Tesisin ilini seçin.")
    if not f.tax_no and not f.tckn:
        e["facility.tax_no"] = msg("İSM", "Vergi kimlik numarası ya da (şahıs tesislerinde) TC kimlik numarası "
                                   "zorunludur.")
    if f.tax_no and (err := vkn_error(f.tax_no)):
        e["facility.tax_no"] = err
    if f.tckn and (err := tckn_error(f.tckn)):
        e["facility.tckn"] = err
    if f.mersis_no and (err := mersis_error(f.mersis_no)):
        e["facility.mersis_no"] = err
    if problem := phone_error(f.phone):
        e["facility.phone"] = problem
    if problem := email_error(f.email):
        e["facility.email"] = problem
    if problem := email_error(f.kep_address, field_label("kep_address")):
        e["facility.kep_address"] = problem


def _validate_professionals(form: IntakeForm, e: dict[str, str]) -> None:
    if not form.professionals:
        e["professionals"] = msg("İSM", "Hizmeti verecek en az bir sağlık meslek mensubu ekleyin.")
    seen: set[str] = set()
    for i, p in enumerate(form.professionals, 1):
        who = msg("İSM", "{n}. meslek mensubu").format(n=i)
        if err := tckn_error(p.tckn):
            e[f"professionals.{i}.tckn"] = msg("İSM", "{who}: {error}").format(who=who, error=err)
        elif p.tckn in seen:
            e[f"professionals.{i}.tckn"] = msg("İSM", "{who}: aynı TC kimlik numarası iki kez girilmiş.").format(
                who=who)
        seen.add(p.tckn)
        if not p.first_name.strip() or not p.last_name.strip():
            e[f"professionals.{i}.name"] = msg("İSM", "{who}: ad ve soyad zorunludur.").format(who=who)
        if not p.profession.strip():
            e[f"professionals.{i}.profession"] = msg("İSM", "{who}: meslek zorunludur.").format(who=who)


def warnings(ctx: AppContext, form: IntakeForm) -> list[str]:
    """What the officer should know before saving, without stopping the save."""
    if form.vendor_id is None or form.received_at is None:
        return []
    with ctx.read() as s:
        w = not_active_warning(s, form.vendor_id, local_date(form.received_at))
    return [w] if w else []


def receive(ctx: AppContext, form: IntakeForm) -> int:
    """Register the application; returns its id. Raises ValidationFailed (nothing written) or PermissionDenied."""
    with ctx.write() as s:
        errors = validate(s, form, ctx.clock.now())
        if errors:
            raise ValidationFailed(errors)
        assert form.received_at is not None
        facility = s.get(Facility, form.facility_id) if form.facility_id else _new_facility(s, form.new_facility)
        require(ctx.actor, ISM, facility.province_id, msg("Yetki", "başvuru kaydı"))
        day = local_date(form.received_at)
        ek1 = ek1_version_on(s, day)
        assert ek1 is not None
        app = Application(
            number=application_number(s, facility.province_id, day.year), province_id=facility.province_id,
            facility_id=facility.id, received_at=form.received_at, received_on=day, channel=form.channel,
            channel_ref=form.channel_ref.strip(), vendor_id=form.vendor_id, product_id=form.product_id,
            ek1_version_id=ek1.id, state=AppState.RECEIVED.value, note=form.note, created_by_id=ctx.actor.user_id,
        )
        s.add(app)
        s.flush()
        for code, branch in dict.fromkeys(form.areas):
            s.add(ApplicationArea(application_id=app.id, area_code=code, branch_code=branch))
        for p in form.professionals:
            _attach_professional(s, app, facility, p, day)
        for criterion in ek1.criteria:
            s.add(ChecklistAnswer(application_id=app.id, criterion_id=criterion.id))
        for d in form.documents:
            s.add(Document(kind=d.kind, filename=d.filename, media_type=d.media_type, size=len(d.content),
                           sha256=hashlib.sha256(d.content).hexdigest(), content=d.content,
                           application_id=app.id, facility_id=facility.id, uploaded_by_id=ctx.actor.user_id))
        record_transition(s, ctx, app, "receive", None, AppState.RECEIVED, form.note)
        return app.id


def application_number_of(ctx: AppContext, app_id: int) -> str:
    """The number officials know an application by (İzmir's 2026/35-0001 …), to tell the officer after saving."""
    with ctx.read() as s:
        return s.scalar(select(Application.number).where(Application.id == app_id)) or ""


def _new_facility(s: Session, f: FacilityInput | None) -> Facility:
    assert f is not None and f.province_id is not None
    fac = Facility(
        ckys_code=f.ckys_code.strip(), name=f.name.strip(), name_fold=fold(f.name), type_code=f.type_code,
        province_id=f.province_id, district=f.district.strip(), address=f.address.strip(),
        tax_no=f.tax_no or None, tckn=f.tckn or None, mersis_no=f.mersis_no or None,
        manager_name=f.manager_name.strip(), phone=f.phone.strip(), email=f.email.strip(),
        kep_address=f.kep_address.strip(),
    )
    s.add(fac)
    s.flush()
    return fac


def _attach_professional(s: Session, app: Application, facility: Facility, p: ProfessionalInput,
                         day: dt.date) -> None:
    pro = s.scalars(select(Professional).where(Professional.tckn == p.tckn)).first()
    if pro is None:
        pro = Professional(tckn=p.tckn, first_name=p.first_name.strip(), last_name=p.last_name.strip(),
                           name_fold=fold(f"{p.first_name} {p.last_name}"), profession=p.profession,
                           branch_code=p.branch_code, licence_no=p.licence_no.strip())
        s.add(pro)
        s.flush()
    permit = s.scalars(select(WorkPermit).where(WorkPermit.professional_id == pro.id,
                                                WorkPermit.facility_id == facility.id)).first()
    if permit is None and (p.work_permit_no or p.work_permit_from):
        permit = WorkPermit(professional_id=pro.id, facility_id=facility.id, permit_no=p.work_permit_no.strip(),
                            valid_from=p.work_permit_from or day)
        s.add(permit)
        s.flush()
    s.add(ApplicationProfessional(application_id=app.id, professional_id=pro.id,
                                  work_permit_id=permit.id if permit else None))
