"""SHGM's work on a forwarded application: the queue, the read-only review, the USH area decision or the
rejection, the ÇKYS record (a file, since the system cannot reach ÇKYS) and its mark; ex officio decisions.

Roles (docs/permits.md): SHGM İnceleme Uzmanı and SHGM Onay Yetkilisi both decide areas, reject, export and
mark ÇKYS records; only the Onay Yetkilisi issues and changes permits (app.workflows.shgm.permits), because the
permit carries that official's signature. Reading the queue is open to SHGM, administrators and auditors.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Application,
    ApplicationArea,
    AreaAssignment,
    Branch,
    Facility,
    FacilityType,
    Permit,
    PermitRevision,
    Province,
    ShgmDecision,
    StateTransition,
    UshArea,
)
from app.workflows.common.application_view import ApplicationDetail, application_detail, load_application
from app.workflows.common.clock import local_date
from app.workflows.common.context import AppContext
from app.workflows.common.errors import NotFound, ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permissions import SHGM, require
from app.workflows.common.permit_status import live_permit
from app.workflows.common.states import AppState, IllegalTransition, allowed_events
from app.workflows.common.transitions import apply
from app.workflows.common.vocabulary import Role

READERS = (*SHGM, Role.ADMIN, Role.AUDITOR)
CKYS_SCHEMA = "ush-izin/ckys-ush-alan/1"
CSV_COLUMNS = ("karar_no", "karar_tarihi", "resen", "basvuru_no", "ckys_kurum_kodu", "tesis_adi", "tesis_turu",
               "il_kodu", "il_adi", "ilce", "vergi_no", "mersis_no", "alan_kodu", "alan_adi", "brans_kodu",
               "brans_adi")
Area = tuple[str, str | None]


# --- what may be done ---------------------------------------------------------------------------------------------

class DecisionAction(StrEnum):
    ASSIGN_AREAS = "assign_areas"    # decide the USH areas of a forwarded application
    REJECT = "reject"                # reject a forwarded application
    EXPORT_CKYS = "export_ckys"      # write the ÇKYS record file of an approved decision
    MARK_CKYS = "mark_ckys"          # note the ÇKYS reference once the areas are recorded in ÇKYS
    ISSUE_PERMIT = "issue_permit"    # the Faaliyet İzin Belgesi (app.workflows.shgm.permits.issue_permit)


def review_actions(state: AppState) -> frozenset[DecisionAction]:
    """SHGM decides on an application only while it is forwarded to it and undecided: the areas or a rejection
    (the legal transitions of app.workflows.common.states)."""
    allowed = allowed_events(state)
    return frozenset(a for a, event in ((DecisionAction.ASSIGN_AREAS, "shgm_assign_areas"),
                                        (DecisionAction.REJECT, "shgm_reject")) if event in allowed)


def decision_actions(outcome: str, ckys_recorded: bool, has_permit: bool) -> frozenset[DecisionAction]:
    """The way of an approved decision to a permit: its ÇKYS file may be written (again) at any time; the ÇKYS
    mark is recorded once; the permit is issued once, and only after the ÇKYS mark. A rejected decision goes
    nowhere."""
    if outcome != "approved":
        return frozenset()
    actions = {DecisionAction.EXPORT_CKYS}
    if not ckys_recorded:
        actions.add(DecisionAction.MARK_CKYS)
    elif not has_permit:
        actions.add(DecisionAction.ISSUE_PERMIT)
    return frozenset(actions)


def areas_differ(requested: list[Area] | set[Area], chosen: list[Area]) -> bool:
    """The areas decided differ from those requested: the difference needs a written reason."""
    return set(chosen) != set(requested)


# --- reading ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class QueueRow:
    application_id: int
    number: str
    facility_name: str
    ckys_code: str
    province_name: str
    forwarded_at: dt.datetime | None
    days_waiting: int
    area_count: int


def queue(ctx: AppContext) -> list[QueueRow]:
    """Forwarded applications waiting for SHGM, oldest forwarding first."""
    require(ctx.actor, READERS, action=msg("Yetki", "SHGM kuyruğu"))
    today = ctx.clock.today()
    fwd = (select(StateTransition.application_id, func.max(StateTransition.at).label("at"))
           .where(StateTransition.event == "forward").group_by(StateTransition.application_id).subquery())
    areas = (select(ApplicationArea.application_id, func.count().label("n"))
             .group_by(ApplicationArea.application_id).subquery())
    stmt = (select(Application.id, Application.number, Facility.name, Facility.ckys_code, Province.name, fwd.c.at,
                   areas.c.n)
            .join(Facility, Application.facility_id == Facility.id)
            .join(Province, Application.province_id == Province.id)
            .outerjoin(fwd, fwd.c.application_id == Application.id)
            .outerjoin(areas, areas.c.application_id == Application.id)
            .where(Application.state == AppState.FORWARDED.value))
    with ctx.read() as s:
        rows = s.execute(stmt).all()
    out = [QueueRow(i, n, fname, ckys, pname, at, (today - local_date(at)).days if at else 0, cnt or 0)
           for i, n, fname, ckys, pname, at, cnt in rows]
    far_past = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return sorted(out, key=lambda r: (r.forwarded_at or far_past, r.application_id))


@dataclass(frozen=True)
class AreaChoice:
    code: str
    name: str
    branch_code: str | None
    branch_name: str

    @property
    def key(self) -> Area:
        return (self.code, self.branch_code)

    @property
    def label(self) -> str:
        return f"{self.name} — {self.branch_name}" if self.branch_name else self.name


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    application_id: int | None
    application_number: str
    facility_id: int
    facility_name: str
    outcome: str                      # approved, rejected
    reasons: str
    area_difference_reason: str
    ex_officio: bool
    decided_at: dt.datetime
    decided_by: str
    ckys_exported_at: dt.datetime | None
    ckys_recorded_at: dt.datetime | None
    ckys_reference: str | None
    areas: list[AreaChoice] = field(default_factory=list)
    permit_id: int | None = None      # the permit issued from it (an amendment: once its revision is signed)
    permit_number: str = ""
    amends_permit_id: int | None = None   # an amendment of this permit's areas (through ÇKYS like an issue)
    amends_permit_number: str = ""

    @property
    def actions(self) -> frozenset[DecisionAction]:
        return decision_actions(self.outcome, self.ckys_recorded_at is not None, bool(self.permit_id))

    @property
    def stage(self) -> str:
        if self.outcome == "rejected":
            return msg("SHGM", "Reddedildi")
        if self.permit_id:
            return msg("SHGM", "Değişiklik imzalandı") if self.amends_permit_id else \
                msg("SHGM", "İzin belgesi düzenlendi")
        if self.ckys_recorded_at:
            return (msg("SHGM", "ÇKYS'ye kaydedildi; değişikliğin imzası bekliyor") if self.amends_permit_id
                    else msg("SHGM", "ÇKYS'ye kaydedildi; izin belgesi bekliyor"))
        if self.ckys_exported_at:
            return msg("SHGM", "ÇKYS dosyası üretildi; kayıt bekliyor")
        return msg("SHGM", "Alanlar belirlendi; ÇKYS dosyası bekliyor")


@dataclass(frozen=True)
class ShgmReview:
    detail: ApplicationDetail          # facility, checklist, notifications, documents … (read only)
    requested: list[AreaChoice]
    forwarded_at: dt.datetime | None
    days_waiting: int
    decision: DecisionInfo | None

    @property
    def actions(self) -> frozenset[DecisionAction]:
        return review_actions(self.detail.state)


def review_view(ctx: AppContext, app_id: int) -> ShgmReview:
    """Everything the İSM recorded on a forwarded application, read only, with SHGM's decision if any."""
    require(ctx.actor, READERS, action=msg("Yetki", "SHGM inceleme"))
    detail = application_detail(ctx, app_id)
    with ctx.read() as s:
        requested = _requested(s, app_id)
        at = s.scalar(select(func.max(StateTransition.at)).where(StateTransition.application_id == app_id,
                                                                 StateTransition.event == "forward"))
        did = s.scalar(select(ShgmDecision.id).where(ShgmDecision.application_id == app_id))
        decision = _decision_info(s, did) if did else None
    days = (ctx.clock.today() - local_date(at)).days if at else 0
    return ShgmReview(detail, requested, at, days, decision)


def decision(ctx: AppContext, decision_id: int) -> DecisionInfo:
    require(ctx.actor, READERS, action=msg("Yetki", "SHGM kararı"))
    with ctx.read() as s:
        return _decision_info(s, decision_id)


def decisions(ctx: AppContext, include_done: bool = False) -> list[DecisionInfo]:
    """Approved decisions on their way to a permit (ÇKYS file, ÇKYS mark, permit), newest first."""
    require(ctx.actor, READERS, action=msg("Yetki", "SHGM kararları"))
    with ctx.read() as s:
        issued = select(Permit.decision_id).where(Permit.decision_id.is_not(None))
        signed = select(PermitRevision.decision_id).where(PermitRevision.decision_id.is_not(None))
        stmt = select(ShgmDecision.id).where(ShgmDecision.outcome == "approved")
        if not include_done:
            stmt = stmt.where(ShgmDecision.id.not_in(issued), ShgmDecision.id.not_in(signed))
        return _decision_infos(s, stmt.order_by(ShgmDecision.decided_at.desc(), ShgmDecision.id.desc()))


def _decision_infos(s: Session, ids_stmt) -> list[DecisionInfo]:  # type: ignore[no-untyped-def]
    """`_decision_info` for every decision `ids_stmt` selects (in its order), in six statements whatever their
    number: the SHGM desk reads this list when it is built (3,614 decisions of the 100k database took ~29,000
    statements, 40-80 s, one decision at a time)."""
    from app.models import User

    wanted = ids_stmt.subquery()
    chosen = select(wanted.c.id)
    rows = s.execute(
        select(ShgmDecision, Facility.name, Application.number, User.full_name)
        .join(wanted, wanted.c.id == ShgmDecision.id)
        .join(Facility, Facility.id == ShgmDecision.facility_id)
        .outerjoin(Application, Application.id == ShgmDecision.application_id)
        .outerjoin(User, User.id == ShgmDecision.decided_by_id)).all()
    found = {d.id: (d, facility, number, user) for d, facility, number, user in rows}
    areas: dict[int, list[Area]] = {}
    for did, code, branch in s.execute(
            select(AreaAssignment.decision_id, AreaAssignment.area_code, AreaAssignment.branch_code)
            .where(AreaAssignment.decision_id.in_(chosen))):
        areas.setdefault(did, []).append((code, branch))
    permits: dict[int, tuple[int, str]] = {}
    for did, pid, number in s.execute(select(Permit.decision_id, Permit.id, Permit.number)
                                      .where(Permit.decision_id.in_(chosen)).order_by(Permit.id)):
        permits.setdefault(did, (pid, number))
    amended = dict(s.execute(select(ShgmDecision.id, Permit.number)
                             .join(Permit, Permit.id == ShgmDecision.amends_permit_id)
                             .where(ShgmDecision.id.in_(chosen))).all())
    signed = set(s.scalars(select(PermitRevision.decision_id).where(PermitRevision.decision_id.in_(chosen))))
    names = _AreaNames(s)
    out = []
    for did in s.scalars(ids_stmt):
        d, facility, number, user = found[did]
        permit = permits.get(did)
        if d.amends_permit_id is not None:
            permit = (d.amends_permit_id, amended.get(did, "")) if did in signed else None
        out.append(DecisionInfo(d.id, d.application_id, (number or "") if d.application_id else "", d.facility_id,
                                facility, d.outcome, d.reasons, d.area_difference_reason, d.ex_officio, d.decided_at,
                                (user or "") if d.decided_by_id else "", d.ckys_exported_at, d.ckys_recorded_at,
                                d.ckys_reference, names.choices(areas.get(did, [])),
                                permit[0] if permit else None, permit[1] if permit else "",
                                d.amends_permit_id, amended.get(did, "")))
    return out


def _requested(s: Session, app_id: int) -> list[AreaChoice]:
    rows = s.execute(
        select(ApplicationArea.area_code, UshArea.name, ApplicationArea.branch_code, Branch.name)
        .join(UshArea, ApplicationArea.area_code == UshArea.code)
        .outerjoin(Branch, ApplicationArea.branch_code == Branch.code)
        .where(ApplicationArea.application_id == app_id)
        .order_by(UshArea.sort_order, ApplicationArea.area_code, ApplicationArea.branch_code)).all()
    return [AreaChoice(c, n, b, bn or "") for c, n, b, bn in rows]


def area_choices(s: Session, areas: list[Area]) -> list[AreaChoice]:
    """Names for (area code, branch code) pairs; unknown codes raise ValidationFailed."""
    return _AreaNames(s).choices(areas)


class _AreaNames:
    """The USH areas' and branches' names, read once (for one decision or a whole list of them)."""

    def __init__(self, s: Session) -> None:
        self.names: dict[str, str] = {}
        self.order: dict[str, int] = {}
        for code, name, sort_order in s.execute(select(UshArea.code, UshArea.name, UshArea.sort_order)):
            self.names[code], self.order[code] = name, sort_order
        self.branches = {code: name for code, name in s.execute(select(Branch.code, Branch.name))}

    def choices(self, areas: list[Area]) -> list[AreaChoice]:
        names, order, branches = self.names, self.order, self.branches
        out, bad = [], []
        for code, branch in areas:
            if code not in names or (branch is not None and branch not in branches):
                bad.append(f"{code}/{branch or '-'}")
                continue
            out.append(AreaChoice(code, names[code], branch, branches.get(branch, "") if branch else ""))
        if bad:
            raise ValidationFailed({"areas": msg("SHGM", "Tanımsız USH alanı ya da uzmanlık dalı: {areas}.").format(
                areas=", ".join(bad))})
        return sorted(out, key=lambda a: (order[a.code], a.code, a.branch_code or ""))


def all_area_choices(ctx: AppContext) -> tuple[list[AreaChoice], list[AreaChoice]]:
    """(service types, branches as choices) in force today, for the ex officio and amendment forms."""
    today = ctx.clock.today()
    with ctx.read() as s:
        areas = [AreaChoice(a.code, a.name, None, "") for a in s.scalars(
            select(UshArea).where(UshArea.valid_from <= today)
            .where((UshArea.retired_on.is_(None)) | (UshArea.retired_on > today)).order_by(UshArea.sort_order))]
        branches = [AreaChoice(b.code, b.name, b.code, b.name) for b in s.scalars(select(Branch).order_by(Branch.code))]
    return areas, branches


def _decision_info(s: Session, decision_id: int) -> DecisionInfo:
    from app.models import User

    d = s.get(ShgmDecision, decision_id)
    if d is None:
        raise NotFound(msg("SHGM", "{decision_id} numaralı SHGM kararı bulunamadı.").format(decision_id=decision_id))
    f = s.get(Facility, d.facility_id)
    assert f is not None
    app = s.get(Application, d.application_id) if d.application_id else None
    user = s.get(User, d.decided_by_id) if d.decided_by_id else None
    rows = s.execute(select(AreaAssignment.area_code, AreaAssignment.branch_code)
                     .where(AreaAssignment.decision_id == d.id)).all()
    areas = area_choices(s, [(c, b) for c, b in rows])
    permit = s.execute(select(Permit.id, Permit.number).where(Permit.decision_id == d.id)).first()
    amended = s.get(Permit, d.amends_permit_id) if d.amends_permit_id is not None else None
    if amended is not None:
        signed = s.scalar(select(PermitRevision.id).where(PermitRevision.decision_id == d.id).limit(1))
        permit = (amended.id, amended.number) if signed else None
    return DecisionInfo(d.id, d.application_id, app.number if app else "", f.id, f.name, d.outcome, d.reasons,
                        d.area_difference_reason, d.ex_officio, d.decided_at, user.full_name if user else "",
                        d.ckys_exported_at, d.ckys_recorded_at, d.ckys_reference, areas,
                        permit[0] if permit else None, permit[1] if permit else "",
                        amended.id if amended else None, amended.number if amended else "")


# --- deciding -----------------------------------------------------------------------------------------------------

def assign_areas(ctx: AppContext, app_id: int, areas: list[Area], difference_reason: str = "") -> int:
    """Decide the USH areas the facility may serve (from those requested). Returns the decision id.

    Any difference from the request (an area left out) needs a reason; areas that were not requested
    cannot be added (the facility did not apply for them).
    """
    reason = (difference_reason or "").strip()
    chosen = list(dict.fromkeys((c, b or None) for c, b in areas))
    with ctx.write() as s:
        app = load_application(s, app_id)
        require(ctx.actor, SHGM, action=msg("Yetki", "USH alanlarını belirleme"))
        if DecisionAction.ASSIGN_AREAS not in review_actions(AppState(app.state)):
            raise IllegalTransition("shgm_assign_areas", AppState(app.state))
        requested = {a.key for a in _requested(s, app_id)}
        errors = {}
        if not chosen:
            errors["areas"] = msg("SHGM", "En az bir USH alanı seçin; hiçbir alan uygun değilse başvuruyu reddedin.")
        elif extra := [c for c in chosen if c not in requested]:
            errors["areas"] = msg("SHGM", "Başvuruda istenmeyen alanlar izne eklenemez: {areas}.").format(
                areas=", ".join(f"{c}{'/' + b if b else ''}" for c, b in extra))
        elif areas_differ(requested, chosen) and not reason:
            errors["difference_reason"] = (msg("SHGM", "Belirlenen alanlar başvuruda istenenlerden farklı; farkın "
                                                       "gerekçesini yazın."))
        if errors:
            raise ValidationFailed(errors)
        if not areas_differ(requested, chosen):
            reason = ""
        d = ShgmDecision(application_id=app.id, facility_id=app.facility_id, outcome="approved",
                         area_difference_reason=reason, decided_by_id=ctx.actor.user_id, decided_at=ctx.clock.now())
        s.add(d)
        s.flush()
        for code, branch in chosen:
            s.add(AreaAssignment(decision_id=d.id, area_code=code, branch_code=branch))
        apply(s, ctx, app, "shgm_assign_areas", reason)
        return d.id


def reject(ctx: AppContext, app_id: int, reasons: str | list[str]) -> int:
    """Reject a forwarded application with reasons; the İSM sees the decision and the reasons."""
    text = "\n".join(r.strip() for r in reasons if r.strip()) if isinstance(reasons, list) else reasons.strip()
    if not text:
        raise ValidationFailed({"reasons": msg("SHGM", "Ret için gerekçe yazın; gerekçe İl Sağlık Müdürlüğüne "
                                                       "iletilir.")})
    with ctx.write() as s:
        app = load_application(s, app_id)
        require(ctx.actor, SHGM, action=msg("Yetki", "SHGM ret"))
        if DecisionAction.REJECT not in review_actions(AppState(app.state)):
            raise IllegalTransition("shgm_reject", AppState(app.state))
        d = ShgmDecision(application_id=app.id, facility_id=app.facility_id, outcome="rejected", reasons=text,
                         decided_by_id=ctx.actor.user_id, decided_at=ctx.clock.now())
        s.add(d)
        s.flush()
        apply(s, ctx, app, "shgm_reject", text)
        return d.id


def start_ex_officio(ctx: AppContext, facility_id: int, areas: list[Area], reason: str) -> int:
    """An ex officio (resen) decision for a Ministry facility, without an İSM application."""
    reason = (reason or "").strip()
    chosen = list(dict.fromkeys((c, b or None) for c, b in areas))
    with ctx.write() as s:
        require(ctx.actor, SHGM, action=msg("Yetki", "resen izin"))
        f = s.get(Facility, facility_id)
        if f is None:
            raise NotFound(msg("SHGM", "{facility_id} numaralı sağlık tesisi bulunamadı.").format(
                               facility_id=facility_id))
        ftype = s.get(FacilityType, f.type_code)
        errors = {}
        if ftype is None or not ftype.ex_officio_allowed:
            errors["facility"] = (msg("SHGM", "Resen izin yalnızca Bakanlığa bağlı sağlık tesislerine verilebilir; "
                                              "{name} '{value}' türünde. Bu tesis İl Sağlık Müdürlüğüne "
                                              "başvurmalıdır.").format(
                                      name=f.name, value=ftype.name if ftype else f.type_code))
        if not reason:
            errors["reason"] = msg("SHGM", "Resen izin için gerekçe yazın.")
        if not chosen:
            errors["areas"] = msg("SHGM", "En az bir USH alanı seçin.")
        if errors:
            raise ValidationFailed(errors)
        area_choices(s, chosen)
        if live_permit(s, facility_id, ctx.clock.today()) is not None:
            raise ValidationFailed({"facility": msg("SHGM", "Bu tesisin yürürlükte bir USH izni var; alanları "
                                                            "değiştirmek için izin belgesinde 'Alanları değiştir' "
                                                            "işlemini kullanın.")})
        d = ShgmDecision(application_id=None, facility_id=facility_id, outcome="approved", reasons=reason,
                         ex_officio=True, decided_by_id=ctx.actor.user_id, decided_at=ctx.clock.now())
        s.add(d)
        s.flush()
        for code, branch in chosen:
            s.add(AreaAssignment(decision_id=d.id, area_code=code, branch_code=branch))
        return d.id


@dataclass(frozen=True)
class FacilityChoice:
    id: int
    name: str
    ckys_code: str
    province_name: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.ckys_code}, {self.province_name})"


def ex_officio_facilities(ctx: AppContext, search: str = "", limit: int = 100) -> list[FacilityChoice]:
    """Facilities that may get a permit ex officio (their type allows it), matching `search` (name or ÇKYS code)."""
    from app.textfold import fold

    require(ctx.actor, READERS, action=msg("Yetki", "resen izin"))
    stmt = (select(Facility.id, Facility.name, Facility.ckys_code, Province.name)
            .join(FacilityType, Facility.type_code == FacilityType.code)
            .join(Province, Facility.province_id == Province.id)
            .where(FacilityType.ex_officio_allowed.is_(True)))
    if term := search.strip():
        stmt = stmt.where(Facility.name_fold.like(f"%{fold(term)}%") | Facility.ckys_code.like(f"%{term}%"))
    with ctx.read() as s:
        return [FacilityChoice(*row) for row in s.execute(stmt.order_by(Facility.name_fold).limit(limit))]


# --- ÇKYS ---------------------------------------------------------------------------------------------------------

def ckys_record(s: Session, decision_id: int) -> dict:
    """The ÇKYS record of an approved decision (docs/ckys-export.md)."""
    d = s.get(ShgmDecision, decision_id)
    if d is None:
        raise NotFound(msg("SHGM", "{decision_id} numaralı SHGM kararı bulunamadı.").format(decision_id=decision_id))
    if DecisionAction.EXPORT_CKYS not in decision_actions(d.outcome, d.ckys_recorded_at is not None, False):
        raise ValidationFailed({"decision": msg("SHGM", "Reddedilen bir karar için ÇKYS kaydı üretilmez.")})
    f = s.get(Facility, d.facility_id)
    assert f is not None
    ftype = s.get(FacilityType, f.type_code)
    province = s.get(Province, f.province_id)
    app = s.get(Application, d.application_id) if d.application_id else None
    rows = s.execute(select(AreaAssignment.area_code, AreaAssignment.branch_code)
                     .where(AreaAssignment.decision_id == d.id)).all()
    areas = sorted(area_choices(s, [(c, b) for c, b in rows]), key=lambda a: (a.code, a.branch_code or ""))
    amended = s.get(Permit, d.amends_permit_id) if d.amends_permit_id is not None else None
    return {
        "schema": CKYS_SCHEMA,
        "decision": {"id": d.id, "decided_at": d.decided_at.isoformat(), "decided_on": local_date(d.decided_at)
                     .isoformat(), "ex_officio": d.ex_officio, "area_difference_reason": d.area_difference_reason,
                     # an amendment: the permit whose areas these replace (null: the first issue)
                     "amends_permit": ({"number": amended.number, "reason": d.reasons} if amended else None)},
        "application": ({"number": app.number, "received_on": app.received_on.isoformat()} if app else None),
        "facility": {"ckys_code": f.ckys_code, "name": f.name, "type_code": f.type_code,
                     "type_name": ftype.name if ftype else "", "province_code": f.province_id,
                     "province_name": province.name if province else "", "district": f.district,
                     "tax_no": f.tax_no, "mersis_no": f.mersis_no},
        "areas": [{"area_code": a.code, "area_name": a.name, "branch_code": a.branch_code,
                   "branch_name": a.branch_name or None} for a in areas],
    }


def ckys_export(ctx: AppContext, decision_id: int, folder: str | Path) -> tuple[Path, Path]:
    """Write the ÇKYS record as JSON and CSV into `folder`; returns both paths and notes the export time."""
    require(ctx.actor, SHGM, action=msg("Yetki", "ÇKYS dosyası"))
    folder = Path(folder)
    now = ctx.clock.now()
    with ctx.read() as s:
        record = ckys_record(s, decision_id)
    record = {**record, "generated_at": now.isoformat(), "generated_by": ctx.actor.username}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        base = folder / f"ckys-ush-karar-{decision_id}"
        json_path, csv_path = base.with_suffix(".json"), base.with_suffix(".csv")
        json_path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, delimiter=";")
            w.writerow(CSV_COLUMNS)
            dec, fac, app = record["decision"], record["facility"], record["application"]
            for a in record["areas"]:
                w.writerow([dec["id"], dec["decided_on"], "evet" if dec["ex_officio"] else "hayır",
                            app["number"] if app else "", fac["ckys_code"], fac["name"], fac["type_name"],
                            f"{fac['province_code']:02d}", fac["province_name"], fac["district"],
                            fac["tax_no"] or "", fac["mersis_no"] or "", a["area_code"], a["area_name"],
                            a["branch_code"] or "", a["branch_name"] or ""])
    except OSError as exc:
        raise ValidationFailed({"folder": msg("SHGM", "ÇKYS dosyası yazılamadı ({folder}): {strerror}").format(
                                              folder=folder, strerror=exc.strerror)}) from exc
    with ctx.write() as s:
        d = s.get(ShgmDecision, decision_id)
        assert d is not None
        d.ckys_exported_at = now
    return json_path, csv_path


def mark_ckys_recorded(ctx: AppContext, decision_id: int, reference: str) -> None:
    """The reviewer recorded the areas in ÇKYS: note the ÇKYS reference. The permit can be issued from now on."""
    reference = (reference or "").strip()
    if not reference:
        raise ValidationFailed({"reference": msg("SHGM", "ÇKYS kayıt numarasını (referans) yazın.")})
    if len(reference) > 60:
        raise ValidationFailed({"reference": msg("SHGM", "ÇKYS kayıt numarası en çok 60 karakter olabilir.")})
    with ctx.write() as s:
        require(ctx.actor, SHGM, action=msg("Yetki", "ÇKYS kaydı"))
        d = s.get(ShgmDecision, decision_id)
        if d is None:
            raise NotFound(msg("SHGM", "{decision_id} numaralı SHGM kararı bulunamadı.").format(
                               decision_id=decision_id))
        if DecisionAction.MARK_CKYS not in decision_actions(d.outcome, d.ckys_recorded_at is not None, False):
            if d.outcome != "approved":
                raise ValidationFailed({"decision": msg("SHGM", "Reddedilen bir karar ÇKYS'ye kaydedilmez.")})
            raise ValidationFailed({"reference": msg("SHGM", "Bu karar {ckys_reference} numarasıyla zaten ÇKYS'ye "
                                                             "kaydedilmiş.").format(ckys_reference=d.ckys_reference)})
        d.ckys_recorded_at = ctx.clock.now()
        d.ckys_reference = reference
        if d.application_id is not None:
            app = load_application(s, d.application_id)
            apply(s, ctx, app, "record_ckys", f"ÇKYS kayıt no: {reference}")
