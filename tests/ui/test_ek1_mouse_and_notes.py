"""Ek-1 items answered with the mouse (each answer cell is a drop-down), and a deficiency note on an item that
becomes Uygun: the officer clears it or keeps it, and a kept note is printed as an explanation, not a deficiency."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.common import operations
from app.ui.ism.detail import ApplicationDetailDialog, ChecklistModel
from app.workflows.common.vocabulary import Answer
from app.workflows.ism import documents
from tests.support.ism_ui import main_window, receive, vendor


def _open(qtbot, ctx) -> ApplicationDetailDialog:  # type: ignore[no-untyped-def]
    app_id = receive(ctx, vendor(ctx), ctx.clock.today(), "35-0001")
    w = main_window(qtbot, ctx)
    d = w.pages[0].desk.open_application(app_id)
    d.keep_window = w
    d.checklist.setFocus()
    return d


def _written(d: ApplicationDetailDialog) -> None:
    assert operations.wait_idle(20000) and not d.answers_pending()


def _click_answer(qtbot, d: ApplicationDetailDialog, row: int, label: str) -> None:  # type: ignore[no-untyped-def]
    cell = d.checklist.visualRect(d.model.index(row, ChecklistModel.ANSWER))
    qtbot.mouseClick(d.checklist.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    menu = d.checklist.menu
    assert menu.isVisible()
    action = next(a for a in menu.actions() if a.text().split("\t")[0] == label)
    action.trigger()
    menu.close()
    _written(d)


def test_an_item_is_answered_with_the_mouse_from_its_answer_cell(qtbot, desk_ctx, messages):
    d = _open(qtbot, desk_ctx)
    labels = [a.text().split("\t") for a in d.checklist.answer_menu(0).actions() if a.text()]
    assert labels[:4] == [["Uygun", "1"], ["Uygun Değil", "2"], ["Eksik", "3"], ["Uygulanmaz", "4"]]
    _click_answer(qtbot, d, 0, "Uygun")
    assert d.model.rows[0].answer == Answer.UYGUN and d.state_label.text() == "İncelemede"
    d.ask_note = lambda row, answer: "İmza sirküleri yok"
    _click_answer(qtbot, d, 1, "Eksik")
    assert (d.model.rows[1].answer, d.model.rows[1].note) == (Answer.EKSIK, "İmza sirküleri yok")
    _click_answer(qtbot, d, 1, "Cevabı sil")
    assert d.model.rows[1].answer is None


def _deficient_item(d: ApplicationDetailDialog) -> None:
    d.ask_note = lambda row, answer: "İmza sirküleri eksik"
    d.checklist.setCurrentIndex(d.model.index(0, ChecklistModel.ANSWER))
    QTest.keyClick(d.checklist, Qt.Key.Key_3)
    _written(d)
    assert d.model.rows[0].note == "İmza sirküleri eksik"


def test_an_item_made_uygun_asks_and_clears_its_deficiency_note(qtbot, desk_ctx, messages):
    d = _open(qtbot, desk_ctx)
    _deficient_item(d)
    asked = []
    d.ask_keep_note = lambda row, answer: asked.append((row.note, answer)) or False
    d.checklist.setCurrentIndex(d.model.index(0, ChecklistModel.ANSWER))
    QTest.keyClick(d.checklist, Qt.Key.Key_1)
    _written(d)
    assert asked == [("İmza sirküleri eksik", Answer.UYGUN)]
    assert (d.model.rows[0].answer, d.model.rows[0].note) == (Answer.UYGUN, "")


def test_a_kept_note_is_printed_as_an_explanation_not_as_a_deficiency(qtbot, desk_ctx, messages):
    d = _open(qtbot, desk_ctx)
    _deficient_item(d)
    d.ask_keep_note = lambda row, answer: True
    d.checklist.setCurrentIndex(d.model.index(0, ChecklistModel.ANSWER))
    QTest.keyClick(d.checklist, Qt.Key.Key_1)
    _written(d)
    assert (d.model.rows[0].answer, d.model.rows[0].note) == (Answer.UYGUN, "İmza sirküleri eksik")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(documents.review_form_pdf(desk_ctx, d.app_id))).pages)
    assert "İmza sirküleri eksik" in text and "Eksik: 0" in text


def test_vazgec_leaves_the_deficient_answer_and_its_note(qtbot, desk_ctx, messages):
    d = _open(qtbot, desk_ctx)
    _deficient_item(d)
    d.ask_keep_note = lambda row, answer: None
    d.checklist.setCurrentIndex(d.model.index(0, ChecklistModel.ANSWER))
    QTest.keyClick(d.checklist, Qt.Key.Key_1)
    _written(d)
    assert (d.model.rows[0].answer, d.model.rows[0].note) == (Answer.EKSIK, "İmza sirküleri eksik")
