"""SBYS Yönetmeliği md. 18 feeding md. 7 and 19: an audit of a producer on the active list is planned (ex officio or
on a complaint, remote or on site, by a Ministry or an İSM team), recorded on the six subjects of md. 18/3 with any
security test and its report (18/4); deficiencies become the art. 7 warning with its time limit in one act, and the
list rules take it from there. The İSMs of the provinces where the producer serves are told, facility by facility."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Document, VendorAudit, VendorWarning
from app.workflows.common.errors import DomainError, PermissionDenied, ValidationFailed
from app.workflows.common.stored_documents import document
from app.workflows.common.vocabulary import Role
from app.workflows.kts import audits
from app.workflows.kts import registry as kts
from tests.support.kts import application, d, facility, on, onboard, user

ALL_CONFORM = [audits.Finding(s, "conform") for s in "abcdef"]


def with_deficiency(subject: str = "b", notes: str = "Hekim veri bankası sorgusu görüntülü görüşmeden önce "
                                                     "yapılmıyor.") -> list[audits.Finding]:
    return [audits.Finding(s, "deficient", notes) if s == subject else audits.Finding(s, "conform") for s in "abcdef"]


@pytest.fixture
def served(ctx):
    vid = onboard(ctx)
    izmir = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    ankara = facility(ctx, "06-0001", 6, "Özel Çankaya Ilgaz Tıp Merkezi")
    application(ctx, izmir, 35, vid, "permit_issued")
    application(ctx, ankara, 6, vid, "forwarded")
    return vid


def complaint_plan(vid: int) -> audits.AuditPlan:
    return audits.AuditPlan(vid, d("2026-02-02"), grounds="complaint", mode="remote", team="ism",
                            team_province_id=35, team_members="Ayşe Öztürk, Çağlar Işık",
                            complainant="Özel Işıklı Göğüs Tıp Merkezi",
                            complaint_subject="e-Reçeteler merkeze ulaşmıyor")


def test_deficiencies_found_become_the_art7_warning_and_unfixed_make_the_producer_passive(ctx, served):
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), complaint_plan(served))
    done = audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(
        d("2026-02-02"), with_deficiency(), deadline=d("2026-03-02")))
    assert done.warning_id is not None and done.notified_provinces == 2
    with ctx.read() as s:
        w = s.get(VendorWarning, done.warning_id)
    assert (w.issued_on, w.deadline) == (d("2026-02-02"), d("2026-03-02"))
    assert "(b) ÇKYS hekim veri bankası entegrasyonu" in w.description and "yapılmıyor" in w.description
    # the deadline day itself is still in time; the day after, the rules make it passive
    assert kts.apply_evaluation(on(ctx, "2026-03-02"), d("2026-03-02")) == []
    moved = kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    assert [(a.action.kind, a.action.on) for a in moved] == [("passive", d("2026-03-03"))]
    row = audits.vendor_audits(on(ctx, "2026-03-04"), served)[0]
    assert row.result_text == ("Eksiklik bulundu; uyarı verildi (son gün 02.03.2026). Uyarı süresinde "
                               "giderilmedi; 03.03.2026 pasif listeye alındı.")
    assert row.complaint == "Özel Işıklı Göğüs Tıp Merkezi: e-Reçeteler merkeze ulaşmıyor"


def test_a_deficiency_fixed_in_time_keeps_the_producer_active(ctx, served):
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(served, d("2026-02-02")))
    done = audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(
        d("2026-02-02"), with_deficiency("e", "Son geri dönüş testi 9 ay önce."), deadline=d("2026-03-02")))
    assert audits.vendor_audits(on(ctx, "2026-02-10"), served)[0].result_text.endswith(
        "Giderme süresi devam ediyor (son gün 02.03.2026).")
    kts.fix_warning(on(ctx, "2026-02-20"), done.warning_id, d("2026-02-20"))
    assert kts.apply_evaluation(on(ctx, "2026-04-01"), d("2026-04-01")) == []
    assert audits.vendor_audits(on(ctx, "2026-04-01"), served)[0].result_text.endswith(
        "Uyarı süresinde giderildi (20.02.2026).")


def test_a_conforming_audit_gives_no_warning_and_tells_the_provinces_facility_by_facility(ctx, served):
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(served, d("2026-02-02")))
    done = audits.record_audit(on(ctx, "2026-02-03"), audit_id, audits.AuditRecord(d("2026-02-03"), ALL_CONFORM))
    assert done.warning_id is None
    izmir = [n for n in kts.notices_for(ctx, 35) if n.kind == "kts_vendor_audit"]
    assert len(izmir) == 1 and "Sonuç: Eksiklik bulunmadı." in izmir[0].body
    assert "• Özel Işıklı Göğüs Tıp Merkezi (ÇKYS 35-0001)" in izmir[0].body and "md. 19" in izmir[0].body
    assert "Çankaya" not in izmir[0].body
    assert kts.notices_for(ctx, 34) == []


def test_a_penetration_test_keeps_its_report_which_only_the_kts_desk_reads(ctx, served):
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(served, d("2026-02-02")))
    with pytest.raises(ValidationFailed) as refused:
        audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(
            d("2026-02-02"), ALL_CONFORM, security_test="penetration"))
    assert "raporu eklenmelidir (md. 18/4)" in str(refused.value.errors)
    audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(
        d("2026-02-02"), ALL_CONFORM, security_test="penetration", security_summary="Kritik bulgu yok.",
        report_filename="sizma-testi.pdf", report_content=b"%PDF rapor"))
    with ctx.read() as s:
        report_id = s.get(VendorAudit, audit_id).security_report_id
        assert s.get(Document, report_id).kind == "kts_guvenlik_testi"
    assert document(on(ctx, "2026-02-03"), report_id).content == b"%PDF rapor"
    ism = user(ctx, "ism35.memur", Role.ISM_OFFICER, 35)
    with pytest.raises(PermissionDenied):
        document(on(ctx, "2026-02-03", ism), report_id)


def test_an_audit_needs_all_six_subjects_a_time_limit_for_deficiencies_and_is_recorded_once(ctx, served):
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(served, d("2026-02-02")))
    c = on(ctx, "2026-02-02")
    with pytest.raises(ValidationFailed) as refused:
        audits.record_audit(c, audit_id, audits.AuditRecord(d("2026-02-02"), ALL_CONFORM[:5]))
    assert "altı konusunun (a-f)" in refused.value.errors["findings"]
    with pytest.raises(ValidationFailed) as refused:
        audits.record_audit(c, audit_id, audits.AuditRecord(d("2026-02-02"), with_deficiency()))
    assert "giderme süresinin son günü" in refused.value.errors["deadline"]
    audits.record_audit(c, audit_id, audits.AuditRecord(d("2026-02-02"), ALL_CONFORM))
    with pytest.raises(DomainError, match="sonucu 02.02.2026 tarihinde kaydedilmiş"):
        audits.record_audit(c, audit_id, audits.AuditRecord(d("2026-02-02"), ALL_CONFORM))


def test_a_complaint_names_who_complained_about_what_and_an_ism_team_its_province(ctx, served):
    with pytest.raises(ValidationFailed) as refused:
        audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(served, d("2026-02-02"), grounds="complaint",
                                                                  team="ism"))
    assert set(refused.value.errors) == {"complainant", "complaint_subject", "team_province_id"}


def test_a_passive_producer_gets_no_new_warning_from_an_audit_nothing_is_written(ctx, served):
    kts.give_warning(on(ctx, "2026-02-02"), served, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    audit_id = audits.plan_audit(on(ctx, "2026-03-05"), audits.AuditPlan(served, d("2026-03-10")))
    with pytest.raises(DomainError, match="yalnızca aktif listedeki üreticilere"):
        audits.record_audit(on(ctx, "2026-03-10"), audit_id, audits.AuditRecord(
            d("2026-03-10"), with_deficiency(), deadline=d("2026-04-10")))
    with ctx.read() as s:
        assert s.get(VendorAudit, audit_id).outcome is None
        assert len(s.scalars(select(VendorWarning)).all()) == 1


def test_the_ism_reads_the_audits_of_producers_serving_its_province_and_writes_none(ctx, served):
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), complaint_plan(served))
    audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(
        d("2026-02-02"), with_deficiency(), deadline=d("2026-03-02")))
    izmir = user(ctx, "ism35.memur", Role.ISM_OFFICER, 35)
    rows = audits.audits_for_province(on(ctx, "2026-02-05", izmir), 35)
    assert [(r.id, r.vendor_name) for r in rows] == [(audit_id, "Çağrı Sağlık Yazılımları A.Ş.")]
    assert audits.audits_for_province(on(ctx, "2026-02-05"), 34) == []
    with pytest.raises(PermissionDenied):
        audits.audits_for_province(on(ctx, "2026-02-05", izmir), 6)
    with pytest.raises(PermissionDenied):
        audits.plan_audit(on(ctx, "2026-02-05", izmir), audits.AuditPlan(served, d("2026-03-01")))
    with pytest.raises(PermissionDenied):
        audits.vendor_audits(on(ctx, "2026-02-05", izmir), served)


def test_the_history_reads_audit_then_warning_then_passive_then_deleted(ctx, served):
    """Art. 7 then art. 8: the warning of 02.02 not fixed by 02.03 → passive on 03.03; not back within three months
    → deleted the day after 03.06."""
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(served, d("2026-02-02")))
    audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(
        d("2026-02-02"), with_deficiency(), deadline=d("2026-03-02")))
    assert audits.vendor_audits(on(ctx, "2026-03-03"), served)[0].result_text.endswith(
        "Giderme süresi 02.03.2026 tarihinde doldu; liste kuralları henüz uygulanmadı.")
    kts.apply_evaluation(on(ctx, "2026-06-10"), d("2026-06-10"))
    assert audits.vendor_audits(on(ctx, "2026-06-10"), served)[0].result_text.endswith(
        "Uyarı süresinde giderilmedi; 03.03.2026 pasif listeye alındı, 04.06.2026 KTS'den silindi.")


def test_a_test_report_that_arrives_later_is_attached_to_its_audit(ctx, served):
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(served, d("2026-02-02")))
    audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(
        d("2026-02-02"), ALL_CONFORM, security_test="security", report_filename="ilk.pdf", report_content=b"%PDF 1"))
    later = audits.attach_report(on(ctx, "2026-02-10"), audit_id, "son-rapor.pdf", b"%PDF 2")
    assert audits.vendor_audits(on(ctx, "2026-02-10"), served)[0].security_report_id == later
    with pytest.raises(ValidationFailed):
        audits.attach_report(on(ctx, "2026-02-10"), audit_id, "bos.pdf", b"")
