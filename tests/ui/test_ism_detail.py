"""The application detail: the keyboard checklist, the buttons the state allows, the deficiency round trip,
withdrawal, and domain errors shown to the officer in Turkish."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.common import operations
from app.ui.ism.detail import ApplicationDetailDialog, ChecklistModel
from app.ui.ism.notice_dialog import NotificationDialog
from app.ui.ism.small_dialogs import CompletionDialog, WithdrawDialog
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.common.application_view import checklist_rows
from app.workflows.ism import review
from tests.support.ism import officer
from tests.support.ism_ui import cell_editor, main_window, receive, type_text, vendor


def open_detail(qtbot, ctx: AppContext, app_id: int) -> ApplicationDetailDialog:
    w = main_window(qtbot, ctx)
    d = w.pages[0].desk.open_application(app_id)
    d.keep_window = w                   # the window owns the dialog; keep it alive for the test
    assert d.isVisible()
    d.checklist.setFocus()
    return d


def press(d: ApplicationDetailDialog, row: int, key: Qt.Key) -> None:
    d.checklist.setCurrentIndex(d.model.index(row, ChecklistModel.ANSWER))
    QTest.keyClick(d.checklist, key)
    written(d)


def written(d: ApplicationDetailDialog) -> None:
    """Wait until the answers typed so far have been written (in a worker, one after another)."""
    assert operations.wait_idle(20000) and not d.answers_pending()


def buttons(d: ApplicationDetailDialog) -> dict[str, bool]:
    return {"notify": d.notify_button.isEnabled(), "completion": d.completion_button.isEnabled(),
            "forward": d.forward_button.isEnabled(), "withdraw": d.withdraw_button.isEnabled()}


def test_only_the_actions_the_state_allows_are_enabled(qtbot, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0001")
    d = open_detail(qtbot, desk_ctx, app_id)
    assert d.state_label.text() == "Alındı"
    assert buttons(d) == {"notify": False, "completion": False, "forward": False, "withdraw": True}
    assert "Ek-1 maddelerini cevaplayın" in d.notify_button.toolTip()
    qtbot.mouseClick(d.forward_button, Qt.MouseButton.LeftButton)        # disabled: nothing happens
    assert messages.confirmations == [] and d.state_label.text() == "Alındı"
    assert "15 gün kaldı" in d.clock_label.text() and "17.03.2026" in d.clock_label.text()


def test_the_keys_answer_the_items_and_the_result_follows_live(qtbot, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0001")
    d = open_detail(qtbot, desk_ctx, app_id)
    asked = []
    d.ask_note = lambda row, answer: asked.append((row.number, answer)) or "Üretici KTS pasif listesinde"
    press(d, 0, Qt.Key.Key_1)
    assert d.state_label.text() == "İncelemede"                   # the first answer started the examination
    assert d.checklist.currentIndex().row() == 1                  # and moved to the next item
    for key in [Qt.Key.Key_1] * 4 + [Qt.Key.Key_2] + [Qt.Key.Key_4] * 6:
        QTest.keyClick(d.checklist, key)
    written(d)
    assert asked == [(6, Answer.UYGUN_DEGIL)]
    assert [r.answer for r in d.model.rows][5] == Answer.UYGUN_DEGIL
    assert d.model.index(5, ChecklistModel.ANSWER).data() == "Uygun Değil"
    assert d.result_label.text() == "Uygun değil"
    assert d.reasons_label.text() == "Madde 6 — USBS ve üretici: Üretici KTS pasif listesinde"

    # Delete clears an answer: the examination is incomplete again
    press(d, 11, Qt.Key.Key_Delete)
    assert d.model.rows[11].answer is None and d.result_label.text() == "İnceleme tamamlanmadı"
    assert d.reasons_label.text() == "Cevaplanmamış maddeler: 12" and not d.notify_button.isEnabled()
    press(d, 11, Qt.Key.Key_3)
    assert asked[-1] == (12, Answer.EKSIK) and d.result_label.text() == "Uygun değil"   # Uygun Değil outranks

    # Enter edits the note of the current item
    d.checklist.setCurrentIndex(d.model.index(2, ChecklistModel.ANSWER))
    QTest.keyClick(d.checklist, Qt.Key.Key_Return)
    editor = cell_editor(d.checklist)
    type_text(editor, "Alanlar ruhsattaki branşlarla uyumlu")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.model.rows[2].note == "Alanlar ruhsattaki branşlarla uyumlu", timeout=2000)
    assert checklist_rows(desk_ctx, app_id)[2].note == "Alanlar ruhsattaki branşlarla uyumlu"
    assert messages.errors == []


def test_a_stale_answer_is_refused_with_a_turkish_message(qtbot, ctx, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0001")
    d = open_detail(qtbot, desk_ctx, app_id)
    colleague = AppContext(ctx.engine, ctx.target, officer(ctx, "ism35.diger", Role.ISM_OFFICER, 35, "Cem Kaya"),
                           desk_ctx.clock)
    first = checklist_rows(colleague, app_id)[0]
    review.answer_item(colleague, app_id, first.criterion_id, Answer.UYGUN)
    press(d, 0, Qt.Key.Key_4)
    assert len(messages.errors) == 1
    title, text = messages.errors[0]
    assert title == "Ek-1 cevabı" and "Cem Kaya tarafından değiştirilmiş" in text
    assert d.model.rows[0].answer == Answer.UYGUN                 # reloaded: the colleague's answer shows


def test_deficiency_completion_and_a_new_period(qtbot, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), dt.date(2026, 2, 27), "35-0001")
    d = open_detail(qtbot, desk_ctx, app_id)
    d.ask_note = lambda row, answer: "Çalışma belgesi eklenmemiş"
    press(d, 0, Qt.Key.Key_1)
    for key in [Qt.Key.Key_1] * 3 + [Qt.Key.Key_3] + [Qt.Key.Key_1] * 7:
        QTest.keyClick(d.checklist, key)
    written(d)
    assert d.result_label.text() == "Eksik evrak"
    qtbot.mouseClick(d.notify_button, Qt.MouseButton.LeftButton)
    n = d.child
    assert isinstance(n, NotificationDialog) and n.kind_label.text() == "Yazı türü: Eksik evrak"
    assert n.actions_table.rowCount() == 1 and n.actions_table.item(0, 0).text().startswith("5. Çalışma belgesi")
    n.actions_table.item(0, 1).setText("Çalışma belgesinin ÇKYS çıktısını gönderin.")

    # a send date after today is refused; what was typed stays
    n.sent_on.setDate(n.sent_on.date().addDays(1))
    n.signer_name.setEditText("Dr. Mehmet Şahin")
    qtbot.mouseClick(n.save_button, Qt.MouseButton.LeftButton)
    assert n.isVisible() and messages.errors == []
    assert n.error_for("sent_on") == "Gönderim tarihi ileri bir tarih olamaz; yazı gönderildikten sonra kaydedin."
    assert n.signer_name.currentText() == "Dr. Mehmet Şahin"
    assert n.actions_table.item(0, 1).text() == "Çalışma belgesinin ÇKYS çıktısını gönderin."
    n.sent_on.setDate(n.sent_on.date().addDays(-1))
    qtbot.mouseClick(n.save_button, Qt.MouseButton.LeftButton)
    assert messages.errors == [] and not n.isVisible()
    assert d.state_label.text() == "Eksik evrak bildirildi"
    assert buttons(d) == {"notify": False, "completion": True, "forward": False, "withdraw": True}
    assert not d.model.editable

    # the applicant completes the file four days later: a new 15 days from then
    later = AppContext(desk_ctx.engine, desk_ctx.target, desk_ctx.actor, FixedClock.on(dt.date(2026, 3, 6)))
    d.ctx = later
    qtbot.mouseClick(d.completion_button, Qt.MouseButton.LeftButton)
    c = d.child
    assert isinstance(c, CompletionDialog)
    assert c.deadline.text() == "Yeni son gün: 23.03.2026"   # 21 March is Saturday (and Ramazan Bayramı)
    c.channel_ref.setText("KEP-2026-0101")
    c.ok_button().click()
    assert messages.errors == [] and not c.isVisible()
    assert d.state_label.text() == "İncelemede"
    assert "Son gün 23.03.2026; 17 gün kaldı (eksiklerin tamamlanmasıyla yeniden başladı)." == d.clock_label.text()
    assert d.model.editable


def test_withdrawal_needs_a_reason_and_closes_the_application(qtbot, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0001")
    d = open_detail(qtbot, desk_ctx, app_id)
    qtbot.mouseClick(d.withdraw_button, Qt.MouseButton.LeftButton)
    wd = d.child
    assert isinstance(wd, WithdrawDialog)
    wd.ok_button().click()
    assert wd.isVisible() and wd.error_for("reason") == "Geri çekme için başvuru sahibinin talebini (gerekçe) yazın."
    type_text(wd.reason, "Başvuru sahibinin 02.03.2026 tarihli dilekçesi")
    wd.ok_button().click()
    assert not wd.isVisible() and messages.errors == []
    assert d.state_label.text() == "Geri çekildi"
    assert buttons(d) == {"notify": False, "completion": False, "forward": False, "withdraw": False}
    assert "'Geri çekildi' durumundaki" in d.withdraw_button.toolTip()
    assert d.clock_label.text() == "Süre işlemiyor."
    press(d, 0, Qt.Key.Key_1)                                      # the checklist is read-only now
    assert d.model.rows[0].answer is None and messages.errors == []


def test_someone_outside_the_ism_only_reads(qtbot, ctx, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0001")
    auditor = AppContext(ctx.engine, ctx.target, officer(ctx, "denetci", Role.AUDITOR, None, "Deniz Denetçi"),
                         desk_ctx.clock)
    d = open_detail(qtbot, auditor, app_id)
    assert buttons(d) == {"notify": False, "completion": False, "forward": False, "withdraw": False}
    assert "İSM Personeli" in d.withdraw_button.toolTip()
    assert d.review_form_button.isEnabled()
    press(d, 0, Qt.Key.Key_1)
    assert d.model.rows[0].answer is None and messages.errors == []


def test_the_review_form_pdf_opens(qtbot, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0001")
    d = open_detail(qtbot, desk_ctx, app_id)
    qtbot.mouseClick(d.review_form_button, Qt.MouseButton.LeftButton)
    assert messages.errors == []
    assert d.child is not None and d.child.preview.page_count() >= 1
    assert d.child.windowTitle() == "İnceleme Formu — 2026-35-000001"
