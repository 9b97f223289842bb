"""Nothing on screen says more than is true (issue 17): an "Uygun değil" letter closes the file only after the
officer confirms what it does (Vazgeç keeps everything); after saving, the officer is told the letter's sayı; a
demo-signed permit is never a green GEÇERLİ; Ayarlar's demo-certificate note is a warning, not a green tick; the
İSM's list and detail show a revoked permit as revoked."""

from __future__ import annotations

import datetime as dt

from app.config import Settings
from app.ui.common.style import OK_COLOUR
from app.ui.ism.notice_dialog import NotificationDialog
from app.ui.ism.worklist import WorklistModel
from app.ui.settings_dialog import SettingsDialog
from app.ui.shgm.verify_panel import VerifyPanel
from app.workflows.common import application_view
from app.workflows.common.application_view import application_detail, checklist_rows
from app.workflows.common.states import AppState
from app.workflows.common.verification import Result
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.ism import review
from app.workflows.ism.worklist import WorklistFilters, worklist
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.ism import officer
from tests.support.ism_ui import receive, vendor
from tests.support.shgm import SHGM_DAY, forwarded, on_day
from tests.support.shgm import shgm as shgm_desk


def unsuitable_dialog(qtbot, ctx) -> tuple[int, NotificationDialog]:  # type: ignore[no-untyped-def]
    app_id = receive(ctx, vendor(ctx), ctx.clock.today(), "35-0001")
    for r in checklist_rows(ctx, app_id):
        bad = r.number == 2
        review.answer_item(ctx, app_id, r.criterion_id, Answer.UYGUN_DEGIL if bad else Answer.UYGUN,
                           "Faaliyet izin belgesinin süresi dolmuş." if bad else "")
    dialog = NotificationDialog(ctx, application_detail(ctx, app_id))
    qtbot.addWidget(dialog)
    dialog.signer_name.setEditText("Dr. Mehmet Şahin")
    return app_id, dialog


def test_an_unsuitable_letter_asks_first_and_vazgec_keeps_the_file_open(qtbot, desk_ctx, messages):
    app_id, dialog = unsuitable_dialog(qtbot, desk_ctx)
    messages.confirm_answer = False
    dialog.save()
    assert len(messages.confirmations) == 1
    asked = messages.confirmations[0]
    assert "dosyası hemen kapanır" in asked and "bildirilir" in asked and "Ek-1 cevapları artık değiştirilemez" in asked
    assert dialog.saved_id is None and messages.infos == []
    assert application_detail(desk_ctx, app_id).state == AppState.UNDER_REVIEW
    assert application_detail(desk_ctx, app_id).notifications == []


def test_confirmed_the_file_closes_and_the_officer_is_told_the_sayi(qtbot, desk_ctx, messages):
    app_id, dialog = unsuitable_dialog(qtbot, desk_ctx)
    dialog.save()
    d = application_detail(desk_ctx, app_id)
    assert d.state == AppState.REJECTED and dialog.saved_id == d.notifications[0].id
    title, text = messages.infos[-1]
    assert title == "Yazı kaydedildi" and f"{d.notifications[0].sayi} sayısıyla kaydedildi" in text
    assert "EBYS üzerinden e-imzaya sunun" in text and not d.notifications[0].signed


def test_a_suitable_letter_is_saved_without_a_question(qtbot, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0002")
    for r in checklist_rows(desk_ctx, app_id):
        review.answer_item(desk_ctx, app_id, r.criterion_id, Answer.UYGUN)
    dialog = NotificationDialog(desk_ctx, application_detail(desk_ctx, app_id))
    qtbot.addWidget(dialog)
    dialog.signer_name.setEditText("Dr. Mehmet Şahin")
    dialog.save()
    assert messages.confirmations == [] and dialog.saved_id is not None


def test_a_demo_document_is_never_a_green_gecerli(qtbot, user_ctx):
    panel = VerifyPanel(user_ctx, choose_pdf=lambda: "")
    qtbot.addWidget(panel)
    panel.result = Result(True, "DEMO BELGE — resmî geçerliliği yoktur.", "demo", demo=True)
    panel._show()
    assert panel.answer.text().startswith("DEMO BELGE") and "GEÇERLİ" not in panel.answer.text().split(" — ")[0]
    assert OK_COLOUR not in panel.answer.styleSheet()
    panel.result = Result(True, "Geçerli.", "valid")
    panel._show()
    assert panel.answer.text().startswith("GEÇERLİ") and OK_COLOUR in panel.answer.styleSheet()


def test_the_demo_certificate_note_in_ayarlar_is_a_warning_not_a_tick(qtbot):
    dialog = SettingsDialog(None, Settings())
    qtbot.addWidget(dialog)
    dialog.cert_path.setText("")
    assert dialog.test_certificate()
    assert "DEMO" in dialog.cert_info.text() and not dialog.cert_info.text().startswith("✔")
    assert OK_COLOUR not in dialog.cert_info.styleSheet() and dialog.cert_info.property("ok") is False


def test_the_ism_sees_a_revoked_permit_as_revoked_in_its_list_and_detail(qtbot, ctx, messages):
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    app_id = forwarded(ctx)
    did = shgm.assign_areas(approver, app_id, [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, did, "CKYS-1")
    issued = permits.issue_permit(approver, did)
    ism = on_day(ctx.as_user(officer(ctx, "ism35.yonetici", Role.ISM_MANAGER, 35, "Ayşe Işık")), SHGM_DAY)
    assert application_detail(ism, app_id).permit.short_label == "Geçerli"
    permits.revoke(approver, issued.permit_id, SHGM_DAY, "Tesis faaliyetine son verdi.")
    detail = application_view.application_detail(ism, app_id)
    assert detail.permit.text == f"{issued.number} — İptal (12.03.2026)"
    rows, _total = worklist(ism, WorklistFilters())
    model = WorklistModel()
    model.set_rows(rows)
    row = next(i for i, r in enumerate(rows) if r.id == app_id)
    assert model.data(model.index(row, WorklistModel.STATE)) == "İzin: İptal"
    assert dt.date(2026, 3, 12).strftime("%d.%m.%Y") in model.data(model.index(row, WorklistModel.STATE), 3)


def test_the_administrator_keeps_each_directorates_contact_line_in_yonetim(qtbot, user_ctx, messages):
    from app.ui.admin.letter_settings import LetterSettingsPanel
    from app.workflows.admin import letter_settings

    panel = LetterSettingsPanel(user_ctx)
    qtbot.addWidget(panel)
    panel.province.setCurrentIndex(panel.province.findData(35))
    panel.email.setText("izmir-ism")
    assert not panel.save()
    assert "E-posta adresi geçersiz" in panel.errors.message("email")
    panel.email.setText("izmirism@saglik.gov.tr")
    panel.phone.setText("0232 123 45 67")
    panel.days.setValue(20)
    assert panel.save() and messages.infos[-1][0] == "Yazı bilgileri"
    saved = letter_settings.current(user_ctx, 35)
    assert (saved.email, saved.phone, saved.completion_days) == ("izmirism@saglik.gov.tr", "0232 123 45 67", 20)


def test_the_detail_header_says_the_permit_is_revoked_and_since_when(qtbot, ctx, messages):
    from app.ui.ism.detail import ApplicationDetailDialog

    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    app_id = forwarded(ctx)
    did = shgm.assign_areas(approver, app_id, [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, did, "CKYS-1")
    issued = permits.issue_permit(approver, did)
    permits.suspend(approver, issued.permit_id, SHGM_DAY, None, "Denetim bulgusu.")
    ism = on_day(ctx.as_user(officer(ctx, "ism35.yonetici", Role.ISM_MANAGER, 35, "Ayşe Işık")), SHGM_DAY)
    dialog = ApplicationDetailDialog(ism, app_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Askıda" in dialog.state_label.text(), timeout=10000)
    assert dialog.state_label.text() == f"İzin: Askıda (12.03.2026 tarihinden) — {issued.number}"
    assert "color" in dialog.state_label.styleSheet()


def test_shgm_previews_and_prints_a_suspended_permit_with_its_status_across_the_page(qtbot, ctx, messages):
    import io

    import pdfplumber

    from app.ui.common import operations
    from app.ui.shgm.desk import ShgmDesk

    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    app_id = forwarded(ctx)
    did = shgm.assign_areas(approver, app_id, [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, did, "CKYS-1")
    issued = permits.issue_permit(approver, did)
    desk = ShgmDesk(approver)
    qtbot.addWidget(desk)
    desk.show()
    desk.show_permit(issued.permit_id)
    qtbot.waitUntil(operations.idle, timeout=20000)

    def shown() -> str:
        with pdfplumber.open(io.BytesIO(desk.preview.data)) as pdf:
            return pdf.pages[0].extract_text() or ""
    assert "ASKIDA" not in shown()
    permits.suspend(approver, issued.permit_id, SHGM_DAY, None, "Denetim bulgusu.")
    desk.show_permit(issued.permit_id)
    qtbot.waitUntil(operations.idle, timeout=20000)
    assert "ASKIDA — 12.03.2026 tarihinden beri" in shown()      # what the preview, print and "Aç" show
