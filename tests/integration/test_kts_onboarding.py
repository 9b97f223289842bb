"""SBSGM onboarding (USH flow chart, stage 1; SBYS regulation art. 6): registration with checked identifiers,
the documents, the stages in order with date, officer and outcome, an incomplete document check stopping the
path, and the gate: no announcement in KTS until the doctor data-bank web service integration is SUCCESSFUL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Vendor, VendorOnboardingStep
from app.workflows.common.errors import DomainError, PermissionDenied, ValidationFailed
from app.workflows.common.vendors import status_on
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.kts.legal import AUDIT_TESTS
from tests.support.kts import AFTER_DOCS, d, on, user, vendor_form


def test_registration_checks_vergi_no_mersis_signatory_and_products(ctx):
    form = vendor_form()
    form.tax_no, form.mersis_no, form.signatory_name, form.products = "1234567891", "12", " ", []
    with pytest.raises(ValidationFailed) as err:
        kts.register_vendor(on(ctx, "2025-09-01"), form)
    assert set(err.value.errors) == {"tax_no", "mersis_no", "signatory_name", "products"}
    assert "Vergi kimlik numarası geçersiz" in err.value.errors["tax_no"]
    assert "MERSİS numarası 16 haneli" in err.value.errors["mersis_no"]


def test_only_the_kts_unit_registers_vendors(ctx):
    ism = user(ctx, "ism35", Role.ISM_OFFICER, 35)
    with pytest.raises(PermissionDenied):
        kts.register_vendor(on(ctx, "2025-09-01", ism), vendor_form())


def test_a_registered_vendor_is_in_application_with_its_products(ctx):
    vid = kts.register_vendor(on(ctx, "2025-09-01"), vendor_form())
    with ctx.read() as s:
        v = s.get(Vendor, vid)
        assert [(p.name, p.product_version) for p in v.products] == [("UzakHekim Tele Muayene", "3.2"),
                                                                      ("UzakHekim İzlem", "1.0")]
        assert status_on(s, vid, d("2025-09-01")).value == "applied"
        assert kts.next_stage(s, vid) == "document_check"


def test_an_incomplete_document_check_stops_the_path_until_the_documents_are_complete(ctx):
    c = on(ctx, "2025-09-10")
    vid = kts.register_vendor(c, vendor_form())
    with pytest.raises(DomainError, match="Belgeler tamam değil.*ISO/IEC 27001.*SPICE"):
        kts.record_step(c, vid, "document_check", "completed", d("2025-09-02"))
    kts.record_step(c, vid, "document_check", "incomplete", d("2025-09-02"), "ISO 27001 sertifikası yok.")
    with pytest.raises(DomainError, match="eksik sonuçlandı"):
        kts.record_step(c, vid, "confidentiality_agreement", "completed", d("2025-09-03"))
    kts.add_vendor_document(c, vid, "kts_iso27001", "iso.pdf", b"%PDF")
    kts.add_vendor_document(c, vid, "kts_spice", "spice.pdf", b"%PDF")
    kts.record_step(c, vid, "document_check", "completed", d("2025-09-05"))
    kts.record_step(c, vid, "confidentiality_agreement", "completed", d("2025-09-06"))
    with ctx.read() as s:
        steps = kts.round_steps(s, vid)
        assert [(st.stage, st.outcome) for st in steps] == [
            ("application", "completed"), ("document_check", "incomplete"), ("document_check", "completed"),
            ("confidentiality_agreement", "completed")]
        assert all(st.officer_id is not None for st in steps)


def test_stages_go_in_order_and_outcomes_fit_the_stage(ctx):
    c = on(ctx, "2025-09-10")
    vid = kts.register_vendor(c, vendor_form())
    kts.add_vendor_document(c, vid, "kts_iso27001", "iso.pdf", b"%PDF")
    kts.add_vendor_document(c, vid, "kts_spice", "spice.pdf", b"%PDF")
    with pytest.raises(DomainError, match="önce 'Belge kontrolü'"):
        kts.record_step(c, vid, "audit", "successful", d("2025-09-02"), audit_test="enabiz_data")
    kts.record_step(c, vid, "document_check", "completed", d("2025-09-02"))
    with pytest.raises(DomainError, match="zaten tamamlanmış"):
        kts.record_step(c, vid, "document_check", "completed", d("2025-09-03"))
    with pytest.raises(DomainError, match="sonucu yalnızca"):
        kts.record_step(c, vid, "confidentiality_agreement", "failed", d("2025-09-03"))
    with pytest.raises(DomainError, match="önce olamaz"):
        kts.record_step(c, vid, "confidentiality_agreement", "completed", d("2025-09-01"))
    with pytest.raises(DomainError, match="ileri bir tarih"):
        kts.record_step(c, vid, "confidentiality_agreement", "completed", d("2025-09-11"))


def _to_gate(ctx) -> int:
    c = on(ctx, "2025-10-01")
    vid = kts.register_vendor(on(ctx, "2025-09-01"), vendor_form())
    kts.add_vendor_document(c, vid, "kts_iso27001", "iso.pdf", b"%PDF")
    kts.add_vendor_document(c, vid, "kts_cmmi", "cmmi.pdf", b"%PDF")
    kts.record_step(c, vid, "document_check", "completed", d("2025-09-05"))
    for stage in AFTER_DOCS:
        kts.record_step(c, vid, stage, "completed", d("2025-09-10"))
    kts.record_step(c, vid, "audit", "failed", d("2025-09-15"), "e-Nabız veri gönderiminde eksik alanlar.",
                    audit_test="enabiz_data")
    for test in AUDIT_TESTS:
        kts.record_step(c, vid, "audit", "successful", d("2025-09-20"), audit_test=test)
    return vid


def test_the_gate_no_announcement_until_the_web_service_integration_succeeds(ctx):
    vid = _to_gate(ctx)
    c = on(ctx, "2025-10-20")
    with pytest.raises(DomainError, match="web servis entegrasyonu başarılı olmadan"):
        kts.announce(c, vid, d("2025-10-20"))
    kts.record_step(c, vid, "web_service_check", "failed", d("2025-09-25"), "Hekim sorgusu zaman aşımı.")
    with pytest.raises(DomainError, match="web servis entegrasyonu başarılı olmadan"):
        kts.announce(c, vid, d("2025-10-20"))
    with pytest.raises(DomainError, match="önce 'Hekim veri bankası web servis"):
        kts.record_step(c, vid, "real_environment_info", "completed", d("2025-09-26"))
    kts.record_step(c, vid, "web_service_check", "failed", d("2025-10-01"), "Yine başarısız.")
    kts.record_step(c, vid, "web_service_check", "successful", d("2025-10-08"))
    with pytest.raises(DomainError, match="önce 'Gerçek ortam"):
        kts.announce(c, vid, d("2025-10-20"))
    kts.record_step(c, vid, "real_environment_info", "completed", d("2025-10-10"))
    kts.announce(c, vid, d("2025-10-20"))
    with ctx.read() as s:
        v = s.get(Vendor, vid)
        assert status_on(s, vid, d("2025-10-19")).value == "applied"
        assert status_on(s, vid, d("2025-10-20")).value == "active"
        assert v.access_code_issued_on == d("2025-10-10")
        assert all(p.kts_registration_no for p in v.products)
        outcomes = [st.outcome for st in s.scalars(select(VendorOnboardingStep).where(
            VendorOnboardingStep.vendor_id == vid, VendorOnboardingStep.stage == "web_service_check")
            .order_by(VendorOnboardingStep.id))]
        assert outcomes == ["failed", "failed", "successful"]
        assert kts.next_stage(s, vid) == "authorisation_certificate"
    with pytest.raises(DomainError, match="başvuru aşamasında değil"):
        kts.announce(c, vid, d("2025-10-20"))
