"""Is this permit genuine and still valid? For a PDF file or a verification code: one set of rules for the SHGM
desk, `ush-izin verify` (app.workflows.shgm.verification records them under the officer) and the public web
service (app.web logs them in the service log). No Qt, no write.

A file passes only when: it carries a verification code this system issued; its PAdES signature is intact and
made with this desk's signing certificate (or the certificate the stored original was signed with); its bytes
are exactly the stored document's (SHA-256); and the permit is neither revoked nor suspended, and the revision
is not superseded. A code alone skips the file checks. Status is always checked, not only the signature
(anchors A.1: DIVOC#456).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    Branch,
    Document,
    Facility,
    Permit,
    PermitArea,
    PermitRevision,
    Province,
    SystemSetting,
    UshArea,
)
from app.workflows.common.permit_status import permit_events as _events
from app.workflows.common.permit_status import permit_status as _status
from app.workflows.common.permit_status import revision_in_force, revocation_by
from app.workflows.common.vocabulary import PermitEventKind as K

CODE_IN_FILE = re.compile(rb"USH-IZIN:([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}|[A-Z2-7]{12})")
DOCUMENT_KIND = "izin_belgesi"
DEMO_STATUS = "demo_signature"
DEMO_MARK = "demo_database"       # the system setting app.demo.data writes (app.demo.DEMO_MARK)


def normalise_code(code: str) -> str:
    """What a person types or scans (lower case, spaces, no dashes, the old `USH-IZIN:` QR payload) → the
    stored form."""
    raw = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    raw = raw.removeprefix("USHIZIN").translate(str.maketrans("018", "OIB"))  # digits base32 never uses
    if len(raw) == 16:
        return "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    return raw


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
    permit_id: int | None = None
    facility_id: int | None = None
    revision_id: int | None = None

    @property
    def line(self) -> str:
        """One line for the command line: VALID, INVALID, or DEMO for a demo document that checks out in a
        demo database (never VALID: a demo signature proves nothing about who signed)."""
        if self.valid and self.demo:
            return f"DEMO {self.reason}"
        return f"{'VALID' if self.valid else 'INVALID'} {self.reason}"


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def code_from_pdf(pdf: bytes) -> str:
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


def status_result(s: Session, rev: PermitRevision, today: dt.date, code: str) -> Result:
    permit = s.get(Permit, rev.permit_id)
    assert permit is not None
    f = s.get(Facility, permit.facility_id)
    name = f.name if f else ""
    base = dict(code=code, permit_number=permit.number, revision_no=rev.revision_no, facility_name=name,
                permit_id=permit.id, facility_id=permit.facility_id, revision_id=rev.id)
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


def revision_by_code(s: Session, code: str) -> PermitRevision | None:
    norm = normalise_code(code)
    if not norm:
        return None
    return s.scalars(select(PermitRevision).where(PermitRevision.verification_code == norm)).first()


def check_code(s: Session, code: str, today: dt.date) -> Result:
    """The status of the permit revision a verification code belongs to."""
    norm = normalise_code(code)
    rev = revision_by_code(s, norm)
    if rev is None:
        shown = code.strip()[:40]
        return Result(False, f"Doğrulama kodu bilinmiyor: “{shown}” bu sistemde düzenlenmiş bir izin belgesine ait "
                             "değil (unknown code).", "unknown_code", code=norm[:60])
    result = status_result(s, rev, today, norm)
    if demo_signed_revision(s, rev):
        result = demo_result(result, is_demo_database(s))
    return result


_demo_by_sha: dict[str, bool] = {}     # a stored document's digest -> demo-signed (the same bytes, the same answer)


def demo_signed_revision(s: Session, rev: PermitRevision) -> bool:
    """Whether the revision's stored PDF is signed with a demo certificate. Kept per document digest, so a busy
    service reads and parses each stored PDF once."""
    if not rev.document_id:
        return False
    sha = s.scalar(select(Document.sha256).where(Document.id == rev.document_id))
    if sha is None:
        return False
    known = _demo_by_sha.get(sha)
    if known is None:
        content = s.scalar(select(Document.content).where(Document.id == rev.document_id))
        known = _demo_by_sha[sha] = _demo_signed(bytes(content or b""))
    return known


def _demo_signed(pdf: bytes) -> bool:
    from app.workflows.common import signing

    return signing.is_demo_certificate(signing.signer_certificate(pdf))


Reader = Callable[[], AbstractContextManager[Session]]


def check_file(read: Reader, pdf_bytes: bytes, today: dt.date) -> Result:
    """Code known → signature intact and ours → same bytes as the stored document → status. `read` opens a
    read-only session (twice: none is held while the signature is checked)."""
    from app.workflows.common import signing

    sha = hashlib.sha256(pdf_bytes).hexdigest()
    with read() as s:
        rev = None
        doc = s.scalars(select(Document).where(Document.sha256 == sha, Document.kind == DOCUMENT_KIND)).first()
        if doc is not None:
            rev = s.scalars(select(PermitRevision).where(PermitRevision.document_id == doc.id)).first()
        code = rev.verification_code if rev is not None else code_from_pdf(pdf_bytes)
        if rev is None and code:
            rev = s.scalars(select(PermitRevision).where(PermitRevision.verification_code == code)).first()
        stored: Document | None = s.get(Document, rev.document_id) if rev is not None and rev.document_id else None
        stored_sha = stored.sha256 if stored else None
        stored_bytes = bytes(stored.content) if stored else b""
        if not code:
            return Result(False, "Belgede doğrulama kodu bulunamadı; bu dosya bu sistemde düzenlenmiş bir izin "
                                 "belgesi değil ya da bozulmuş (unknown code).", "no_code")
        if rev is None:
            return Result(False, f"Doğrulama kodu bilinmiyor: {code} bu sistemde düzenlenmiş bir izin belgesine "
                                 "ait değil (unknown code).", "unknown_code", code=code)
        permit = s.get(Permit, rev.permit_id)
        assert permit is not None
        base = dict(code=code, permit_number=permit.number, revision_no=rev.revision_no, permit_id=permit.id,
                    facility_id=permit.facility_id, revision_id=rev.id)

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
        with read() as s:
            rev2 = s.get(PermitRevision, rev.id)
            assert rev2 is not None
            result = status_result(s, rev2, today, code)
    if check.present and (check.signer == signing.DEMO_CN or signing.is_demo_certificate(check.signer_cert_der)):
        with read() as s:
            result = demo_result(result, is_demo_database(s))
    return result


def is_demo_database(s: Session) -> bool:
    """A database that holds demo data (`ush-izin demo-data`, `--demo`): its demo mark in the system settings,
    or its `demo_data` audit event."""
    if s.get(SystemSetting, DEMO_MARK) is not None:
        return True
    if s.get_bind().dialect.name == "postgresql" and not s.scalar(
            text("SELECT has_table_privilege('audit_entries', 'SELECT')")):
        return False          # the verification service's role reads no audit trail: the demo mark decides
    return s.scalar(select(AuditEntry.id).where(AuditEntry.action == "event", AuditEntry.table_name == "demo_data")
                    .limit(1)) is not None


def demo_result(result: Result, demo_database: bool) -> Result:
    """A document signed with a demo certificate. In a demo database one that checks out is a demo document
    (status "demo", never plainly valid); anywhere else it is not valid at all (status "demo_signature": anyone
    can make a demo certificate). A document that fails anyway keeps its reason, with the demo note added."""
    if not result.valid:
        return replace(result, reason=f"{result.reason} Not: belge demo sertifikasıyla imzalanmış bir örnek "
                                      "belgedir (demo document).", demo=True)
    if demo_database:
        return replace(result, reason="DEMO BELGE — resmî geçerliliği yoktur: demo sertifikasıyla imzalanmış örnek "
                                      f"belge (demo document). {result.reason}", status="demo", demo=True)
    return replace(result, valid=False, reason="Geçersiz: belge demo sertifikasıyla imzalanmış bir örnek belgedir; "
                   "demo veritabanı dışında demo imza geçerli değildir (demo signature, not valid).",
                   status=DEMO_STATUS, demo=True)


# --- the public view of a permit (the web service's page and JSON) -------------------------------------------------

# Result.status -> the public word (`durum`) of the web service's page and API
DURUM = {"valid": "gecerli", "demo": "gecerli", "suspended": "askida", "revoked": "iptal", "superseded": "yenilenmis",
         "not_yet": "yururlukte_degil", DEMO_STATUS: "gecersiz"}


@dataclass(frozen=True)
class PublicArea:
    code: str
    name: str
    branch: str = ""


@dataclass(frozen=True)
class PublicPermit:
    """What anyone may know about a permit by its verification code: no TC kimlik number, no person, no free-text
    reason (a revocation's or suspension's reason may name people: only its legal basis is public)."""

    durum: str                           # DURUM values
    code: str
    number: str
    revision_no: int
    facility_name: str
    ckys_code: str
    province: str
    district: str
    issued_on: dt.date                   # the permit's first issue
    revision_from: dt.date               # the date this revision took effect
    areas: tuple[PublicArea, ...]        # USH areas in force today (none unless `gecerli`)
    since: dt.date | None = None         # askida / iptal / yenilenmis: from when
    until: dt.date | None = None         # askida: the first day in force again (None: until resumed)
    reason_category: str = ""            # askida / iptal: the legal basis of the decision
    current_code: str = ""               # yenilenmis: the verification code of the revision in force
    current_revision_no: int | None = None
    demo: bool = False                   # a demo document, or any permit of a demo database: said in red
    permit_id: int = 0
    facility_id: int = 0


def public_permit(s: Session, code: str, today: dt.date) -> PublicPermit | None:
    """The public facts of the permit revision `code` names, with its status today (the same rules as
    `check_code`); None for a code nobody issued."""
    result = check_code(s, code, today)
    if result.status == "unknown_code" or result.revision_id is None:
        return None
    rev = s.get(PermitRevision, result.revision_id)
    permit = s.get(Permit, result.permit_id)
    assert rev is not None and permit is not None
    row = s.execute(select(Facility.name, Facility.ckys_code, Facility.district, Province.name)
                    .join(Province, Province.id == Facility.province_id)
                    .where(Facility.id == permit.facility_id)).one()
    durum = DURUM.get(result.status, "gecersiz")
    since = until = None
    category = current_code = ""
    current_no = None
    events = _events(s, permit.id)
    if durum in ("askida", "iptal"):
        st = _status(permit, events, today)
        since, until = st.since, st.until
        kind = K.REVOKED if durum == "iptal" else K.SUSPENDED
        event = revocation_by(events, today) if durum == "iptal" else next(
            (e for e in reversed(events) if e.kind == kind and e.effective_from == st.since), None)
        category = (event.legal_basis if event is not None else "") or "SHGM kararı"
    areas: tuple[PublicArea, ...] = ()
    in_force = revision_in_force(s, permit.id, today)
    if durum == "yenilenmis":
        since = rev.superseded_on
        if in_force is not None:
            current_code, current_no = in_force.verification_code, in_force.revision_no
    if durum == "gecerli" and in_force is not None:
        areas = tuple(PublicArea(c, n, b or "") for c, n, b in s.execute(
            select(PermitArea.area_code, UshArea.name, Branch.name)
            .join(UshArea, UshArea.code == PermitArea.area_code)
            .outerjoin(Branch, Branch.code == PermitArea.branch_code)
            .where(PermitArea.revision_id == in_force.id).order_by(PermitArea.area_code, PermitArea.branch_code)))
    return PublicPermit(durum=durum, code=result.code, number=permit.number, revision_no=rev.revision_no,
                        facility_name=row[0], ckys_code=row[1], province=row[3], district=row[2] or "",
                        issued_on=permit.issued_on, revision_from=rev.effective_from, areas=areas, since=since,
                        until=until, reason_category=category, current_code=current_code,
                        current_revision_no=current_no, demo=result.demo or is_demo_database(s), permit_id=permit.id,
                        facility_id=permit.facility_id)
