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
from typing import Protocol

from sqlalchemy import Connection, bindparam, func, select, text
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    Branch,
    Document,
    Facility,
    Permit,
    PermitArea,
    PermitEvent,
    PermitRevision,
    Province,
    SystemSetting,
    UshArea,
)
from app.workflows.common.messages import msg
from app.workflows.common.permit_status import permit_events as _events
from app.workflows.common.permit_status import permit_status as _status
from app.workflows.common.permit_status import revision_in_force, revocation_by
from app.workflows.common.vocabulary import PermitEventKind as K


class PermitLike(Protocol):
    id: int
    number: str
    facility_id: int
    issued_on: dt.date


class RevisionLike(Protocol):
    id: int
    revision_no: int
    effective_from: dt.date
    superseded_on: dt.date | None


CODE_PATTERN = r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){3}|[A-Z2-7]{12}"     # issued codes (and the older short ones)
CODE_SHAPE = re.compile(CODE_PATTERN)
CODE_IN_FILE = re.compile(rb"USH-IZIN:(" + CODE_PATTERN.encode() + rb")")
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
    reason: str                    # one line: a Message (Turkish as a str; the desk shows it in its language)
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


def judge(permit: PermitLike, events: list, rev: RevisionLike, facility_name: str, today: dt.date, code: str,
          newest_revision_no: Callable[[], int | None]) -> Result:
    """The rules: revoked, then superseded, then suspended, then not yet in force, else valid. `permit`, `events`
    and `rev` may be ORM objects (the desk) or plain rows (the web service's few Core queries)."""
    base = dict(code=code, permit_number=permit.number, revision_no=rev.revision_no, facility_name=facility_name,
                permit_id=permit.id, facility_id=permit.facility_id, revision_id=rev.id)
    st = _status(permit, events, today)  # type: ignore[arg-type]
    if st.state == "revoked":
        text = msg("Belge doğrulama", "İzin {number} {since} tarihinde iptal edilmiştir. Gerekçe: {reason}") \
            if st.reason else msg("Belge doğrulama", "İzin {number} {since} tarihinde iptal edilmiştir.")
        return Result(False, text.format(number=permit.number, since=_d(st.since), reason=st.reason or ""),
                      "revoked", **base)
    if rev.superseded_on is not None and rev.superseded_on <= today:
        now_no = newest_revision_no() or rev.revision_no + 1
        return Result(False, msg("Belge doğrulama", "Bu belge (revizyon {rev}) {on} tarihinde yenilenmiştir; geçerli "
                                 "belge {number} numaralı iznin {now}. revizyonudur.").format(
            rev=rev.revision_no, on=_d(rev.superseded_on), number=permit.number, now=now_no), "superseded", **base)
    if st.state == "suspended":
        text = msg("Belge doğrulama", "İzin {number} {since} tarihinden itibaren {until} tarihine kadar askıya "
                   "alınmıştır.") if st.until else \
            msg("Belge doğrulama", "İzin {number} {since} tarihinden itibaren askıya alınmıştır.")
        text = text.format(number=permit.number, since=_d(st.since), until=_d(st.until) if st.until else "")
        if st.reason:
            text = msg("Belge doğrulama", "{text} Gerekçe: {reason}").format(text=text, reason=st.reason)
        return Result(False, text, "suspended", **base)
    if st.state == "not_yet" or rev.effective_from > today:
        return Result(False, msg("Belge doğrulama", "İzin {number} henüz yürürlükte değil.").format(
            number=permit.number), "not_yet", **base)
    return Result(True, msg("Belge doğrulama", "Geçerli: {number} numaralı USH faaliyet izni, revizyon {rev}, "
                            "{facility}.").format(number=permit.number, rev=rev.revision_no, facility=facility_name),
                  "valid", **base)


def status_result(s: Session, rev: PermitRevision, today: dt.date, code: str) -> Result:
    permit = s.get(Permit, rev.permit_id)
    assert permit is not None
    f = s.get(Facility, permit.facility_id)

    def newest() -> int | None:
        return s.scalar(select(func.max(PermitRevision.revision_no)).where(
            PermitRevision.permit_id == permit.id, PermitRevision.revision_no > rev.revision_no))

    return judge(permit, _events(s, permit.id), rev, f.name if f else "", today, code, newest)


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
        return Result(False, msg("Belge doğrulama", "Doğrulama kodu bilinmiyor: “{code}” bu sistemde düzenlenmiş bir "
                                 "izin belgesine ait değil.").format(code=shown), "unknown_code", code=norm[:60])
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
    return sha is not None and _demo_signed_document(s, rev.document_id, sha)


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
            return Result(False, msg("Belge doğrulama", "Belgede doğrulama kodu bulunamadı; bu dosya bu sistemde "
                                     "düzenlenmiş bir izin belgesi değil ya da bozulmuş."), "no_code")
        if rev is None:
            return Result(False, msg("Belge doğrulama", "Doğrulama kodu bilinmiyor: “{code}” bu sistemde düzenlenmiş "
                                     "bir izin belgesine ait değil.").format(code=code), "unknown_code", code=code)
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
        result = Result(False, msg("Belge doğrulama", "İmza bozuk ya da yok: belgede geçerli bir elektronik imza "
                                   "bulunamadı."), "no_signature", **base)
    elif not check.intact:
        result = Result(False, msg("Belge doğrulama", "İmza bozuk: belge imzalandıktan sonra içeriği "
                                   "değiştirilmiş."), "signature_broken", **base)
    elif not check.trusted:
        result = Result(False, msg("Belge doğrulama", "İmza bu sistemin imza sertifikasıyla atılmamış (imzalayan: "
                                   "{signer}); belge güvenilir değil.").format(signer=check.signer or "?"),
                        "untrusted", **base)
    elif stored_sha is not None and sha != stored_sha:
        result = Result(False, msg("Belge doğrulama", "İçerik değiştirilmiş: dosya kayıtlı izin belgesiyle aynı "
                                   "değil."), "content_changed", **base)
    else:
        with read() as s:
            rev2 = s.get(PermitRevision, rev.id)
            assert rev2 is not None
            result = status_result(s, rev2, today, code)
    if check.present and (check.signer == signing.DEMO_CN or signing.is_demo_certificate(check.signer_cert_der)):
        with read() as s:
            result = demo_result(result, is_demo_database(s))
    return result


def is_demo_database(s: Session | Connection) -> bool:
    """A database that holds demo data (`ush-izin demo-data`, `--demo`): its demo mark in the system settings,
    or its `demo_data` audit event."""
    if s.execute(select(SystemSetting.key).where(SystemSetting.key == DEMO_MARK)).first() is not None:
        return True
    dialect = s.dialect.name if isinstance(s, Connection) else s.get_bind().dialect.name
    if dialect == "postgresql" and not s.scalar(text("SELECT has_table_privilege('audit_entries', 'SELECT')")):
        return False          # the verification service's role reads no audit trail: the demo mark decides
    return s.scalar(select(AuditEntry.id).where(AuditEntry.action == "event", AuditEntry.table_name == "demo_data")
                    .limit(1)) is not None


def demo_result(result: Result, demo_database: bool) -> Result:
    """A document signed with a demo certificate. In a demo database one that checks out is a demo document
    (status "demo", never plainly valid); anywhere else it is not valid at all (status "demo_signature": anyone
    can make a demo certificate). A document that fails anyway keeps its reason, with the demo note added."""
    if not result.valid:
        return replace(result, reason=msg("Belge doğrulama", "{reason} Not: belge demo sertifikasıyla imzalanmış "
                                          "bir örnek belgedir.").format(reason=result.reason), demo=True)
    if demo_database:
        return replace(result, reason=msg("Belge doğrulama", "DEMO BELGE — resmî geçerliliği yoktur: demo "
                                          "sertifikasıyla imzalanmış örnek belge. {reason}").format(
            reason=result.reason), status="demo", demo=True)
    return replace(result, valid=False, reason=msg("Belge doğrulama", "Geçersiz: belge demo sertifikasıyla "
                                                   "imzalanmış bir örnek belgedir; demo veritabanı dışında demo imza "
                                                   "geçerli değildir."), status=DEMO_STATUS, demo=True)


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


# The public service's hot path: statements built once (their compiled forms are cached by SQLAlchemy).
_BY_CODE = (
    select(PermitRevision.id, PermitRevision.revision_no, PermitRevision.effective_from,
           PermitRevision.superseded_on, PermitRevision.document_id, Document.sha256.label("document_sha"),
           Permit.id.label("permit_id"), Permit.number, Permit.facility_id, Permit.issued_on,
           Facility.name.label("facility_name"), Facility.ckys_code, Facility.district,
           Province.name.label("province"))
    .join(Permit, Permit.id == PermitRevision.permit_id)
    .join(Facility, Facility.id == Permit.facility_id)
    .join(Province, Province.id == Facility.province_id)
    .outerjoin(Document, Document.id == PermitRevision.document_id)
    .where(PermitRevision.verification_code == bindparam("code")))
_EVENTS = (select(PermitEvent.id, PermitEvent.kind, PermitEvent.effective_from, PermitEvent.effective_until,
                  PermitEvent.reason, PermitEvent.legal_basis)
           .where(PermitEvent.permit_id == bindparam("permit")).order_by(PermitEvent.id))
_REVISIONS = (select(PermitRevision.id, PermitRevision.revision_no, PermitRevision.effective_from,
                     PermitRevision.superseded_on, PermitRevision.verification_code)
              .where(PermitRevision.permit_id == bindparam("permit")).order_by(PermitRevision.revision_no))
_AREAS = (select(PermitArea.area_code, UshArea.name, Branch.name)
          .join(UshArea, UshArea.code == PermitArea.area_code)
          .outerjoin(Branch, Branch.code == PermitArea.branch_code)
          .where(PermitArea.revision_id == bindparam("revision"))
          .order_by(PermitArea.area_code, PermitArea.branch_code))


def public_permit(s: Session | Connection, code: str, today: dt.date) -> PublicPermit | None:
    """The public facts of the permit revision `code` names, with its status today by the same rules as
    `check_code` (`judge`); None for a code nobody issued. Three or four Core statements on one connection: this
    is the public service's hot path."""
    norm = normalise_code(code)
    if not norm:
        return None
    conn = s.connection() if isinstance(s, Session) else s
    row = conn.execute(_BY_CODE, {"code": norm}).first()
    if row is None:
        return None
    permit = _PermitRow(row.permit_id, row.number, row.facility_id, row.issued_on)
    events = conn.execute(_EVENTS, {"permit": permit.id}).all()
    revisions = conn.execute(_REVISIONS, {"permit": permit.id}).all()
    rev = next(r for r in revisions if r.id == row.id)
    result = judge(permit, events, rev, row.facility_name, today, norm,  # type: ignore[arg-type]
                   lambda: max((r.revision_no for r in revisions if r.revision_no > rev.revision_no), default=None))
    demo_database = demo_database_cached(conn)
    if row.document_sha is not None and _demo_signed_document(conn, row.document_id, row.document_sha):
        result = demo_result(result, demo_database)
    durum = DURUM.get(result.status, "gecersiz")
    since = until = None
    category = current_code = ""
    current_no = None
    if durum in ("askida", "iptal"):
        st = _status(permit, events, today)  # type: ignore[arg-type]
        since, until = st.since, st.until
        event = revocation_by(events, today) if durum == "iptal" else next(  # type: ignore[arg-type]
            (e for e in reversed(events) if e.kind == K.SUSPENDED and e.effective_from == st.since), None)
        category = (event.legal_basis if event is not None else "") or "SHGM kararı"
    in_force = revision_in_force(revisions, today)
    if durum == "yenilenmis":
        since = rev.superseded_on
        if in_force is not None:
            current_code, current_no = in_force.verification_code, in_force.revision_no
    areas: tuple[PublicArea, ...] = ()
    if durum == "gecerli" and in_force is not None:
        areas = tuple(PublicArea(c, n, b or "") for c, n, b in conn.execute(_AREAS, {"revision": in_force.id}))
    return PublicPermit(durum=durum, code=norm, number=permit.number, revision_no=rev.revision_no,
                        facility_name=row.facility_name, ckys_code=row.ckys_code, province=row.province,
                        district=row.district or "", issued_on=permit.issued_on, revision_from=rev.effective_from,
                        areas=areas, since=since, until=until, reason_category=category, current_code=current_code,
                        current_revision_no=current_no, demo=result.demo or demo_database, permit_id=permit.id,
                        facility_id=permit.facility_id)


@dataclass(frozen=True)
class _PermitRow:
    id: int
    number: str
    facility_id: int
    issued_on: dt.date


def _demo_signed_document(s: Session | Connection, document_id: int, sha: str) -> bool:
    known = _demo_by_sha.get(sha)
    if known is None:
        content = s.scalar(select(Document.content).where(Document.id == document_id))
        known = _demo_by_sha[sha] = _demo_signed(bytes(content or b""))
    return known


DEMO_CACHE_SECONDS = 60.0
_demo_databases: dict[str, tuple[float, bool]] = {}


def demo_database_cached(s: Session | Connection) -> bool:
    """`is_demo_database`, asked at most once a minute per database by a long-running service (a database becomes
    a demo database only through `ush-izin demo-data`)."""
    import time

    bind = s.engine if isinstance(s, Connection) else s.get_bind()
    key = f"{id(bind)}:{bind.url}"   # type: ignore[union-attr]
    now = time.monotonic()
    hit = _demo_databases.get(key)
    if hit is not None and now - hit[0] < DEMO_CACHE_SECONDS:
        return hit[1]
    answer = is_demo_database(s)
    _demo_databases[key] = (now, answer)
    return answer
