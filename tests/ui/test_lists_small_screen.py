"""The İSM worklist on a small screen (issue 17): urgent files on top, one colour per deadline everywhere (the
"Bugün son gün" tile wears the colour of the dot of a file due today), a legend under the list with the thresholds
and the clock's period from the stored rules, long names elided in the middle with the whole name as a tooltip,
and columns the officer hides from the header's menu and finds hidden again next time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.ui.common.style import LIGHT_COLOURS
from app.ui.common.tables import ColumnChooser
from app.ui.ism.worklist import LIGHT_ROLE
from app.ui.ism.worklist import WorklistModel as M
from app.workflows.common.deadlines import ClockRules, notification_deadline
from app.workflows.common.system_settings import set_clock_rules
from tests.support.ism import vendor
from tests.support.ism_ui import main_window, receive

LONG_NAME = "Özel Işıklı Göğüs Hastalıkları ve Uzaktan Sağlık Hizmetleri Eğitim ve Araştırma Tıp Merkezi"


def _received_for_last_day(last_day: dt.date) -> dt.date:
    return next(last_day - dt.timedelta(days=n) for n in range(10, 30)
                if notification_deadline(last_day - dt.timedelta(days=n)) == last_day)


def _files(desk) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids = vendor(desk)
    today = desk.clock.today()
    return {"running": receive(desk, ids, today, "35-0001", "Yeni Tıp Merkezi"),
            "today": receive(desk, ids, _received_for_last_day(today), "35-0002", LONG_NAME),
            "overdue": receive(desk, ids, today - dt.timedelta(days=60), "35-0003", "Eski Tıp Merkezi")}


def test_urgent_files_come_first_and_today_has_one_colour_on_the_tile_and_in_the_list(qtbot, desk_ctx, messages):
    files = _files(desk_ctx)
    w = main_window(qtbot, desk_ctx)
    panel = w.pages[0].desk.worklist
    model = panel.model
    assert [r.id for r in model.rows] == [files["overdue"], files["today"], files["running"]]
    assert panel.table.horizontalHeader().sortIndicatorSection() == M.DAYS
    due_today = model.row_of(files["today"])
    dot = model.index(due_today, M.DAYS).data(LIGHT_ROLE)
    assert model.index(due_today, M.DAYS).data() == "Bugün son gün"

    tile = w.dashboard.dashboard.tiles["deadline:today"]
    qtbot.waitUntil(lambda: tile.count == 1, timeout=5000)
    assert tile.shown_light() == dot == "red"
    assert LIGHT_COLOURS[dot] in tile.styleSheet()
    overdue_tile = w.dashboard.dashboard.tiles["deadline:overdue"]
    assert overdue_tile.shown_light() == model.index(model.row_of(files["overdue"]), M.DAYS).data(LIGHT_ROLE)


def test_the_legend_under_the_list_explains_the_dots_with_the_stored_period(qtbot, desk_ctx, messages):
    _files(desk_ctx)
    w = main_window(qtbot, desk_ctx)
    panel = w.pages[0].desk.worklist
    assert panel.legend.isVisible()
    text = panel.legend.plain_text()
    for part in ("15 günlük bildirim süresi:", "> 5 gün", "≤ 5 gün", "≤ 2 gün (bugün son gün dahil)",
                 "süresi geçti", "süre işlemiyor"):
        assert part in text
    with desk_ctx.write() as s:
        set_clock_rules(s, ClockRules(period_days=20))
    panel.refresh()
    assert panel.legend.plain_text().startswith("20 günlük bildirim süresi:")


def test_long_names_lose_their_middle_and_the_tooltip_has_them_whole(qtbot, desk_ctx, messages):
    files = _files(desk_ctx)
    w = main_window(qtbot, desk_ctx)
    panel = w.pages[0].desk.worklist
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    index = panel.model.index(panel.model.row_of(files["today"]), M.FACILITY)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG_NAME)
    assert "35-0002" in index.data(Qt.ItemDataRole.ToolTipRole)        # the ÇKYS code, when its column is hidden


def test_the_officer_hides_a_column_and_finds_it_hidden_next_time(qtbot, desk_ctx, messages):
    _files(desk_ctx)
    w = main_window(qtbot, desk_ctx)
    table = w.pages[0].desk.worklist.table
    chooser = table.findChild(ColumnChooser)
    menu = chooser.menu()
    titles = [a.text() for a in menu.actions()]
    assert "Durum" in titles and "İl" not in titles                 # an İSM officer never sees the province
    received = next(a for a in menu.actions() if a.text() == "Durum")
    number = next(a for a in menu.actions() if a.text() == "Başvuru no")
    assert received.isChecked() and not number.isEnabled()            # the number always stays
    received.setChecked(False)
    assert table.isColumnHidden(M.STATE)
    w.close()

    again = main_window(qtbot, desk_ctx)
    table = again.pages[0].desk.worklist.table
    assert table.isColumnHidden(M.STATE) and not table.isColumnHidden(M.DAYS)
    shown = next(a for a in table.findChild(ColumnChooser).menu().actions() if a.text() == "Durum")
    shown.setChecked(True)
    assert not table.isColumnHidden(M.STATE)
