"""SBYS regulation, read article by article (issue 15):

- art. 8/2: false information or documents, misleading data, a shared access code → deleted without warning and no
  new application for one year; art. 8/3: a breach of art. 16-17 → deleted, no ban; the list rules' deletions (not
  back within 3 months, 3 times passive within a year) → no ban either. The ground is kept on the status event.
- art. 6/3-c: the ÜTS record stands instead of SPICE/CMMI only when all the producer's software needs ÜTS
  registration; a producer of both kinds gives both.
- the flow chart's audit: e-Nabız data sending, ÇKYS doctor data bank, e-Rapor/e-Reçete, USBS screens, each a
  result of its own; the stage is complete when all four have passed.
- art. 8 notices: the İSM is told what a passive producer means for the USH facilities using it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Notice, Vendor, VendorStatusEvent
from app.workflows.common.errors import DomainError, ValidationFailed
from app.workflows.kts import queries
from app.workflows.kts import registry as kts
from app.workflows.kts.legal import AUDIT_TESTS, DeletionGround
from tests.support.kts import AFTER_DOCS, application, d, facility, on, onboard, vendor_form

G = DeletionGround


def _deletion(ctx, vid):
    with ctx.read() as s:
        ev = s.scalars(select(VendorStatusEvent).where(VendorStatusEvent.vendor_id == vid,
                                                       VendorStatusEvent.status == "deleted")).one()
        return ev.ground, ev.legal_basis, ev.reason


# --- art. 8: grounds ------------------------------------------------------------------------------------------------

def test_art_8_2_false_documents_delete_at_once_and_bar_a_new_application_for_a_year(ctx):
    vid = onboard(ctx)                                         # active since 01.12.2025
    kts.delete_vendor(on(ctx, "2026-04-01"), vid, d("2026-04-01"), G.FALSE_INFO,
                      "Gerçeğe aykırı ISO/IEC 27001 sertifikası.")
    ground, basis, reason = _deletion(ctx, vid)
    assert (ground, basis) == ("false_info", "SBYS Yönetmeliği md. 8/2")
    assert reason.startswith("Uyarı yapılmaksızın silindi (md. 8/2): Gerçeğe aykırı")
    with pytest.raises(DomainError, match="01.04.2027 tarihine kadar kabul edilemez"):
        kts.register_vendor(on(ctx, "2027-03-31"), vendor_form("2027-03-31"))
    assert kts.register_vendor(on(ctx, "2027-04-01"), vendor_form("2027-04-01")) == vid


def test_art_8_3_breach_of_art_16_17_deletes_without_a_ban_and_cites_no_false_documents(ctx):
    vid = onboard(ctx)
    kts.delete_vendor(on(ctx, "2026-04-01"), vid, d("2026-04-01"), G.BREACH_16_17,
                      "Sağlık verileri yurt dışındaki sunucuda saklanıyor.")
    ground, basis, reason = _deletion(ctx, vid)
    assert (ground, basis) == ("breach_16_17", "SBYS Yönetmeliği md. 8/3")
    assert "md. 16-17" in reason and "Uyarı yapılmaksızın" not in reason and "aykırı belge" not in reason
    with ctx.read() as s:
        v = s.get(Vendor, vid)
        assert v.reapply_not_before is None
        assert v.access_code_closes_on == d("2026-07-01")         # the code still closes within 3 months
    # the next day it may apply again (art. 6)
    assert kts.register_vendor(on(ctx, "2026-04-02"), vendor_form("2026-04-02")) == vid


def test_the_list_rules_deletion_bans_nothing_and_records_its_ground(ctx):
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-01-05"), vid, d("2026-01-05"), d("2026-02-05"), "Eksik log kayıtları.")
    done = kts.apply_evaluation(on(ctx, "2026-05-07"), d("2026-05-07"))
    assert [(a.action.kind, a.action.on.isoformat()) for a in done] == [
        ("passive", "2026-02-06"), ("deleted", "2026-05-07"), ("close_access_code", "2026-08-07")]
    ground, basis, _ = _deletion(ctx, vid)
    assert (ground, basis) == ("passive_list", "SBYS Yönetmeliği md. 8")
    with ctx.read() as s:
        assert s.get(Vendor, vid).reapply_not_before is None
    assert kts.register_vendor(on(ctx, "2026-05-08"), vendor_form("2026-05-08")) == vid


def test_a_deletion_needs_its_ground_and_reason(ctx):
    vid = onboard(ctx)
    with pytest.raises(ValidationFailed) as err:
        kts.delete_vendor(on(ctx, "2026-04-01"), vid, d("2026-04-01"), G.PASSIVE_LIST, "")
    assert set(err.value.errors) == {"ground", "reason"}


def test_the_history_shows_the_ground_of_each_deletion(ctx):
    vid = onboard(ctx)
    kts.delete_vendor(on(ctx, "2026-04-01"), vid, d("2026-04-01"), G.BREACH_16_17, "Log kayıtları tutulmuyor.")
    f = queries.vendor_file(on(ctx, "2026-04-02"), vid, d("2026-04-02"))
    last = f.history[-1]
    assert (last.status.value, last.ground, last.legal_basis) == ("deleted", "breach_16_17",
                                                                  "SBYS Yönetmeliği md. 8/3")
    assert f.reapply_not_before is None


# --- art. 8: the notices to the İSMs ----------------------------------------------------------------------------------

@pytest.fixture
def served(ctx):
    vid = onboard(ctx)
    izmir = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    application(ctx, izmir, 35, vid, "permit_issued")
    return vid


def _notice(ctx) -> str:
    with ctx.read() as s:
        return s.scalars(select(Notice.body).order_by(Notice.id.desc())).first()


def test_the_passive_notice_tells_the_ism_what_it_means_for_the_facilities_and_what_they_do(ctx, served):
    kts.give_warning(on(ctx, "2026-02-02"), served, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    body = _notice(ctx)
    assert "Yalnızca KTS aktif listesinde yayımlanan USBS yazılım üreticileri USH Faaliyet İzni almış" in body
    assert "tesisler bu üreticinin USBS'si üzerinden uzaktan sağlık hizmeti sunamaz" in body
    assert "aktif listedeki bir üreticinin USBS'sine geçmeli ve üretici değişikliğini İSM'ye bildirmelidir" in body
    assert "03.06.2026 tarihine kadar aktif listeye dönmeyen üretici KTS'den silinir" in body


def test_with_the_shared_setting_the_passive_notice_says_the_facilities_it_served_may_go_on(ctx, served):
    from app.workflows.common import system_settings

    with ctx.write() as s:
        system_settings.set_producer_keeps_facilities(s, True)
    kts.give_warning(on(ctx, "2026-02-02"), served, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    body = _notice(ctx)
    assert "daha önce hizmet verdiği tesislerde hizmete devam edebilir" in body and "sunamaz" not in body


def test_the_8_3_deletion_notice_names_its_ground_and_no_ban(ctx, served):
    kts.delete_vendor(on(ctx, "2026-04-01"), served, d("2026-04-01"), G.BREACH_16_17, "Log kayıtları tutulmuyor.")
    body = _notice(ctx)
    assert "(SBYS Yönetmeliği md. 8/3)" in body and "gerçeğe aykırı" not in body.lower()
    assert "yazılım erişim kodu 01.07.2026 tarihinde kapanır" in body and "01.10.2026" in body
    assert "yeni başvuruya yasak getirmez" in body


def test_the_8_2_deletion_notice_names_the_year_without_a_new_application(ctx, served):
    kts.delete_vendor(on(ctx, "2026-04-01"), served, d("2026-04-01"), G.FALSE_INFO, "Erişim kodu paylaşıldı.")
    body = _notice(ctx)
    assert "yeni başvurusu 01.04.2027 tarihine kadar kabul edilmez (SBYS Yönetmeliği md. 8/2)" in body


# --- art. 6/3-c: the documents --------------------------------------------------------------------------------------

def _applicant(ctx, uts: tuple[bool, ...]) -> int:
    form = vendor_form()
    form.products = [kts.ProductInput(f"Ürün {i}", "1.0", needs_uts=u) for i, u in enumerate(uts, start=1)]
    return kts.register_vendor(on(ctx, "2025-09-01"), form)


def _check(ctx, vid, *kinds) -> None:
    c = on(ctx, "2025-09-10")
    for kind in ("kts_iso27001", *kinds):
        kts.add_vendor_document(c, vid, kind, f"{kind}.pdf", b"%PDF")
    kts.record_step(c, vid, "document_check", "completed", d("2025-09-10"))


def test_6_3_c_the_uts_record_replaces_spice_cmmi_when_all_software_needs_uts(ctx):
    vid = _applicant(ctx, (True, True))
    _check(ctx, vid, "kts_uts")
    with ctx.read() as s:
        assert kts.next_stage(s, vid) == "confidentiality_agreement"


def test_6_3_c_a_producer_of_both_kinds_gives_both(ctx):
    vid = _applicant(ctx, (True, False))
    with pytest.raises(DomainError, match="Eksik: SPICE .* CMMI"):
        _check(ctx, vid, "kts_uts")
    kts.add_vendor_document(on(ctx, "2025-09-10"), vid, "kts_cmmi", "cmmi.pdf", b"%PDF")
    kts.record_step(on(ctx, "2025-09-10"), vid, "document_check", "completed", d("2025-09-10"))
    other = _applicant_2(ctx, (True, False))
    with pytest.raises(DomainError, match="Eksik: ÜTS kaydı"):
        _check(ctx, other, "kts_spice")


def _applicant_2(ctx, uts):
    form = vendor_form(tax_no="0000000001", name="Işık Yazılım Ltd. Şti.")
    form.products = [kts.ProductInput(f"Ürün {i}", "1.0", needs_uts=u) for i, u in enumerate(uts, start=1)]
    return kts.register_vendor(on(ctx, "2025-09-01"), form)


def test_6_3_c_the_uts_record_alone_is_not_enough_when_no_software_needs_uts(ctx):
    vid = _applicant(ctx, (False,))
    with pytest.raises(DomainError, match="Eksik: SPICE"):
        _check(ctx, vid, "kts_uts")


# --- the four audit tests -------------------------------------------------------------------------------------------

def _at_audit(ctx) -> int:
    vid = _applicant(ctx, (False,))
    _check(ctx, vid, "kts_spice")
    for stage in AFTER_DOCS:
        kts.record_step(on(ctx, "2025-09-12"), vid, stage, "completed", d("2025-09-12"))
    return vid


def test_each_audit_test_is_its_own_result_and_the_stage_needs_all_four(ctx):
    vid = _at_audit(ctx)
    c = on(ctx, "2025-09-30")
    with pytest.raises(DomainError, match="her biri ayrı kaydedilir"):
        kts.record_step(c, vid, "audit", "successful", d("2025-09-15"))
    kts.record_step(c, vid, "audit", "successful", d("2025-09-15"), audit_test="enabiz_data")
    kts.record_step(c, vid, "audit", "successful", d("2025-09-15"), audit_test="ckys_data_bank")
    kts.record_step(c, vid, "audit", "failed", d("2025-09-15"), "Reçete ekranı açılmıyor.",
                    audit_test="erapor_erecete")
    kts.record_step(c, vid, "audit", "successful", d("2025-09-15"), audit_test="usbs_screens")
    with ctx.read() as s:
        assert kts.next_stage(s, vid) == "audit"                 # three of four is not the stage
        assert kts.audit_tests_left(s, vid) == ["erapor_erecete"]
    with pytest.raises(DomainError, match="önce 'Denetim testleri"):
        kts.record_step(c, vid, "web_service_check", "successful", d("2025-09-16"))
    with pytest.raises(DomainError, match="zaten başarılı"):
        kts.record_step(c, vid, "audit", "successful", d("2025-09-16"), audit_test="enabiz_data")
    kts.record_step(c, vid, "audit", "successful", d("2025-09-20"), audit_test="erapor_erecete")
    with ctx.read() as s:
        assert kts.next_stage(s, vid) == "web_service_check"
    f = queries.vendor_file(c, vid, d("2025-09-30"))
    audits = [(st.audit_test, st.outcome) for st in f.steps if st.stage == "audit"]
    assert audits == [("enabiz_data", "successful"), ("ckys_data_bank", "successful"),
                      ("erapor_erecete", "failed"), ("usbs_screens", "successful"),
                      ("erapor_erecete", "successful")]
    assert set(AUDIT_TESTS) == {t for t, _ in audits}


# --- art. 6/5: changes to a registered producer's information ------------------------------------------------------

def test_6_5_a_change_notified_within_10_working_days_is_in_time_and_updates_the_record(ctx):
    from app.workflows.kts import info_changes as ic

    vid = onboard(ctx)                                         # active since 01.12.2025
    # moved on Monday 07.12.2026; the 10th working day after it is Monday 21.12.2026
    cid = ic.record_info_change(on(ctx, "2026-12-21"), vid, "address", d("2026-12-07"), d("2026-12-21"),
                                new_value="Üniversiteler Mah. 1596. Cad. No: 8, Çankaya/Ankara")
    [row] = ic.info_changes(ctx, vid)
    assert row.id == cid and row.deadline == d("2026-12-21") and not row.late
    assert row.old_value.startswith("Kızılay Mah.")
    with ctx.read() as s:
        assert s.get(Vendor, vid).address == "Üniversiteler Mah. 1596. Cad. No: 8, Çankaya/Ankara"
    assert ic.late_info_changes(ctx) == []


def test_6_5_the_limit_skips_the_bayram_and_a_later_notification_is_listed_late(ctx):
    from app.workflows.kts import info_changes as ic

    vid = onboard(ctx)
    # signatory changed on Friday 13.03.2026; Ramazan Bayramı 20-22.03.2026 (the eve, 19.03, is a working morning):
    # the 10 working days end on Monday 30.03.2026
    ic.record_info_change(on(ctx, "2026-03-31"), vid, "signatory", d("2026-03-13"), d("2026-03-31"),
                          "Yetkili değişti.", "Ayşe Çelik")
    [late] = ic.late_info_changes(ctx)
    assert (late.vendor_name, late.deadline, late.late) == ("Çağrı Sağlık Yazılımları A.Ş.", d("2026-03-30"), True)


def test_6_5_only_a_registered_producer_and_a_notification_on_or_after_the_change(ctx):
    from app.workflows.kts import info_changes as ic

    applicant = kts.register_vendor(on(ctx, "2025-09-01"), vendor_form(tax_no="0000000001"))
    with pytest.raises(DomainError, match="kayıtlı değil"):
        ic.record_info_change(on(ctx, "2025-09-10"), applicant, "address", d("2025-09-05"), d("2025-09-08"),
                              new_value="Yeni adres")
    vid = onboard(ctx)
    with pytest.raises(ValidationFailed) as err:
        ic.record_info_change(on(ctx, "2026-01-10"), vid, "products", d("2026-01-08"), d("2026-01-07"),
                              "UzakHekim İzlem 2.0 yayımlandı.")
    assert set(err.value.errors) == {"notified_on"}
    assert ic.info_changes(ctx, vid) == []
