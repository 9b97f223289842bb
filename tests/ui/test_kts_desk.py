"""The KTS desk, standalone: vendor lists, the onboarding stages with the gate, warnings and the rules on demand,
the KTS Yetki Belgesi, and the Yetki Sorgulama screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.common import operations
from app.ui.common.operations import Messages
from app.ui.kts import KtsDesk, YetkiSorgulama
from app.workflows.kts import registry as kts
from tests.support.kts import (
    AFTER_DOCS,
    TCKN,
    d,
    facility,
    on,
    onboard,
    permit,
    professional,
    vendor_form,
    work_permit,
)
from tests.support.ui import type_text


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(Messages, "error", staticmethod(lambda parent, title, text: shown.append(text)))
    return shown


def make_desk(qtbot, ctx, day: str) -> KtsDesk:
    desk = KtsDesk(on(ctx, day))
    qtbot.addWidget(desk)
    desk.resize(1280, 800)
    desk.show()
    qtbot.waitExposed(desk)
    return desk


def names(desk: KtsDesk) -> list[str]:
    return [desk.vendor_table.item(r, 0).text() for r in range(desk.vendor_table.rowCount())]


def applying(ctx, day="2026-02-01") -> int:
    vid = kts.register_vendor(on(ctx, day), vendor_form(day, tax_no="1111111114", name="Işıkgöz Bilgi Sistemleri A.Ş."))
    kts.add_vendor_document(on(ctx, day), vid, "kts_iso27001", "iso.pdf", b"%PDF")
    kts.add_vendor_document(on(ctx, day), vid, "kts_spice", "spice.pdf", b"%PDF")
    return vid


def test_the_lists_show_active_passive_and_applying_vendors(qtbot, ctx):
    onboard(ctx)
    passive = onboard(ctx, tax_no="0000000001", name="Doruk Tele Sağlık A.Ş.")
    kts.give_warning(on(ctx, "2026-02-02"), passive, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    applying(ctx)
    desk = make_desk(qtbot, ctx, "2026-03-10")
    assert desk.list_tabs.tabText(0) == "Aktif"
    assert names(desk) == ["Çağrı Sağlık Yazılımları A.Ş."]
    desk.list_tabs.setCurrentIndex(1)
    assert names(desk) == ["Doruk Tele Sağlık A.Ş."]
    assert desk.title_label.text() == "Doruk Tele Sağlık A.Ş. — Pasif liste"
    assert not desk.issue_button.isEnabled() and desk.back_button.isEnabled()
    desk.list_tabs.setCurrentIndex(2)
    assert names(desk) == []
    desk.list_tabs.setCurrentIndex(3)
    assert names(desk) == ["Işıkgöz Bilgi Sistemleri A.Ş."]
    assert desk.vendor_table.item(0, 4).text() == "Belge kontrolü"
    desk.list_tabs.setCurrentIndex(4)
    assert len(names(desk)) == 3
    type_text(desk.search_edit, "ışık")
    assert names(desk) == ["Işıkgöz Bilgi Sistemleri A.Ş."]


def test_a_passive_status_the_rules_made_due_is_on_the_passive_list_before_it_is_recorded(qtbot, ctx):
    """Issue 15: one status per producer and day; the desk marks the one KTS has not recorded yet."""
    passive = onboard(ctx, tax_no="0000000001", name="Doruk Tele Sağlık A.Ş.")
    kts.give_warning(on(ctx, "2026-02-02"), passive, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    desk = make_desk(qtbot, ctx, "2026-03-10")                  # nobody has applied the rules
    desk.list_tabs.setCurrentIndex(1)
    assert names(desk) == ["Doruk Tele Sağlık A.Ş."]
    assert desk.vendor_table.item(0, 2).text() == "Pasif liste (kural gereği)"
    assert desk.vendor_table.item(0, 3).text() == "03.03.2026"
    assert "kuralları gereğidir" in desk.info_label.text()
    assert not desk.issue_button.isEnabled()


def test_stages_are_recorded_in_order_and_the_gate_holds_the_announcement(qtbot, ctx, errors):
    vid = applying(ctx)
    desk = make_desk(qtbot, ctx, "2026-03-10")
    desk.list_tabs.setCurrentIndex(3)
    desk.select_vendor(vid)
    desk.detail.setCurrentIndex(1)
    assert desk.next_label.text() == "Belge kontrolü"
    assert [desk.outcome_combo.itemText(i) for i in range(desk.outcome_combo.count())] == ["Tamamlandı", "Eksik"]
    qtbot.mouseClick(desk.step_button, Qt.MouseButton.LeftButton)
    assert desk.steps_table.rowCount() == 2
    assert desk.steps_table.item(1, 1).text() == "Belge kontrolü"
    assert desk.steps_table.item(1, 0).text() == "10.03.2026"
    assert desk.steps_table.item(1, 3).text() == "Gökçe Işıklar"
    for _ in AFTER_DOCS:
        qtbot.mouseClick(desk.step_button, Qt.MouseButton.LeftButton)
    # the audit: four tests, each recorded with its own result; the stage waits for all four
    assert desk.test_combo.isVisible()
    tests = ["e-Nabız veri gönderimi testi", "ÇKYS hekim veri bankası entegrasyonu testi",
             "e-Rapor / e-Reçete entegrasyonu kontrolü", "USBS ekranlarının kontrolü"]
    assert [desk.test_combo.itemText(i) for i in range(desk.test_combo.count())] == tests
    desk.outcome_combo.setCurrentIndex(desk.outcome_combo.findData("failed"))
    qtbot.mouseClick(desk.step_button, Qt.MouseButton.LeftButton)
    assert desk.steps_table.item(desk.steps_table.rowCount() - 1, 1).text() == "Denetim: e-Nabız veri gönderimi testi"
    assert desk.steps_table.item(desk.steps_table.rowCount() - 1, 2).text() == "Başarısız"
    for left in (4, 3, 2, 1):
        assert desk.test_combo.count() == left and desk.next_label.text().startswith("Denetim testleri")
        qtbot.mouseClick(desk.step_button, Qt.MouseButton.LeftButton)     # the first test still due, successful
    assert not desk.test_combo.isVisible()
    assert desk.next_label.text() == "Hekim veri bankası web servis entegrasyonu kontrolü"
    assert not desk.announce_button.isEnabled()
    desk.outcome_combo.setCurrentIndex(desk.outcome_combo.findData("failed"))
    type_text(desk.step_note, "Hekim sorgusu zaman aşımına uğradı; düzeltme istendi.")
    qtbot.mouseClick(desk.step_button, Qt.MouseButton.LeftButton)
    assert desk.steps_table.item(desk.steps_table.rowCount() - 1, 2).text() == "Başarısız"
    assert desk.next_label.text() == "Hekim veri bankası web servis entegrasyonu kontrolü"
    desk.announce()   # even called directly, the workflow refuses
    assert "web servis entegrasyonu başarılı olmadan" in errors[-1]
    desk.outcome_combo.setCurrentIndex(desk.outcome_combo.findData("successful"))
    qtbot.mouseClick(desk.step_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(desk.step_button, Qt.MouseButton.LeftButton)   # real environment info
    assert desk.announce_button.isEnabled() and not desk.step_button.isEnabled()
    qtbot.mouseClick(desk.announce_button, Qt.MouseButton.LeftButton)
    desk.list_tabs.setCurrentIndex(0)
    assert names(desk) == ["Işıkgöz Bilgi Sistemleri A.Ş."]
    assert desk.current is not None and desk.current.status.value == "active"


def test_a_warning_given_on_screen_makes_the_vendor_passive_when_the_rules_run_later(qtbot, ctx):
    vid = onboard(ctx)
    desk = make_desk(qtbot, ctx, "2026-02-02")
    desk.detail.setCurrentIndex(2)
    type_text(desk.warn_text, "Erişim kayıtları iki yıl saklanmıyor.")
    desk.warn_deadline.setDate(desk.warn_deadline.date().fromString("02.03.2026", "dd.MM.yyyy"))
    qtbot.mouseClick(desk.warn_button, Qt.MouseButton.LeftButton)
    assert desk.warnings_table.rowCount() == 1
    assert desk.warnings_table.item(0, 3).text() == "Erişim kayıtları iki yıl saklanmıyor."
    later = make_desk(qtbot, ctx, "2026-03-03")
    qtbot.mouseClick(later.rules_button, Qt.MouseButton.LeftButton)
    assert later.results_box.isVisible()
    text = later.results.item(0).text()
    assert text.startswith("03.03.2026 · Çağrı Sağlık Yazılımları A.Ş.: Pasif listeye alındı.")
    assert names(later) == []   # no longer on the active list
    qtbot.mouseClick(later.rules_button, Qt.MouseButton.LeftButton)
    assert "yeni bir işlem yok" in later.results.item(0).text()
    later.list_tabs.setCurrentIndex(1)
    later.select_vendor(vid)
    later.warnings_table.selectRow(0)
    qtbot.mouseClick(later.fix_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(later.back_button, Qt.MouseButton.LeftButton)
    later.list_tabs.setCurrentIndex(0)
    assert names(later) == ["Çağrı Sağlık Yazılımları A.Ş."]


def test_the_certificate_is_issued_and_previewed_only_for_an_active_vendor(qtbot, ctx, monkeypatch):
    onboard(ctx)
    shown = []
    monkeypatch.setattr(KtsDesk, "show_pdf", lambda self, name, data: shown.append((name, data[:5])))
    desk = make_desk(qtbot, ctx, "2026-01-15")
    desk.detail.setCurrentIndex(3)
    assert desk.issue_button.isEnabled()
    qtbot.mouseClick(desk.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(operations.idle, timeout=20000)          # issued and signed in a worker, then previewed
    assert shown == [("KTS-YB-2026-00001.pdf", b"%PDF-")]
    assert desk.cert_table.rowCount() == 1
    assert desk.cert_table.item(0, 1).text() == "15.01.2026"
    assert desk.cert_table.item(0, 2).text() == "14.01.2027"
    qtbot.mouseClick(desk.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(operations.idle, timeout=20000)
    assert len(shown) == 2


def test_yetki_sorgulama_answers_with_every_reason(qtbot, ctx):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=onboard(ctx))   # its USBS producer is on the KTS active list
    work_permit(ctx, professional(ctx), fid)
    screen = YetkiSorgulama(on(ctx, "2026-06-15"))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.tckn_edit, TCKN)
    qtbot.keyClicks(screen.facility_edit, "35-0001")
    screen.area_combo.setCurrentIndex(screen.area_combo.findData("MUAYENE"))
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.answer.text() == "UYGUN"
    # the answer names whom and what it is about, as recorded (a mistyped code would show another name)
    assert screen.subject.text().startswith("Sorgulanan: İlkay Güneş — ") and "Özel Işıklı Göğüs Tıp Merkezi (ÇKYS 35-0001)" \
        in screen.subject.text() and "15.06.2026" in screen.subject.text()
    screen.area_combo.setCurrentIndex(screen.area_combo.findData("IZLEM"))
    screen.date_edit.setDate(screen.date_edit.date().addYears(-2))
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.answer.text() == "UYGUN DEĞİL"
    reasons = [screen.reasons.item(i).text() for i in range(screen.reasons.count())]
    assert len(reasons) == 2
    assert "faaliyet izni yok" in reasons[0] and "çalışma izni yok" in reasons[1]


def test_yetki_sorgulama_names_a_passive_producer(qtbot, ctx):
    """Issue 15: the facility's producer passive from 17.03.2026 (a warning's deadline passed; the rules were not
    applied yet) makes the answer UYGUN DEĞİL with that reason, as on the command line."""
    from app.workflows.kts import registry as kts

    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-03-02"), vid, d("2026-03-02"), d("2026-03-16"), "Eksik log kayıtları")
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=vid)
    work_permit(ctx, professional(ctx), fid)
    screen = YetkiSorgulama(on(ctx, "2026-04-01"))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.tckn_edit, TCKN)
    qtbot.keyClicks(screen.facility_edit, "35-0001")
    screen.area_combo.setCurrentIndex(screen.area_combo.findData("MUAYENE"))
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.answer.text() == "UYGUN DEĞİL"
    reasons = [screen.reasons.item(i).text() for i in range(screen.reasons.count())]
    assert len(reasons) == 1 and "01.04.2026 tarihinde KTS pasif listesinde" in reasons[0]
    assert "17.03.2026 tarihinden beri" in reasons[0]


def test_the_desk_holds_the_yetki_sorgulama_page(qtbot, ctx):
    desk = make_desk(qtbot, ctx, "2026-06-15")
    assert desk.pages.tabText(1) == "Yetki Sorgulama"
    assert isinstance(desk.pages.widget(1), YetkiSorgulama)
    assert desk.title_label.text() == "Bir üretici seçin."


def test_the_desk_speaks_english_and_switches_back(qtbot, qapp, ctx):
    from app.ui import i18n

    desk = make_desk(qtbot, ctx, "2026-06-15")
    assert i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: desk.rules_button.text() == "&Apply rules", timeout=2000)
    assert desk.pages.tabText(1) == "Authorisation check"
    assert [desk.list_tabs.tabText(i) for i in range(5)] == ["Active", "Passive", "Deleted", "In application", "All"]
    assert desk.check_screen.check_button.text() == "&Check"
    i18n.set_language(qapp, "tr")
    qtbot.waitUntil(lambda: desk.rules_button.text() == "&Kuralları uygula", timeout=2000)


def test_the_screen_labels_are_the_workflow_labels():
    from app.ui.kts.desk import OUTCOME_TEXTS, STAGE_TEXTS

    assert STAGE_TEXTS == kts.STAGE_LABELS
    assert OUTCOME_TEXTS == kts.OUTCOME_LABELS


def test_a_new_application_with_products_then_its_documents(qtbot, ctx, monkeypatch, errors, tmp_path):
    from app.ui.kts.dialogs import VendorDialog, parse_products

    assert [(p.name, p.version) for p in parse_products("Uzak Muayene; 2.1\n\nİzlem Modülü 1.0\n")] == [
        ("Uzak Muayene", "2.1"), ("İzlem Modülü", "1.0")]
    desk = make_desk(qtbot, ctx, "2026-03-10")
    seen: list[VendorDialog] = []

    def fill_and_save(self, dialog):
        seen.append(dialog)
        if not isinstance(dialog, VendorDialog):
            return False
        type_text(dialog.name_edit, "Gökkuşağı Tele Tıp Ltd. Şti.")
        qtbot.keyClicks(dialog.tax_edit, "1234567891")   # wrong check digit first
        qtbot.keyClicks(dialog.mersis_edit, "0123456789000015")
        type_text(dialog.signatory_edit, "Ümit Çınar")
        type_text(dialog.products_edit, "Gökkuşağı Uzak Muayene; 2.1")
        dialog.save()
        assert dialog.result() == 0 and "kontrol hanesi" in dialog.errors.message("tax_no")
        dialog.tax_edit.setText("0000000001")
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(KtsDesk, "exec_dialog", fill_and_save)
    qtbot.mouseClick(desk.new_button, Qt.MouseButton.LeftButton)
    assert desk.list_tabs.currentIndex() == 3
    assert names(desk) == ["Gökkuşağı Tele Tıp Ltd. Şti."]
    assert desk.current.products == [("Gökkuşağı Uzak Muayene", "2.1", "")]
    assert desk.current.missing_documents and "Eksik belgeler" in desk.missing_label.text()
    doc = tmp_path / "iso27001.pdf"
    doc.write_bytes(b"%PDF-1.4 iso")
    monkeypatch.setattr(KtsDesk, "choose_file", lambda self: str(doc))
    for kind in ("kts_iso27001", "kts_cmmi"):
        desk.doc_kind.setCurrentIndex(desk.doc_kind.findData(kind))
        qtbot.mouseClick(desk.doc_button, Qt.MouseButton.LeftButton)
    assert desk.documents_table.rowCount() == 2
    assert desk.documents_table.item(0, 0).text() == "ISO/IEC 27001 sertifikası (TÜRKAK akrediteli kuruluştan)"
    assert desk.missing_label.text() == ""
    assert errors == []


def test_deletion_without_warning_from_the_desk(qtbot, ctx, monkeypatch):
    from app.ui.kts.dialogs import DeleteDialog

    onboard(ctx)

    def confirm(self, dialog):
        assert isinstance(dialog, DeleteDialog)
        assert dialog.ground().value == "false_info" and "Yeni başvurusu bir yıl kabul edilmez" in dialog.text.text()
        dialog.save()
        assert dialog.errors.message("reason") == "Silme gerekçesi boş olamaz."
        type_text(dialog.reason_edit, "Erişim kodu üçüncü kişiyle paylaşıldı.")
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(KtsDesk, "exec_dialog", confirm)
    desk = make_desk(qtbot, ctx, "2026-04-01")
    desk.detail.setCurrentIndex(2)
    qtbot.mouseClick(desk.delete_button, Qt.MouseButton.LeftButton)
    assert names(desk) == []
    desk.list_tabs.setCurrentIndex(2)
    assert names(desk) == ["Çağrı Sağlık Yazılımları A.Ş."]
    assert "01.04.2027 tarihine kadar kabul edilmez" in desk.info_label.text()
    assert desk.history_table.item(desk.history_table.rowCount() - 1, 1).text().endswith(
        "md. 8/2: gerçeğe aykırı bilgi/belge, yanıltıcı veri gönderimi, erişim kodunun paylaşılması")
    assert not desk.delete_button.isEnabled()


def test_deletion_for_a_breach_of_art_16_17_from_the_desk_bans_no_new_application(qtbot, ctx, monkeypatch):
    from app.ui.kts.dialogs import DeleteDialog

    onboard(ctx)

    def confirm(self, dialog):
        assert isinstance(dialog, DeleteDialog)
        dialog.ground_combo.setCurrentIndex(dialog.ground_combo.findData("breach_16_17"))
        assert "Yeni başvuru yasağı yoktur" in dialog.text.text()
        type_text(dialog.reason_edit, "Sağlık verileri yurt dışındaki sunucuda saklanıyor.")
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(KtsDesk, "exec_dialog", confirm)
    desk = make_desk(qtbot, ctx, "2026-04-01")
    qtbot.mouseClick(desk.delete_button, Qt.MouseButton.LeftButton)
    desk.list_tabs.setCurrentIndex(2)
    assert names(desk) == ["Çağrı Sağlık Yazılımları A.Ş."]
    assert "kabul edilmez" not in desk.info_label.text()
    last = desk.history_table.rowCount() - 1
    assert desk.history_table.item(last, 1).text() == "Silinmiş — md. 8/3: md. 16-17 hükümlerine aykırılık"
    assert "(SBYS Yönetmeliği md. 8/3)" in desk.history_table.item(last, 2).text()


def test_a_late_information_change_is_shown_on_the_desk(qtbot, ctx, errors):
    vid = onboard(ctx)
    desk = make_desk(qtbot, ctx, "2026-03-31")
    assert not desk.late_label.isVisible()
    desk.detail.setCurrentIndex(4)
    assert desk.change_box.isEnabled()
    desk.change_subject.setCurrentIndex(desk.change_subject.findData("signatory"))
    desk.change_on.setDate(desk.change_on.date().fromString("13.03.2026", "dd.MM.yyyy"))
    type_text(desk.change_value, "Ayşe Çelik")
    qtbot.mouseClick(desk.change_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert [desk.changes_table.item(0, c).text() for c in range(6)] == [
        "13.03.2026", "31.03.2026", "30.03.2026", "GEÇ", "Firma yetkilisi", "Ayşe Çelik"]
    assert "Firma yetkilisi: Ayşe Çelik" in desk.info_label.text()
    assert desk.late_label.isVisible() and "Çağrı Sağlık Yazılımları A.Ş. (Firma yetkilisi" in desk.late_label.text()
    assert desk.current is not None and desk.current.id == vid


def test_a_certificate_is_verified_on_the_desk(qtbot, ctx, monkeypatch):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    desk = make_desk(qtbot, ctx, "2027-02-01")
    desk.detail.setCurrentIndex(3)
    code = desk.cert_table.item(0, 3).text()
    assert desk.cert_table.item(0, 0).data(Qt.ItemDataRole.UserRole) == cid
    qtbot.keyClicks(desk.verify_edit, code)
    qtbot.mouseClick(desk.verify_button, Qt.MouseButton.LeftButton)
    assert desk.verify_result.text().startswith("GEÇERSİZ: KTS-YB-2026-00001")
    assert "sona ermiştir" in desk.verify_result.text()


def test_a_certificate_is_revoked_from_the_desk_with_a_reason(qtbot, ctx, monkeypatch):
    from app.ui.kts.dialogs import RevokeCertificateDialog

    vid = onboard(ctx)
    kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))

    def confirm(self, dialog):
        assert isinstance(dialog, RevokeCertificateDialog)
        assert "KTS-YB-2026-00001" in dialog.text.text()
        dialog.save()
        assert dialog.errors.message("reason") == "İptal gerekçesi yazılmalıdır."
        type_text(dialog.reason_edit, "Üreticinin talebiyle iptal.")
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(KtsDesk, "exec_dialog", confirm)
    desk = make_desk(qtbot, ctx, "2026-04-01")
    desk.detail.setCurrentIndex(3)
    assert desk.revoke_cert_button.isEnabled()
    desk.cert_table.selectRow(0)
    qtbot.mouseClick(desk.revoke_cert_button, Qt.MouseButton.LeftButton)
    assert desk.cert_table.item(0, 4).text() == "01.04.2026"
    assert not desk.revoke_cert_button.isEnabled()
    code = desk.cert_table.item(0, 3).text()
    qtbot.keyClicks(desk.verify_edit, code)
    qtbot.mouseClick(desk.verify_button, Qt.MouseButton.LeftButton)
    assert "iptal edilmiştir" in desk.verify_result.text()


def test_a_product_line_ending_in_uts_needs_uts_registration():
    from app.ui.kts.dialogs import parse_products

    products = parse_products("UzakHekim Muayene; 3.2; ÜTS\nUzakHekim İzlem; 1.0\nEvde Cihaz Takip 2.1;uts")
    assert [(p.name, p.version, p.needs_uts) for p in products] == [
        ("UzakHekim Muayene", "3.2", True), ("UzakHekim İzlem", "1.0", False), ("Evde Cihaz Takip", "2.1", True)]


def test_marking_every_product_as_needing_uts_lets_the_uts_record_stand_for_spice_cmmi(qtbot, ctx, errors):
    vid = kts.register_vendor(on(ctx, "2026-02-01"), vendor_form("2026-02-01", tax_no="1111111114"))
    kts.add_vendor_document(on(ctx, "2026-02-01"), vid, "kts_iso27001", "iso.pdf", b"%PDF")
    kts.add_vendor_document(on(ctx, "2026-02-01"), vid, "kts_uts", "uts.pdf", b"%PDF")
    desk = make_desk(qtbot, ctx, "2026-03-10")
    desk.select_vendor(vid)
    assert "SPICE" in desk.missing_label.text()
    for row in range(2):
        desk.products_table.selectRow(row)
        qtbot.mouseClick(desk.uts_button, Qt.MouseButton.LeftButton)
    assert [desk.products_table.item(r, 3).text() for r in range(2)] == ["Evet", "Evet"]
    assert desk.missing_label.text() == "" and errors == []
