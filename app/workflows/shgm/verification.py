"""Is this permit genuine and still valid? For a PDF file or a typed verification code.

A file passes only when: it carries a verification code this system issued; its PAdES signature is intact and
made with this desk's signing certificate (or the certificate the stored original was signed with); its bytes
are exactly the stored document's (SHA-256); and the permit is neither revoked nor suspended, and the revision
is not superseded. A code alone skips the file checks. Status is always checked, not only the signature
(anchors A.1: DIVOC#456). Every check writes a VerificationCheck row (an audited insert).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    Document,
    Facility,
    Permit,
    PermitRevision,
    SystemSetting,
    VerificationCheck,
)
from app.workflows.common.context import AppContext
from app.workflows.common.permit_status import permit_events as _events
from app.workflows.common.permit_status import permit_status as _status
from app.workflows.shgm.permits import normalise_code

CODE_IN_FILE = re.compile(rb"USH-IZIN:([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}|[A-Z2-7]{12})")
SOURCES = ("cli", "gui")


@dataclass(frozen=True)
class Result:
    valid: bool
    reason: str                    # Turkish, one line
    status: str                    # valid, unknown_code, no_code, no_signature, signature_broken, untrusted,
                                   # content_changed, revoked, suspended, superseded, not_yet, demo (a demo
                                   # document in a demo database), demo_signature (a demo document elsewhere)
    code: str = ""
    permit_number: str = ""
    revision_no: int | None = None
    facility_name: str = ""
    demo: bool = False

    @property
    def line(self) -> str:
        """One line for the command line: VALID, INVALID, or DEMO for a demo document that checks out in a
        demo database (never VALID: a demo signature proves nothing about who signed)."""
        if self.valid and self.demo:
            return f"DEMO {self.reason}"
        return f"{'VALID' if self.valid else 'INVALID'} {self.reason}"


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def _code_from_pdf(pdf: bytes) -> str:
    """The verification code from the document information (raw bytes, then parsed), else from the page text."""
    m = CODE_IN_FILE.search(pdf)
    if m:
        return m.group(1).decode("ascii")
    try:
        import io

        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(pdf), strict=False)
        texts = [str((reader.metadata or {}).get("/Keywords", ""))]
        texts += [page.extract_text() or "" for page in reader.pages[:2]]
    except Exception:  # noqa: BLE001 (a damaged file simply has no readable code)
        return ""
    for text in texts:
        m = CODE_IN_FILE.search(text.encode("utf-8", "ignore"))
        if m:
            return m.group(1).decode("ascii")
        m = re.search(r"Doğrulama kodu:\s*([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})", text)
        if m:
            return m.group(1)
    return ""


def _status_result(s: Session, rev: PermitRevision, today: dt.date, code: str) -> Result:
    permit = s.get(Permit, rev.permit_id)
    assert permit is not None
    f = s.get(Facility, permit.facility_id)
    name = f.name if f else ""
    base = dict(code=code, permit_number=permit.number, revision_no=rev.revision_no, facility_name=name)
    st = _status(permit, _events(s, permit.id), today)
    if st.state == "revoked":
        why = f" Gerekçe: {st.reason}" if st.reason else ""
        return Result(False, f"İzin {permit.number} {_d(st.since)} tarihinde iptal edilmiştir (revoked on "
                             f"{st.since.isoformat()}).{why}", "revoked", **base)
    if rev.superseded_on is not None and rev.superseded_on <= today:
        newer = s.scalars(select(PermitRevision).where(PermitRevision.permit_id == permit.id,
                                                       PermitRevision.revision_no > rev.revision_no)
                          .order_by(PermitRevision.revision_no.desc()).limit(1)).first()
        now_no = newer.revision_no if newer else rev.revision_no + 1
        return Result(False, f"Bu belge (revizyon {rev.revision_no}) {_d(rev.superseded_on)} tarihinde yenilenmiştir; "
                             f"geçerli belge {permit.number} numaralı iznin {now_no}. revizyonudur (superseded by "
                             f"{permit.number} rev. {now_no}).", "superseded", **base)
    if st.state == "suspended":
        until = f" {_d(st.until)} tarihine kadar" if st.until else ""
        why = f" Gerekçe: {st.reason}" if st.reason else ""
        return Result(False, f"İzin {permit.number} {_d(st.since)} tarihinden itibaren{until} askıya alınmıştır "
                             f"(suspended).{why}", "suspended", **base)
    if st.state == "not_yet" or rev.effective_from > today:
        return Result(False, f"İzin {permit.number} henüz yürürlükte değil.", "not_yet", **base)
    return Result(True, f"Geçerli: {permit.number} numaralı USH faaliyet izni, revizyon {rev.revision_no}, "
                        f"{name}.", "valid", **base)


def _record(ctx: AppContext, result: Result, source: str, file_sha: str | None) -> Result:
    with ctx.write() as s:
        s.add(VerificationCheck(at=ctx.clock.now(), code=result.code[:60], document_kind="permit"
                                if result.permit_number else "unknown", source=source, file_sha256=file_sha,
                                valid=result.valid, reason=result.reason[:300], checked_by=ctx.actor.username))
    return result


def verify_code(ctx: AppContext, code: str, source: str = "gui") -> Result:
    """The status of the permit revision a verification code belongs to."""
    norm = normalise_code(code)
    with ctx.read() as s:
        rev = s.scalars(select(PermitRevision).where(PermitRevision.verification_code == norm)).first() \
            if norm else None
        if rev is None:
            result = Result(False, f"Doğrulama kodu bilinmiyor: “{code.strip()}” bu sistemde düzenlenmiş bir izin "
                                   "belgesine ait değil (unknown code).", "unknown_code", code=norm)
        else:
            result = _status_result(s, rev, ctx.clock.today(), norm)
            stored = s.get(Document, rev.document_id) if rev.document_id else None
            if stored is not None and _demo_signed(bytes(stored.content)):
                result = _demo_result(result, is_demo_database(s))
    return _record(ctx, result, source, None)


def _demo_signed(pdf: bytes) -> bool:
    from app.workflows.common import signing

    return signing.is_demo_certificate(signing.signer_certificate(pdf))


def verify_file(ctx: AppContext, pdf_bytes: bytes, source: str = "gui") -> Result:
    """Code known → signature intact and ours → same bytes as the stored document → status."""
    from app.workflows.common import signing

    sha = hashlib.sha256(pdf_bytes).hexdigest()
    with ctx.read() as s:
        rev = None
        doc = s.scalars(select(Document).where(Document.sha256 == sha, Document.kind == "izin_belgesi")).first()
        if doc is not None:
            rev = s.scalars(select(PermitRevision).where(PermitRevision.document_id == doc.id)).first()
        code = rev.verification_code if rev is not None else _code_from_pdf(pdf_bytes)
        if rev is None and code:
            rev = s.scalars(select(PermitRevision).where(PermitRevision.verification_code == code)).first()
        stored: Document | None = s.get(Document, rev.document_id) if rev is not None and rev.document_id else None
        stored_sha = stored.sha256 if stored else None
        stored_bytes = bytes(stored.content) if stored else b""
        if not code:
            result = Result(False, "Belgede doğrulama kodu bulunamadı; bu dosya bu sistemde düzenlenmiş bir izin "
                                   "belgesi değil ya da bozulmuş (unknown code).", "no_code")
            return _record(ctx, result, source, sha)
        if rev is None:
            result = Result(False, f"Doğrulama kodu bilinmiyor: {code} bu sistemde düzenlenmiş bir izin belgesine "
                                   "ait değil (unknown code).", "unknown_code", code=code)
            return _record(ctx, result, source, sha)
        permit = s.get(Permit, rev.permit_id)
        assert permit is not None
        base = dict(code=code, permit_number=permit.number, revision_no=rev.revision_no)

    trusted = []
    try:
        trusted.append(signing.load_identity().cert_der)
    except Exception:  # noqa: BLE001 (no usable certificate here: the stored original's signer still counts)
        pass
    if stored_bytes and (der := signing.signer_certificate(stored_bytes)):
        trusted.append(der)
    check = signing.check_signature(pdf_bytes, trusted)
    if not check.present:
        result = Result(False, "İmza bozuk ya da yok: belgede geçerli bir elektronik imza bulunamadı "
                               "(signature broken).", "no_signature", **base)
    elif not check.intact:
        result = Result(False, "İmza bozuk: belge imzalandıktan sonra içeriği değiştirilmiş (signature broken, "
                               "content changed).", "signature_broken", **base)
    elif not check.trusted:
        result = Result(False, f"İmza bu sistemin imza sertifikasıyla atılmamış (imzalayan: {check.signer or '?'}); "
                               "belge güvenilir değil (untrusted signature).", "untrusted", **base)
    elif stored_sha is not None and sha != stored_sha:
        result = Result(False, "İçerik değiştirilmiş: dosya kayıtlı izin belgesiyle aynı değil (content changed).",
                        "content_changed", **base)
    else:
        with ctx.read() as s:
            rev2 = s.get(PermitRevision, rev.id)
            assert rev2 is not None
            result = _status_result(s, rev2, ctx.clock.today(), code)
    if check.present and (check.signer == signing.DEMO_CN or signing.is_demo_certificate(check.signer_cert_der)):
        with ctx.read() as s:
            result = _demo_result(result, is_demo_database(s))
    return _record(ctx, result, source, sha)


DEMO_STATUS = "demo_signature"


DEMO_MARK = "demo_database"       # the system setting app.demo.data writes (app.demo.DEMO_MARK)


def is_demo_database(s: Session) -> bool:
    """A database that holds demo data (`ush-izin demo-data`, `--demo`): its demo mark in the system settings,
    or its `demo_data` audit event."""
    if s.get(SystemSetting, DEMO_MARK) is not None:
        return True
    return s.scalar(select(AuditEntry.id).where(AuditEntry.action == "event", AuditEntry.table_name == "demo_data")
                    .limit(1)) is not None


def _demo_result(result: Result, demo_database: bool) -> Result:
    """A document signed with a demo certificate. In a demo database one that checks out is a demo document
    (status "demo", never plainly valid); anywhere else it is not valid at all (status "demo_signature": anyone
    can make a demo certificate). A document that fails anyway keeps its reason, with the demo note added."""
    base = {"code": result.code, "permit_number": result.permit_number, "revision_no": result.revision_no,
            "facility_name": result.facility_name, "demo": True}
    if not result.valid:
        return Result(False, f"{result.reason} Not: belge demo sertifikasıyla imzalanmış bir örnek belgedir "
                             "(demo document).", result.status, **base)
    if demo_database:
        return Result(True, "DEMO BELGE — resmî geçerliliği yoktur: demo sertifikasıyla imzalanmış örnek belge "
                            f"(demo document). {result.reason}", "demo", **base)
    return Result(False, "Geçersiz: belge demo sertifikasıyla imzalanmış bir örnek belgedir; demo veritabanı dışında "
                         "demo imza geçerli değildir (demo signature, not valid).", DEMO_STATUS, **base)
