"""The KTS desk's audits (SBYS md. 18 → md. 7) and Genel Yetkinlik (md. 20) screens: an audit planned and recorded
on screen gives the warning the Uyarılar tab shows, and the desk proposes and saves a yearly plan whose evaluations
are then scored; both fit a 1366×768 screen."""

from __future__ import annotations

import os

import pytest

from app.ui.common import operations
from app.ui.common.operations import Messages
from app.ui.kts import KtsDesk
from app.ui.kts.audits import AuditPlanDialog, AuditRecordDialog
from app.ui.kts.competence import EvaluationDialog
from app.workflows.common.vocabulary import Role
from tests.support.kts import application, facility, on, onboard, user


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(Messages, "error", staticmethod(lambda parent, title, text: shown.append(text)))
    return shown


def make_desk(qtbot, ctx, day: str) -> KtsDesk:
    desk = KtsDesk(on(ctx, day))
    qtbot.addWidget(desk)
    desk.resize(1366, 720)                     # the page under the main window's bars on a 1366×768 screen
    desk.show()
    qtbot.waitExposed(desk)
    return desk


def shot(widget, name: str) -> None:
    folder = os.environ.get("USH_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def test_an_audit_with_a_deficiency_recorded_on_screen_gives_the_warning(qtbot, ctx, errors, monkeypatch):
    vid = onboard(ctx)
    desk = make_desk(qtbot, ctx, "2026-02-02")
    desk.select_vendor(vid)
    desk.detail.setCurrentIndex(desk.audits_index)
    assert desk.detail.tabText(desk.audits_index) == "Denetimler"

    def plan(dialog: AuditPlanDialog) -> int:
        dialog.mode.setCurrentIndex(dialog.mode.findData("remote"))
        dialog.members.setText("Gökçe Işıklar, Şükrü Ağca")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AuditPlanDialog, "exec", plan)
    desk.audits_tab.plan()
    assert desk.audits_tab.table.rowCount() == 1
    desk.audits_tab.table.selectRow(0)
    assert desk.audits_tab.record_button.isEnabled()

    def record(dialog: AuditRecordDialog) -> int:
        assert dialog.width() <= 1366 and dialog.sizeHint().height() <= 768
        dialog.results["b"].setCurrentIndex(dialog.results["b"].findData("deficient"))
        dialog.notes["b"].setText("Hekim veri bankası sorgusu yapılmıyor.")
        dialog.show()
        shot(dialog, "kts-denetim-sonucu")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AuditRecordDialog, "exec", record)
    desk.audits_tab.record()
    assert errors == []
    assert desk.audits_tab.table.item(0, 5).text().startswith("Eksiklik bulundu; uyarı verildi (son gün 04.03.2026)")
    desk.audits_tab.table.selectRow(0)
    assert "(b) ÇKYS hekim veri bankası" in desk.audits_tab.detail.toPlainText()
    shot(desk, "kts-denetimler")
    assert desk.warnings_table.rowCount() == 1
    assert "bulunan eksiklikler" in desk.warnings_table.item(0, 3).text()


def test_the_desk_proposes_a_plan_saves_it_and_scores_an_evaluation(qtbot, ctx, errors, monkeypatch):
    vid = onboard(ctx)
    for code, province, name in (("35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi"),
                                 ("34-0001", 34, "Özel Kadıköy Umut Tıp Merkezi"),
                                 ("16-0001", 16, "Özel Nilüfer Yaşam Tıp Merkezi")):
        application(ctx, facility(ctx, code, province, name), province, vid, "permit_issued")
    user(ctx, "ism35.memur", Role.ISM_OFFICER, 35, name="Ayşe Öztürk")
    desk = make_desk(qtbot, ctx, "2026-09-20")
    desk.pages.setCurrentWidget(desk.competence_screen)
    screen = desk.competence_screen
    qtbot.waitUntil(operations.idle)
    assert screen.scores_table.rowCount() == 2 and screen.product.count() == 2
    screen.propose()
    assert screen.plan_table.rowCount() == 3 and screen.save_button.isEnabled()
    assert sorted(screen.plan_table.item(r, 1).text() for r in range(3)) == ["16", "34", "35"]
    screen.save_plan()
    assert errors == []
    assert screen.plan_table.rowCount() == 3 and screen.evaluate_button.isEnabled()
    assert screen.plan_table.item(0, 2).text() == "05.01.2026"            # serving since, for the six months

    def score_all(dialog: EvaluationDialog) -> int:
        for box in dialog.points.values():
            box.setValue(box.maximum())
        dialog.day.setDate(dialog.day.date().fromString("15.09.2026", "dd.MM.yyyy"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(EvaluationDialog, "exec", score_all)
    screen.plan_table.selectRow(0)
    screen.record_evaluation()
    assert errors == [] and screen.plan_table.item(0, 6).text() == "100,00"
    qtbot.waitUntil(operations.idle)
    assert screen.scores_table.item(0, 5).text() == "100,00"             # the year's Teknik Değerlendirme Puanı
    shot(desk, "kts-genel-yetkinlik")
    assert desk.minimumSizeHint().height() <= 720 and desk.minimumSizeHint().width() <= 1366
