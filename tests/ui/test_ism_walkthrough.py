"""An İzmir İSM officer's day through the real widgets: register an application in the form, examine it with
the keyboard, preview and record the letter, forward it to SHGM. And: a refused form keeps every value."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.common import operations, pdf_view
from app.ui.common.pdf_view import PdfDialog
from app.ui.ism.detail import ApplicationDetailDialog
from app.ui.ism.intake_form import ApplicationFormDialog, ProfessionalsModel
from app.ui.ism.notice_dialog import NotificationDialog
from app.ui.ism.worklist import LIGHT_ROLE, WorklistModel
from app.workflows.common.application_view import checklist_rows
from app.workflows.ism import worklist as ism_worklist
from tests.support.ism_ui import edit_cell, main_window, type_text, vendor

P = ProfessionalsModel


def fill_new_application(qtbot, f: ApplicationFormDialog, vendor_id: int, tmp_path: Path, *,
                         tax_no: str = "1234567890", tckn: str = "10000000146") -> None:
    f.channel.setCurrentIndex(f.channel.findData("kep"))
    qtbot.keyClicks(f.channel_ref, "KEP-2026-0042")
    # Tesis: a new facility
    qtbot.mouseClick(f.new_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(f.f_ckys, "35-0001")
    type_text(f.f_name, "Özel Işıklı Göğüs Tıp Merkezi")
    f.f_type.setCurrentIndex(f.f_type.findData("ozel"))
    assert f.f_province.currentData() == 35           # the officer's province is the default
    type_text(f.f_district, "Karşıyaka")
    type_text(f.f_address, "Bostanlı Mah. Cemal Gürsel Cad. No: 12")
    qtbot.keyClicks(f.f_tax_no, tax_no)
    qtbot.keyClicks(f.f_mersis, "0123456789000015")
    type_text(f.f_manager, "Dr. Ayşe Çınar")
    # Alanlar
    f.tabs.setCurrentIndex(1)
    f.set_area("MUAYENE")
    f.set_area("KONSULTASYON", branch="KARDIYOLOJI")
    # USBS
    f.tabs.setCurrentIndex(2)
    f.vendor.setCurrentIndex(f.vendor.findData(vendor_id))
    assert f.product.currentData() is not None       # the vendor's only product is chosen
    assert f.warnings_text() == ""                    # active on the received date: no warning
    # Meslek mensupları
    f.tabs.setCurrentIndex(3)
    qtbot.mouseClick(f.add_professional_button, Qt.MouseButton.LeftButton)
    view = f.professionals_view
    edit_cell(view, 0, P.TCKN, tckn)
    edit_cell(view, 0, P.FIRST, "İlkay")
    edit_cell(view, 0, P.LAST, "Güneş")
    edit_cell(view, 0, P.PROFESSION, "uzman hekim")
    edit_cell(view, 0, P.LICENCE, "D-991")
    edit_cell(view, 0, P.PERMIT, "ÇB-35-77")
    # Belgeler
    f.tabs.setCurrentIndex(4)
    doc = tmp_path / "dilekçe.pdf"
    doc.write_bytes("Başvuru dilekçesi".encode())
    f.choose_files = lambda: [str(doc)]
    qtbot.mouseClick(f.add_document_button, Qt.MouseButton.LeftButton)


def test_intake_checklist_notification_and_forwarding_through_the_widgets(qtbot, desk_ctx, messages, tmp_path):
    v, _p = vendor(desk_ctx)
    w = main_window(qtbot, desk_ctx)
    desk = w.pages[0].desk
    assert desk.worklist.model.rowCount() == 0

    # Ctrl+N opens the application form
    QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    f = desk.form_dialog
    assert isinstance(f, ApplicationFormDialog) and f.isVisible()
    fill_new_application(qtbot, f, v, tmp_path)
    assert f.professionals_model.rows[0].first_name == "İlkay"
    assert f.professionals_model.rows[0].profession == "uzman hekim"
    assert f.documents_model.rows[0].filename == "dilekçe.pdf"
    assert "bayt" in f.documents_model.index(0, 2).data()
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert messages.errors == []
    assert f.saved_id is not None and not f.isVisible()

    # the worklist shows it: received today, green, 15 days left (FixedClock: Monday 2 March 2026)
    model = desk.worklist.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[WorklistModel.NUMBER] == "2026-35-000001"
    assert row[WorklistModel.FACILITY] == "Özel Işıklı Göğüs Tıp Merkezi"
    assert row[WorklistModel.RECEIVED] == "02.03.2026" and row[WorklistModel.STATE] == "Alındı"
    assert row[WorklistModel.DEADLINE] == "17.03.2026" and row[WorklistModel.DAYS] == "15 gün"
    assert model.index(0, WorklistModel.DAYS).data(LIGHT_ROLE) == "green"
    assert operations.wait_idle(20000)                       # the counts are read in a worker
    assert w.pages[0].table.rows()[0] == ("Alındı", 1)       # the counts beside the list follow

    # Enter opens it
    desk.worklist.table.setFocus()
    QTest.keyClick(desk.worklist.table, Qt.Key.Key_Return)
    assert operations.wait_idle(20000)                       # the application is read in a worker first
    d = desk.detail_dialog
    assert isinstance(d, ApplicationDetailDialog) and d.isVisible()
    assert d.forward_button.isEnabled() is False and d.notify_button.isEnabled() is False
    assert d.result_label.text() == "İnceleme tamamlanmadı"

    # every Ek-1 item answered "Uygun" with the 1 key (each answer moves to the next item)
    d.checklist.setFocus()
    assert d.checklist.currentIndex().row() == 0
    for _ in range(d.model.rowCount()):
        QTest.keyClick(d.checklist, Qt.Key.Key_1)
    assert operations.wait_idle(20000) and not d.answers_pending()     # written in a worker, in order
    assert messages.errors == []
    assert [r.answer_label for r in d.model.rows] == ["Uygun"] * 12
    assert d.result_label.text() == "Uygun"
    assert d.state_label.text() == "İncelemede"
    assert d.notify_button.isEnabled() and not d.forward_button.isEnabled()

    # the notification dialog: an "Uygun" letter, previewed as PDF before it is recorded
    qtbot.mouseClick(d.notify_button, Qt.MouseButton.LeftButton)
    n = d.child
    assert isinstance(n, NotificationDialog) and n.isVisible()
    assert n.kind_label.text() == "Yazı türü: Uygun"
    assert n.recipient.toPlainText().startswith("Özel Işıklı Göğüs Tıp Merkezi")
    assert n.preview.page_count() >= 1
    image = n.preview.page_image(0, 400)
    assert image.pixelColor(2, 2).name() == "#ffffff"         # rendered onto white
    n.signer_name.setEditText("")
    type_text(n.signer_name.lineEdit(), "Dr. Mehmet Şahin")
    n.send_channel.setCurrentIndex(n.send_channel.findData("kep"))
    qtbot.mouseClick(n.save_button, Qt.MouseButton.LeftButton)
    assert messages.errors == []
    assert n.saved_id is not None and not n.isVisible()
    assert d.state_label.text() == "Uygun bildirildi"
    assert "süre durdu" in d.clock_label.text()
    assert d.notifications.rowCount() == 1 and d.notifications.item(0, 1).text() == "USH-35-2026-00001"

    # the stored letter opens again from the detail
    d.tabs.setCurrentIndex(3)
    d.notifications.selectRow(0)
    qtbot.mouseClick(d.open_letter_button, Qt.MouseButton.LeftButton)
    letter = d.child
    assert isinstance(letter, PdfDialog) and letter.preview.page_count() >= 1
    letter.close()

    # SHGM'ye gönder
    assert d.forward_button.isEnabled()
    qtbot.mouseClick(d.forward_button, Qt.MouseButton.LeftButton)
    assert len(messages.confirmations) == 1 and "SHGM" in messages.confirmations[0]
    assert messages.errors == []
    assert d.state_label.text() == "SHGM'ye iletildi"
    assert not d.forward_button.isEnabled() and not d.withdraw_button.isEnabled()
    history = [d.history.item(r, 1).text() for r in range(d.history.rowCount())]
    assert history == ["Başvuru kaydı", "İncelemeye başlama", "Uygunluk bildirimi", "SHGM'ye gönderme"]

    # back in the worklist: forwarded, no clock running
    assert operations.wait_idle(20000)                       # the page is read again in a worker
    assert model.index(0, WorklistModel.STATE).data() == "SHGM'ye iletildi"
    assert model.index(0, WorklistModel.DAYS).data() == "—"
    assert model.index(0, WorklistModel.DAYS).data(LIGHT_ROLE) == "stopped"
    d.close()


def test_a_refused_form_shows_the_turkish_messages_and_keeps_every_value(qtbot, desk_ctx, messages, tmp_path):
    v, _p = vendor(desk_ctx)
    w = main_window(qtbot, desk_ctx)
    desk = w.pages[0].desk
    qtbot.mouseClick(desk.new_button, Qt.MouseButton.LeftButton)
    f = desk.form_dialog
    fill_new_application(qtbot, f, v, tmp_path, tax_no="1234567891", tckn="12345678901")
    f.set_area("MUAYENE", checked=False)
    f.set_area("KONSULTASYON", checked=False)
    f.tabs.setCurrentIndex(2)
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)

    assert f.isVisible() and f.saved_id is None
    assert messages.errors == []                                  # shown in the form, not in a box
    assert f.error_for("facility.tax_no") == "Vergi kimlik numarası geçersiz (kontrol hanesi tutmuyor)."
    assert f.error_for("areas") == "En az bir USH alanı seçin."
    assert f.tabs.currentIndex() == 0                             # the first tab with a problem
    text = f.message.text()
    assert text.startswith("Kaydedilmedi; düzeltilmesi gereken alanlar var:")
    assert "1. meslek mensubu: TC kimlik numarası geçersiz (kontrol hanesi tutmuyor)." in text
    assert f.f_tax_no.property("invalid") is True
    assert f.professionals_model.errors[(0, P.TCKN)].startswith("1. meslek mensubu")
    # nothing typed is lost
    assert f.f_name.text() == "Özel Işıklı Göğüs Tıp Merkezi"
    assert f.f_district.text() == "Karşıyaka" and f.f_manager.text() == "Dr. Ayşe Çınar"
    assert f.f_tax_no.text() == "1234567891" and f.channel_ref.text() == "KEP-2026-0042"
    assert f.professionals_model.rows[0].tckn == "12345678901"
    assert f.professionals_model.rows[0].last_name == "Güneş"
    assert len(f.documents_model.rows) == 1 and f.vendor.currentData() == v
    assert ism_worklist.worklist(desk_ctx)[1] == 0                   # nothing was saved

    # corrected, it saves
    f.f_tax_no.clear()
    qtbot.keyClicks(f.f_tax_no, "1234567890")
    f.tabs.setCurrentIndex(3)
    edit_cell(f.professionals_view, 0, P.TCKN, "10000000146")
    f.set_area("MUAYENE")
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert messages.errors == [] and f.saved_id is not None, f.message.text()
    assert desk.worklist.model.rowCount() == 1


def test_the_vendor_warning_shows_in_amber_when_the_vendor_is_not_active(qtbot, desk_ctx, messages):
    v, _p = vendor(desk_ctx, status="passive", since=dt.date(2026, 1, 10))
    w = main_window(qtbot, desk_ctx)
    w.pages[0].desk.new_application()
    f = w.pages[0].desk.form_dialog
    f.vendor.setCurrentIndex(f.vendor.findData(v))
    assert "KTS aktif listesinde değil" in f.warnings_text() and "Pasif" in f.warnings_text()
    assert f.vendor_status.text().endswith("Pasif liste</span>")
    assert "#fff4d6" in f.vendor_warning.styleSheet()


def test_the_letter_prints_through_the_print_path(qtbot, desk_ctx, messages, tmp_path, monkeypatch):
    from app.workflows.ism import review
    from tests.support.ism_ui import receive

    ids = vendor(desk_ctx)
    app_id = receive(desk_ctx, ids, desk_ctx.clock.today(), "35-0009")
    for r in checklist_rows(desk_ctx, app_id):
        review.answer_item(desk_ctx, app_id, r.criterion_id, review.Answer.UYGUN)
    out = tmp_path / "printed.pdf"

    def printer(parent, title):  # type: ignore[no-untyped-def]
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(pdf_view, "ask_printer", printer)
    w = main_window(qtbot, desk_ctx)
    d = w.pages[0].desk.open_application(app_id)
    d.open_notification()
    n = d.child
    qtbot.mouseClick(n.print_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000
    assert n.isVisible()                       # printing does not record anything
    assert QApplication.activeModalWidget() in (None, n)


def test_saving_keeps_what_is_still_being_typed_in_a_cell(qtbot, desk_ctx, messages):
    from tests.support.ism_ui import cell_editor

    w = main_window(qtbot, desk_ctx)
    w.pages[0].desk.new_application()
    f = w.pages[0].desk.form_dialog
    f.tabs.setCurrentIndex(3)
    qtbot.mouseClick(f.add_professional_button, Qt.MouseButton.LeftButton)
    view = f.professionals_view
    view.setCurrentIndex(f.professionals_model.index(0, P.FIRST))
    QTest.keyClick(view, Qt.Key.Key_F2)
    type_text(cell_editor(view), "Gülşen")            # no Enter: the editor is still open
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert f.isVisible()                              # refused (the form is nearly empty) …
    assert f.professionals_model.rows[0].first_name == "Gülşen"   # … and the typed name is kept
    assert "1. meslek mensubu: ad ve soyad zorunludur." in f.message.text()
