"""The application form tells the officer what happened and loses nothing silently: the saved application's number,
errors that disappear as fields are corrected, and a question before a filled form is thrown away."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.ism.intake_form import ApplicationFormDialog
from app.workflows.ism import intake
from tests.support.ism import form, vendor
from tests.support.ui import type_text


def _dialog(qtbot, ctx) -> ApplicationFormDialog:  # type: ignore[no-untyped-def]
    d = ApplicationFormDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def test_saving_a_new_application_tells_its_number(qtbot, desk_ctx, messages, monkeypatch):
    ids = vendor(desk_ctx)
    d = _dialog(qtbot, desk_ctx)
    monkeypatch.setattr(d, "form_value", lambda: form(*ids))     # a complete form, as typed in the walkthrough
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.saved_id is not None and not d.isVisible()
    number = intake.application_number_of(desk_ctx, d.saved_id)
    assert number and str(d.saved_id) != number
    title, text = messages.infos[-1]
    assert title == "Başvuru kaydedildi" and f"Başvuru {number} numarasıyla kaydedildi" in text


def test_an_error_disappears_when_its_field_is_corrected(qtbot, desk_ctx, messages, monkeypatch):
    ids = vendor(desk_ctx)
    d = _dialog(qtbot, desk_ctx)
    good = form(*ids)
    assert good.new_facility is not None
    monkeypatch.setattr(d, "form_value", lambda: replace(good, new_facility=replace(
        good.new_facility, ckys_code=d.f_ckys.text(), phone=d.f_phone.text())))
    d.f_ckys.setText("İZMİR")
    d.f_phone.setText("123")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.saved_id is None
    assert "ÇKYS kurum kodu geçersiz" in d.error_for("facility.ckys_code")
    assert "Türkiye numarası" in d.error_for("facility.phone")
    assert d.message_box.isVisibleTo(d)

    d.f_ckys.setText("35-0001")                                   # corrected: its message goes at once
    assert d.error_for("facility.ckys_code") == ""
    assert "ÇKYS" not in d.message.text() and "Türkiye numarası" in d.message.text()
    d.f_phone.setText("0232 12")                                  # still wrong while typing: still said
    assert "Türkiye numarası" in d.error_for("facility.phone")
    d.f_phone.setText("0232 123 45 67")
    assert d.error_for("facility.phone") == "" and not d.message_box.isVisibleTo(d)


def test_a_wrong_email_is_said_when_the_officer_leaves_the_field_and_goes_when_fixed(qtbot, desk_ctx, messages):
    d = _dialog(qtbot, desk_ctx)
    qtbot.mouseClick(d.new_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(d.f_email, "tesis@")
    assert d.error_for("facility.email") == ""                    # half-typed: not called wrong yet
    QTest.keyClick(d.f_email, Qt.Key.Key_Return)                   # done with the field (Enter or leaving it)
    assert "ad@alan.uzantı" in d.error_for("facility.email")
    d.f_email.setFocus()
    qtbot.keyClicks(d.f_email, "ornek.com.tr")                    # right again: the message goes while typing
    assert d.error_for("facility.email") == ""


def test_esc_on_a_filled_form_asks_and_vazgec_keeps_everything(qtbot, desk_ctx, messages):
    d = _dialog(qtbot, desk_ctx)
    qtbot.mouseClick(d.new_radio, Qt.MouseButton.LeftButton)
    type_text(d.f_name, "Özel Işıklı Tıp Merkezi")
    messages.confirm_answer = False
    QTest.keyClick(d, Qt.Key.Key_Escape)
    assert len(messages.confirmations) == 1 and "kaydedilmemiş bilgiler" in messages.confirmations[0]
    assert d.isVisible() and d.f_name.text() == "Özel Işıklı Tıp Merkezi"
    d.close()                                                     # the title bar's close asks too
    assert len(messages.confirmations) == 2 and d.isVisible()
    messages.confirm_answer = True
    qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton)
    assert len(messages.confirmations) == 3 and not d.isVisible()


def test_an_untouched_form_closes_without_a_question(qtbot, desk_ctx, messages):
    d = _dialog(qtbot, desk_ctx)
    QTest.keyClick(d, Qt.Key.Key_Escape)
    assert messages.confirmations == [] and not d.isVisible()


def test_other_data_entry_dialogs_ask_the_same_question(qtbot, messages):
    from app.ui.ism.small_dialogs import NoteDialog

    d = NoteDialog(None, "Eksik", "Ne eksik?", "İmza sirküleri")       # a note being edited
    qtbot.addWidget(d)
    d.show()
    d.note.appendPlainText(" yok")
    messages.confirm_answer = False
    QTest.keyClick(d, Qt.Key.Key_Escape)
    assert len(messages.confirmations) == 1 and d.isVisible()
    d.note.setPlainText("İmza sirküleri")                                  # back as it was: nothing to lose
    QTest.keyClick(d, Qt.Key.Key_Escape)
    assert len(messages.confirmations) == 1 and not d.isVisible()


def test_a_corrected_professional_leaves_the_summary(qtbot, desk_ctx, messages, monkeypatch):
    from app.ui.ism.intake_form import ProfessionalsModel
    from tests.support.ism_ui import edit_cell

    ids = vendor(desk_ctx)
    d = _dialog(qtbot, desk_ctx)
    good = form(*ids)
    monkeypatch.setattr(d, "form_value", lambda: replace(good, professionals=d.professionals_tab.values()))
    d.tabs.setCurrentIndex(3)
    qtbot.mouseClick(d.add_professional_button, Qt.MouseButton.LeftButton)
    edit_cell(d.professionals_view, 0, ProfessionalsModel.TCKN, "12345678901")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.saved_id is None and "1. meslek mensubu" in d.message.text()
    assert "TC kimlik" in d.message.text()
    edit_cell(d.professionals_view, 0, ProfessionalsModel.TCKN, "10000000146")
    assert "TC kimlik" not in d.message.text()
