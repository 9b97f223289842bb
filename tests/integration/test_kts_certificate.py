"""KTS Yetki Belgesi (SBYS regulation art. 9): only for an active producer, never for a passive one; a
certificate without a validity period or that cannot be verified is void; every verification is recorded."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from sqlalchemy import select

from app.documents.kts_certificate import CertificateData, build_certificate_pdf
from app.models import AuditEntry, Document, VendorCertificate, VerificationCheck
from app.workflows.common.context import Actor
from app.workflows.common.errors import DomainError, PermissionDenied, ValidationFailed
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from tests.support.kts import d, on, onboard


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_an_active_vendor_gets_a_certificate_with_validity_and_code_stored_as_a_document(ctx):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    with ctx.read() as s:
        cert = s.get(VendorCertificate, cid)
        doc = s.get(Document, cert.document_id)
        assert cert.number == "KTS-YB-2026-00001"
        assert len(cert.verification_code) == 12
        assert doc.kind == "kts_yetki_belgesi" and doc.vendor_id == vid
        code = cert.verification_code
    name, data = kts.certificate_pdf(ctx, cid)
    text = pdf_text(data)
    for expected in ("T.C.", "SAĞLIK BAKANLIĞI", "Sağlık Bilgi Sistemleri Genel Müdürlüğü", "KTS YETKİ BELGESİ",
                     "KTS-YB-2026-00001", "Çağrı Sağlık Yazılımları A.Ş.", "4840847211", "UzakHekim İzlem",
                     "15 Ocak 2026 – 14 Ocak 2027", f"{code[:4]} {code[4:8]} {code[8:]}"):
        assert expected in text, expected


def test_no_certificate_without_a_validity_period(ctx):
    vid = onboard(ctx)
    with pytest.raises(ValidationFailed) as err:
        kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), None)
    assert "hükümsüzdür" in err.value.errors["valid_until"]
    with pytest.raises(ValidationFailed):
        kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2026-01-15"))
    with pytest.raises(ValueError):
        build_certificate_pdf(CertificateData(number="X", vendor_name="A", tax_no="1", valid_from=d("2026-01-02"),
                                              valid_until=d("2026-01-01"), issued_on=d("2026-01-01"),
                                              verification_code="ABCD"))


def test_a_passive_vendor_gets_no_certificate_nor_one_in_application(ctx):
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    with pytest.raises(DomainError, match="pasif listedeki üretici aktif listeye dönene kadar"):
        kts.issue_certificate(on(ctx, "2026-03-05"), vid, d("2026-03-05"), d("2027-03-04"))
    from tests.support.kts import vendor_form

    other = kts.register_vendor(on(ctx, "2026-03-05"), vendor_form("2026-03-05", tax_no="0000000001",
                                                                   name="Işık Yazılım A.Ş."))
    with pytest.raises(DomainError, match="yalnızca aktif listedeki"):
        kts.issue_certificate(on(ctx, "2026-03-05"), other, d("2026-03-05"), d("2027-03-04"))


@pytest.mark.parametrize("today, valid, reason", [
    ("2026-01-14", False, "henüz geçerli değil"),
    ("2026-01-15", True, "geçerli KTS Yetki Belgesi"),
    ("2027-01-14", True, "geçerli KTS Yetki Belgesi"),
    ("2027-01-15", False, "14.01.2027 tarihinde sona ermiştir"),
])
def test_verification_by_date(ctx, today, valid, reason):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-10"), vid, d("2026-01-15"), d("2027-01-14"))
    with ctx.read() as s:
        code = s.get(VendorCertificate, cid).verification_code
    ok, why = kts.verify_certificate(on(ctx, today), code.lower(), d(today), source="cli")
    assert (ok, reason in why) == (valid, True), why


def test_a_certificate_number_typed_for_its_code_is_told_which_code_to_type(ctx):
    vid = onboard(ctx)
    kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    ok, why = kts.verify_certificate(on(ctx, "2026-02-01"), "KTS-YB-2026-00001", d("2026-02-01"))
    assert not ok and why.startswith("“KTS-YB-2026-00001” bir KTS Yetki Belgesi numarası")
    assert "“Doğrulama kodu” satırındaki kodu girin" in why


def test_unknown_code_revoked_and_passive_vendor_make_the_certificate_unusable_and_each_check_is_recorded(ctx):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    with ctx.read() as s:
        code = s.get(VendorCertificate, cid).verification_code
    ok, why = kts.verify_certificate(on(ctx, "2026-02-01"), "ZZZZ-ZZZZ-ZZZZ", d("2026-02-01"))
    assert not ok and "doğrulanamayan belge hükümsüzdür" in why
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    ok, why = kts.verify_certificate(on(ctx, "2026-03-04"), code, d("2026-03-04"))
    assert not ok and "pasif listededir" in why
    with ctx.write() as s:
        s.info["actor"] = (None, "test")
        s.get(VendorCertificate, cid).revoked_on = d("2026-03-10")
    ok, why = kts.verify_certificate(on(ctx, "2026-03-10"), code, d("2026-03-10"))
    assert not ok and "iptal edilmiştir" in why
    with ctx.read() as s:
        checks = s.scalars(select(VerificationCheck).order_by(VerificationCheck.id)).all()
        assert [(c.document_kind, c.valid) for c in checks] == [("kts_certificate", False)] * 3
        assert checks[0].checked_by == "kts.uzman" and checks[1].code == code


def test_a_warning_past_its_deadline_counts_even_before_the_rules_are_applied(ctx):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    with ctx.read() as s:
        code = s.get(VendorCertificate, cid).verification_code
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    assert kts.verify_certificate(on(ctx, "2026-03-02"), code, d("2026-03-02"))[0]
    ok, why = kts.verify_certificate(on(ctx, "2026-03-03"), code, d("2026-03-03"))
    assert not ok and "pasif listededir" in why
    with pytest.raises(DomainError, match="pasif"):
        kts.issue_certificate(on(ctx, "2026-03-03"), vid, d("2026-03-03"), d("2027-03-02"))


def test_the_kts_officer_revokes_a_certificate_from_a_date_with_a_reason_kept_in_the_audit(ctx):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    with ctx.read() as s:
        code = s.get(VendorCertificate, cid).verification_code
    with pytest.raises(ValidationFailed) as no_reason:
        kts.revoke_certificate(on(ctx, "2026-04-01"), cid, d("2026-04-01"), "")
    assert "gerekçe" in no_reason.value.errors["reason"]
    with pytest.raises(ValidationFailed) as too_early:
        kts.revoke_certificate(on(ctx, "2026-04-01"), cid, d("2025-12-31"), "Yanlışlıkla düzenlendi.")
    assert "15.01.2026" in too_early.value.errors["on"]
    kts.revoke_certificate(on(ctx, "2026-04-01"), cid, d("2026-04-10"), "Üreticinin talebiyle iptal.")
    assert kts.verify_certificate(on(ctx, "2026-04-09"), code, d("2026-04-09"))[0]
    ok, why = kts.verify_certificate(on(ctx, "2026-04-10"), code, d("2026-04-10"))
    assert not ok and "10.04.2026 tarihinde iptal edilmiştir" in why
    with pytest.raises(DomainError, match="zaten iptal"):
        kts.revoke_certificate(on(ctx, "2026-04-11"), cid, d("2026-04-11"), "İkinci kez iptal.")
    with ctx.read() as s:
        events = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "vendor_certificates",
                                                    AuditEntry.action == "event")).all()
        assert [e.after["reason"] for e in events] == ["Üreticinin talebiyle iptal."]


def test_only_a_kts_officer_revokes_a_certificate(ctx):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    ism = on(ctx, "2026-04-01").as_user(Actor(None, "ism35", "İl Memuru", Role.ISM_OFFICER, 35))
    with pytest.raises(PermissionDenied):
        kts.revoke_certificate(ism, cid, d("2026-04-01"), "Yetkisiz deneme.")
