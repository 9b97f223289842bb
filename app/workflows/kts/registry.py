"""KTS (SBSGM): USBS vendor registration, the onboarding stages, the active / passive / deleted lists with the
SBYS regulation's rules (art. 6-9), the notices to İSMs and the KTS Yetki Belgesi.

Every write runs in `ctx.write()` and is audited row by row. The rules themselves are pure functions in
`app.workflows.common.vendor_rules`; `evaluate` only loads a vendor's facts. See docs/kts-rules.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Application,
    Document,
    Facility,
    Notice,
    Permit,
    PermitRevision,
    Vendor,
    VendorCertificate,
    VendorOnboardingStep,
    VendorProduct,
    VendorStatusEvent,
    VendorWarning,
    VerificationCheck,
)
from app.storage.audit import record_event
from app.textfold import fold
from app.workflows.common import system_settings
from app.workflows.common.clock import TR
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError, NotFound, ValidationFailed
from app.workflows.common.messages import joined, msg
from app.workflows.common.notices import PERMIT_NOTICE_KINDS, new_notice, notice_title_body
from app.workflows.common.numbers import next_value
from app.workflows.common.permissions import ISM, require, require_kts_reader, require_notice_reader
from app.workflows.common.states import AppState
from app.workflows.common.document_status import CertificateStanding, certificate_standing, shown_copy
from app.workflows.common.stored_documents import attachment_problem
from app.workflows.common.validation import mersis_error, vkn_error
from app.workflows.common.vendor_rules import (
    ACCESS_CODE_MAX_MONTHS,
    ART7,
    ART8,
    Action,
    VendorFacts,
    add_months,
    next_actions,
)
from app.workflows.common.vendors import load_facts, standing, status_on
from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS, Role, VendorStatus
from app.workflows.kts.legal import (
    AUDIT_TEST_LABELS,
    AUDIT_TESTS,
    GROUND_BASIS,
    GROUND_REASON_HEAD,
    OFFICER_GROUNDS,
    DeletionGround,
    audit_passed,
    audit_tests_due,
    document_gaps_for,
    notice_consequence,
    reapply_not_before,
)

__all__ = [
    "Action", "STAGES", "STAGE_LABELS", "OUTCOME_LABELS", "DOCUMENT_KINDS", "ProductInput", "VendorInput",
    "register_vendor", "add_vendor_document", "document_gaps", "record_step", "next_stage", "announce",
    "give_warning", "fix_warning", "reactivate", "delete_vendor", "extend_access_code", "access_code_open",
    "evaluate", "apply_evaluation", "AppliedAction", "notices_for", "acknowledge_notice", "NoticeRow",
    "issue_certificate", "verify_certificate", "certificate_pdf", "VendorAction", "vendor_actions",
]

KTS = (Role.KTS_OFFICER, Role.ADMIN)
ART6 = "SBYS Yönetmeliği md. 6"
ART9 = "SBYS Yönetmeliği md. 9"

# The SBSGM stages of the flow chart, in order (codes shared with the demo data: demo_names.ONBOARDING_STAGES).
STAGES = (
    "application", "document_check", "confidentiality_agreement", "test_firm_code", "ckys_test_data",
    "erapor_erecete_test_data", "audit_appointment", "audit", "web_service_check", "real_environment_info",
    "kts_announcement", "authorisation_certificate",
)
STAGE_LABELS = {
    "application": "KTS birimine başvuru",
    "document_check": "Belge kontrolü",
    "confidentiality_agreement": "Gizlilik sözleşmesi ve güvenlik taahhütnamesi imzalandı",
    "test_firm_code": "Test firma kodu verildi (e-Nabız test ortamı)",
    "ckys_test_data": "ÇKYS test hekim veri bankası bilgileri verildi",
    "erapor_erecete_test_data": "e-Rapor / e-Reçete test ortamı bilgileri verildi",
    "audit_appointment": "Denetim randevusu verildi",
    "audit": "Denetim testleri (e-Nabız veri gönderimi, ÇKYS hekim veri bankası entegrasyonu, "
             "e-Rapor / e-Reçete entegrasyonu, USBS ekranları)",
    "web_service_check": "Hekim veri bankası web servis entegrasyonu kontrolü",
    "real_environment_info": "Gerçek ortam bilgileri ve yazılım erişim kodu verildi",
    "kts_announcement": "KTS aktif listesinde ilan edildi",
    "authorisation_certificate": "KTS Yetki Belgesi verildi",
}
OUTCOME_LABELS = {"completed": "Tamamlandı", "incomplete": "Eksik", "successful": "Başarılı", "failed": "Başarısız"}
# Outcomes each stage may have; the first one is the passing outcome.
STAGE_OUTCOMES = {
    "document_check": ("completed", "incomplete"),
    "audit": ("successful", "failed"),
    "web_service_check": ("successful", "failed"),
}
PASSING = ("completed", "successful")
# Stages with their own function (they change more than the step list).
OWN_FUNCTION = {"application": "register_vendor", "kts_announcement": "announce",
                "authorisation_certificate": "issue_certificate"}



class VendorAction(StrEnum):
    RECORD_STEP = "record_step"              # an onboarding stage without a function of its own
    ANNOUNCE = "announce"                    # put on the active list (stage kts_announcement)
    WARN = "warn"                            # a warning with a time limit (art. 7)
    REACTIVATE = "reactivate"                # passive → active once the warnings are fixed (art. 7)
    DELETE = "delete"                        # deleted by the officer: art. 8/2 or 8/3 (DeletionGround)
    ISSUE_CERTIFICATE = "issue_certificate"  # KTS Yetki Belgesi (art. 9)


def vendor_actions(status: VendorStatus, next_stage: str | None = None) -> frozenset[VendorAction]:
    """What the KTS officer may do to a vendor with `status` (on the day in question) whose onboarding stage to
    record next is `next_stage` (None: none).

    An applicant goes through the stages (those with their own function are recorded by it: the announcement
    by `announce`, the certificate by `issue_certificate`). Only an active vendor gets warnings and a KTS Yetki
    Belgesi; only a passive one goes back to the active list. The officer's deletion (art. 8/2, 8/3) takes an
    applicant, an active or a passive vendor at once; a deleted vendor has nothing more done to it.
    """
    if status == VendorStatus.APPLIED:
        actions = {VendorAction.DELETE}
        if next_stage == "kts_announcement":
            actions.add(VendorAction.ANNOUNCE)
        elif next_stage is not None and next_stage not in OWN_FUNCTION:
            actions.add(VendorAction.RECORD_STEP)
        return frozenset(actions)
    if status == VendorStatus.ACTIVE:
        return frozenset({VendorAction.WARN, VendorAction.ISSUE_CERTIFICATE, VendorAction.DELETE})
    if status == VendorStatus.PASSIVE:
        return frozenset({VendorAction.REACTIVATE, VendorAction.DELETE})
    return frozenset()


DOCUMENT_KINDS = {
    "kts_iso27001": "ISO/IEC 27001 sertifikası (TÜRKAK akrediteli kuruluştan)",
    "kts_spice": "SPICE (ISO/IEC 15504) en az 2. seviye belgesi",
    "kts_cmmi": "CMMI en az 3. seviye belgesi (ya da TSE eşdeğeri)",
    "kts_uts": "ÜTS kaydı (ÜTS kaydı gerektiren yazılımlar için)",
    "kts_genel": "Genel belge (imza sirküleri, ticaret sicil gazetesi vb.)",
}
CERTIFICATE_DOCUMENT_KIND = "kts_yetki_belgesi"
NOTICE_KINDS = {"passive": "kts_vendor_passive", "deleted": "kts_vendor_deleted",
                "audit": "kts_vendor_audit"}   # audit: an audit's outcome (kts.audits, art. 18-19)
NOT_SERVING_STATES = (AppState.REJECTED.value, AppState.SHGM_REJECTED.value, AppState.WITHDRAWN.value)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the telephone
# How far ahead a KTS Yetki Belgesi's revocation may be dated (docs/decisions.md; as for permits)
CERTIFICATE_REVOCATION_DAYS_AHEAD = 30


def _fmt(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "-"


def _vendor(s: Session, vendor_id: int) -> Vendor:
    v = s.get(Vendor, vendor_id)
    if v is None:
        raise NotFound(msg("KTS", "USBS üreticisi bulunamadı (#{vendor_id}).").format(vendor_id=vendor_id))
    return v


def _status_event(s: Session, ctx: AppContext, vendor_id: int, status: VendorStatus, on: dt.date, reason: str,
                  basis: str, ground: DeletionGround | None = None) -> VendorStatusEvent:
    ev = VendorStatusEvent(vendor_id=vendor_id, status=status.value, effective_on=on, reason=reason,
                           legal_basis=basis, ground=ground.value if ground else None,
                           recorded_by_id=ctx.actor.user_id, recorded_at=ctx.clock.now())
    s.add(ev)
    return ev


def _not_future(day: dt.date, today: dt.date, what: str) -> None:
    if day > today:
        raise DomainError(msg("KTS", "{what} ileri bir tarih ({day}) olamaz; bugün {today}.").format(
                              what=what, day=_fmt(day), today=_fmt(today)))


# --- registration --------------------------------------------------------------------------------------------------

@dataclass
class ProductInput:
    name: str
    version: str
    needs_uts: bool = False     # the software needs ÜTS registration (art. 6/3-c)


@dataclass
class VendorInput:
    name: str
    tax_no: str
    mersis_no: str
    signatory_name: str
    applied_on: dt.date
    address: str = ""
    products: list[ProductInput] = field(default_factory=list)
    note: str = ""


def _check_input(form: VendorInput) -> None:
    errors: dict[str, str] = {}
    if not form.name.strip():
        errors["name"] = msg("KTS", "Firma unvanı boş olamaz.")
    if err := vkn_error(form.tax_no.strip()):
        errors["tax_no"] = err
    if err := mersis_error(form.mersis_no.strip()):
        errors["mersis_no"] = err
    if not form.signatory_name.strip():
        errors["signatory_name"] = msg("KTS", "Firma yetkilisinin adı boş olamaz.")
    if not form.products:
        errors["products"] = msg("KTS", "En az bir ürün (USBS yazılımı) ve sürümü girilmelidir.")
    seen = set()
    for p in form.products:
        if not p.name.strip() or not p.version.strip():
            errors["products"] = msg("KTS", "Her ürünün adı ve sürümü girilmelidir.")
        key = (fold(p.name), p.version.strip())
        if key in seen:
            errors["products"] = msg("KTS", "Aynı ürün ve sürüm iki kez girilmiş: {name} {version}.").format(
                                     name=p.name, version=p.version)
        seen.add(key)
    if errors:
        raise ValidationFailed(errors)


def register_vendor(ctx: AppContext, form: VendorInput) -> int:
    """A new KTS application (SBYS art. 6). A deleted vendor may apply again with the same vergi no, but not
    before `reapply_not_before` (one year after a deletion for false documents or a shared access code)."""
    require(ctx.actor, KTS, action=msg("Yetki", "KTS başvurusu kaydı"))
    _check_input(form)
    today = ctx.clock.today()
    _not_future(form.applied_on, today, msg("KTS", "Başvuru tarihi"))
    with ctx.write() as s:
        vendor = s.scalars(select(Vendor).where(Vendor.tax_no == form.tax_no.strip())).first()
        if vendor is not None:
            status = status_on(s, vendor.id, form.applied_on)
            if status != VendorStatus.DELETED:
                raise DomainError(msg("KTS", "Bu vergi kimlik numarasıyla kayıtlı bir üretici var: {name} (durumu: "
                                             "{value}).").format(
                                      name=vendor.name, value=VENDOR_STATUS_LABELS[status]))
            if vendor.reapply_not_before and vendor.reapply_not_before > form.applied_on:
                raise DomainError(
                    msg("KTS", "{name} gerçeğe aykırı belge ya da erişim kodunun paylaşılması nedeniyle KTS'den "
                               "silinmiştir; yeni başvurusu {reapply_not_before} tarihine kadar kabul edilemez "
                               "(SBYS Yönetmeliği md. 8).").format(
                        name=vendor.name, reapply_not_before=_fmt(vendor.reapply_not_before)))
            vendor.name, vendor.name_fold = form.name.strip(), fold(form.name)
            vendor.mersis_no, vendor.signatory_name = form.mersis_no.strip(), form.signatory_name.strip()
            vendor.address = form.address.strip() or vendor.address
        else:
            vendor = Vendor(name=form.name.strip(), name_fold=fold(form.name), tax_no=form.tax_no.strip(),
                            mersis_no=form.mersis_no.strip(), signatory_name=form.signatory_name.strip(),
                            address=form.address.strip())
            s.add(vendor)
            s.flush()
        existing = {(fold(p.name), p.product_version) for p in vendor.products}
        for p in form.products:
            if (fold(p.name), p.version.strip()) not in existing:
                s.add(VendorProduct(vendor_id=vendor.id, name=p.name.strip(), product_version=p.version.strip(),
                                    needs_uts=p.needs_uts))
        _status_event(s, ctx, vendor.id, VendorStatus.APPLIED, form.applied_on, "KTS başvurusu alındı.", ART6)
        s.add(VendorOnboardingStep(vendor_id=vendor.id, stage="application", outcome="completed",
                                   done_on=form.applied_on, officer_id=ctx.actor.user_id, note=form.note))
        s.flush()
        return vendor.id


def add_product(ctx: AppContext, vendor_id: int, name: str, version: str, needs_uts: bool = False) -> int:
    require(ctx.actor, KTS, action=msg("Yetki", "ürün ekleme"))
    if not name.strip() or not version.strip():
        raise ValidationFailed({"products": msg("KTS", "Ürünün adı ve sürümü girilmelidir.")})
    with ctx.write() as s:
        _vendor(s, vendor_id)
        p = VendorProduct(vendor_id=vendor_id, name=name.strip(), product_version=version.strip(),
                          needs_uts=needs_uts)
        s.add(p)
        s.flush()
        return p.id


def set_product_uts(ctx: AppContext, product_id: int, needs_uts: bool) -> None:
    """Whether a product needs ÜTS registration (SBYS art. 6/3-c): it decides which documents the check asks for."""
    require(ctx.actor, KTS, action=msg("Yetki", "ürünün ÜTS kaydı bilgisi"))
    with ctx.write() as s:
        p = s.get(VendorProduct, product_id)
        if p is None:
            raise NotFound(msg("KTS", "Ürün bulunamadı (#{product_id}).").format(product_id=product_id))
        p.needs_uts = bool(needs_uts)


def add_vendor_document(ctx: AppContext, vendor_id: int, kind: str, filename: str, content: bytes,
                        media_type: str = "application/pdf") -> int:
    """A document of the application (ISO 27001, SPICE, CMMI, ÜTS record, general documents)."""
    require(ctx.actor, KTS, action=msg("Yetki", "üretici belgesi ekleme"))
    if kind not in DOCUMENT_KINDS:
        raise ValidationFailed({"kind": msg("KTS", "Bilinmeyen belge türü: {kind}.").format(kind=kind)})
    if not content:
        raise ValidationFailed({"file": msg("KTS", "Belge dosyası boş.")})
    if problem := attachment_problem(filename, len(content)):
        raise ValidationFailed({"file": problem})
    with ctx.write() as s:
        _vendor(s, vendor_id)
        d = Document(kind=kind, filename=filename, media_type=media_type, size=len(content),
                     sha256=hashlib.sha256(content).hexdigest(), content=content, vendor_id=vendor_id,
                     uploaded_by_id=ctx.actor.user_id)
        s.add(d)
        s.flush()
        return d.id


def document_gaps(session: Session, vendor_id: int) -> list[str]:
    """What is missing for a complete document check (SBYS art. 6/3-c, `legal.document_gaps_for`): ISO/IEC
    27001; SPICE or CMMI unless all the producer's software needs ÜTS registration; the ÜTS record when any does."""
    kinds = session.scalars(select(Document.kind).where(Document.vendor_id == vendor_id))
    flags = session.scalars(select(VendorProduct.needs_uts).where(VendorProduct.vendor_id == vendor_id))
    return document_gaps_for(kinds, flags)


# --- onboarding stages ---------------------------------------------------------------------------------------------

def round_steps(session: Session, vendor_id: int) -> list[VendorOnboardingStep]:
    """The steps of the current application (from the latest 'application' step on), in recording order."""
    steps = list(session.scalars(select(VendorOnboardingStep).where(VendorOnboardingStep.vendor_id == vendor_id)
                                 .order_by(VendorOnboardingStep.done_on, VendorOnboardingStep.id)))
    starts = [i for i, st in enumerate(steps) if st.stage == "application"]
    return steps[starts[-1]:] if starts else steps


def passed_stages(steps: list[VendorOnboardingStep]) -> set[str]:
    latest: dict[str, str] = {}
    for st in steps:
        latest[st.stage] = st.outcome
    passed = {stage for stage, outcome in latest.items() if outcome in PASSING and stage != "audit"}
    if audit_passed((st.audit_test, st.outcome) for st in steps if st.stage == "audit"):
        passed.add("audit")   # all four tests: one passing is not the stage
    return passed


def audit_tests_left(session: Session, vendor_id: int) -> list[str]:
    """The audit tests of the current application still to pass (never tried, or failed last)."""
    return audit_tests_due((st.audit_test, st.outcome) for st in round_steps(session, vendor_id)
                           if st.stage == "audit")


def next_stage(session: Session, vendor_id: int) -> str | None:
    """The next stage of the flow chart this vendor must go through (None when all are done)."""
    passed = passed_stages(round_steps(session, vendor_id))
    for stage in STAGES:
        if stage not in passed:
            return stage
    return None


def _gate_open(steps: list[VendorOnboardingStep]) -> bool:
    checks = [st.outcome for st in steps if st.stage == "web_service_check"]
    return bool(checks) and checks[-1] == "successful"


def record_step(ctx: AppContext, vendor_id: int, stage: str, outcome: str, done_on: dt.date,
                note: str = "", audit_test: str | None = None) -> int:
    """Record one onboarding stage with its outcome, date and officer; stages go in the flow chart's order.

    An incomplete document check stops the path until a later check is complete; a failed audit or web
    service check is recorded and the stage is tried again. The audit is four tests (`legal.AUDIT_TESTS`), each
    recorded with its own result (`audit_test`); the stage is complete when all four have passed.
    """
    require(ctx.actor, KTS, action=msg("Yetki", "onboarding aşaması kaydı"))
    if stage not in STAGES:
        raise DomainError(msg("KTS", "Bilinmeyen aşama: {stage}.").format(stage=stage))
    if stage in OWN_FUNCTION:
        raise DomainError(msg("KTS", "'{value}' aşaması kendi işlemiyle kaydedilir.").format(
                              value=STAGE_LABELS[stage]))
    allowed = STAGE_OUTCOMES.get(stage, ("completed",))
    if outcome not in allowed:
        names = joined(", ", (OUTCOME_LABELS[o] for o in allowed))
        raise DomainError(msg("KTS", "'{value}' aşamasının sonucu yalnızca şunlardan biri olabilir: {names}.").format(
                              value=STAGE_LABELS[stage], names=names))
    if stage == "audit" and audit_test not in AUDIT_TESTS:
        raise DomainError(msg("KTS", "Denetim testlerinin her biri ayrı kaydedilir; test seçilmelidir: "
                              "{tests}.").format(tests=joined(", ", (AUDIT_TEST_LABELS[t] for t in AUDIT_TESTS))))
    if stage != "audit" and audit_test:
        raise DomainError(msg("KTS", "'{value}' aşamasında test seçilmez.").format(value=STAGE_LABELS[stage]))
    _not_future(done_on, ctx.clock.today(), msg("KTS", "Aşama tarihi"))
    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        status = status_on(s, vendor_id, done_on)
        if VendorAction.RECORD_STEP not in vendor_actions(status, stage):
            raise DomainError(msg("KTS", "{name} başvuru aşamasında değil (durumu: {value}); onboarding aşaması "
                                         "kaydedilemez.").format(
                                  name=vendor.name, value=VENDOR_STATUS_LABELS[status]))
        steps = round_steps(s, vendor_id)
        expected = next_stage(s, vendor_id)
        if stage != expected:
            if expected and STAGES.index(stage) > STAGES.index(expected):
                if expected == "document_check" and any(st.stage == "document_check" for st in steps):
                    raise DomainError(msg("KTS", "Belge kontrolü eksik sonuçlandı; eksik belgeler tamamlanıp belge "
                                                 "kontrolü yeniden yapılmadan sonraki aşamalara geçilemez."))
                raise DomainError(msg("KTS", "Aşamalar sırayla yürür: önce '{value}' aşaması tamamlanmalıdır.").format(
                                      value=STAGE_LABELS[expected]))
            raise DomainError(msg("KTS", "'{value}' aşaması zaten tamamlanmış.").format(value=STAGE_LABELS[stage]))
        if steps and done_on < steps[-1].done_on:
            raise DomainError(msg("KTS", "Aşama tarihi bir önceki aşamanın tarihinden ({done_on}) önce olamaz.").format(
                                  done_on=_fmt(steps[-1].done_on)))
        if stage == "document_check" and outcome == "completed":
            if gaps := document_gaps(s, vendor_id):
                raise DomainError(msg("KTS", "Belgeler tamam değil; belge kontrolü 'Eksik' olarak kaydedilmelidir. "
                                      "Eksik: {gaps}.").format(gaps=joined("; ", gaps)))
        if stage == "audit" and audit_test not in audit_tests_left(s, vendor_id):
            raise DomainError(msg("KTS", "{value} bu başvuruda zaten başarılı.").format(
                                  value=AUDIT_TEST_LABELS[audit_test or '']))
        step = VendorOnboardingStep(vendor_id=vendor_id, stage=stage, outcome=outcome, done_on=done_on,
                                    officer_id=ctx.actor.user_id, note=note.strip(), audit_test=audit_test)
        s.add(step)
        if stage == "real_environment_info":
            vendor.access_code_issued_on = done_on
            vendor.access_code_closes_on = None
        s.flush()
        return step.id


def announce(ctx: AppContext, vendor_id: int, on: dt.date, note: str = "") -> None:
    """Put the vendor on the KTS active list. Refused until the doctor data-bank web service integration
    has been checked SUCCESSFUL (a failure loops back; the vendor is not announced)."""
    require(ctx.actor, KTS, action=msg("Yetki", "KTS'de ilan"))
    _not_future(on, ctx.clock.today(), msg("KTS", "İlan tarihi"))
    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        status = status_on(s, vendor_id, on)
        if VendorAction.ANNOUNCE not in vendor_actions(status, "kts_announcement"):
            raise DomainError(msg("KTS", "{name} başvuru aşamasında değil (durumu: {value}).").format(
                                  name=vendor.name, value=VENDOR_STATUS_LABELS[status]))
        steps = round_steps(s, vendor_id)
        if not _gate_open(steps):
            raise DomainError(msg("KTS", "Hekim veri bankası web servis entegrasyonu başarılı olmadan üretici "
                                         "KTS'de ilan edilemez (başarısız kontroller yeniden denenir)."))
        expected = next_stage(s, vendor_id)
        if expected != "kts_announcement":
            raise DomainError(msg("KTS", "Aşamalar sırayla yürür: önce '{value}' aşaması tamamlanmalıdır.").format(
                                  value=STAGE_LABELS.get(expected or '', expected)))
        if on < steps[-1].done_on:
            raise DomainError(msg("KTS", "İlan tarihi bir önceki aşamanın tarihinden ({done_on}) önce olamaz.").format(
                                  done_on=_fmt(steps[-1].done_on)))
        s.add(VendorOnboardingStep(vendor_id=vendor_id, stage="kts_announcement", outcome="completed", done_on=on,
                                   officer_id=ctx.actor.user_id, note=note.strip()))
        _status_event(s, ctx, vendor_id, VendorStatus.ACTIVE, on, "Denetimi tamamladı; KTS aktif listesinde "
                      "ilan edildi.", ART6)
        if vendor.access_code_issued_on is None:
            vendor.access_code_issued_on = on
        for p in vendor.products:
            if not p.kts_registration_no:
                p.kts_registration_no = f"USBS-{on.year}-{next_value(s, f'kts_product:{on.year}'):04d}"


# --- warnings, reactivation, deletion, access code ----------------------------------------------------------------

def give_warning(ctx: AppContext, vendor_id: int, issued_on: dt.date, deadline: dt.date, description: str) -> int:
    """A deficiency found in an audit of an active producer: a warning and a time limit (SBYS art. 7)."""
    require(ctx.actor, KTS, action=msg("Yetki", "uyarı verme"))
    if not description.strip():
        raise ValidationFailed({"description": msg("KTS", "Eksikliğin açıklaması boş olamaz.")})
    if deadline <= issued_on:
        raise ValidationFailed({"deadline": msg("KTS", "Giderme süresinin son günü uyarı tarihinden sonra "
                                                       "olmalıdır.")})
    _not_future(issued_on, ctx.clock.today(), msg("KTS", "Uyarı tarihi"))
    with ctx.write() as s:
        return add_warning(s, vendor_id, issued_on, deadline, description).id


def add_warning(s: Session, vendor_id: int, issued_on: dt.date, deadline: dt.date, description: str) -> VendorWarning:
    """The art. 7 warning in the caller's transaction (also made by an audit's deficiencies, kts.audits): only for
    a producer on the active list that day."""
    vendor = _vendor(s, vendor_id)
    status = status_on(s, vendor_id, issued_on)
    if VendorAction.WARN not in vendor_actions(status):
        raise DomainError(msg("KTS", "Uyarı yalnızca aktif listedeki üreticilere verilir; {name} {issued_on} "
                                     "tarihinde {value} durumunda.").format(
                              name=vendor.name, issued_on=_fmt(issued_on), value=VENDOR_STATUS_LABELS[status].lower()))
    w = VendorWarning(vendor_id=vendor_id, issued_on=issued_on, deadline=deadline, description=description.strip())
    s.add(w)
    s.flush()
    return w


def fix_warning(ctx: AppContext, warning_id: int, fixed_on: dt.date) -> None:
    require(ctx.actor, KTS, action=msg("Yetki", "uyarının giderildiğini kaydetme"))
    _not_future(fixed_on, ctx.clock.today(), msg("KTS", "Giderilme tarihi"))
    with ctx.write() as s:
        w = s.get(VendorWarning, warning_id)
        if w is None:
            raise NotFound(msg("KTS", "Uyarı bulunamadı (#{warning_id}).").format(warning_id=warning_id))
        if w.fixed_on is not None:
            raise DomainError(msg("KTS", "Bu uyarının giderildiği {fixed_on} tarihinde kaydedilmiş.").format(
                                  fixed_on=_fmt(w.fixed_on)))
        if fixed_on < w.issued_on:
            raise DomainError(msg("KTS", "Giderilme tarihi uyarı tarihinden önce olamaz."))
        w.fixed_on = fixed_on


def reactivate(ctx: AppContext, vendor_id: int, on: dt.date, reason: str = "") -> None:
    """A passive vendor back on the active list (all its warnings fixed)."""
    require(ctx.actor, KTS, action=msg("Yetki", "aktif listeye geri alma"))
    _not_future(on, ctx.clock.today(), msg("KTS", "Aktif listeye dönüş tarihi"))
    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        status = status_on(s, vendor_id, on)
        if VendorAction.REACTIVATE not in vendor_actions(status):
            raise DomainError(msg("KTS", "Yalnızca pasif listedeki üretici aktif listeye geri alınabilir; {name} "
                                         "{value} durumunda.").format(
                                  name=vendor.name, value=VENDOR_STATUS_LABELS[status].lower()))
        open_warnings = s.scalars(select(VendorWarning).where(
            VendorWarning.vendor_id == vendor_id,
            (VendorWarning.fixed_on.is_(None)) | (VendorWarning.fixed_on > on))).all()
        if open_warnings:
            raise DomainError(msg("KTS", "Giderilmemiş uyarısı olan üretici aktif listeye alınamaz: "
                                  "{warnings}.").format(warnings="; ".join(w.description for w in open_warnings)))
        _status_event(s, ctx, vendor_id, VendorStatus.ACTIVE, on,
                      reason.strip() or "Eksiklik giderildi; aktif listeye yeniden alındı.", ART7)


def delete_vendor(ctx: AppContext, vendor_id: int, on: dt.date, ground: DeletionGround | str, reason: str) -> None:
    """The officer deletes a producer from KTS on one of the grounds of SBYS art. 8 (`legal.DeletionGround`):

    - art. 8/2 (false information or documents, misleading data or conformity, a shared access code): at once,
      without warning, and a new application is refused for one year;
    - art. 8/3 (a breach of art. 16-17): deleted, with no ban on a new application.

    Either way the access code closes within 3 months and the İSMs of the provinces it serves are told. The ground
    is recorded on the status event."""
    require(ctx.actor, KTS, action=msg("Yetki", "KTS'den silme"))
    errors = {}
    if ground not in OFFICER_GROUNDS:
        errors["ground"] = msg("KTS", "Silme dayanağı seçilmelidir (SBYS Yönetmeliği md. 8/2 ya da 8/3).")
    if not reason.strip():
        errors["reason"] = msg("KTS", "Silme gerekçesi boş olamaz.")
    if errors:
        raise ValidationFailed(errors)
    ground = DeletionGround(ground)
    _not_future(on, ctx.clock.today(), msg("KTS", "Silme tarihi"))
    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        before = status_on(s, vendor_id, on)
        if VendorAction.DELETE not in vendor_actions(before):
            raise DomainError(msg("KTS", "{name} {on} tarihinde zaten KTS'den silinmiş durumda.").format(
                                  name=vendor.name, on=_fmt(on)))
        text = msg("KTS", "{head}: {reason}").format(head=GROUND_REASON_HEAD[ground], reason=reason.strip())
        _status_event(s, ctx, vendor_id, VendorStatus.DELETED, on, text, GROUND_BASIS[ground], ground)
        if (ban := reapply_not_before(ground, on)) is not None:
            vendor.reapply_not_before = ban
        if vendor.access_code_issued_on and vendor.access_code_closes_on is None:
            vendor.access_code_closes_on = add_months(on, 3)
        s.flush()
        if before in (VendorStatus.ACTIVE, VendorStatus.PASSIVE):
            _notify(s, ctx, vendor, Action("deleted", text, on, vendor_id, GROUND_BASIS[ground]), ground)


def access_code_open(vendor_closes_on: dt.date | None, issued_on: dt.date | None, day: dt.date) -> bool:
    return issued_on is not None and issued_on <= day and (vendor_closes_on is None or day < vendor_closes_on)


def extend_access_code(ctx: AppContext, vendor_id: int, until: dt.date, facility_id: int, request_ref: str) -> None:
    """On a facility's official request the deleted vendor's access code stays open longer, at most 6 months
    from the deletion (SBYS art. 8)."""
    require(ctx.actor, KTS, action=msg("Yetki", "erişim kodu süresini uzatma"))
    if not request_ref.strip():
        raise ValidationFailed({"request_ref": msg("KTS", "Tesisin resmî talep yazısının sayısı girilmelidir.")})
    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        if s.get(Facility, facility_id) is None:
            raise NotFound(msg("KTS", "Sağlık tesisi bulunamadı (#{facility_id}).").format(facility_id=facility_id))
        today = ctx.clock.today()
        st = standing(s, vendor_id, today)
        status, since = st.status, st.since
        if status != VendorStatus.DELETED or since is None:
            raise DomainError(msg("KTS", "{name} silinmiş değil; erişim kodu süresi yalnızca silinen üreticiler "
                                         "için uzatılır.").format(name=vendor.name))
        if vendor.access_code_closes_on is None and st.access_code_closes_on is not None:
            vendor.access_code_closes_on = st.access_code_closes_on   # due under the rules: recorded now
        if vendor.access_code_closes_on is None:
            raise DomainError(msg("KTS", "Bu üreticinin kapanacak bir erişim kodu yok."))
        limit = add_months(since, ACCESS_CODE_MAX_MONTHS)
        if until <= vendor.access_code_closes_on:
            raise DomainError(msg("KTS", "Yeni kapanış tarihi mevcut kapanış tarihinden ({access_code_closes_on}) "
                                         "sonra olmalıdır.").format(
                                  access_code_closes_on=_fmt(vendor.access_code_closes_on)))
        if until > limit:
            raise DomainError(msg("KTS", "Erişim kodu silinme tarihinden ({since}) itibaren en çok 6 ay, {limit} "
                                         "tarihine kadar açık kalabilir.").format(
                                  since=_fmt(since), limit=_fmt(limit)))
        previous = vendor.access_code_closes_on
        vendor.access_code_closes_on = until
        s.flush()
        record_event(s, "vendors", str(vendor_id), {
            "event": "access_code_extended", "from": previous.isoformat(), "to": until.isoformat(),
            "facility_id": facility_id, "request_ref": request_ref.strip(), "legal_basis": ART8})


# --- the rules -----------------------------------------------------------------------------------------------------

def _events(s: Session, vendor_id: int) -> list[tuple[str, dt.date]]:
    rows = s.execute(select(VendorStatusEvent.status, VendorStatusEvent.effective_on)
                     .where(VendorStatusEvent.vendor_id == vendor_id).order_by(VendorStatusEvent.id)).all()
    return [(r[0], r[1]) for r in rows]


def _facts(session: Session, vendor: Vendor) -> VendorFacts:
    return load_facts(session, [vendor.id])[vendor.id]


def effective_status(session: Session, vendor: Vendor, day: dt.date) -> VendorStatus:
    """The status on `day` by the one shared answer (`common.vendors.standing`: recorded and due changes alike;
    a warning past its deadline makes the vendor passive even before `apply_evaluation` runs)."""
    return status_on(session, vendor.id, day)


def evaluate(session: Session, vendor_id: int, today: dt.date) -> list[Action]:
    """What the SBYS regulation's list rules require for this vendor up to `today` and nobody has recorded yet
    (nothing is written): the changes `common.vendors.standing` already counts as due."""
    if session.get(Vendor, vendor_id) is None:
        raise NotFound(msg("KTS", "USBS üreticisi bulunamadı (#{vendor_id}).").format(vendor_id=vendor_id))
    return next_actions(load_facts(session, [vendor_id])[vendor_id], today)


@dataclass(frozen=True)
class AppliedAction:
    vendor_id: int
    vendor_name: str
    action: Action
    notices: int


def apply_evaluation(ctx: AppContext, today: dt.date | None = None) -> list[AppliedAction]:
    """Run the rules for every vendor and apply what they require, in one transaction. Running it twice on the
    same day does nothing the second time."""
    if ctx.actor.role == Role.AUDITOR:
        raise DomainError(msg("KTS", "Denetçi rolü salt okunurdur; kurallar uygulanamaz."))
    today = today or ctx.clock.today()
    done: list[AppliedAction] = []
    with ctx.write() as s:
        # Row locks: two desks applying the rules at start-up at once must not both write the same actions
        # (on PostgreSQL the second waits, then reads the first one's events; SQLite serialises writers anyway).
        locked = s.scalars(select(Vendor).order_by(Vendor.id).with_for_update()).all()
        facts = load_facts(s)   # three queries for all vendors, read after the locks
        for vendor in locked:
            for action in next_actions(facts[vendor.id], today):
                done.append(AppliedAction(vendor.id, vendor.name, action, _apply(s, ctx, vendor, action)))
    return done


def _apply(s: Session, ctx: AppContext, vendor: Vendor, action: Action) -> int:
    if action.kind == "close_access_code":
        vendor.access_code_closes_on = action.on
        s.flush()
        return 0
    status = VendorStatus.PASSIVE if action.kind == "passive" else VendorStatus.DELETED
    ground = DeletionGround.PASSIVE_LIST if status == VendorStatus.DELETED else None   # no ban (docs/kts-rules.md)
    _status_event(s, ctx, vendor.id, status, action.on, action.reason, action.legal_basis, ground)
    s.flush()
    return _notify(s, ctx, vendor, action, ground)


# --- notices to the İSMs -------------------------------------------------------------------------------------------

def served_facilities(s: Session, vendor_id: int) -> dict[int, list[tuple[int, str, str]]]:
    """Province id → (facility id, name, ÇKYS code) of the facilities the vendor serves: those with an application
    naming it (refused and withdrawn applications do not count) or whose permit's latest revision names it (an
    amendment or an ex officio permit may name a producer no application does; revoked permits do not count)."""
    rows = s.execute(
        select(Application.province_id, Facility.id, Facility.name, Facility.ckys_code)
        .join(Facility, Facility.id == Application.facility_id)
        .where(Application.vendor_id == vendor_id, Application.state.not_in(NOT_SERVING_STATES))
        .distinct()).all()
    rows += s.execute(
        select(Facility.province_id, Facility.id, Facility.name, Facility.ckys_code)
        .join(Permit, Permit.facility_id == Facility.id)
        .join(PermitRevision, PermitRevision.permit_id == Permit.id)
        .where(PermitRevision.vendor_id == vendor_id, PermitRevision.superseded_on.is_(None),
               Permit.revoked_on.is_(None))
        .distinct()).all()
    out: dict[int, list[tuple[int, str, str]]] = {}
    for province_id, fid, name, code in rows:
        lst = out.setdefault(province_id, [])
        if all(f[0] != fid for f in lst):
            lst.append((fid, name, code))
    for lst in out.values():
        lst.sort(key=lambda f: fold(f[1]))
    return out


def _notify(s: Session, ctx: AppContext, vendor: Vendor, action: Action, ground: DeletionGround | None = None) -> int:
    kind = NOTICE_KINDS.get(action.kind)
    if kind is None:
        return 0
    served = served_facilities(s, vendor.id)
    what = msg("KTS", "pasif listeye alındı") if action.kind == "passive" else msg("KTS", "KTS'den silindi")
    consequence = notice_consequence(action.kind, action.on, ground, vendor.access_code_issued_on is not None,
                                     system_settings.producer_keeps_facilities(s))
    for province_id, facilities in sorted(served.items()):
        lines = "\n".join(f"• {name} (ÇKYS {code})" for _, name, code in facilities)
        body = msg("KTS", "{vendor} (VKN {tax_no}) {day} tarihinde {what}.\nGerekçe: {reason} ({basis})\n\n"
                   "İlinizde bu üreticinin yazılımını kullanan tesisler ({count}):\n{lines}\n\n{consequence}").format(
            vendor=vendor.name, tax_no=vendor.tax_no, day=_fmt(action.on), what=what, reason=action.reason,
            basis=action.legal_basis, count=len(facilities), lines=lines, consequence=consequence)
        title = msg("KTS", "USBS üreticisi {what}: {vendor}").format(what=what, vendor=vendor.name)
        s.add(new_notice(province_id=province_id, kind=kind, title=title, body=body, vendor_id=vendor.id,
                         created_at=ctx.clock.now()))
    return len(served)


@dataclass(frozen=True)
class NoticeRow:
    id: int
    province_id: int | None
    kind: str
    title: str
    body: str
    vendor_id: int | None
    created_at: dt.datetime
    acknowledged_at: dt.datetime | None


def notices_for(ctx: AppContext, province_id: int, include_acknowledged: bool = True) -> list[NoticeRow]:
    """The notices to the İSMs of a province (KTS: its producers; SHGM: a permit suspended or revoked), newest
    first (İSM roles: their own province only)."""
    require_notice_reader(ctx.actor, province_id)
    with ctx.read() as s:
        q = select(Notice).where(Notice.province_id == province_id,
                                 Notice.kind.in_((*NOTICE_KINDS.values(), *PERMIT_NOTICE_KINDS)))
        if not include_acknowledged:
            q = q.where(Notice.acknowledged_at.is_(None))
        rows = s.scalars(q.order_by(Notice.created_at.desc(), Notice.id.desc())).all()
        return [NoticeRow(n.id, n.province_id, n.kind, *notice_title_body(n), n.vendor_id, n.created_at,
                          n.acknowledged_at) for n in rows]


def acknowledge_notice(ctx: AppContext, notice_id: int) -> None:
    with ctx.write() as s:
        n = s.get(Notice, notice_id)
        if n is None:
            raise NotFound(msg("KTS", "Bildirim bulunamadı (#{notice_id}).").format(notice_id=notice_id))
        require(ctx.actor, (*ISM, Role.ADMIN), province_id=n.province_id,
                action=msg("Yetki", "bildirimi okundu işaretleme"))
        if n.acknowledged_at is None:
            n.acknowledged_at = ctx.clock.now()
            n.acknowledged_by_id = ctx.actor.user_id


# --- KTS Yetki Belgesi ---------------------------------------------------------------------------------------------

def _new_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))


def issue_certificate(ctx: AppContext, vendor_id: int, valid_from: dt.date | None,
                      valid_until: dt.date | None) -> int:
    """A KTS Yetki Belgesi on the request of an active producer (SBYS art. 9): with a validity period and a
    verification code, stored as a PDF document. A passive or deleted producer gets none."""
    require(ctx.actor, KTS, action=msg("Yetki", "KTS Yetki Belgesi düzenleme"))
    errors = {}
    if valid_from is None:
        errors["valid_from"] = msg("KTS", "Geçerlilik başlangıcı girilmelidir (geçerlilik süresi olmayan belge "
                                          "hükümsüzdür).")
    if valid_until is None:
        errors["valid_until"] = msg("KTS", "Geçerlilik bitişi girilmelidir (geçerlilik süresi olmayan belge "
                                           "hükümsüzdür).")
    if valid_from and valid_until and valid_until <= valid_from:
        errors["valid_until"] = msg("KTS", "Geçerlilik bitişi başlangıcından sonra olmalıdır.")
    if errors:
        raise ValidationFailed(errors)
    assert valid_from is not None and valid_until is not None
    today = ctx.clock.today()
    if valid_until < today:
        raise ValidationFailed({"valid_until": msg("KTS", "Geçerlilik süresi geçmişte biten bir belge düzenlenemez.")})
    from app.documents.kts_certificate import CertificateData, build_certificate_pdf

    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        status = effective_status(s, vendor, today)
        if VendorAction.ISSUE_CERTIFICATE not in vendor_actions(status):
            reason = ("pasif listedeki üretici aktif listeye dönene kadar KTS Yetki Belgesi alamaz"
                      if status == VendorStatus.PASSIVE else "belge yalnızca aktif listedeki üreticiye verilir")
            raise DomainError(f"{vendor.name} {VENDOR_STATUS_LABELS[status].lower()} durumunda; {reason} "
                              f"({ART9 if status != VendorStatus.PASSIVE else ART7}).")
        number = f"KTS-YB-{today.year}-{next_value(s, f'kts_certificate:{today.year}'):05d}"
        code = _new_code()
        while s.scalars(select(VendorCertificate.id).where(VendorCertificate.verification_code == code)).first():
            code = _new_code()
        products = [(p.name, p.product_version, p.kts_registration_no or "") for p in vendor.products]
        pdf = build_certificate_pdf(CertificateData(
            number=number, vendor_name=vendor.name, tax_no=vendor.tax_no, mersis_no=vendor.mersis_no or "",
            address=vendor.address, kts_firm_code=vendor.kts_firm_code or "", products=products,
            valid_from=valid_from, valid_until=valid_until, issued_on=today, verification_code=code,
            signer_name=ctx.actor.full_name))
        doc = Document(kind=CERTIFICATE_DOCUMENT_KIND, filename=f"{number}.pdf", media_type="application/pdf",
                       size=len(pdf), sha256=hashlib.sha256(pdf).hexdigest(), content=pdf, vendor_id=vendor_id,
                       uploaded_by_id=ctx.actor.user_id)
        s.add(doc)
        s.flush()
        cert = VendorCertificate(vendor_id=vendor_id, number=number, valid_from=valid_from, valid_until=valid_until,
                                 verification_code=code, document_id=doc.id, issued_at=ctx.clock.now(),
                                 issued_by_id=ctx.actor.user_id)
        s.add(cert)
        s.add(VendorOnboardingStep(vendor_id=vendor_id, stage="authorisation_certificate", outcome="completed",
                                   done_on=today, officer_id=ctx.actor.user_id, note=number))
        s.flush()
        return cert.id


def revoke_certificate(ctx: AppContext, certificate_id: int, on: dt.date, reason: str) -> None:
    """Cancel a KTS Yetki Belgesi from a date (e.g. issued in error, or the producer asked for it): verification
    answers "iptal edilmiştir" from that day on. The reason is kept in the audit trail.

    The date lies between the issue day and the validity end, and at most CERTIFICATE_REVOCATION_DAYS_AHEAD days
    after today. "Already revoked" is judged as of that date (or today, if later): a revocation planned for a
    later day is replaced by an earlier one; one in effect is final."""
    require(ctx.actor, KTS, action=msg("Yetki", "KTS Yetki Belgesi iptali"))
    reason = (reason or "").strip()
    errors = {}
    if len(reason) < 5:
        errors["reason"] = msg("KTS", "İptal gerekçesi yazılmalıdır.")
    if on is None:
        errors["on"] = msg("KTS", "İptal tarihi girilmelidir.")
    if errors:
        raise ValidationFailed(errors)
    today = ctx.clock.today()
    limit = today + dt.timedelta(days=CERTIFICATE_REVOCATION_DAYS_AHEAD)
    if on > limit:
        raise ValidationFailed({"on": msg("KTS", "İptal tarihi bugünden en çok {days} gün sonrası ({limit}) "
                                                 "olabilir; daha ileri bir tarih için işlemi o tarih yaklaşınca "
                                                 "yapın.").format(days=CERTIFICATE_REVOCATION_DAYS_AHEAD,
                                                                  limit=_fmt(limit))})
    with ctx.write() as s:
        cert = s.get(VendorCertificate, certificate_id, with_for_update=True)
        if cert is None:
            raise NotFound(msg("KTS", "KTS Yetki Belgesi bulunamadı (#{certificate_id}).").format(
                               certificate_id=certificate_id))
        planned = cert.revoked_on
        if planned is not None and planned <= max(on, today):
            if planned <= today:
                raise DomainError(msg("KTS", "{number} numaralı belge {planned} tarihinde zaten iptal edildi.").format(
                                      number=cert.number, planned=_fmt(planned)))
            raise DomainError(msg("KTS", "{number} numaralı belgenin iptali {planned} tarihine planlanmış; daha "
                                         "erken bir iptal tarihi girerseniz planlanan iptalin yerine geçer.").format(
                                  number=cert.number, planned=_fmt(planned)))
        issued_on = cert.issued_at.astimezone(TR).date() if cert.issued_at.tzinfo else cert.issued_at.date()
        if not issued_on <= on <= cert.valid_until:
            raise ValidationFailed({"on": msg("KTS", "İptal tarihi belgenin düzenlendiği gün ({issued_on}) ile "
                                                     "geçerlilik bitişi ({valid_until}) arasında olmalıdır.").format(
                                              issued_on=_fmt(issued_on), valid_until=_fmt(cert.valid_until))})
        cert.revoked_on = on
        s.flush()
        summary = {"event": "certificate_revoked", "number": cert.number, "revoked_on": on.isoformat(),
                   "reason": reason}
        if planned is not None:
            summary["replaces_planned"] = planned.isoformat()
        record_event(s, "vendor_certificates", str(cert.id), summary)


def certificate_pdf(ctx: AppContext, certificate_id: int) -> tuple[str, bytes]:
    """The PDF of a KTS Yetki Belgesi, for the KTS desk (anyone may check a certificate by its code instead); a
    certificate not valid today carries why across its pages (the stored PDF is unchanged)."""
    require_kts_reader(ctx.actor, msg("Yetki", "KTS Yetki Belgesi"))
    with ctx.read() as s:
        cert = s.get(VendorCertificate, certificate_id)
        if cert is None or cert.document_id is None:
            raise NotFound(msg("KTS", "KTS Yetki Belgesi bulunamadı (#{certificate_id}).").format(
                               certificate_id=certificate_id))
        doc = s.get(Document, cert.document_id)
        vendor = s.get(Vendor, cert.vendor_id)
        assert doc is not None and vendor is not None
        stamp = _standing(s, cert, vendor, ctx.clock.today()).stamp
        return doc.filename, shown_copy(bytes(doc.content), stamp)


def _standing(s: Session, cert: VendorCertificate, vendor: Vendor, day: dt.date) -> CertificateStanding:
    """The certificate on `day` by the shared rule, with the producer's status on that day (`vendors.status_on`)."""
    return certificate_standing(cert.number, vendor.name, cert.revoked_on, cert.valid_from, cert.valid_until,
                                status_on(s, vendor.id, day), day)


CERTIFICATE_NUMBER = re.compile(r"KTSYB\d{4}\d{1,6}")   # "KTS-YB-2026-00001" once normalised: a number, not a code


def normalise_code(code: str) -> str:
    return "".join(c for c in code.strip().upper() if c.isascii() and c.isalnum())


def verify_certificate(ctx: AppContext, code: str, today: dt.date | None = None,
                       source: str = "gui") -> tuple[bool, str]:
    """Is the KTS Yetki Belgesi with this verification code valid today? Every check is recorded."""
    today = today or ctx.clock.today()
    clean = normalise_code(code)
    with ctx.write() as s:
        cert = s.scalars(select(VendorCertificate).where(VendorCertificate.verification_code == clean)).first() \
            if clean else None
        valid, reason = False, ""
        if cert is None and CERTIFICATE_NUMBER.fullmatch(clean):
            reason = msg("KTS", "“{number}” bir KTS Yetki Belgesi numarası; doğrulama için belgenin üzerindeki "
                         "“Doğrulama kodu” satırındaki kodu girin (belge numarasıyla doğrulama yapılmaz).").format(
                number=code.strip())
        elif cert is None:
            reason = msg("KTS", "Bu doğrulama koduyla düzenlenmiş bir KTS Yetki Belgesi yok; doğrulanamayan belge "
                         "hükümsüzdür.")
        else:
            vendor = s.get(Vendor, cert.vendor_id)
            assert vendor is not None
            standing = _standing(s, cert, vendor, today)
            valid, reason = standing.valid, standing.reason
        s.add(VerificationCheck(at=ctx.clock.now(), code=clean[:60] or code.strip()[:60],
                                document_kind="kts_certificate", source=source, valid=valid, reason=reason[:300],
                                checked_by=ctx.actor.username))
    return valid, reason
