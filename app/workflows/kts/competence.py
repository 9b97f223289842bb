"""Technical evaluations and the Genel Yetkinlik Puanı (SBYS Yönetmeliği md. 20): the yearly plan of each SBYS,
the evaluations recorded against the published criteria, the declarations (personnel, open-source database and
operating system), the weights (a system setting) and the published list. The rules are pure functions in
`evaluation_plan` and `scores`; this module loads the facts and writes. docs/kts-rules.md ("Genel Yetkinlik").
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Application,
    CompetenceCriteriaVersion,
    CompetenceDeclaration,
    Facility,
    SystemSetting,
    TechnicalEvaluation,
    User,
    Vendor,
    VendorProduct,
)
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError, NotFound, ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permissions import ISM, require, require_kts_reader
from app.workflows.common.tabular_export import ExportedFile, export_list
from app.workflows.common.vendors import status_on
from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS, Role, VendorStatus
from app.workflows.kts import registry
from app.workflows.kts.evaluation_plan import (
    CENTRAL_PROVINCE,
    Evaluator,
    PlanImpossible,
    Planned,
    Site,
    plan_problems,
    propose_plan,
)
from app.workflows.kts.scores import (
    Criterion,
    ScoreError,
    Weights,
    bands_from,
    criteria_from,
    evaluation_score,
    general_score,
    open_source_raise,
    personnel_score,
    technical_score,
)

KTS = (Role.KTS_OFFICER, Role.ADMIN)
WEIGHTS_KEY = "kts_competence_weights"


def _fmt(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "-"


# --- the weights (a system setting) ----------------------------------------------------------------------------------

def weights(session: Session) -> Weights:
    row = session.get(SystemSetting, WEIGHTS_KEY)
    if row is None:
        return Weights()
    v = row.value
    default = Weights()
    return Weights(int(v.get("technical", default.technical)), int(v.get("personnel", default.personnel)),
                   int(v.get("open_source_raise", default.open_source_raise)))


def set_weights(ctx: AppContext, new: Weights) -> None:
    """The administrator changes the weights of the Genel Yetkinlik Puanı (shared by every desk)."""
    require(ctx.actor, (Role.ADMIN,), action=msg("Yetki", "Genel Yetkinlik Puanı ağırlıklarını değiştirme"))
    if new.technical < 0 or new.personnel < 0 or new.technical + new.personnel <= 0 or new.open_source_raise < 0:
        raise ValidationFailed({"weights": msg("KTS", "Ağırlıklar negatif olamaz ve toplamları sıfırdan büyük "
                                                      "olmalı.")})
    with ctx.write() as s:
        row = s.get(SystemSetting, WEIGHTS_KEY)
        value = {"technical": new.technical, "personnel": new.personnel, "open_source_raise": new.open_source_raise}
        if row is None:
            s.add(SystemSetting(key=WEIGHTS_KEY, value=value))
        else:
            row.value = value


# --- published criteria -------------------------------------------------------------------------------------------

def criteria_in_force(session: Session, kind: str, on: dt.date) -> CompetenceCriteriaVersion:
    """The published criteria (technical) or scale (personnel) in force on a day: the latest that began by then."""
    v = CompetenceCriteriaVersion
    version = session.scalars(
        select(v).where(v.kind == kind, v.effective_from <= on, v.effective_until.is_(None) | (v.effective_until >= on))
        .order_by(v.effective_from.desc(), v.id.desc())).first()
    if version is None:
        what = msg("KTS", "teknik değerlendirme ölçütleri") if kind == "technical" else \
            msg("KTS", "personel kapasite ölçeği")
        raise DomainError(msg("KTS", "{on} tarihinde yürürlükte yayımlanmış {what} yok.").format(
                              on=_fmt(on), what=what))
    return version


# --- the plan -----------------------------------------------------------------------------------------------------

def product_sites(session: Session, product_id: int) -> list[Site]:
    """The facilities where the product serves, each since the first application naming it there (refused and
    withdrawn applications do not count; an application naming the producer but no product counts for each)."""
    product = session.get(VendorProduct, product_id)
    if product is None:
        raise NotFound(msg("KTS", "Ürün bulunamadı (#{product_id}).").format(product_id=product_id))
    rows = session.execute(
        select(Facility.id, Facility.province_id, Facility.name, func.min(Application.received_on))
        .join(Application, Application.facility_id == Facility.id)
        .where(Application.vendor_id == product.vendor_id,
               (Application.product_id == product_id) | Application.product_id.is_(None),
               Application.state.not_in(registry.NOT_SERVING_STATES))
        .group_by(Facility.id, Facility.province_id, Facility.name)).all()
    return [Site(fid, province, since, name) for fid, province, name, since in rows]


def evaluator_pool(session: Session) -> list[Evaluator]:
    """Who may evaluate: the KTS officers (the Genel Müdürlük, in Ankara) and İSM staff (their province)."""
    rows = session.execute(select(User.full_name, User.role, User.province_id)
                           .where(User.active.is_(True), User.role.in_(
                               [Role.KTS_OFFICER.value, *(r.value for r in ISM)]))
                           .order_by(User.id)).all()
    return [Evaluator(name, province if province is not None else CENTRAL_PROVINCE) for name, role, province in rows
            if role == Role.KTS_OFFICER.value or province is not None]


@dataclass(frozen=True)
class PlanRow:
    facility_id: int
    facility_name: str
    province_id: int
    serving_since: dt.date
    evaluator_name: str
    evaluator_province_id: int


def _rows(plan: list[Planned], sites: list[Site]) -> list[PlanRow]:
    by_id = {s.facility_id: s for s in sites}
    return [PlanRow(p.facility_id, by_id[p.facility_id].name, by_id[p.facility_id].province_id,
                    by_id[p.facility_id].serving_since, p.evaluator.name, p.evaluator.province_id) for p in plan]


def propose(ctx: AppContext, product_id: int, on: dt.date) -> list[PlanRow]:
    """The desk's proposal for a product's evaluations on `on` (nothing written); PlanImpossible says why not."""
    require_kts_reader(ctx.actor, msg("Yetki", "Teknik değerlendirme planı"))
    with ctx.read() as s:
        sites = product_sites(s, product_id)
        return _rows(propose_plan(sites, evaluator_pool(s), on), sites)


def save_plan(ctx: AppContext, product_id: int, year: int, on: dt.date, plan: list[Planned]) -> list[int]:
    """Record a product's plan for a year; refused (nothing written) when it breaks md. 20 or a plan exists."""
    require(ctx.actor, KTS, action=msg("Yetki", "teknik değerlendirme planlama"))
    if on.year != year:
        raise ValidationFailed({"planned_on": msg("KTS", "Değerlendirme tarihi {year} yılı içinde olmalıdır.").format(
                                                  year=year)})
    with ctx.write() as s:
        product = s.get(VendorProduct, product_id)
        if product is None:
            raise NotFound(msg("KTS", "Ürün bulunamadı (#{product_id}).").format(product_id=product_id))
        if s.scalar(select(func.count()).select_from(TechnicalEvaluation)
                    .where(TechnicalEvaluation.product_id == product_id, TechnicalEvaluation.year == year)):
            raise DomainError(msg("KTS", "{name} için {year} yılının planı zaten kayıtlı.").format(
                                  name=product.name, year=year))
        sites = product_sites(s, product_id)
        problems = plan_problems(plan, sites, on)
        if problems:
            raise PlanImpossible(problems)
        ids = []
        for p in plan:
            e = TechnicalEvaluation(vendor_id=product.vendor_id, product_id=product_id, year=year,
                                    facility_id=p.facility_id, evaluator_name=p.evaluator.name,
                                    evaluator_province_id=p.evaluator.province_id, planned_on=on)
            s.add(e)
            s.flush()
            ids.append(e.id)
        return ids


def record_evaluation(ctx: AppContext, evaluation_id: int, performed_on: dt.date, given: dict[str, int],
                      notes: str = "") -> Decimal:
    """Score a planned evaluation against the criteria in force that day; returns its score out of 100."""
    require(ctx.actor, KTS, action=msg("Yetki", "teknik değerlendirme kaydı"))
    if performed_on > ctx.clock.today():
        raise ValidationFailed({"performed_on": msg("KTS", "Değerlendirme tarihi ileri bir tarih ({performed_on}) "
                                                           "olamaz.").format(performed_on=_fmt(performed_on))})
    with ctx.write() as s:
        e = s.get(TechnicalEvaluation, evaluation_id)
        if e is None:
            raise NotFound(msg("KTS", "Teknik değerlendirme bulunamadı (#{evaluation_id}).").format(
                               evaluation_id=evaluation_id))
        if e.performed_on is not None:
            raise DomainError(msg("KTS", "Bu değerlendirme {performed_on} tarihinde kaydedilmiş.").format(
                                  performed_on=_fmt(e.performed_on)))
        if performed_on.year != e.year:
            raise ValidationFailed({"performed_on": msg("KTS", "Değerlendirme {year} yılı içinde yapılmalıdır.").format(
                                                        year=e.year)})
        version = criteria_in_force(s, "technical", performed_on)
        given = {str(k): int(v) for k, v in given.items()}
        try:
            score = evaluation_score(criteria_from(version.items), given)
        except ScoreError as exc:
            raise ValidationFailed({"item_scores": exc.args[0]}) from None
        e.performed_on, e.criteria_version_id, e.item_scores, e.notes = performed_on, version.id, given, notes.strip()
        return score


@dataclass
class Declaration:
    product_id: int
    year: int
    staff_count: int
    database_name: str = ""
    database_open: bool = False
    os_name: str = ""
    os_open: bool = False


def declare(ctx: AppContext, d: Declaration) -> int:
    """A product's year: qualified staff, database and operating system (and whether each is open-source or
    licence-free, md. 20/5-6). A second declaration for the same year replaces the first (audited)."""
    require(ctx.actor, KTS, action=msg("Yetki", "yetkinlik bilgisi kaydı"))
    if d.staff_count < 0:
        raise ValidationFailed({"staff_count": msg("KTS", "Personel sayısı negatif olamaz.")})
    with ctx.write() as s:
        product = s.get(VendorProduct, d.product_id)
        if product is None:
            raise NotFound(msg("KTS", "Ürün bulunamadı (#{product_id}).").format(product_id=d.product_id))
        row = s.scalars(select(CompetenceDeclaration).where(CompetenceDeclaration.product_id == d.product_id,
                                                            CompetenceDeclaration.year == d.year)).first()
        if row is None:
            row = CompetenceDeclaration(vendor_id=product.vendor_id, product_id=d.product_id, year=d.year)
            s.add(row)
        row.staff_count, row.database_name, row.database_open = d.staff_count, d.database_name.strip(), d.database_open
        row.os_name, row.os_open = d.os_name.strip(), d.os_open
        s.flush()
        return row.id


@dataclass(frozen=True)
class EvaluationRow:
    id: int
    product_id: int
    facility_id: int
    facility_name: str
    province_id: int
    evaluator_name: str
    evaluator_province_id: int
    planned_on: dt.date
    performed_on: dt.date | None
    score: Decimal | None


def evaluations(ctx: AppContext, vendor_id: int, year: int) -> list[EvaluationRow]:
    require_kts_reader(ctx.actor, msg("Yetki", "Teknik değerlendirmeler"))
    with ctx.read() as s:
        rows = s.execute(select(TechnicalEvaluation, Facility.name, Facility.province_id)
                         .join(Facility, Facility.id == TechnicalEvaluation.facility_id)
                         .where(TechnicalEvaluation.vendor_id == vendor_id, TechnicalEvaluation.year == year)
                         .order_by(TechnicalEvaluation.product_id, TechnicalEvaluation.id)).all()
        return [EvaluationRow(e.id, e.product_id, e.facility_id, name, province, e.evaluator_name,
                              e.evaluator_province_id, e.planned_on, e.performed_on, _score(s, e))
                for e, name, province in rows]


def _score(s: Session, e: TechnicalEvaluation) -> Decimal | None:
    if e.performed_on is None or e.criteria_version_id is None or e.item_scores is None:
        return None
    version = s.get(CompetenceCriteriaVersion, e.criteria_version_id)
    assert version is not None
    return evaluation_score(criteria_from(version.items), e.item_scores)


# --- the published list -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScoreRow:
    vendor_name: str
    tax_no: str
    product: str
    status: str                         # KTS list status label at the end of the year (or today)
    evaluations: int
    technical: Decimal | None
    personnel: Decimal | None
    raise_percent: int
    general: Decimal | None


HEADERS = ("Üretici", "VKN", "SBYS", "KTS listesi", "Değerlendirme sayısı", "Teknik Değerlendirme Puanı",
           "Personel Kapasite Puanı", "Açık kaynak artışı (%)", "Genel Yetkinlik Puanı")


def scores(ctx: AppContext, year: int) -> list[ScoreRow]:
    """Every SBYS of a producer that has been on the KTS lists, with its year's scores and list status, best first.
    Published: any role reads it."""
    with ctx.read() as s:
        return published_scores(s, year, ctx.clock.today())


def published_scores(s: Session, year: int, today: dt.date) -> list[ScoreRow]:
    """The published list on `today` (also read by the public page, app.web.competence, without an account)."""
    day = min(today, dt.date(year, 12, 31))
    w = weights(s)
    try:
        scale = bands_from(criteria_in_force(s, "personnel", day).items)
    except DomainError:
        scale = None
    done: dict[int, list[TechnicalEvaluation]] = {}
    for e in s.scalars(select(TechnicalEvaluation).where(TechnicalEvaluation.year == year,
                                                         TechnicalEvaluation.performed_on.is_not(None))):
        done.setdefault(e.product_id, []).append(e)
    declared = {d.product_id: d for d in s.scalars(select(CompetenceDeclaration)
                                                   .where(CompetenceDeclaration.year == year))}
    statuses: dict[int, VendorStatus] = {}
    out = []
    products = s.execute(select(VendorProduct, Vendor).join(Vendor, Vendor.id == VendorProduct.vendor_id)
                         .order_by(Vendor.name_fold, VendorProduct.name, VendorProduct.id)).all()
    for product, vendor in products:
        if vendor.id not in statuses:
            statuses[vendor.id] = status_on(s, vendor.id, day)
        status = statuses[vendor.id]
        if status == VendorStatus.APPLIED:
            continue
        evaluated = done.get(product.id, [])
        technical = technical_score([x for x in (_score(s, e) for e in evaluated) if x is not None])
        decl = declared.get(product.id)
        personnel = (personnel_score(scale, decl.staff_count)
                     if decl is not None and decl.staff_count is not None and scale is not None else None)
        db_open, os_open = (decl.database_open, decl.os_open) if decl else (False, False)
        general = (general_score(w, technical, personnel, db_open, os_open)
                   if technical is not None and personnel is not None else None)
        out.append(ScoreRow(vendor.name, vendor.tax_no, f"{product.name} {product.product_version}",
                            VENDOR_STATUS_LABELS[status], len(evaluated), technical, personnel,
                            open_source_raise(w, db_open, os_open), general))
    out.sort(key=lambda r: (r.general is None, -(r.general or 0)))
    return out


def cells(r: ScoreRow) -> list[object]:
    def num(v: Decimal | None) -> object:
        return None if v is None else float(v)
    return [r.vendor_name, r.tax_no, r.product, r.status, r.evaluations, num(r.technical), num(r.personnel),
            r.raise_percent, num(r.general)]


def export_scores(ctx: AppContext, year: int, path: str | Path) -> ExportedFile:
    """The published list as .xlsx, .csv (tabular_export, audited) or .json."""
    rows = scores(ctx, year)
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _export_json(ctx, year, rows, path)
    return export_list(ctx, "kts_scores", path, HEADERS, [cells(r) for r in rows],
                       title=f"Genel Yetkinlik Puanları {year}", details={"year": year})


def scores_json(year: int, rows: list[ScoreRow]) -> str:
    def plain(r: ScoreRow) -> dict[str, object]:
        d = asdict(r)
        for k in ("technical", "personnel", "general"):
            d[k] = None if d[k] is None else str(d[k])
        return d
    return json.dumps({"year": year, "rows": [plain(r) for r in rows]}, ensure_ascii=False, indent=2)


def _export_json(ctx: AppContext, year: int, rows: list[ScoreRow], path: Path) -> ExportedFile:
    from app.storage.audit import record_event

    path.write_text(scores_json(year, rows), encoding="utf-8")
    with ctx.write() as s:
        record_event(s, "list_export", "kts_scores", {"list": "Genel Yetkinlik Puanı listesi", "file": path.name,
                                                       "format": "json", "rows": len(rows), "year": year,
                                                       "state": "finished"})
    return ExportedFile(path, len(rows), "json")


# --- reads for the desk -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProductChoice:
    product_id: int
    vendor_id: int
    label: str                  # "Producer – Product version"


def plannable_products(ctx: AppContext, on: dt.date) -> list[ProductChoice]:
    """The SBYS of producers on the active list on `on` (the ones evaluated that year)."""
    require_kts_reader(ctx.actor, msg("Yetki", "Teknik değerlendirme planı"))
    with ctx.read() as s:
        rows = s.execute(select(VendorProduct, Vendor).join(Vendor, Vendor.id == VendorProduct.vendor_id)
                         .order_by(Vendor.name_fold, VendorProduct.name, VendorProduct.id)).all()
        return [ProductChoice(p.id, v.id, f"{v.name} – {p.name} {p.product_version}") for p, v in rows
                if status_on(s, v.id, on) == VendorStatus.ACTIVE]


def criteria_for(ctx: AppContext, on: dt.date) -> tuple[str, list[Criterion]]:
    """The title and items of the technical criteria in force on a day (for the evaluation form)."""
    require_kts_reader(ctx.actor, msg("Yetki", "Teknik değerlendirme ölçütleri"))
    with ctx.read() as s:
        version = criteria_in_force(s, "technical", on)
        return version.title, criteria_from(version.items)


def product_evaluations(ctx: AppContext, product_id: int, year: int) -> list[EvaluationRow]:
    require_kts_reader(ctx.actor, msg("Yetki", "Teknik değerlendirmeler"))
    with ctx.read() as s:
        product = s.get(VendorProduct, product_id)
        if product is None:
            raise NotFound(msg("KTS", "Ürün bulunamadı (#{product_id}).").format(product_id=product_id))
    return [r for r in evaluations(ctx, product.vendor_id, year) if r.product_id == product_id]


def serving_since(ctx: AppContext, product_id: int) -> dict[int, dt.date]:
    """Facility id → the day the product began serving there (the plan's six months count from it)."""
    require_kts_reader(ctx.actor, msg("Yetki", "Teknik değerlendirme planı"))
    with ctx.read() as s:
        return {site.facility_id: site.serving_since for site in product_sites(s, product_id)}


def current_weights(ctx: AppContext) -> Weights:
    with ctx.read() as s:
        return weights(s)
