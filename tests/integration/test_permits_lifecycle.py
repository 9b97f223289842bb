"""The USH Faaliyet İzin Belgesi (shared/domain §2 step 5, §8): issued by SHGM only after the areas are recorded
in ÇKYS; a readable unique number; a signed PDF with the facility, the areas and a verification code; amended by
new revisions, suspended, resumed and revoked as dated events; `permit_status.authorized_areas` answers for any date."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from sqlalchemy import func, select

from app.models import Application, Document, PermitEvent, PermitRevision
from app.workflows.common import signing
from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.permit_status import authorized_areas
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.ism import officer
from tests.support.shgm import SHGM_DAY, amend, forwarded, ministry_facility, on_day
from tests.support.shgm import shgm as shgm_desk

REQUESTED = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]


@pytest.fixture
def approver(ctx):
    return shgm_desk(ctx, Role.SHGM_APPROVER)


@pytest.fixture
def decided(ctx, approver) -> tuple[int, int]:
    """(application id, decision id) with the areas decided, not yet recorded in ÇKYS."""
    app_id = forwarded(ctx)
    return app_id, shgm.assign_areas(approver, app_id, REQUESTED)


@pytest.fixture
def issued(approver, decided) -> permits.IssuedPermit:
    shgm.mark_ckys_recorded(approver, decided[1], "CKYS-2026-0000777")
    return permits.issue_permit(approver, decided[1])


def page_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0].filter(lambda o: o.get("upright", True))   # leave out the rotated demo watermark
        return page.extract_text()


def test_issuing_before_the_ckys_mark_is_refused(ctx, approver, decided):
    with pytest.raises(ValidationFailed) as err:
        permits.issue_permit(approver, decided[1])
    assert "ÇKYS" in err.value.errors["ckys"]
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(PermitRevision)) == 0


def test_an_ism_officer_or_an_shgm_reviewer_cannot_issue(ctx, approver, decided):
    shgm.mark_ckys_recorded(approver, decided[1], "CKYS-1")
    ism = on_day(ctx.as_user(officer(ctx, "ism35.x", Role.ISM_OFFICER, 35, "Şule Öz")), SHGM_DAY)
    reviewer = shgm_desk(ctx, Role.SHGM_REVIEWER)
    for desk in (ism, reviewer):
        with pytest.raises(PermissionDenied):
            permits.issue_permit(desk, decided[1])


def test_the_issued_permit_is_numbered_signed_and_reads_back_in_turkish(ctx, approver, decided, issued):
    app_id, did = decided
    assert issued.number == "35-2026-00001" and issued.revision_no == 1 and issued.demo
    code = issued.verification_code
    assert len(code) == 19 and code.count("-") == 3 and set(code.replace("-", "")) <= set(permits.BASE32)
    with ctx.read() as s:
        assert s.get(Application, app_id).state == AppState.PERMIT_ISSUED
        doc = s.get(Document, issued.document_id)
        pdf = bytes(doc.content)
        assert doc.kind == "izin_belgesi" and doc.facility_id is not None
        ev = s.scalars(select(PermitEvent).where(PermitEvent.permit_id == issued.permit_id)).one()
        assert (ev.kind, ev.effective_from) == ("issued", SHGM_DAY)
    text = page_text(pdf)
    for expected in ("T.C.", "SAĞLIK BAKANLIĞI", "Sağlık Hizmetleri Genel Müdürlüğü", "USH FAALİYET İZİN BELGESİ",
                     "35-2026-00001", "Özel Işıklı Göğüs Tıp Merkezi", "İzmir / Karşıyaka", "35-0001",
                     "Muayene", "Konsültasyon", "Kardiyoloji", "12 Mart 2026", "Dr. Gülşen Işıkçı",
                     "Uzaktan Sağlık Hizmetlerinin Sunumu Hakkında Yönetmelik", code, "CKYS-2026-0000777",
                     "DEMO — GEÇERSİZ ÖRNEK BELGE"):
        assert expected in text, expected
    assert "RESEN" not in text
    check = signing.check_signature(pdf, [signing.load_identity().cert_der])
    assert check.ok and check.signer == "USH İzin DEMO"


def test_the_signature_validates_with_pyhanko(issued, approver):
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    pdf = permits.permit_document(approver, issued.permit_id).content
    root = x509.Certificate.load(signing.load_identity().cert_der)
    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root], allow_fetching=False))
    assert status.intact and status.valid and status.trusted and status.bottom_line


def test_a_configured_pkcs12_certificate_signs_without_the_demo_mark(ctx, approver, decided, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    from app.config import Settings
    from app.storage.secrets import set_secret

    demo = signing.load_identity()          # any key pair will do: re-wrap it as the 'real' certificate
    key = demo.signer.signing_key
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_der_private_key

    private = load_der_private_key(key.dump(), None)
    cert = x509.load_der_x509_certificate(demo.cert_der)
    path = tmp_path / "shgm.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"shgm", private, cert, None,
                                                           BestAvailableEncryption(b"gizli-parola")))
    Settings(signing_cert_path=str(path)).save()
    set_secret(signing.secret_key(str(path)), "gizli-parola")
    ident = signing.load_identity()
    assert not ident.demo and ident.path == path
    shgm.mark_ckys_recorded(approver, decided[1], "CKYS-9")
    issued = permits.issue_permit(approver, decided[1])
    assert not issued.demo
    assert "GEÇERSİZ ÖRNEK BELGE" not in page_text(permits.permit_document(approver, issued.permit_id).content)
    set_secret(signing.secret_key(str(path)), "yanlış")
    signing._cache.clear()
    with pytest.raises(signing.SigningUnavailable):
        signing.load_identity()


def test_ex_officio_only_for_ministry_facilities_and_shown_as_resen(ctx, approver):
    private = ministry_facility(ctx, "35-5555", "Özel Bornova Tıp Merkezi", type_code="ozel")
    with pytest.raises(ValidationFailed):
        permits.issue_ex_officio(approver, private, [("MUAYENE", None)], "Salgın", "CKYS-1")
    fid = ministry_facility(ctx)
    with pytest.raises(ValidationFailed):
        permits.issue_ex_officio(approver, fid, [("MUAYENE", None)], "Salgın", "")
    got = permits.issue_ex_officio(approver, fid, [("MUAYENE", None), ("IZLEM", None)],
                                   "Salgın tedbirleri kapsamında resen izin", "CKYS-2026-5")
    assert got.number == "06-2026-00001"
    info = permits.permit(approver, got.permit_id)
    assert info.ex_officio and info.application_number == ""
    text = page_text(permits.permit_document(approver, got.permit_id).content)
    assert "RESEN DÜZENLENMİŞTİR" in text and "Ankara Şehir Hastanesi" in text
    with pytest.raises(ValidationFailed):   # a second permit while the first is in force
        permits.issue_ex_officio(approver, fid, [("MUAYENE", None)], "yine", "CKYS-2026-6")


def test_authorized_areas_follow_amendment_suspension_and_revocation(ctx, approver, issued):
    d = dt.date
    fid = permits.permit(approver, issued.permit_id).facility_id
    amended = amend(on_day(approver, d(2026, 4, 1)), issued.permit_id, [("MUAYENE", None)],
                                  "Kardiyoloji konsültasyonu tesisin talebiyle çıkarıldı.")
    assert amended.revision_no == 2 and amended.number == issued.number
    permits.suspend(on_day(approver, d(2026, 5, 1)), issued.permit_id, d(2026, 5, 10), d(2026, 6, 1),
                    "Denetimde aykırılık tespit edildi.")
    permits.revoke(on_day(approver, d(2026, 7, 1)), issued.permit_id, d(2026, 7, 15), "Aykırılık giderilmedi.")
    with ctx.read() as s:
        def areas(day):
            return authorized_areas(s, fid, day)
        assert areas(d(2026, 3, 11)) == set()                        # before issue
        assert areas(d(2026, 3, 12)) == {"KONSULTASYON", "MUAYENE"}   # issued
        assert areas(d(2026, 3, 31)) == {"KONSULTASYON", "MUAYENE"}
        assert areas(d(2026, 4, 1)) == {"MUAYENE"}                    # revision 2 in force
        assert areas(d(2026, 5, 9)) == {"MUAYENE"}
        assert areas(d(2026, 5, 10)) == set()                         # suspended
        assert areas(d(2026, 5, 31)) == set()
        assert areas(d(2026, 6, 1)) == {"MUAYENE"}                    # suspension over
        assert areas(d(2026, 7, 14)) == {"MUAYENE"}
        assert areas(d(2026, 7, 15)) == set()                         # revoked
        assert areas(d(2027, 1, 1)) == set()
        old = s.scalars(select(PermitRevision).where(PermitRevision.permit_id == issued.permit_id,
                                                     PermitRevision.revision_no == 1)).one()
        assert old.superseded_on == d(2026, 4, 1)
    hist = permits.history(approver, fid)
    assert [e.kind.value for e in hist[0].events] == ["issued", "amended", "suspended", "revoked"]
    assert [r.revision_no for r in hist[0].revisions] == [1, 2]
    text = page_text(permits.permit_document(approver, issued.permit_id).content)
    assert "2. revizyonudur" in text and "tesisin talebiyle çıkarıldı" in text
    with pytest.raises(ValidationFailed):
        permits.suspend(approver, issued.permit_id, d(2026, 8, 1), None, "iptal edilmiş izin")


def test_an_open_suspension_lasts_until_resumed(ctx, approver, issued):
    d = dt.date
    fid = permits.permit(approver, issued.permit_id).facility_id
    permits.suspend(approver, issued.permit_id, d(2026, 4, 1), None, "Denetim")
    with pytest.raises(ValidationFailed):
        permits.suspend(approver, issued.permit_id, d(2026, 4, 5), None, "iki kez")
    with pytest.raises(ValidationFailed):
        permits.resume(approver, issued.permit_id, d(2026, 3, 20), "askıda değil")
    permits.resume(approver, issued.permit_id, d(2026, 5, 1), "Aykırılık giderildi.")
    with ctx.read() as s:
        assert authorized_areas(s, fid, d(2026, 4, 30)) == set()
        assert authorized_areas(s, fid, d(2026, 5, 1)) == {"KONSULTASYON", "MUAYENE"}
    assert permits.permit(on_day(approver, d(2026, 4, 2)), issued.permit_id).status.state == "suspended"


def test_changes_need_reasons_and_the_approver(ctx, approver, issued):
    with pytest.raises(ValidationFailed):
        permits.revoke(approver, issued.permit_id, SHGM_DAY, " ")
    with pytest.raises(ValidationFailed):
        permits.amend_areas(approver, issued.permit_id, REQUESTED, "aynı alanlar")
    reviewer = shgm_desk(ctx, Role.SHGM_REVIEWER)
    with pytest.raises(PermissionDenied):
        permits.revoke(reviewer, issued.permit_id, SHGM_DAY, "yetkisiz")
