"""KTS: a USBS vendor's real-environment software access code (SBYS art. 6/4, 8/4) and the list of its queries
to the verification service.

The KTS desk issues the code after the confidentiality agreement stage, rotates it (the old one closes at once)
and revokes it. The code is shown once (`IssuedCode.code`) and stored only as a hash
(app.workflows.common.vendor_access). The rules close it on their own: from the vendor's deletion + 3 months
(extended up to 6 on a facility's request, `registry.extend_access_code`) the vendor query refuses it.
Every write: role check, then one `ctx.write()` transaction with its audit rows (the hash never enters the trail).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Facility, ServiceLog, User, Vendor, VendorAccessCode
from app.storage.audit import record_event
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError, NotFound, ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require, require_kts_reader
from app.workflows.common import vendor_access
from app.workflows.common.vendor_access import closes_on, code_hash, new_code
from app.workflows.common.vendors import status_on
from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS, Role, VendorStatus
from app.workflows.kts.registry import round_steps

__all__ = ["CodeAction", "code_actions", "IssuedCode", "CodeRow", "AccessCodeFile", "issue", "rotate", "revoke",
           "access_code_file", "vendor_by_tax_no", "code_sheet_pdf", "set_query_rate", "QueryRow", "QueryPage", "vendor_queries", "VENDOR_QUERY"]

KTS = (Role.KTS_OFFICER, Role.ADMIN)
ART6 = "SBYS Yönetmeliği md. 6/4"
GATE_STAGE = "confidentiality_agreement"
VENDOR_QUERY = "vendor-query"          # app.workflows.common.service_log.KINDS
ROTATED = "Yerine yeni kod verildi."


class CodeAction(StrEnum):
    ISSUE = "issue"
    ROTATE = "rotate"
    REVOKE = "revoke"


def code_actions(status: VendorStatus, agreement_signed: bool, has_open_code: bool) -> frozenset[CodeAction]:
    """What the KTS officer may do with a vendor's access code.

    A code is given only after the confidentiality agreement and security undertaking of the current application
    is signed (art. 6/4), and never to a deleted vendor (its code only closes, art. 8/4). One open code at a time:
    with one, the officer rotates (a new code, the old one closed) or revokes it; a deleted vendor's open code may
    still be revoked before the rules close it.
    """
    if has_open_code:
        if status == VendorStatus.DELETED:
            return frozenset({CodeAction.REVOKE})
        return frozenset({CodeAction.ROTATE, CodeAction.REVOKE})
    if status != VendorStatus.DELETED and agreement_signed:
        return frozenset({CodeAction.ISSUE})
    return frozenset()


def _fmt(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "-"


@dataclass(frozen=True)
class IssuedCode:
    """A new code, to be shown once (and printed for the vendor's signatory); never stored in clear."""

    code: str
    code_id: int
    vendor_name: str
    tax_no: str
    signatory_name: str
    issued_on: dt.date
    issued_by: str


@dataclass(frozen=True)
class CodeRow:
    id: int
    lookup: str                  # the public part, "usbs_<lookup>_…": identifies the code on the telephone
    issued_on: dt.date
    issued_by: str
    closes_on: dt.date | None    # the first day it no longer opens (None: nothing closes it yet)
    closed_reason: str

    def open_on(self, day: dt.date) -> bool:
        return self.issued_on <= day and (self.closes_on is None or day < self.closes_on)


@dataclass(frozen=True)
class AccessCodeFile:
    """A vendor's codes for the desk (newest first) and what may be done today."""

    codes: list[CodeRow]
    actions: frozenset[CodeAction]
    status: VendorStatus
    agreement_signed: bool
    day: dt.date

    @property
    def open_code(self) -> CodeRow | None:
        return next((c for c in self.codes if c.open_on(self.day)), None)


def _vendor(s: Session, vendor_id: int) -> Vendor:
    v = s.get(Vendor, vendor_id)
    if v is None:
        raise NotFound(msg("KTS", "USBS üreticisi bulunamadı (#{vendor_id}).").format(vendor_id=vendor_id))
    return v


def vendor_by_tax_no(ctx: AppContext, tax_no: str) -> int:
    """The vendor's id by its vergi kimlik numarası (the command line names vendors so)."""
    require_kts_reader(ctx.actor, msg("Yetki", "USBS üreticileri"))
    with ctx.read() as s:
        vid = s.scalars(select(Vendor.id).where(Vendor.tax_no == (tax_no or "").strip())).first()
    if vid is None:
        raise NotFound(msg("KTS", "Bu vergi kimlik numarasıyla kayıtlı USBS üreticisi yok: {tax_no}.").format(
                           tax_no=tax_no))
    return vid


# SBYS md. 6: "those who pass [the audit] are registered; after the confidentiality agreement they get a software
# access code … for the real environment"; the flow chart gives the real-environment information only once the
# doctor data-bank web service check is SUCCESSFUL. So the code needs all three (decision 76).
READY_STAGES = (GATE_STAGE, "audit", "web_service_check")


def _agreement_signed(s: Session, vendor_id: int) -> bool:
    """The vendor may get its real-environment access code: agreement signed, audit and web service check passed."""
    from app.workflows.kts.registry import passed_stages

    return set(READY_STAGES) <= passed_stages(round_steps(s, vendor_id))


def _open_codes(s: Session, vendor: Vendor, day: dt.date) -> list[VendorAccessCode]:
    rows = s.scalars(select(VendorAccessCode).where(VendorAccessCode.vendor_id == vendor.id,
                                                    VendorAccessCode.revoked_on.is_(None))
                     .order_by(VendorAccessCode.id).with_for_update()).all()
    out = []
    for row in rows:
        close, _ = closes_on(s, vendor, row, day)
        if close is None or close > day:
            out.append(row)
    return out


def _allowed(s: Session, vendor: Vendor, day: dt.date) -> tuple[frozenset[CodeAction], list[VendorAccessCode]]:
    open_codes = _open_codes(s, vendor, day)
    status = status_on(s, vendor.id, day)
    return code_actions(status, _agreement_signed(s, vendor.id), bool(open_codes)), open_codes


def _refusal(vendor: Vendor, status: VendorStatus, action: CodeAction, has_open: bool) -> DomainError:
    if action == CodeAction.ISSUE and has_open:
        return DomainError(msg("KTS", "{name} için açık bir erişim kodu var; yeni kod için 'Kodu yenile' "
                                      "kullanılır (eski kod o anda kapanır).").format(name=vendor.name))
    if action == CodeAction.ISSUE and status == VendorStatus.DELETED:
        return DomainError(msg("KTS", "{name} KTS'den silinmiş; silinen üreticiye erişim kodu verilmez (SBYS "
                                      "Yönetmeliği md. 8/4).").format(name=vendor.name))
    if action == CodeAction.ISSUE:
        return DomainError(msg("KTS", "{name} için gerçek ortam erişim kodu ancak denetimi ve hekim veri bankası "
                                      "web servis kontrolünü başarıyla geçip gizlilik sözleşmesi ve güvenlik "
                                      "taahhütnamesini imzaladıktan sonra verilir ({ART6}); bu aşamalar henüz "
                                      "tamamlanmamış.").format(name=vendor.name, ART6=ART6))
    if not has_open:
        return DomainError(msg("KTS", "{name} için açık bir erişim kodu yok.").format(name=vendor.name))
    return DomainError(msg("KTS", "{name} KTS'den silinmiş (durumu: {value}); erişim kodu yenilenemez, yalnızca "
                                  "kapatılabilir.").format(name=vendor.name, value=VENDOR_STATUS_LABELS[status]))


def _add_code(s: Session, ctx: AppContext, vendor: Vendor, today: dt.date) -> IssuedCode:
    code, lookup = new_code()
    while s.scalars(select(VendorAccessCode.id).where(VendorAccessCode.lookup == lookup)).first():
        code, lookup = new_code()
    row = VendorAccessCode(vendor_id=vendor.id, lookup=lookup, secret_hash=code_hash(code), issued_on=today,
                           issued_at=ctx.clock.now(), issued_by_id=ctx.actor.user_id, revoke_reason="")
    s.add(row)
    # The vendor's code dates the list rules read (a deletion closes an issued code; a new registration starts
    # again): the first code of a registration sets them.
    if vendor.access_code_issued_on is None or vendor.access_code_closes_on is not None:
        vendor.access_code_issued_on, vendor.access_code_closes_on = today, None
    s.flush()
    return IssuedCode(code, row.id, vendor.name, vendor.tax_no, vendor.signatory_name, today, ctx.actor.full_name)


def _close(ctx: AppContext, row: VendorAccessCode, today: dt.date, reason: str) -> None:
    row.revoked_on, row.revoked_at = today, ctx.clock.now()
    row.revoked_by_id, row.revoke_reason = ctx.actor.user_id, reason[:300]


def issue(ctx: AppContext, vendor_id: int) -> IssuedCode:
    """A vendor's first (or, after a revocation, new) access code, valid from today."""
    require(ctx.actor, KTS, action=msg("Yetki", "erişim kodu verme"))
    today = ctx.clock.today()
    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        allowed, open_codes = _allowed(s, vendor, today)
        if CodeAction.ISSUE not in allowed:
            raise _refusal(vendor, status_on(s, vendor_id, today), CodeAction.ISSUE, bool(open_codes))
        return _add_code(s, ctx, vendor, today)


def rotate(ctx: AppContext, vendor_id: int) -> IssuedCode:
    """A new code in place of the open one, which closes at once (e.g. the signatory changed, or the code may
    have leaked): one transaction, so the vendor never has two open codes nor none by accident."""
    require(ctx.actor, KTS, action=msg("Yetki", "erişim kodunu yenileme"))
    today = ctx.clock.today()
    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        allowed, open_codes = _allowed(s, vendor, today)
        if CodeAction.ROTATE not in allowed:
            raise _refusal(vendor, status_on(s, vendor_id, today), CodeAction.ROTATE, bool(open_codes))
        for row in open_codes:
            _close(ctx, row, today, ROTATED)
        s.flush()
        return _add_code(s, ctx, vendor, today)


def revoke(ctx: AppContext, vendor_id: int, reason: str) -> None:
    """Close the vendor's open code from today (the vendor query refuses it at once)."""
    require(ctx.actor, KTS, action=msg("Yetki", "erişim kodunu kapatma"))
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise ValidationFailed({"reason": msg("KTS", "Erişim kodunu kapatma gerekçesi yazılmalıdır.")})
    today = ctx.clock.today()
    with ctx.write() as s:
        vendor = _vendor(s, vendor_id)
        allowed, open_codes = _allowed(s, vendor, today)
        if CodeAction.REVOKE not in allowed:
            raise _refusal(vendor, status_on(s, vendor_id, today), CodeAction.REVOKE, bool(open_codes))
        for row in open_codes:
            _close(ctx, row, today, reason)
        s.flush()
        record_event(s, "vendors", str(vendor_id), {"event": "access_code_revoked", "on": today.isoformat(),
                                                     "reason": reason})


def access_code_file(ctx: AppContext, vendor_id: int, day: dt.date | None = None) -> AccessCodeFile:
    """The vendor's codes (never the code itself: only its public lookup part) and the actions open today."""
    require_kts_reader(ctx.actor, msg("Yetki", "USBS üreticisinin erişim kodları"))
    day = day or ctx.clock.today()
    with ctx.read() as s:
        vendor = _vendor(s, vendor_id)
        rows = s.execute(select(VendorAccessCode, User.full_name)
                         .outerjoin(User, User.id == VendorAccessCode.issued_by_id)
                         .where(VendorAccessCode.vendor_id == vendor_id)
                         .order_by(VendorAccessCode.id.desc())).all()
        codes = []
        for row, by in rows:
            close, why = closes_on(s, vendor, row, day)
            codes.append(CodeRow(row.id, row.lookup, row.issued_on, by or "", close, why))
        status = status_on(s, vendor_id, day)
        signed = _agreement_signed(s, vendor_id)
    has_open = any(c.open_on(day) for c in codes)
    return AccessCodeFile(codes, code_actions(status, signed, has_open), status, signed, day)


def set_query_rate(ctx: AppContext, per_second: float) -> None:
    """The vendor query's limit per access code, for every instance of the verification service (0: none).
    The administrator's setting; the instances read it again within half a minute."""
    require(ctx.actor, (Role.ADMIN,), action=msg("Yetki", "hizmet sorgusu sınırını değiştirme"))
    if not 0 <= per_second <= 1000:
        raise ValidationFailed({"per_second": msg("KTS", "Sınır saniyede 0 ile 1000 sorgu arasında olmalıdır (0: "
                                                         "sınırsız).")})
    with ctx.write() as s:
        vendor_access.set_query_rate(s, per_second)


def code_sheet_pdf(issued: IssuedCode) -> bytes:
    """The sheet the vendor's signatory signs on receiving the code (made only now: the code is never stored)."""
    from app.documents.access_code_sheet import AccessCodeSheet, build_access_code_sheet

    return build_access_code_sheet(AccessCodeSheet(
        code=issued.code, vendor_name=issued.vendor_name, tax_no=issued.tax_no,
        signatory_name=issued.signatory_name, issued_on=issued.issued_on, issued_by=issued.issued_by))


# --- the vendor's queries to the verification service -------------------------------------------------------------

@dataclass(frozen=True)
class QueryRow:
    at: dt.datetime
    facility: str          # "name (ÇKYS code)", or the code asked for when no facility has it
    area: str
    answer: str            # uygun, uygun-degil, reddedildi …


@dataclass(frozen=True)
class QueryPage:
    rows: list[QueryRow]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def vendor_queries(ctx: AppContext, vendor_id: int, page: int = 1, page_size: int = 50) -> QueryPage:
    """A vendor's queries of `POST /api/v1/hizmet-sorgu`, newest first, one page (no TC kimlik number: the log
    keeps only its keyed hash, and the desk is not shown even that)."""
    require_kts_reader(ctx.actor, msg("Yetki", "USBS üreticisinin sorguları"))
    page, page_size = max(1, page), min(max(1, page_size), 500)
    where = (ServiceLog.vendor_id == vendor_id, ServiceLog.kind == VENDOR_QUERY)
    with ctx.read() as s:
        _vendor(s, vendor_id)
        total = s.scalar(select(func.count()).select_from(ServiceLog).where(*where)) or 0
        rows = s.execute(
            select(ServiceLog.at, ServiceLog.detail, ServiceLog.answer, ServiceLog.code, Facility.name,
                   Facility.ckys_code)
            .outerjoin(Facility, Facility.id == ServiceLog.facility_id)
            .where(*where).order_by(ServiceLog.at.desc(), ServiceLog.id.desc())
            .offset((page - 1) * page_size).limit(page_size)).all()
    out = [QueryRow(at, f"{name} ({ckys})" if name else (code or "-"), detail, answer)
           for at, detail, answer, code, name, ckys in rows]
    return QueryPage(out, total, page, page_size)
