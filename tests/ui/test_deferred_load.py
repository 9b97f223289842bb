"""The application's main window comes up before its figures: "yükleniyor…" on the dashboard, then the KTS rules
and the figures once the window has been painted (`ready`); a desk page behind the dashboard reads its lists when
first shown. The figures are the same as a window that loads them in its constructor."""

from __future__ import annotations

from app.ui.common import operations
from app.ui.main_window import MainWindow
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role
from tests.support.demo import as_role, with_demo_data


def test_the_window_shows_loading_first_then_the_same_figures(qtbot, ctx):
    officer = as_role(with_demo_data(ctx, 120, seed=3), Role.ISM_OFFICER, 34)
    calls: list[str] = []

    def rules() -> list[str]:
        calls.append("rules")
        return ["KTS liste kuralları uygulandı: 2 değişiklik."]

    w = MainWindow(officer, notes=["önceki not"], defer_load=True, after_show=[rules])
    qtbot.addWidget(w)
    board = w.dashboard.dashboard
    assert not w.loaded and calls == []
    assert board.data is None
    assert board.scope_label.text() == "yükleniyor…"
    assert board.tiles["state:received"].value_label.text() == "…"
    assert board.tiles["state:received"].caption_label.text() != ""

    with qtbot.waitSignal(w.ready, timeout=20000):
        w.show()
    assert w.loaded and calls == ["rules"]
    assert "önceki not" in w.statusBar().currentMessage()
    assert "2 değişiklik" in w.statusBar().currentMessage()

    eager = MainWindow(officer)
    qtbot.addWidget(eager)
    qtbot.waitUntil(operations.idle, timeout=20000)     # its figures are counted in a worker too
    other = eager.dashboard.dashboard
    assert board.data == other.data
    assert board.scope_label.text() == other.scope_label.text()
    for key, tile in board.tiles.items():
        assert tile.value_label.text() == other.tiles[key].value_label.text(), key
    assert board.data.states[AppState.RECEIVED] == int(board.tiles["state:received"].count)
    # the desk pages behind the dashboard are read when first brought to the front, not before (issue 12)
    ism = w.ism_page()
    assert ism.table.rows() == [] and ism.desk.worklist.model.rowCount() == 0
    w.show_page(1 + w.pages.index(ism))
    qtbot.waitUntil(operations.idle, timeout=20000)
    assert ism.table.rows() == eager.ism_page().table.rows()
    assert ism.desk.worklist.model.rowCount() == eager.ism_page().desk.worklist.model.rowCount() > 0


def test_a_window_built_by_hand_loads_at_once(qtbot, user_ctx):
    w = MainWindow(user_ctx)
    qtbot.addWidget(w)
    qtbot.waitUntil(operations.idle, timeout=20000)
    assert w.loaded and w.dashboard.dashboard.data is not None
