"""The "Özet" page: the numbers shown equal the figures, and each number (tile, province cell, chart bar) opens the
list of exactly those applications; the monthly report screen."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QPointF, Qt

from app.ui.common import operations
from app.ui.ism.page import IsmPage
from app.ui.main_window import MainWindow
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role
from app.workflows.dashboard import figures as dashboard
from app.workflows.ism import reports
from tests.support.demo import TODAY, as_role, with_demo_data
from tests.support.ui import show_main_window as window


@pytest.fixture
def demo(ctx) -> AppContext:
    return with_demo_data(ctx, 300, seed=7)


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the work started in a worker (figures, the report, an export) has been delivered."""
    qtbot.waitUntil(operations.idle, timeout=20000)


def worklist_of(w: MainWindow):  # type: ignore[no-untyped-def]
    page = w.stack.currentWidget()
    assert isinstance(page, IsmPage)
    return page.desk.worklist


def test_the_ism_dashboard_shows_the_province_figures(qtbot, demo):
    officer = as_role(demo, Role.ISM_OFFICER, 34)
    w = window(qtbot, officer)
    board = w.dashboard.dashboard
    assert w.stack.currentWidget() is w.dashboard and w.nav_labels()[0] == "Özet"
    counts = dashboard.state_counts(officer)
    for state in AppState:
        tile = board.tiles[f"state:{state.value}"]
        assert tile.count == counts[state]
        assert tile.value_label.text() == str(counts[state])
    assert board.tiles["total"].count == sum(counts.values()) > 0
    b = dashboard.deadline_buckets(officer)
    assert [board.tiles[f"deadline:{k}"].count for k in ("overdue", "today", "week", "running")] == [
        b.overdue, b.due_today, b.this_week, b.running]
    assert board.scope_label.text() == "İstanbul ili · 23.11.2026 itibarıyla"
    assert not board.province_table.isVisible()                   # the per-province table is SHGM's
    assert board.received_chart.bar_set.count() == 12


def test_a_state_tile_opens_the_worklist_with_that_state(qtbot, demo):
    officer = as_role(demo, Role.ISM_OFFICER, 34)
    w = window(qtbot, officer)
    tile = w.dashboard.dashboard.tiles["state:permit_issued"]
    assert tile.count > 0
    click(qtbot, tile)
    panel = worklist_of(w)
    assert w.nav.currentRow() == 1
    assert panel.state_combo.currentData() == "permit_issued"
    assert panel.total == tile.count
    assert {r.state for r in panel.model.rows} == {AppState.PERMIT_ISSUED}
    # back on the dashboard, the "running" tile: the state filter is gone, the dashboard's filter named
    w.show_page(0)
    running = w.dashboard.dashboard.tiles["deadline:running"]
    click(qtbot, running)
    assert panel.state_combo.currentIndex() == 0
    assert panel.total == running.count > 0
    assert all(r.state.clock_running for r in panel.model.rows)
    assert panel.extra_label.isVisible() and "işleyenler" in panel.extra_label.text()
    click(qtbot, panel.clear_button)
    assert not panel.extra_label.isVisible() and panel.total == w.dashboard.dashboard.tiles["total"].count


def test_the_week_and_overdue_tiles_list_exactly_their_clocks(qtbot, demo):
    # a day on which some clocks end within the week and some are overdue
    day = next(TODAY + dt.timedelta(days=k) for k in range(0, 20)
               if dashboard.deadline_buckets(as_role(demo, Role.ISM_MANAGER, 34, TODAY + dt.timedelta(days=k)))
               .this_week > 0)
    manager = as_role(demo, Role.ISM_MANAGER, 34, day)
    w = window(qtbot, manager)
    board = w.dashboard.dashboard
    week = board.tiles["deadline:week"]
    click(qtbot, week)
    panel = worklist_of(w)
    assert panel.total == week.count > 0
    assert all(1 <= r.days_left <= 7 for r in panel.model.rows)
    w.show_page(0)
    overdue = board.tiles["deadline:overdue"]
    click(qtbot, overdue)
    assert panel.overdue_button.isChecked() and panel.extra == {}
    assert panel.total == overdue.count


def test_a_chart_bar_opens_the_applications_received_that_month(qtbot, demo):
    officer = as_role(demo, Role.ISM_OFFICER, 34)
    w = window(qtbot, officer)
    chart = w.dashboard.dashboard.received_chart
    index = max(range(12), key=lambda i: chart.points[i].received)
    point = chart.points[index]
    series = chart.chart().series()[0]
    # a real mouse click on the middle of the bar
    scene = chart.chart().mapToScene(chart.chart().mapToPosition(QPointF(index, point.received / 2), series))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(scene))
    panel = worklist_of(w)
    assert panel.extra == {"received_month": point.key}
    assert panel.total == point.received > 0
    assert all(r.received_on.strftime("%Y-%m") == point.key for r in panel.model.rows)
    assert "ayında alınanlar" in panel.extra_label.text()


def test_shgm_sees_provinces_and_a_cell_opens_the_list_on_the_dashboard_page(qtbot, demo):
    reviewer = as_role(demo, Role.SHGM_REVIEWER)
    w = window(qtbot, reviewer)
    assert w.nav_labels() == ["Özet", "SHGM"]
    board = w.dashboard.dashboard
    assert board.province_table.isVisible() and not board.deadline_box.isVisible()
    rows = dashboard.province_table(reviewer)
    assert board.province_rows() == [[r.name, str(r.forwarded), str(r.decided), str(r.permits)] for r in rows]
    row = max(range(len(rows)), key=lambda i: rows[i].decided)
    table = board.province_table
    rect = table.visualItemRect(table.item(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    listing = w.dashboard.list
    assert listing is not None and w.dashboard.stack.currentWidget() is listing
    panel = listing.panel
    assert panel.province_combo.currentData() == rows[row].province_id
    assert panel.total == rows[row].decided
    assert {r.state for r in panel.model.rows} <= set(dashboard.DECIDED_STATES)
    click(qtbot, listing.back_button)
    assert w.dashboard.stack.currentWidget() is board


def test_the_administrator_sees_deadlines_and_provinces(qtbot, demo, user_ctx):
    admin = AppContext(user_ctx.engine, user_ctx.target, user_ctx.actor, FixedClock.on(TODAY))
    w = window(qtbot, admin)
    board = w.dashboard.dashboard
    assert board.deadline_box.isVisible() and board.province_table.isVisible()
    assert board.tiles["total"].count == 300
    assert board.scope_label.text().startswith("Tüm iller")


def test_the_monthly_report_screen_shows_the_figures_and_exports_them(qtbot, demo, tmp_path):
    officer = as_role(demo, Role.ISM_OFFICER, 34)
    w = window(qtbot, officer)
    click(qtbot, w.dashboard.dashboard.report_button)
    dialog = w.dashboard.dashboard.report_dialog
    settle(qtbot)
    assert dialog.isVisible() and not dialog.province_combo.isEnabled()
    assert dialog.month_combo.currentText() == "Ekim" and dialog.year_spin.value() == 2026   # the last month
    expected = reports.monthly_report(officer, 34, 2026, 10)
    assert dialog.title.text() == "İstanbul İl Sağlık Müdürlüğü — Ekim 2026"
    assert [int(v) for _label, v in dialog.rows()] == [v for _k, v in expected.rows()]
    dialog.month_combo.setCurrentIndex(8)                  # Eylül
    click(qtbot, dialog.show_button)
    settle(qtbot)
    september = reports.monthly_report(officer, 34, 2026, 9)
    assert [int(v) for _label, v in dialog.rows()] == [v for _k, v in september.rows()]
    told = []
    dialog.exporter.ask_path = lambda suffix: str(tmp_path / f"rapor{suffix}")
    dialog.exporter.tell = lambda ok, text: told.append((ok, text))
    dialog.exporter.xlsx_action.trigger()
    settle(qtbot)
    ws = openpyxl.load_workbook(tmp_path / "rapor.xlsx").active
    assert ws["A1"].value == "İstanbul İl Sağlık Müdürlüğü — USH aylık raporu, Eylül 2026"
    assert [[c.value for c in r] for r in ws.iter_rows(min_row=4)] == [[k, v] for k, v in september.rows()]
    assert told == [(True, f"6 satır kaydedildi: {tmp_path / 'rapor.xlsx'}")]


def test_shgm_picks_a_province_for_the_monthly_report(qtbot, demo):
    reviewer = as_role(demo, Role.SHGM_REVIEWER)
    from app.ui.ism.report_screen import MonthlyReportDialog

    dialog = MonthlyReportDialog(reviewer)
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert dialog.province_combo.isEnabled() and dialog.province_combo.currentText() == "Ankara"
    dialog.province_combo.setCurrentIndex(dialog.province_combo.findData(34))
    click(qtbot, dialog.show_button)
    settle(qtbot)
    assert dialog.report.province_id == 34
    assert [int(v) for _l, v in dialog.rows()] == [v for _k, v in
                                                    reports.monthly_report(reviewer, 34, 2026, 10).rows()]


def test_the_ism_desk_opens_the_report_too(qtbot, demo):
    w = window(qtbot, as_role(demo, Role.ISM_OFFICER, 34))
    w.show_page(1)
    page = w.pages[0]
    assert page.report_button.text() == "Aylık &rapor…"
    dialog = page.open_report()
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert dialog.report is not None and dialog.report.province_id == 34


def test_kts_has_no_monthly_report_and_its_numbers_open_the_list_here(qtbot, demo):
    w = window(qtbot, as_role(demo, Role.KTS_OFFICER))
    board = w.dashboard.dashboard
    assert not board.report_button.isVisible() and not board.deadline_box.isVisible()
    tile = board.tiles["state:forwarded"]
    click(qtbot, tile)
    assert w.dashboard.list.panel.total == tile.count == dashboard.state_counts(
        as_role(demo, Role.KTS_OFFICER))[AppState.FORWARDED]
