"""Read-only views for the KTS desk (plain dataclasses, no Qt): the vendor lists and one vendor's file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.models import Document, User, Vendor, VendorCertificate, VendorProduct, VendorStatusEvent, VendorWarning
from app.textfold import fold
from app.workflows.common.context import AppContext
from app.workflows.common.errors import NotFound
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require_kts_reader
from app.workflows.common.vendors import describe
from app.workflows.common.vendors import standing as vendor_standing
from app.workflows.common.vendors import standings as vendor_standings
from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS, VendorStatus
from app.workflows.kts import registry as kts


@dataclass(frozen=True)
class VendorRow:
    id: int
    name: str
    tax_no: str
    status: VendorStatus
    since: dt.date | None
    products: int
    next_stage: str          # code of the next onboarding stage ("" when none is due); kts.STAGE_LABELS names it
    due: bool = False        # the status is due under the list rules but not yet recorded (vendors.standing)


@dataclass(frozen=True)
class StepRow:
    stage: str
    stage_label: str
    outcome: str
    outcome_label: str
    done_on: dt.date
    officer: str
    note: str
    audit_test: str = ""     # stage "audit": which of the four tests (legal.AUDIT_TESTS); "" on older rows


@dataclass(frozen=True)
class WarningRow:
    id: int
    issued_on: dt.date
    deadline: dt.date
    description: str
    fixed_on: dt.date | None


@dataclass(frozen=True)
class CertificateRow:
    id: int
    number: str
    valid_from: dt.date
    valid_until: dt.date
    revoked_on: dt.date | None
    verification_code: str


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    kind_label: str
    filename: str
    size: int


@dataclass(frozen=True)
class StatusRow:
    status: VendorStatus
    effective_on: dt.date
    reason: str
    legal_basis: str
    ground: str = ""         # a deletion's ground (legal.DeletionGround); "" otherwise


@dataclass
class VendorFile:
    id: int
    name: str
    tax_no: str
    mersis_no: str
    signatory_name: str
    address: str
    status: VendorStatus
    status_label: str
    since: dt.date | None
    access_code_issued_on: dt.date | None
    access_code_closes_on: dt.date | None
    reapply_not_before: dt.date | None
    products: list[tuple[str, str, str]] = field(default_factory=list)
    status_note: str = ""    # the status with since when and why (vendors.describe), e.g. due but not recorded
    due: bool = False        # the status is due under the list rules but not yet recorded
    documents: list[DocumentRow] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)
    steps: list[StepRow] = field(default_factory=list)
    next_stage: str | None = None
    next_stage_label: str = ""
    next_outcomes: tuple[str, ...] = ()
    audit_tests_left: list[str] = field(default_factory=list)   # stage "audit" next: the tests still to pass
    uts_products: list[tuple[str, str]] = field(default_factory=list)  # (name, version) needing ÜTS registration
    product_ids: list[int] = field(default_factory=list)               # in the order of `products`
    warnings: list[WarningRow] = field(default_factory=list)
    certificates: list[CertificateRow] = field(default_factory=list)
    history: list[StatusRow] = field(default_factory=list)


def vendors(ctx: AppContext, today: dt.date, status: VendorStatus | None = None, text: str = "") -> list[VendorRow]:
    """Vendors with their list status on `today`, optionally one list only, filtered by name or vergi no."""
    require_kts_reader(ctx.actor, msg("Yetki", "USBS üretici listesi"))
    key = fold(text)
    rows: list[VendorRow] = []
    with ctx.read() as s:
        standings = vendor_standings(s, today)   # every vendor's facts in three queries (no query per vendor)
        products: dict[int, int] = {vid: n for vid, n in s.execute(
            select(VendorProduct.vendor_id, func.count()).group_by(VendorProduct.vendor_id))}
        for v in s.scalars(select(Vendor).order_by(Vendor.name_fold)).all():
            if key and key not in v.name_fold and key not in v.tax_no:
                continue
            here = standings[v.id]
            if status is not None and here.status != status:
                continue
            nxt = kts.next_stage(s, v.id) if here.status == VendorStatus.APPLIED else None
            rows.append(VendorRow(v.id, v.name, v.tax_no, here.status, here.since, products.get(v.id, 0), nxt or "",
                                  here.due))
    return rows


def vendor_file(ctx: AppContext, vendor_id: int, today: dt.date) -> VendorFile:
    require_kts_reader(ctx.actor, msg("Yetki", "USBS üreticisinin dosyası"))
    with ctx.read() as s:
        v = s.get(Vendor, vendor_id)
        if v is None:
            raise NotFound(msg("KTS", "USBS üreticisi bulunamadı (#{vendor_id}).").format(vendor_id=vendor_id))
        here = vendor_standing(s, v.id, today)
        st, since = here.status, here.since
        officers = {u.id: u.full_name for u in s.scalars(select(User))}
        f = VendorFile(v.id, v.name, v.tax_no, v.mersis_no or "", v.signatory_name, v.address, st,
                       VENDOR_STATUS_LABELS[st], since, v.access_code_issued_on, v.access_code_closes_on,
                       v.reapply_not_before)
        f.status_note, f.due = describe(here), here.due
        f.products = [(p.name, p.product_version, p.kts_registration_no or "") for p in v.products]
        f.uts_products = [(p.name, p.product_version) for p in v.products if p.needs_uts]
        f.product_ids = [p.id for p in v.products]
        docs = s.execute(select(Document.id, Document.kind, Document.filename, Document.size)
                         .where(Document.vendor_id == v.id).order_by(Document.id)).all()
        f.documents = [DocumentRow(i, k, kts.DOCUMENT_KINDS.get(k, "KTS Yetki Belgesi" if
                                                                k == kts.CERTIFICATE_DOCUMENT_KIND else k), n, z)
                       for i, k, n, z in docs]
        f.missing_documents = kts.document_gaps(s, v.id)
        f.steps = [StepRow(x.stage, kts.STAGE_LABELS.get(x.stage, x.stage), x.outcome,
                           kts.OUTCOME_LABELS.get(x.outcome, x.outcome), x.done_on,
                           officers.get(x.officer_id or 0, ""), x.note, x.audit_test or "")
                   for x in kts.round_steps(s, v.id)]
        if st == VendorStatus.APPLIED:
            f.next_stage = kts.next_stage(s, v.id)
            if f.next_stage:
                f.next_stage_label = kts.STAGE_LABELS[f.next_stage]
                f.next_outcomes = kts.STAGE_OUTCOMES.get(f.next_stage, ("completed",))
            if f.next_stage == "audit":
                f.audit_tests_left = kts.audit_tests_left(s, v.id)
        f.warnings = [WarningRow(w.id, w.issued_on, w.deadline, w.description, w.fixed_on)
                      for w in s.scalars(select(VendorWarning).where(VendorWarning.vendor_id == v.id)
                                         .order_by(VendorWarning.issued_on, VendorWarning.id))]
        f.certificates = [CertificateRow(c.id, c.number, c.valid_from, c.valid_until, c.revoked_on,
                                         c.verification_code)
                          for c in s.scalars(select(VendorCertificate).where(VendorCertificate.vendor_id == v.id)
                                             .order_by(VendorCertificate.id))]
        f.history = [StatusRow(VendorStatus(e.status), e.effective_on, e.reason, e.legal_basis, e.ground or "")
                     for e in s.scalars(select(VendorStatusEvent).where(VendorStatusEvent.vendor_id == v.id)
                                        .order_by(VendorStatusEvent.effective_on, VendorStatusEvent.id))]
        return f


@dataclass(frozen=True)
class ServeAnswer:
    """Yetki Sorgulama's answer and whom it is about: the person and the facility as recorded ("" when the TC
    kimlik number or the facility is not known), so the officer sees the answer is about the right people."""

    ok: bool
    reasons: list[str]
    person: str
    facility: str
    ckys_code: str


def check_serve(ctx: AppContext, tckn: str, facility: str, area_code: str, on_date: dt.date) -> ServeAnswer:
    """`can_serve` with the names of the person and the facility asked about (one read)."""
    from app.models import Professional
    from app.workflows.common.checks import can_serve as check
    from app.workflows.common.checks import find_facility

    with ctx.read() as s:
        ok, reasons = check(s, tckn, facility, area_code, on_date)
        pro = s.scalars(select(Professional).where(Professional.tckn == (tckn or "").strip())).first() \
            if (tckn or "").strip() else None
        fac = find_facility(s, facility) if (facility or "").strip() else None
        return ServeAnswer(ok, reasons, f"{pro.first_name} {pro.last_name}" if pro else "",
                           fac.name if fac else "", fac.ckys_code if fac else "")
