"""The İSM worklist: Turkish-aware search, the deadline buttons, the traffic light, scope, paging, sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from app.ui.common.style import LIGHT_COLOURS, LIGHT_TINTS
from app.ui.ism.worklist import ID_ROLE, LIGHT_ROLE, WorklistModel
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.deadlines import ClockStatus, deadline_from
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.ism import notify, review
from app.workflows.common.application_view import checklist_rows
from app.workflows.ism import worklist as ism_worklist
from app.workflows.ism.worklist import WorklistRow
from tests.support.ism import izmir_desk, officer
from tests.support.ism_ui import main_window, receive, type_text, vendor

M = WorklistModel


def rows_of(panel) -> list[list[str]]:  # type: ignore[no-untyped-def]
    m = panel.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def search(qtbot, panel, text: str) -> None:  # type: ignore[no-untyped-def]
    panel.search.clear()
    panel.search.setFocus()
    type_text(panel.search, text)
    QTest.keyClick(panel.search, Qt.Key.Key_Return)


def test_the_search_folds_turkish_case(qtbot, desk_ctx, messages):
    ids = vendor(desk_ctx)
    today = desk_ctx.clock.today()
    receive(desk_ctx, ids, today, "35-0001", "IĞDIR DEVLET HASTANESİ")
    receive(desk_ctx, ids, today, "35-0002", "İSTANBUL GÖZ MERKEZİ")
    receive(desk_ctx, ids, today, "35-0003", "Özel Işıklı Göğüs Tıp Merkezi")
    w = main_window(qtbot, desk_ctx)
    panel = w.pages[0].desk.worklist
    assert panel.model.rowCount() == 3

    search(qtbot, panel, "ıĞdır")
    assert [r[M.FACILITY] for r in rows_of(panel)] == ["IĞDIR DEVLET HASTANESİ"]
    search(qtbot, panel, "istanbul")
    assert [r[M.FACILITY] for r in rows_of(panel)] == ["İSTANBUL GÖZ MERKEZİ"]
    search(qtbot, panel, "IŞIKLI")
    assert [r[M.FACILITY] for r in rows_of(panel)] == ["Özel Işıklı Göğüs Tıp Merkezi"]
    search(qtbot, panel, "35-0002")                      # the ÇKYS code
    assert [r[M.CKYS] for r in rows_of(panel)] == ["35-0002"]
    search(qtbot, panel, "izmir")                        # nothing: the count says so
    assert panel.model.rowCount() == 0 and panel.count_label.text() == "Bu ölçütlere uyan başvuru yok."
    assert messages.errors == []


def test_the_search_waits_for_the_officer_to_stop_typing(qtbot, desk_ctx, messages):
    ids = vendor(desk_ctx)
    receive(desk_ctx, ids, desk_ctx.clock.today(), "35-0001", "IĞDIR DEVLET HASTANESİ")
    receive(desk_ctx, ids, desk_ctx.clock.today(), "35-0002", "İSTANBUL GÖZ MERKEZİ")
    w = main_window(qtbot, desk_ctx)
    panel = w.pages[0].desk.worklist
    type_text(panel.search, "ığdır")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)


@pytest.fixture
def deadlines(desk_ctx: AppContext) -> dict[str, int]:
    """Monday 2 March 2026: one overdue, one due today, one just received, and two old ones whose clock is
    not running (a withdrawn one and a notified one)."""
    ids = vendor(desk_ctx)
    today = desk_ctx.clock.today()
    assert deadline_from(dt.date(2026, 2, 5)) == dt.date(2026, 2, 20)
    assert deadline_from(dt.date(2026, 2, 15)) == today
    made = {
        "overdue": receive(desk_ctx, ids, dt.date(2026, 2, 5), "35-0001", "Gecikmiş Tıp Merkezi"),
        "today": receive(desk_ctx, ids, dt.date(2026, 2, 15), "35-0002", "Bugünkü Tıp Merkezi"),
        "fresh": receive(desk_ctx, ids, today, "35-0003", "Yeni Tıp Merkezi"),
        "withdrawn": receive(desk_ctx, ids, dt.date(2026, 2, 5), "35-0004", "Geri Çekilen Tıp Merkezi"),
        "notified": receive(desk_ctx, ids, dt.date(2026, 2, 5), "35-0005", "Bildirilmiş Tıp Merkezi"),
    }
    notify.withdraw(desk_ctx, made["withdrawn"], "Başvuru sahibinin 01.03.2026 tarihli dilekçesi")
    for r in checklist_rows(desk_ctx, made["notified"]):
        review.answer_item(desk_ctx, made["notified"], r.criterion_id, Answer.UYGUN)
    notify.notify(desk_ctx, made["notified"], notify.NoticeInput(
        letter_date=dt.date(2026, 2, 18), sent_on=dt.date(2026, 2, 18), send_channel="kep",
        signer_name="Dr. Mehmet Şahin"))
    return made


def test_one_click_lists_the_overdue_applications_and_todays_deadlines(qtbot, desk_ctx, deadlines, messages):
    w = main_window(qtbot, desk_ctx)
    panel = w.pages[0].desk.worklist
    assert panel.model.rowCount() == 5
    assert panel.overdue_button.text() == "Süresi geçenler (1)"
    assert panel.today_button.text() == "Bugün son gün (1)"

    qtbot.mouseClick(panel.overdue_button, Qt.MouseButton.LeftButton)
    rows = rows_of(panel)
    assert [r[M.FACILITY] for r in rows] == ["Gecikmiş Tıp Merkezi"]
    assert rows[0][M.DAYS] == "Süresi geçti (10 gün)" and rows[0][M.DEADLINE] == "20.02.2026"
    assert panel.count_label.text() == "1 başvurudan 1–1 gösteriliyor"

    qtbot.mouseClick(panel.today_button, Qt.MouseButton.LeftButton)
    assert not panel.overdue_button.isChecked()
    assert [(r[M.FACILITY], r[M.DAYS]) for r in rows_of(panel)] == [("Bugünkü Tıp Merkezi", "Bugün son gün")]

    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 5
    by_name = {r[M.FACILITY]: r for r in rows_of(panel)}
    assert by_name["Geri Çekilen Tıp Merkezi"][M.DAYS] == "—"        # withdrawn: no clock
    assert by_name["Bildirilmiş Tıp Merkezi"][M.DAYS] == "—"         # notified: clock stopped
    assert messages.errors == []


def test_the_state_filter_combines_with_the_deadline_buttons(qtbot, desk_ctx, deadlines, messages):
    w = main_window(qtbot, desk_ctx)
    panel = w.pages[0].desk.worklist
    panel.state_combo.setCurrentIndex(panel.state_combo.findData(AppState.WITHDRAWN.value))
    panel.state_combo.activated.emit(panel.state_combo.currentIndex())
    assert [r[M.STATE] for r in rows_of(panel)] == ["Geri çekildi"]
    qtbot.mouseClick(panel.overdue_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0


@pytest.mark.parametrize("days, light, text", [
    (6, "green", "6 gün"), (5, "amber", "5 gün"), (2, "red", "2 gün"), (-1, "overdue", "Süresi geçti (1 gün)"),
])
def test_the_traffic_light(qtbot, ctx, messages, days, light, text):
    today = dt.date(2026, 4, 8)          # a Wednesday with working days around it
    desk = izmir_desk(ctx, today)
    received = next(today - dt.timedelta(days=k) for k in range(0, 40)
                    if (deadline_from(today - dt.timedelta(days=k)) - today).days == days)
    receive(desk, vendor(desk), received, "35-0001")
    w = main_window(qtbot, desk)
    m = w.pages[0].desk.worklist.model
    cell = m.index(0, M.DAYS)
    assert cell.data() == text and cell.data(LIGHT_ROLE) == light
    dot = cell.data(Qt.ItemDataRole.DecorationRole).pixmap(14, 14).toImage()
    assert dot.pixelColor(dot.width() // 2, dot.height() // 2) == QColor(LIGHT_COLOURS[light])
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(LIGHT_TINTS[light])
    assert m.index(0, M.DEADLINE).data() == f"{today + dt.timedelta(days=days):%d.%m.%Y}"


def test_the_model_without_a_view():
    m = WorklistModel()
    stopped = ClockStatus(False, dt.date(2026, 3, 17), None, False, True, "stopped")
    m.set_rows([WorklistRow(7, "2026-35-000007", "Özel Işıklı", "35-7", "İzmir",
                            dt.datetime(2026, 3, 2, 7, 30, tzinfo=dt.timezone.utc), dt.date(2026, 3, 2),
                            AppState.FORWARDED, stopped)])
    assert m.rowCount() == 1 and m.columnCount() == 8
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == [
        "Başvuru no", "Tesis", "ÇKYS kodu", "İl", "Alındı", "Durum", "Son gün", "Kalan gün"]
    assert [m.index(0, c).data() for c in range(8)] == [
        "2026-35-000007", "Özel Işıklı", "35-7", "İzmir", "02.03.2026", "SHGM'ye iletildi", "—", "—"]
    assert m.index(0, 0).data(ID_ROLE) == 7 and m.index(0, M.DAYS).data(Qt.ItemDataRole.DecorationRole) is None


def test_an_ism_officer_sees_only_the_own_province_and_others_see_all(qtbot, ctx, messages):
    izmir = izmir_desk(ctx)
    ids = vendor(izmir)
    receive(izmir, ids, izmir.clock.today(), "35-0001", "İzmir Tıp Merkezi")
    ankara = AppContext(ctx.engine, ctx.target, officer(ctx, "ism06", Role.ISM_OFFICER, 6, "Ali Veli"), izmir.clock)
    receive(ankara, ids, izmir.clock.today(), "06-0001", "Ankara Tıp Merkezi")
    assert ism_worklist.worklist(izmir)[1] == 1
    w = main_window(qtbot, izmir)
    panel = w.pages[0].desk.worklist
    assert [r[M.FACILITY] for r in rows_of(panel)] == ["İzmir Tıp Merkezi"]
    assert panel.table.isColumnHidden(M.PROVINCE) and not panel.province_combo.isVisible()
    assert w.pages[0].table.rows()[-1] == ("Toplam", 1)       # the counts are the province's too

    admin = AppContext(ctx.engine, ctx.target, officer(ctx, "admin2", Role.ADMIN, None, "Yönetici"), izmir.clock)
    w2 = main_window(qtbot, admin)
    panel2 = w2.pages[0].desk.worklist
    assert sorted(r[M.PROVINCE] for r in rows_of(panel2)) == ["Ankara", "İzmir"]
    assert not panel2.table.isColumnHidden(M.PROVINCE)
    panel2.province_combo.setCurrentIndex(panel2.province_combo.findData(6))
    panel2.province_combo.activated.emit(panel2.province_combo.currentIndex())
    assert [r[M.FACILITY] for r in rows_of(panel2)] == ["Ankara Tıp Merkezi"]
    assert not w2.pages[0].desk.new_button.isEnabled()          # only İSM users register applications


def test_pages_sorting_and_f5(qtbot, desk_ctx, messages):
    ids = vendor(desk_ctx)
    today = desk_ctx.clock.today()
    names = ["Çınar Tıp", "Ağrı Tıp", "Ilgaz Tıp", "İnci Tıp", "Zeytin Tıp"]
    for i, name in enumerate(names):
        receive(desk_ctx, ids, today - dt.timedelta(days=i), f"35-000{i}", name)
    w = main_window(qtbot, desk_ctx)
    panel = w.pages[0].desk.worklist
    panel.limit = 2
    panel.refresh()
    # urgent first: every clock runs, the nearest last day (the oldest receipt) on top
    assert [r[M.FACILITY] for r in rows_of(panel)] == ["Zeytin Tıp", "İnci Tıp"]
    assert panel.count_label.text() == "5 başvurudan 1–2 gösteriliyor"
    assert not panel.prev_button.isEnabled() and panel.next_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert [r[M.FACILITY] for r in rows_of(panel)] == ["Çınar Tıp"] and not panel.next_button.isEnabled()

    panel.limit = 200
    header = panel.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + QPointF_center(header, M.FACILITY))
    assert [r[M.FACILITY] for r in rows_of(panel)] == ["Ağrı Tıp", "Çınar Tıp", "Ilgaz Tıp", "İnci Tıp",
                                                       "Zeytin Tıp"]          # Turkish order on both engines
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + QPointF_center(header, M.FACILITY))
    assert [r[M.FACILITY] for r in rows_of(panel)][0] == "Zeytin Tıp"

    # F5 reloads: an application registered elsewhere appears
    receive(desk_ctx, ids, today, "35-0099", "Başka Masadan Tıp")
    QTest.keyClick(w, Qt.Key.Key_F5)
    assert "Başka Masadan Tıp" in [r[M.FACILITY] for r in rows_of(panel)]


def QPointF_center(header, section):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_the_clock_of_the_list_is_the_clock_of_notify(ctx, messages):
    """The worklist derives many clocks at once; each is the one application_view.clock_of gives."""
    desk = izmir_desk(ctx)
    ids = vendor(desk)
    app_id = receive(desk, ids, dt.date(2026, 2, 10), "35-0001")
    for r in checklist_rows(desk, app_id):
        review.answer_item(desk, app_id, r.criterion_id, Answer.EKSIK if r.number == 5 else Answer.UYGUN,
                           "Çalışma belgesi yok" if r.number == 5 else "")
    notify.notify(desk, app_id, notify.NoticeInput(letter_date=dt.date(2026, 2, 20), sent_on=dt.date(2026, 2, 20),
                                                   send_channel="kep", signer_name="Dr. Mehmet Şahin"))
    notify.record_completion(desk, app_id, dt.date(2026, 2, 27))
    receive(desk, ids, dt.date(2026, 2, 1), "35-0002")
    later = AppContext(ctx.engine, ctx.target, desk.actor, FixedClock.on(dt.date(2026, 3, 16)))
    rows, total = ism_worklist.worklist(later)
    assert total == 2
    for row in rows:
        assert row.clock == notify.application_clock(later, row.id)
    restarted = next(r for r in rows if r.id == app_id)
    assert restarted.deadline == deadline_from(dt.date(2026, 2, 27)) and len(restarted.clock.rounds) == 2
