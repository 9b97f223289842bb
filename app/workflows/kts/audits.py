"""Audits of USBS producers (SBYS Yönetmeliği md. 18) and what they feed: the art. 7 warning, the list rules, and
the notices to the İSMs of the provinces where the producer serves (md. 19). docs/kts-rules.md ("Denetimler").

An audit is planned (ex officio or on a complaint, remote or on site, by a Ministry or an İSM team), then recorded
once with a result for each subject of md. 18/3 and any security or penetration test (md. 18/4) with its report.
Deficiencies become the art. 7 warning with its time limit in the same transaction (`registry.add_warning`, the
warning the list rules read); fixing it in time or not is then the list rules' business.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Application,
    Document,
    Province,
    Vendor,
    VendorAudit,
    VendorAuditFinding,
    VendorStatusEvent,
    VendorWarning,
)
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError, NotFound, ValidationFailed
from app.workflows.common.messages import joined, lowered, msg
from app.workflows.common.notices import new_notice
from app.workflows.common.permissions import (
    require,
    require_kts_reader,
    require_notice_reader,
)
from app.workflows.common.stored_documents import attachment_problem
from app.workflows.common.vocabulary import Role, VendorStatus
from app.workflows.kts import registry

ART18 = msg("KTS", "SBYS Yönetmeliği md. 18")
KTS = (Role.KTS_OFFICER, Role.ADMIN)
GROUNDS = {"ex_officio": msg("KTS", "Re'sen"), "complaint": msg("KTS", "Şikâyet üzerine")}
MODES = {"remote": msg("KTS", "Uzaktan"), "on_site": msg("KTS", "Yerinde")}
TEAMS = {"ministry": msg("KTS", "Bakanlık ekibi"), "ism": msg("KTS", "İl sağlık müdürlüğü ekibi")}   # md. 18/2
# md. 18/3 (a)-(f). The official wording is not in the domain reference (shared/domain): these are working titles
# drawn from what the regulation has SBSGM check (flow chart audit tests, md. 14-17), labelled as such on screen.
SUBJECTS = {
    "a": msg("KTS", "Merkezi sistemlere (e-Nabız) veri gönderimi"),
    "b": msg("KTS", "ÇKYS hekim veri bankası entegrasyonu ve hizmet öncesi kontroller"),
    "c": msg("KTS", "e-Rapor / e-Reçete entegrasyonu"),
    "d": msg("KTS", "USBS ekranları ve bilişim standartlarına uygunluk"),
    "e": msg("KTS", "Kayıtların teslimi, yedekleme ve geri dönüş testleri (md. 14-15)"),
    "f": msg("KTS", "Gizlilik, veri güvenliği ve log kayıtları (md. 16-17)"),
}
SUBJECTS_NOTE = "md. 18/3 konu başlıkları çalışma metnidir; resmî metinle doğrulanmadı."
RESULTS = {"conform": msg("KTS", "Uygun"), "deficient": msg("KTS", "Eksiklik var"),
           "not_examined": msg("KTS", "İncelenmedi")}
SECURITY_TESTS = {"none": msg("KTS", "Yapılmadı"), "security": msg("KTS", "Güvenlik testi"),
                  "penetration": msg("KTS", "Sızma testi")}   # md. 18/4
OUTCOMES = {"conform": msg("KTS", "Eksiklik bulunmadı"), "deficient": msg("KTS", "Eksiklik bulundu; uyarı verildi")}
REPORT_KIND = "kts_guvenlik_testi"
MOVES = {"passive": msg("KTS", "pasif listeye alındı"), "deleted": msg("KTS", "KTS'den silindi"),
         "active": msg("KTS", "aktif listeye geri alındı")}
NOTICE_KIND = registry.NOTICE_KINDS["audit"]


def _fmt(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "-"


# --- planning ------------------------------------------------------------------------------------------------------

@dataclass
class AuditPlan:
    vendor_id: int
    planned_on: dt.date
    grounds: str = "ex_officio"
    mode: str = "on_site"
    team: str = "ministry"
    team_province_id: int | None = None
    team_members: str = ""
    complainant: str = ""
    complaint_subject: str = ""


def _check_plan(plan: AuditPlan) -> None:
    errors: dict[str, str] = {}
    if plan.grounds not in GROUNDS:
        errors["grounds"] = msg("KTS", "Denetimin dayanağı re'sen ya da şikâyet üzerine olmalıdır.")
    if plan.grounds == "complaint":
        if not plan.complainant.strip():
            errors["complainant"] = msg("KTS", "Şikâyet üzerine denetimde şikâyet edenin adı girilmelidir.")
        if not plan.complaint_subject.strip():
            errors["complaint_subject"] = msg("KTS", "Şikâyetin konusu girilmelidir.")
    if plan.mode not in MODES:
        errors["mode"] = msg("KTS", "Denetim uzaktan ya da yerinde yapılır.")
    if plan.team not in TEAMS:
        errors["team"] = msg("KTS", "Denetimi Bakanlık ya da il sağlık müdürlüğü ekibi yapar (md. 18/2).")
    if plan.team == "ism" and plan.team_province_id is None:
        errors["team_province_id"] = msg("KTS", "İl sağlık müdürlüğü ekibinin ili seçilmelidir.")
    if errors:
        raise ValidationFailed(errors)


def plan_audit(ctx: AppContext, plan: AuditPlan) -> int:
    """A planned audit of a producer on the KTS lists (md. 18)."""
    require(ctx.actor, KTS, action=msg("Yetki", "denetim planlama"))
    _check_plan(plan)
    with ctx.write() as s:
        vendor = s.get(Vendor, plan.vendor_id)
        if vendor is None:
            raise NotFound(msg("KTS", "USBS üreticisi bulunamadı (#{vendor_id}).").format(vendor_id=plan.vendor_id))
        if plan.team_province_id is not None and s.get(Province, plan.team_province_id) is None:
            raise ValidationFailed({"team_province_id": f"Bilinmeyen il: {plan.team_province_id}."})
        a = VendorAudit(vendor_id=plan.vendor_id, grounds=plan.grounds, mode=plan.mode, team=plan.team,
                        team_province_id=plan.team_province_id if plan.team == "ism" else None,
                        team_members=plan.team_members.strip(), planned_on=plan.planned_on,
                        complainant=plan.complainant.strip() if plan.grounds == "complaint" else "",
                        complaint_subject=plan.complaint_subject.strip() if plan.grounds == "complaint" else "",
                        recorded_by_id=ctx.actor.user_id)
        s.add(a)
        s.flush()
        return a.id


# --- recording -----------------------------------------------------------------------------------------------------

@dataclass
class Finding:
    subject: str
    result: str
    notes: str = ""


@dataclass
class AuditRecord:
    performed_on: dt.date
    findings: list[Finding]
    deadline: dt.date | None = None        # the time limit to fix the deficiencies (art. 7), when there are any
    security_test: str = "none"
    security_summary: str = ""
    report_filename: str = ""
    report_content: bytes = b""
    report_media_type: str = "application/pdf"


@dataclass(frozen=True)
class RecordedAudit:
    audit_id: int
    warning_id: int | None
    notified_provinces: int


def _check_record(record: AuditRecord, today: dt.date) -> None:
    errors: dict[str, str] = {}
    subjects = [f.subject for f in record.findings]
    if sorted(subjects) != sorted(SUBJECTS):
        errors["findings"] = msg("KTS", "md. 18/3'ün altı konusunun (a-f) her biri için bir sonuç girilmelidir.")
    for f in record.findings:
        if f.result not in RESULTS:
            errors["findings"] = msg("KTS", "({subject}) konusunun sonucu geçersiz.").format(subject=f.subject)
        elif f.result == "deficient" and not f.notes.strip():
            errors["findings"] = msg("KTS", "({subject}) {subject2}: bulunan eksiklik açıklanmalıdır.").format(
                                     subject=f.subject, subject2=SUBJECTS.get(f.subject, ''))
    if record.performed_on > today:
        errors["performed_on"] = msg("KTS", "Denetim tarihi ileri bir tarih ({performed_on}) olamaz.").format(
                                     performed_on=_fmt(record.performed_on))
    deficient = any(f.result == "deficient" for f in record.findings)
    if deficient and (record.deadline is None or record.deadline <= record.performed_on):
        errors["deadline"] = msg("KTS", "Eksiklik bulunan denetimde giderme süresinin son günü denetim tarihinden "
                                        "sonra olmalıdır.")
    if record.security_test not in SECURITY_TESTS:
        errors["security_test"] = msg("KTS", "Güvenlik testi türü geçersiz.")
    elif record.security_test != "none":
        if not record.report_content:
            errors["report"] = msg("KTS", "Güvenlik / sızma testinin raporu eklenmelidir (md. 18/4).")
        elif problem := attachment_problem(record.report_filename, len(record.report_content)):
            errors["report"] = problem
    if errors:
        raise ValidationFailed(errors)


def _warning_text(audit: VendorAudit, findings: list[Finding]) -> str:
    lines = [f"({f.subject}) {SUBJECTS[f.subject]}: {f.notes.strip()}" for f in findings if f.result == "deficient"]
    return (f"{_fmt(audit.performed_on)} tarihli denetimde (#{audit.id}, {MODES[audit.mode].lower()}, "
            f"{TEAMS[audit.team].lower()}) bulunan eksiklikler:\n" + "\n".join(lines))


def record_audit(ctx: AppContext, audit_id: int, record: AuditRecord) -> RecordedAudit:
    """Record a planned audit once: the six results, the security test and its report, and, when deficiencies were
    found, the art. 7 warning with its time limit; the İSMs of the provinces where the producer serves are told."""
    require(ctx.actor, KTS, action=msg("Yetki", "denetim sonucunu kaydetme"))
    _check_record(record, ctx.clock.today())
    with ctx.write() as s:
        audit = s.get(VendorAudit, audit_id)
        if audit is None:
            raise NotFound(msg("KTS", "Denetim bulunamadı (#{audit_id}).").format(audit_id=audit_id))
        if audit.outcome is not None:
            raise DomainError(msg("KTS", "Bu denetimin sonucu {performed_on} tarihinde kaydedilmiş.").format(
                                  performed_on=_fmt(audit.performed_on)))
        if record.performed_on < audit.planned_on:
            raise ValidationFailed({"performed_on": msg("KTS", "Denetim tarihi plan tarihinden ({planned_on}) önce "
                                                               "olamaz.").format(planned_on=_fmt(audit.planned_on))})
        audit.performed_on = record.performed_on
        for f in sorted(record.findings, key=lambda f: f.subject):
            s.add(VendorAuditFinding(audit_id=audit.id, subject=f.subject, result=f.result, notes=f.notes.strip()))
        audit.security_test = record.security_test
        audit.security_summary = record.security_summary.strip()
        if record.security_test != "none":
            content = record.report_content
            doc = Document(kind=REPORT_KIND, filename=record.report_filename, media_type=record.report_media_type,
                           size=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
                           vendor_id=audit.vendor_id, uploaded_by_id=ctx.actor.user_id)
            s.add(doc)
            s.flush()
            audit.security_report_id = doc.id
        deficient = any(f.result == "deficient" for f in record.findings)
        audit.outcome = "deficient" if deficient else "conform"
        if deficient:
            assert record.deadline is not None
            warning = registry.add_warning(s, audit.vendor_id, record.performed_on, record.deadline,
                                           _warning_text(audit, record.findings))
            audit.warning_id = warning.id
        s.flush()
        provinces = _notify(s, ctx, audit, record.deadline)
        return RecordedAudit(audit.id, audit.warning_id, provinces)


def _notify(s: Session, ctx: AppContext, audit: VendorAudit, deadline: dt.date | None) -> int:
    """One notice per province where the producer serves, naming each facility there (md. 19: the facilities
    apply their contracts' sanctions if the producer goes passive or is deleted)."""
    vendor = s.get(Vendor, audit.vendor_id)
    assert vendor is not None
    served = registry.served_facilities(s, vendor.id)
    if audit.outcome == "deficient":
        result = msg("KTS", "Eksiklik bulundu; üreticiye {deadline} tarihine kadar giderme süresi verildi (SBYS "
                     "Yönetmeliği md. 7). Süresinde giderilmezse üretici pasif listeye alınır.").format(
            deadline=_fmt(deadline))
    else:
        result = msg("KTS", "Eksiklik bulunmadı.")
    for province_id, facilities in sorted(served.items()):
        lines = joined("\n", [msg("KTS", "• {name} (ÇKYS {code}): bu üreticiyle yaptığı sözleşmeyi izlemeli; üretici "
                                  "pasif listeye alınır ya da silinirse sözleşmesindeki yaptırımları uygular (md. "
                                  "19).").format(name=name, code=code) for _, name, code in facilities])
        body = msg("KTS", "{vendor} (VKN {tax_no}) {day} tarihinde {mode} denetlendi ({grounds}, {team}; {art}).\n"
                   "Sonuç: {result}\n\nİlinizde bu üreticinin yazılımını kullanan tesisler ({count}):\n"
                   "{lines}").format(
            vendor=vendor.name, tax_no=vendor.tax_no, day=_fmt(audit.performed_on), mode=lowered(MODES[audit.mode]),
            grounds=lowered(GROUNDS[audit.grounds]), team=lowered(TEAMS[audit.team]), art=ART18, result=result,
            count=len(facilities), lines=lines)
        title = msg("KTS", "USBS üreticisi denetlendi: {vendor}").format(vendor=vendor.name)
        s.add(new_notice(province_id=province_id, kind=NOTICE_KIND, title=title, body=body, vendor_id=vendor.id,
                         created_at=ctx.clock.now()))
    return len(served)


def attach_report(ctx: AppContext, audit_id: int, filename: str, content: bytes,
                  media_type: str = "application/pdf") -> int:
    """A security / penetration test report that arrives after the audit was recorded (md. 18/4)."""
    require(ctx.actor, KTS, action=msg("Yetki", "test raporu ekleme"))
    if problem := attachment_problem(filename, len(content)):
        raise ValidationFailed({"report": problem})
    with ctx.write() as s:
        audit = s.get(VendorAudit, audit_id)
        if audit is None:
            raise NotFound(msg("KTS", "Denetim bulunamadı (#{audit_id}).").format(audit_id=audit_id))
        if audit.security_test == "none":
            raise DomainError(msg("KTS", "Bu denetimde güvenlik ya da sızma testi kaydedilmemiş."))
        doc = Document(kind=REPORT_KIND, filename=filename, media_type=media_type, size=len(content),
                       sha256=hashlib.sha256(content).hexdigest(), content=content, vendor_id=audit.vendor_id,
                       uploaded_by_id=ctx.actor.user_id)
        s.add(doc)
        s.flush()
        audit.security_report_id = doc.id
        return doc.id


# --- history -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AuditRow:
    id: int
    vendor_id: int
    vendor_name: str
    planned_on: dt.date
    performed_on: dt.date | None
    grounds: str
    mode: str
    team: str
    complaint: str
    security_test: str
    security_report_id: int | None
    outcome: str | None
    warning_id: int | None
    warning_deadline: dt.date | None
    warning_fixed_on: dt.date | None
    result_text: str                     # audit → warning → outcome (a translatable message)
    findings: list[tuple[str, str, str]] = field(default_factory=list)   # (subject, result, notes)


def _after_warning(events: list[VendorStatusEvent], w: VendorWarning, today: dt.date) -> str:  # a Message
    """What became of a warning: fixed in time, or the list move the rules made (passive, deleted, back)."""
    if w.fixed_on is not None and w.fixed_on <= w.deadline:
        return msg("KTS", "Uyarı süresinde giderildi ({day}).").format(day=_fmt(w.fixed_on))
    moves = [e for e in events if e.effective_on > w.issued_on and e.status != VendorStatus.APPLIED.value]
    parts = []
    for e in moves:
        parts.append(msg("KTS", "{day} {move}").format(day=_fmt(e.effective_on), move=MOVES.get(e.status, e.status)))
    if w.fixed_on is not None:
        parts.insert(0, msg("KTS", "süre geçtikten sonra giderildi ({day})").format(day=_fmt(w.fixed_on)))
    if parts:
        return msg("KTS", "Uyarı süresinde giderilmedi; {what}.").format(what=joined(", ", parts))
    if w.deadline >= today:
        return msg("KTS", "Giderme süresi devam ediyor (son gün {day}).").format(day=_fmt(w.deadline))
    return msg("KTS", "Giderme süresi {day} tarihinde doldu; liste kuralları henüz uygulanmadı.").format(
        day=_fmt(w.deadline))


def _rows(s: Session, audits: list[VendorAudit], today: dt.date) -> list[AuditRow]:
    out = []
    for a in audits:
        vendor = s.get(Vendor, a.vendor_id)
        findings = s.scalars(select(VendorAuditFinding).where(VendorAuditFinding.audit_id == a.id)
                             .order_by(VendorAuditFinding.subject)).all()
        w = s.get(VendorWarning, a.warning_id) if a.warning_id else None
        if a.outcome is None:
            text = msg("KTS", "Planlandı ({day}).").format(day=_fmt(a.planned_on))
        elif w is None:
            text = msg("KTS", "{outcome}.").format(outcome=OUTCOMES["conform"])
        else:
            events = list(s.scalars(select(VendorStatusEvent).where(VendorStatusEvent.vendor_id == a.vendor_id)
                                    .order_by(VendorStatusEvent.effective_on, VendorStatusEvent.id)))
            text = msg("KTS", "{outcome} (son gün {day}). {after}").format(
                outcome=OUTCOMES["deficient"], day=_fmt(w.deadline), after=_after_warning(events, w, today))
        complaint = f"{a.complainant}: {a.complaint_subject}" if a.grounds == "complaint" else ""
        out.append(AuditRow(a.id, a.vendor_id, vendor.name if vendor else "", a.planned_on, a.performed_on,
                            a.grounds, a.mode, a.team, complaint, a.security_test, a.security_report_id, a.outcome,
                            a.warning_id, w.deadline if w else None, w.fixed_on if w else None, text,
                            [(f.subject, f.result, f.notes) for f in findings]))
    return out


def vendor_audits(ctx: AppContext, vendor_id: int) -> list[AuditRow]:
    """A producer's audits, newest first, each with its warning and what became of it (the KTS desk)."""
    require_kts_reader(ctx.actor, msg("Yetki", "Denetim kayıtları"))
    with ctx.read() as s:
        audits = list(s.scalars(select(VendorAudit).where(VendorAudit.vendor_id == vendor_id)
                                .order_by(VendorAudit.planned_on.desc(), VendorAudit.id.desc())))
        return _rows(s, audits, ctx.clock.today())


def audits_for_province(ctx: AppContext, province_id: int) -> list[AuditRow]:
    """The audits, with their outcome, of the producers that serve facilities of a province (an İSM reads its own
    province's; KTS, the administrator and the auditor any). Read only."""
    require_notice_reader(ctx.actor, province_id, msg("Yetki", "Bu ilin USBS üreticisi denetimleri"))
    with ctx.read() as s:
        vendor_ids = select(Application.vendor_id).where(
            Application.province_id == province_id, Application.vendor_id.is_not(None),
            Application.state.not_in(registry.NOT_SERVING_STATES))
        audits = list(s.scalars(select(VendorAudit).where(VendorAudit.vendor_id.in_(vendor_ids),
                                                           VendorAudit.outcome.is_not(None))
                                .order_by(VendorAudit.performed_on.desc(), VendorAudit.id.desc())))
        return _rows(s, audits, ctx.clock.today())
