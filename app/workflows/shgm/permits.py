"""The USH Faaliyet İzin Belgesi: issuing (after the ÇKYS mark), amending the areas (a new revision),
suspending, resuming, revoking; the history per facility; and which areas a facility may serve on a date.

Issuing and every change are for the SHGM Onay Yetkilisi: the certificate carries that official's signature
(docs/permits.md). Each revision is a signed PDF kept in `documents` (kind ``izin_belgesi``) with a random
verification code (16 base32 characters, 80 bits) printed on it and in its QR code.

Dates: a suspension runs from its first day up to, not including, its end date (the day the permit is in force
again); an open-ended one lasts until a resumption. A revocation takes effect on its date. A revision is in force
from its effective date up to, not including, the date of the revision that supersedes it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import (
    Application,
    AreaAssignment,
    Document,
    Facility,
    FacilityType,
    Permit,
    PermitArea,
    PermitEvent,
    PermitRevision,
    Province,
    ShgmDecision,
    User,
    Vendor,
    VendorProduct,
)
from app.workflows.common import vendors
from app.workflows.common.context import AppContext
from app.workflows.common.document_status import permit_stamp, shown_copy
from app.workflows.common.errors import NotFound, ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.notices import PERMIT_REVOKED, PERMIT_SUSPENDED, permit_notice
from app.workflows.common.numbers import permit_number
from app.workflows.common.permissions import PERMIT_READERS, SHGM, require, require_permit_reader
from app.workflows.common.permit_status import (  # status on a date, areas served, the live permit: shared rules
    PermitStatus,
    live_permit,
    revocation_by,
)
from app.workflows.common.permit_status import permit_events as _events
from app.workflows.common.permit_status import permit_status as _status
from app.workflows.common.service_log import PermitChecks, permit_checks
from app.workflows.common.states import AppState, IllegalTransition
from app.workflows.common.system_settings import verification_base_url
from app.workflows.common.transitions import apply
from app.workflows.common.vocabulary import Role, VendorStatus
from app.workflows.common.vocabulary import PermitEventKind as K
from app.workflows.shgm.decisions import (
    READERS,
    Area,
    AreaChoice,
    DecisionAction,
    area_choices,
    areas_differ,
    decision_actions,
)

ISSUERS = (Role.SHGM_APPROVER,)
# How far ahead a suspension's start, a revocation or a change of areas may be dated (docs/decisions.md): a
# planned action far in the future would otherwise stand in the way of the real one.
MAX_DAYS_AHEAD = 30
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
DOCUMENT_KIND = "izin_belgesi"
LEGAL_BASIS = "Uzaktan Sağlık Hizmetlerinin Sunumu Hakkında Yönetmelik"
EVENT_LABELS = {K.ISSUED: "Düzenlendi", K.AMENDED: "Alanlar değiştirildi", K.SUSPENDED: "Askıya alındı",
                K.RESUMED: "Askı kaldırıldı", K.REVOKED: "İptal edildi"}


def new_verification_code() -> str:
    """Four groups of four base32 characters (80 random bits), e.g. 'K7QX-3MZD-PA2W-HN5T'."""
    return "-".join("".join(secrets.choice(BASE32) for _ in range(4)) for _ in range(4))


@dataclass(frozen=True)
class IssuedPermit:
    permit_id: int
    number: str
    revision_id: int
    revision_no: int
    verification_code: str
    document_id: int
    demo: bool


# --- what may be done to a permit ----------------------------------------------------------------------------------

class PermitAction(StrEnum):
    AMEND = "amend"          # new areas: a new revision
    SUSPEND = "suspend"
    RESUME = "resume"
    REVOKE = "revoke"


def permit_actions(state: str, revoked: bool = False) -> frozenset[PermitAction]:
    """What the Onay Yetkilisi may do to a permit whose status on the day in question is `state` (active,
    suspended, revoked, not_yet); `revoked`: a revocation is in effect by that day or by today, whichever is
    later (one planned for a later day leaves the days before it open: `_allowed`).

    A revoked permit is final: nothing more is done to it. A suspended permit may be resumed but not suspended
    again; one that is not suspended may be suspended but has nothing to resume. Amending the areas and revoking
    are open to any permit that is not revoked. The services ask this with the status on the date the officer
    chose; the SHGM desk asks it with today's status to enable its buttons.
    """
    if revoked or state == "revoked":
        return frozenset()
    if state == "suspended":
        return frozenset({PermitAction.AMEND, PermitAction.RESUME, PermitAction.REVOKE})
    return frozenset({PermitAction.AMEND, PermitAction.SUSPEND, PermitAction.REVOKE})


def _not_too_far(on: dt.date, today: dt.date, field: str, what: str) -> None:
    limit = today + dt.timedelta(days=MAX_DAYS_AHEAD)
    if on > limit:
        raise ValidationFailed({field: msg("SHGM", "{what} bugünden en çok {MAX_DAYS_AHEAD} gün sonrası "
                                                   "({limit:%d.%m.%Y}) olabilir; daha ileri bir tarih için işlemi "
                                                   "o tarih yaklaşınca yapın.").format(
                                           what=what, MAX_DAYS_AHEAD=MAX_DAYS_AHEAD, limit=limit)})


# --- issuing ------------------------------------------------------------------------------------------------------

def issue_permit(ctx: AppContext, decision_id: int, *,
                 producer: tuple[int, int | None] | None = None) -> IssuedPermit:
    """Issue the permit of an approved decision whose areas are recorded in ÇKYS: number, revision 1, signed PDF.

    The revision names the USBS producer the facility uses for USH: the application's; for an ex officio permit
    `producer` (vendor id, product id), which must be on the KTS active list today (None: none recorded yet, until
    an amendment records it; `checks.can_serve` cannot verify the producer meanwhile)."""
    from app.workflows.common import signing

    require(ctx.actor, ISSUERS, action=msg("Yetki", "izin belgesi düzenleme"))
    identity = signing.load_identity()
    today = ctx.clock.today()
    with ctx.write() as s:
        d = s.get(ShgmDecision, decision_id, with_for_update=True)
        if d is None:
            raise NotFound(msg("SHGM", "{decision_id} numaralı SHGM kararı bulunamadı.").format(
                               decision_id=decision_id))
        if d.amends_permit_id is not None:
            raise ValidationFailed({"decision": msg("SHGM", "Bu karar yürürlükteki bir iznin alan değişikliğidir; "
                                                            "yeni izin değil, iznin yeni sürümü olarak imzalanır.")})
        existing = s.scalar(select(Permit.number).where(Permit.decision_id == d.id))
        if DecisionAction.ISSUE_PERMIT not in decision_actions(d.outcome, d.ckys_recorded_at is not None,
                                                               bool(existing)):
            if d.outcome != "approved":
                raise ValidationFailed({"decision": msg("SHGM", "Reddedilen bir karar için izin belgesi "
                                                                "düzenlenemez.")})
            if d.ckys_recorded_at is None:
                raise ValidationFailed({"ckys": msg("SHGM", "USH alanları ÇKYS'ye kaydedildi olarak işaretlenmeden "
                                                            "izin belgesi düzenlenemez. Önce ÇKYS dosyasını üretip "
                                                            "kaydı yapın ve kayıt numarasını girin.")})
            raise ValidationFailed({"decision": msg("SHGM", "Bu karar için {existing} numaralı izin belgesi zaten "
                                                            "düzenlendi.").format(existing=existing)})
        app = s.get(Application, d.application_id) if d.application_id else None
        if app is not None and AppState(app.state) != AppState.CKYS_RECORDED:
            raise IllegalTransition("issue_permit", AppState(app.state))
        if app is not None and app.vendor_id is not None:
            _vendor_active(s, app.vendor_id, today)
        chosen = (app.vendor_id, app.product_id) if app is not None else \
            _producer(s, producer, today) if producer is not None else (None, None)
        f = s.get(Facility, d.facility_id)
        assert f is not None
        if (live := live_permit(s, f.id, today, lock=True)) is not None:
            raise ValidationFailed({"facility": _live_message(live.number)})
        areas = [(c, b) for c, b in s.execute(select(AreaAssignment.area_code, AreaAssignment.branch_code)
                                               .where(AreaAssignment.decision_id == d.id))]
        number = permit_number(s, f.province_id, today.year)
        permit = Permit(number=number, facility_id=f.id, application_id=d.application_id, decision_id=d.id,
                        ex_officio=d.ex_officio, ex_officio_reason=d.reasons if d.ex_officio else "",
                        issued_on=today)
        s.add(permit)
        try:
            s.flush()
        except IntegrityError as exc:  # the database's own rule (migration 0007): one live permit per facility
            if "permits.facility_id" not in str(exc.orig) and "uq_permits_live_facility" not in str(exc.orig):
                raise
            raise ValidationFailed({"facility": _live_message("")}) from exc
        rev = _new_revision(s, ctx, permit, 1, today, areas, identity, ckys_reference=d.ckys_reference or "",
                            application_number=app.number if app else "",
                            producer=chosen)
        rev.decision_id = d.id
        _record(s, ctx, permit, K.ISSUED, today, d.reasons if d.ex_officio else "", number)
        if app is not None:
            apply(s, ctx, app, "issue_permit", number)
        return IssuedPermit(permit.id, number, rev.id, 1, rev.verification_code, rev.document_id or 0,
                            identity.demo)


def _live_message(number: str) -> str:
    which = f" ({number})" if number else ""
    return msg("SHGM", "Bu sağlık tesisinin iptal edilmemiş bir USH izni var{which}; bir tesisin aynı anda yalnızca "
               "bir izni olabilir. Alanları değiştirmek için o izinde 'Alanları değiştir' işlemini kullanın; yeni izin "
               "ancak yürürlükteki izin iptal edildikten (iptal tarihi geldikten) sonra düzenlenebilir.").format(
        which=which)


def _vendor_active(s: Session, vendor_id: int, day: dt.date, what: str = msg("SHGM", "Başvurudaki")) -> None:
    """Only USBS producers on the KTS active list may serve a permitted facility: the producer must be active on
    the day the revision takes effect (it may have become passive or deleted since the İSM received the application,
    or be due to under the list rules: `vendors.standing`, the one answer every desk gives)."""
    st = vendors.standing(s, vendor_id, day)
    if st.status != VendorStatus.ACTIVE:
        v = s.get(Vendor, vendor_id)
        raise ValidationFailed({"vendor": (
            msg("SHGM", "{what} USBS üreticisi ({vendor}) {day} tarihinde KTS aktif listesinde değil (durumu: "
                        "{st}). Yalnızca aktif listedeki üreticiler USH izinli tesislere hizmet verebilir; üretici "
                        "aktif listeye dönene ya da tesis aktif listedeki bir üreticiyle yeniden başvurana kadar "
                        "izin belgesi düzenlenemez.").format(
                what=what, vendor=v.name if v else vendor_id, day=day.strftime("%d.%m.%Y"),
                st=vendors.describe(st)))})


def issue_ex_officio(ctx: AppContext, facility_id: int, areas: list[Area], reason: str,
                     ckys_reference: str, *, producer: tuple[int, int | None] | None = None) -> IssuedPermit:
    """Ex officio (resen) permit for a Ministry facility in one go, once its areas are recorded in ÇKYS.

    The step-by-step path (decision, ÇKYS file, ÇKYS mark, permit) is shgm.start_ex_officio, shgm.ckys_export,
    shgm.mark_ckys_recorded and issue_permit.
    """
    from app.workflows.shgm import decisions as shgm

    require(ctx.actor, ISSUERS, action=msg("Yetki", "resen izin belgesi"))
    if not (ckys_reference or "").strip():
        raise ValidationFailed({"reference": msg("SHGM", "Resen izin de ÇKYS kaydından sonra düzenlenir; ÇKYS "
                                                         "kayıt numarasını yazın.")})
    decision_id = shgm.start_ex_officio(ctx, facility_id, areas, reason)
    shgm.mark_ckys_recorded(ctx, decision_id, ckys_reference)
    return issue_permit(ctx, decision_id, producer=producer)


def _signer_title(s: Session, ctx: AppContext) -> str:
    user = s.get(User, ctx.actor.user_id) if ctx.actor.user_id else None
    return (user.title if user and user.title else "") or ctx.actor.role.label


def _new_revision(s: Session, ctx: AppContext, permit: Permit, revision_no: int, effective: dt.date,
                  areas: list[Area], identity, *, ckys_reference: str = "", application_number: str = "",
                  amendment_reason: str = "", producer: tuple[int | None, int | None] = (None, None)
                  ) -> PermitRevision:  # type: ignore[no-untyped-def]
    from app.documents.permit import PermitData, render_permit
    from app.workflows.common import signing

    choices = area_choices(s, areas)
    code = new_verification_code()
    rev = PermitRevision(permit_id=permit.id, revision_no=revision_no, effective_from=effective,
                         verification_code=code, signer_id=ctx.actor.user_id, signer_name=ctx.actor.full_name,
                         issued_at=ctx.clock.now(), vendor_id=producer[0], product_id=producer[1])
    s.add(rev)
    s.flush()
    for a in choices:
        s.add(PermitArea(revision_id=rev.id, area_code=a.code, branch_code=a.branch_code))
    f = s.get(Facility, permit.facility_id)
    assert f is not None
    ftype = s.get(FacilityType, f.type_code)
    province = s.get(Province, f.province_id)
    data = PermitData(
        number=permit.number, revision_no=revision_no, issued_on=effective, first_issued_on=permit.issued_on,
        verification_code=code, facility_name=f.name, facility_type=ftype.name if ftype else f.type_code,
        ckys_code=f.ckys_code, province=province.name if province else "", district=f.district,
        address=f.address, tax_no=f.tax_no, tckn=f.tckn, mersis_no=f.mersis_no, manager_name=f.manager_name,
        main_licence_no=f.main_licence_no, areas=[(a.name, a.branch_name) for a in choices],
        ex_officio=permit.ex_officio, ex_officio_reason=permit.ex_officio_reason, amendment_reason=amendment_reason,
        ckys_reference=ckys_reference, application_number=application_number, signer_name=ctx.actor.full_name,
        signer_title=_signer_title(s, ctx), certificate_subject=identity.subject, demo=identity.demo,
        verification_base_url=verification_base_url(s))
    pdf = signing.sign_pdf(render_permit(data), identity,
                           reason=f"USH Faaliyet İzin Belgesi {permit.number} rev. {revision_no}")
    doc = Document(kind=DOCUMENT_KIND, filename=f"izin-belgesi-{permit.number}-r{revision_no}.pdf",
                   media_type="application/pdf", size=len(pdf), sha256=hashlib.sha256(pdf).hexdigest(),
                   content=pdf, application_id=permit.application_id, facility_id=permit.facility_id,
                   uploaded_by_id=ctx.actor.user_id)
    s.add(doc)
    s.flush()
    rev.document_id = doc.id
    return rev


# --- changes ------------------------------------------------------------------------------------------------------

def _record(s: Session, ctx: AppContext, p: Permit, kind: K, effective_from: dt.date, reason: str,
            document_ref: str, until: dt.date | None = None) -> None:
    """A dated event in the permit's life (issued, amended, suspended, resumed, revoked), by the acting user."""
    s.add(PermitEvent(permit_id=p.id, kind=kind.value, effective_from=effective_from, effective_until=until,
                      reason=reason, legal_basis=LEGAL_BASIS, document_ref=document_ref.strip(),
                      actor_id=ctx.actor.user_id, at=ctx.clock.now()))


def _load_permit(s: Session, permit_id: int, *, lock: bool = True) -> Permit:
    """The permit, its row held until the transaction ends (`lock`: its writers, the Onay Yetkilisi; the reviewer
    who only records an amendment decision may read it, not lock it, on the shared server)."""
    p = s.get(Permit, permit_id, with_for_update=lock)
    if p is None:
        raise NotFound(msg("SHGM", "{permit_id} numaralı izin bulunamadı.").format(permit_id=permit_id))
    return p


def _reason(reason: str, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationFailed({"reason": msg("SHGM", "{what} için gerekçe yazın.").format(what=what)})
    return text


def _allowed(p: Permit, events: list[PermitEvent], action: PermitAction, on: dt.date,
             today: dt.date) -> PermitStatus:
    """Refuse `action` dated `on` unless permit_actions allows it; returns the status on that day.

    "Revoked" is judged as of the action's date, or today when the action is dated earlier: a revocation in
    effect is final, while one planned for a later day leaves the days before it open, and an earlier
    revocation then replaces it (`revoke`)."""
    status = _status(p, events, on)
    revocation = revocation_by(events, max(on, today))
    if action in permit_actions(status.state, revocation is not None):
        return status
    if revocation is not None:
        if revocation.effective_from <= today:
            raise ValidationFailed({"permit": msg("SHGM", "{number} numaralı izin {effective_from:%d.%m.%Y} "
                                                          "tarihinde iptal edilmiş; üzerinde işlem yapılamaz.").format(
                                                  number=p.number, effective_from=revocation.effective_from)})
        raise ValidationFailed({"permit": msg("SHGM", "{number} numaralı izin {effective_from:%d.%m.%Y} tarihinden "
                                                      "itibaren iptal edilecek; o güne ya da sonrasına tarihli "
                                                      "işlem yapılamaz. Daha erken bir tarihle iptal ederseniz "
                                                      "planlanan iptalin yerine geçer.").format(
                                              number=p.number, effective_from=revocation.effective_from)})
    if action == PermitAction.SUSPEND:
        raise ValidationFailed({"from_date": msg("SHGM", "{number} numaralı izin {on:%d.%m.%Y} tarihinde zaten "
                                                         "askıda.").format(number=p.number, on=on)})
    raise ValidationFailed({"on_date": msg("SHGM", "{number} numaralı izin {on:%d.%m.%Y} tarihinde askıda "
                                                   "değil.").format(number=p.number, on=on)})


def start_amendment(ctx: AppContext, permit_id: int, areas: list[Area], reason: str) -> int:
    """SHGM's decision on new USH areas for a permit in force: like the first issue it goes through ÇKYS (its
    file, then the ÇKYS mark) before the Onay Yetkilisi signs it as the permit's new revision (`amend_areas` with
    `decision_id`). Returns the decision id; one amendment at a time per permit."""
    require(ctx.actor, SHGM, action=msg("Yetki", "izin alan değişikliği kararı"))
    text = _reason(reason, msg("SHGM", "Alan değişikliği"))
    chosen = list(dict.fromkeys((c, b or None) for c, b in areas))
    if not chosen:
        raise ValidationFailed({"areas": msg("SHGM", "En az bir USH alanı seçin; izni tümüyle kaldırmak için iptal "
                                                     "edin.")})
    today = ctx.clock.today()
    with ctx.write() as s:
        p = _load_permit(s, permit_id, lock=False)
        _allowed(p, _events(s, p.id), PermitAction.AMEND, today, today)
        area_choices(s, chosen)
        if not areas_differ(_current_areas(s, p.id), chosen):
            raise ValidationFailed({"areas": msg("SHGM", "Seçilen alanlar yürürlükteki belgeyle aynı; değişiklik "
                                                         "yok.")})
        signed = select(PermitRevision.decision_id).where(PermitRevision.decision_id.is_not(None))
        pending = s.scalar(select(ShgmDecision.id).where(ShgmDecision.amends_permit_id == p.id,
                                                         ShgmDecision.id.not_in(signed)).limit(1))
        if pending is not None:
            raise ValidationFailed({"areas": msg("SHGM", "{number} numaralı iznin imzası bekleyen bir alan "
                                                         "değişikliği kararı var (karar {pending}); önce onu "
                                                         "sonuçlandırın.").format(number=p.number, pending=pending)})
        d = ShgmDecision(application_id=None, facility_id=p.facility_id, outcome="approved", reasons=text,
                         amends_permit_id=p.id, decided_by_id=ctx.actor.user_id, decided_at=ctx.clock.now())
        s.add(d)
        s.flush()
        for code, branch in chosen:
            s.add(AreaAssignment(decision_id=d.id, area_code=code, branch_code=branch))
        return d.id


def _current_areas(s: Session, permit_id: int) -> set[Area]:
    current = s.scalars(select(PermitRevision.id).where(PermitRevision.permit_id == permit_id)
                        .order_by(PermitRevision.revision_no.desc()).limit(1)).one()
    return {(c, b) for c, b in s.execute(select(PermitArea.area_code, PermitArea.branch_code)
                                         .where(PermitArea.revision_id == current))}


def amend_areas(ctx: AppContext, permit_id: int, areas: list[Area], reason: str,
                effective_on: dt.date | None = None, document_ref: str = "", *,
                producer: tuple[int, int | None] | None = None, decision_id: int | None = None) -> IssuedPermit:
    """A new revision with the new areas and a new signed document; the current revision is superseded.

    New areas go through ÇKYS like the first issue: `decision_id` names the amendment decision
    (`start_amendment`) whose areas were marked recorded in ÇKYS, and `areas` must be its areas. A change of the
    USBS producer alone does not touch ÇKYS's area record and needs no decision.

    `producer` (vendor id, product id): the USBS producer the facility uses for USH from this revision on (None:
    the current revision's stays). A new producer must be on the KTS active list on the effective date."""
    from app.workflows.common import signing

    require(ctx.actor, ISSUERS, action=msg("Yetki", "izin alan değişikliği"))
    text = _reason(reason, msg("SHGM", "Alan değişikliği"))
    chosen = list(dict.fromkeys((c, b or None) for c, b in areas))
    if not chosen:
        raise ValidationFailed({"areas": msg("SHGM", "En az bir USH alanı seçin; izni tümüyle kaldırmak için iptal "
                                                     "edin.")})
    identity = signing.load_identity()
    today = ctx.clock.today()
    on = effective_on or today
    _not_too_far(on, today, "effective_on", msg("SHGM", "Değişiklik tarihi"))
    with ctx.write() as s:
        p = _load_permit(s, permit_id)
        events = _events(s, p.id)
        _allowed(p, events, PermitAction.AMEND, on, today)
        current = s.scalars(select(PermitRevision).where(PermitRevision.permit_id == p.id)
                            .order_by(PermitRevision.revision_no.desc()).limit(1)).one()
        if on < current.effective_from:
            raise ValidationFailed({"effective_on": msg("SHGM", "Değişiklik tarihi yürürlükteki revizyonun "
                                                                "tarihinden ({effective_from:%d.%m.%Y}) önce "
                                                                "olamaz.").format(
                                                        effective_from=current.effective_from)})
        have = {(c, b) for c, b in s.execute(select(PermitArea.area_code, PermitArea.branch_code)
                                              .where(PermitArea.revision_id == current.id))}
        new_producer = _producer(s, producer, on) if producer is not None else None
        changes_producer = new_producer is not None and new_producer != (current.vendor_id, current.product_id)
        changes_areas = areas_differ(have, chosen)
        if not changes_areas and not changes_producer:
            raise ValidationFailed({"areas": msg("SHGM", "Seçilen alanlar ve USBS üreticisi yürürlükteki belgeyle "
                                                         "aynı; değişiklik yok.")})
        amendment = _ckys_amendment(s, p, chosen, decision_id) if changes_areas else None
        current.superseded_on = on
        app = s.get(Application, p.application_id) if p.application_id else None
        decision = amendment or (s.get(ShgmDecision, p.decision_id) if p.decision_id else None)
        rev = _new_revision(s, ctx, p, current.revision_no + 1, on, chosen, identity,
                            ckys_reference=decision.ckys_reference or "" if decision else "",
                            application_number=app.number if app else "", amendment_reason=text,
                            producer=new_producer or (current.vendor_id, current.product_id))
        rev.decision_id = amendment.id if amendment else None
        _record(s, ctx, p, K.AMENDED, on, text, document_ref)
        return IssuedPermit(p.id, p.number, rev.id, rev.revision_no, rev.verification_code, rev.document_id or 0,
                            identity.demo)


def _ckys_amendment(s: Session, p: Permit, chosen: list[Area], decision_id: int | None) -> ShgmDecision:
    """The amendment decision that carries `chosen` through ÇKYS: it amends this permit, its areas are these, it
    is marked recorded in ÇKYS and not signed yet (locked until the transaction ends)."""
    how = msg("SHGM", "Alan değişikliği, ilk izin gibi ÇKYS'den geçer: önce 'Alanları değiştir' ile değişiklik "
              "kararını kaydedin, Kararlar sekmesinde ÇKYS dosyasını üretip ÇKYS'ye kaydedildiğini işaretleyin, sonra "
              "imzalayın.")
    d = s.get(ShgmDecision, decision_id, with_for_update=True) if decision_id is not None else None
    if d is None or d.amends_permit_id != p.id:
        raise ValidationFailed({"ckys": how})
    if d.ckys_recorded_at is None:
        raise ValidationFailed({"ckys": msg("SHGM", "Değişiklik kararının alanları ÇKYS'ye kaydedildi olarak "
                                            "işaretlenmeden imzalanamaz. {how}").format(how=how)})
    if s.scalar(select(PermitRevision.id).where(PermitRevision.decision_id == d.id).limit(1)) is not None:
        raise ValidationFailed({"decision": msg("SHGM", "Bu değişiklik kararı zaten imzalandı.")})
    decided = {(c, b) for c, b in s.execute(select(AreaAssignment.area_code, AreaAssignment.branch_code)
                                            .where(AreaAssignment.decision_id == d.id))}
    if areas_differ(decided, chosen):
        raise ValidationFailed({"areas": msg("SHGM", "İmzalanacak alanlar, ÇKYS'ye kaydedilen değişiklik kararının "
                                                     "alanlarıyla aynı olmalı.")})
    return d


def _producer(s: Session, producer: tuple[int, int | None], on: dt.date) -> tuple[int, int | None]:
    """A producer chosen in an amendment: it exists, the product is its own, and it is active on `on`."""
    vendor_id, product_id = producer
    if s.get(Vendor, vendor_id) is None:
        raise ValidationFailed({"vendor": msg("SHGM", "USBS üreticisi bulunamadı (#{vendor_id}).").format(
                                              vendor_id=vendor_id)})
    if product_id is not None:
        product = s.get(VendorProduct, product_id)
        if product is None or product.vendor_id != vendor_id:
            raise ValidationFailed({"product": msg("SHGM", "Seçilen ürün bu USBS üreticisinin değil.")})
    _vendor_active(s, vendor_id, on, msg("SHGM", "Seçilen"))
    return vendor_id, product_id


def suspend(ctx: AppContext, permit_id: int, from_date: dt.date, until_date: dt.date | None, reason: str,
            document_ref: str = "") -> None:
    """Suspend from `from_date` up to (not including) `until_date`; None: until resumed."""
    require(ctx.actor, ISSUERS, action=msg("Yetki", "izni askıya alma"))
    text = _reason(reason, msg("SHGM", "Askıya alma"))
    if until_date is not None and until_date <= from_date:
        raise ValidationFailed({"until_date": msg("SHGM", "Askının bitiş tarihi başlangıç tarihinden sonra olmalı.")})
    today = ctx.clock.today()
    _not_too_far(from_date, today, "from_date", msg("SHGM", "Askının başlangıç tarihi"))
    with ctx.write() as s:
        p = _load_permit(s, permit_id)
        events = _events(s, p.id)
        if revocation_by(events, max(from_date, today)) is None and from_date < p.issued_on:
            raise ValidationFailed({"from_date": msg("SHGM", "Askı, iznin düzenlenme tarihinden önce başlayamaz.")})
        _allowed(p, events, PermitAction.SUSPEND, from_date, today)
        _record(s, ctx, p, K.SUSPENDED, from_date, text, document_ref, until=until_date)
        permit_notice(s, ctx, p, PERMIT_SUSPENDED, from_date, until_date, text)    # the İSM is told (issue 17)


def resume(ctx: AppContext, permit_id: int, on_date: dt.date, reason: str, document_ref: str = "") -> None:
    """End a suspension: the permit is in force again from `on_date`."""
    require(ctx.actor, ISSUERS, action=msg("Yetki", "askıyı kaldırma"))
    text = _reason(reason, msg("SHGM", "Askıyı kaldırma"))
    today = ctx.clock.today()  # a resumption is not bounded: like a suspension's end date, it blocks nothing
    with ctx.write() as s:
        p = _load_permit(s, permit_id)
        events = _events(s, p.id)
        st = _allowed(p, events, PermitAction.RESUME, on_date, today)
        if st.since is not None and on_date <= st.since:
            raise ValidationFailed({"on_date": msg("SHGM", "Askı, başladığı gün ya da daha önce kaldırılamaz.")})
        _record(s, ctx, p, K.RESUMED, on_date, text, document_ref)


def revoke(ctx: AppContext, permit_id: int, on_date: dt.date, reason: str, document_ref: str = "") -> None:
    """Revoke the permit from `on_date` on (final once that day comes). The date is at most MAX_DAYS_AHEAD days
    ahead; a revocation planned for a later day is replaced by an earlier one (both stay in the history, the
    earliest counts), and `permits.revoked_on` keeps the earliest date for the database's one-live-permit rule."""
    require(ctx.actor, ISSUERS, action=msg("Yetki", "izni iptal etme"))
    text = _reason(reason, msg("SHGM", "İptal"))
    today = ctx.clock.today()
    _not_too_far(on_date, today, "on_date", msg("SHGM", "İptal tarihi"))
    with ctx.write() as s:
        p = _load_permit(s, permit_id)
        events = _events(s, p.id)
        _allowed(p, events, PermitAction.REVOKE, on_date, today)
        if on_date < p.issued_on:
            raise ValidationFailed({"on_date": msg("SHGM", "İptal tarihi iznin düzenlenme tarihinden önce olamaz.")})
        planned = [e.effective_from for e in events if e.kind == K.REVOKED]  # all later than on_date here
        if planned:
            text += f" ({min(planned):%d.%m.%Y} tarihli planlanan iptalin yerine)"
        _record(s, ctx, p, K.REVOKED, on_date, text, document_ref)
        p.revoked_on = on_date
        permit_notice(s, ctx, p, PERMIT_REVOKED, on_date, None, text)              # the İSM is told (issue 17)


# --- reading ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RevisionInfo:
    id: int
    revision_no: int
    effective_from: dt.date
    superseded_on: dt.date | None
    verification_code: str
    signer_name: str
    document_id: int | None
    areas: list[AreaChoice]
    vendor_id: int | None = None      # the USBS producer the facility uses for USH under this revision
    product_id: int | None = None
    vendor_name: str = ""


@dataclass(frozen=True)
class EventInfo:
    kind: K
    effective_from: dt.date
    effective_until: dt.date | None
    reason: str
    document_ref: str
    actor_name: str
    at: dt.datetime

    @property
    def label(self) -> str:
        return EVENT_LABELS[self.kind]


@dataclass(frozen=True)
class PermitInfo:
    id: int
    number: str
    facility_id: int
    facility_name: str
    ckys_code: str
    ex_officio: bool
    ex_officio_reason: str
    issued_on: dt.date
    application_number: str
    status: PermitStatus
    revisions: list[RevisionInfo] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)
    public_checks: PermitChecks = PermitChecks(0, [])     # verifications through the web service (issue 16)

    @property
    def current(self) -> RevisionInfo:
        return self.revisions[-1]

    @property
    def actions(self) -> frozenset[PermitAction]:
        """What may be done to the permit today (permit_actions)."""
        return permit_actions(self.status.state)  # today's status: a revocation planned later leaves all open


def _permit_info(s: Session, p: Permit, today: dt.date) -> PermitInfo:
    f = s.get(Facility, p.facility_id)
    assert f is not None
    app = s.get(Application, p.application_id) if p.application_id else None
    revisions = []
    for r in s.scalars(select(PermitRevision).where(PermitRevision.permit_id == p.id)
                       .order_by(PermitRevision.revision_no)):
        pairs = [(c, b) for c, b in s.execute(select(PermitArea.area_code, PermitArea.branch_code)
                                               .where(PermitArea.revision_id == r.id))]
        vendor = s.get(Vendor, r.vendor_id) if r.vendor_id else None
        revisions.append(RevisionInfo(r.id, r.revision_no, r.effective_from, r.superseded_on, r.verification_code,
                                      r.signer_name, r.document_id,
                                      area_choices(s, pairs), r.vendor_id, r.product_id,
                                      vendor.name if vendor else ""))
    events = _events(s, p.id)
    names = {i: n for i, n in s.execute(select(User.id, User.full_name)
                                        .where(User.id.in_({e.actor_id for e in events if e.actor_id})))}
    return PermitInfo(p.id, p.number, f.id, f.name, f.ckys_code, p.ex_officio, p.ex_officio_reason, p.issued_on,
                      app.number if app else "", _status(p, events, today), revisions,
                      [EventInfo(K(e.kind), e.effective_from, e.effective_until, e.reason, e.document_ref,
                                 names.get(e.actor_id, "") if e.actor_id else "", e.at) for e in events],
                      permit_checks(s, p.id))


def _facility_province(s: Session, facility_id: int) -> int:
    province_id = s.scalar(select(Facility.province_id).where(Facility.id == facility_id))
    if province_id is None:
        raise NotFound(msg("SHGM", "{facility_id} numaralı sağlık tesisi bulunamadı.").format(
                           facility_id=facility_id))
    return province_id


def permit(ctx: AppContext, permit_id: int) -> PermitInfo:
    require(ctx.actor, PERMIT_READERS, action=msg("Yetki", "izin belgesi"))
    with ctx.read() as s:
        p = s.get(Permit, permit_id)
        if p is None:
            raise NotFound(msg("SHGM", "{permit_id} numaralı izin bulunamadı.").format(permit_id=permit_id))
        require_permit_reader(ctx.actor, _facility_province(s, p.facility_id))
        return _permit_info(s, p, ctx.clock.today())


def history(ctx: AppContext, facility_id: int) -> list[PermitInfo]:
    """Every permit of the facility with its revisions and dated events, oldest first."""
    require(ctx.actor, PERMIT_READERS, action=msg("Yetki", "izin geçmişi"))
    with ctx.read() as s:
        require_permit_reader(ctx.actor, _facility_province(s, facility_id), msg("Yetki", "Bu tesisin izin geçmişi"))
        return [_permit_info(s, p, ctx.clock.today()) for p in s.scalars(
            select(Permit).where(Permit.facility_id == facility_id).order_by(Permit.issued_on, Permit.id))]


@dataclass(frozen=True)
class PermitRow:
    id: int
    number: str
    facility_id: int
    facility_name: str
    ex_officio: bool
    issued_on: dt.date
    revision_no: int
    status: PermitStatus


def recent_permits(ctx: AppContext, search: str = "", limit: int = 200) -> list[PermitRow]:
    """Permits, newest first; `search` matches the number, the ÇKYS code or the facility name."""
    from app.textfold import fold

    require(ctx.actor, READERS, action=msg("Yetki", "izin listesi"))
    today = ctx.clock.today()
    stmt = select(Permit, Facility).join(Facility, Permit.facility_id == Facility.id)
    if term := search.strip():
        like = f"%{term}%"
        stmt = stmt.where(Permit.number.like(like) | Facility.ckys_code.like(like)
                          | Facility.name_fold.like(f"%{fold(term)}%"))
    out = []
    with ctx.read() as s:
        for p, f in s.execute(stmt.order_by(Permit.id.desc()).limit(limit)):
            rev = s.scalar(select(PermitRevision.revision_no).where(PermitRevision.permit_id == p.id)
                           .order_by(PermitRevision.revision_no.desc()).limit(1)) or 0
            out.append(PermitRow(p.id, p.number, f.id, f.name, p.ex_officio, p.issued_on, rev,
                                 _status(p, _events(s, p.id), today)))
    return out


@dataclass(frozen=True)
class PermitDocument:
    filename: str
    content: bytes


def permit_document(ctx: AppContext, permit_id: int, revision_no: int | None = None) -> PermitDocument:
    """The signed PDF of a revision (the latest by default), as shown and printed: a permit not in force today
    (revoked, suspended) or a replaced revision carries its status across the page (`permit_status.permit_stamp`);
    the stored file stays as signed."""
    require(ctx.actor, PERMIT_READERS, action=msg("Yetki", "izin belgesi"))
    with ctx.read() as s:
        p = s.get(Permit, permit_id)
        if p is None:
            raise NotFound(msg("SHGM", "{permit_id} numaralı izin bulunamadı.").format(permit_id=permit_id))
        require_permit_reader(ctx.actor, _facility_province(s, p.facility_id))
        stmt = select(PermitRevision).where(PermitRevision.permit_id == permit_id)
        if revision_no is not None:
            stmt = stmt.where(PermitRevision.revision_no == revision_no)
        rev = s.scalars(stmt.order_by(PermitRevision.revision_no.desc()).limit(1)).first()
        if rev is None or rev.document_id is None:
            raise NotFound(msg("SHGM", "Bu izin için kayıtlı belge bulunamadı."))
        doc = s.get(Document, rev.document_id)
        assert doc is not None
        stamp = permit_stamp(_status(p, _events(s, p.id), ctx.clock.today()), rev.superseded_on, ctx.clock.today())
        return PermitDocument(doc.filename, shown_copy(bytes(doc.content), stamp))
