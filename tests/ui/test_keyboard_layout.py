"""Keyboard shortcuts of the main window, shown in its menus; the window's size and a table's column widths
survive closing and reopening the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from app.config import config_dir
from app.ui import geometry
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog


def open_window(qtbot, ctx) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    return w


def test_ctrl_and_a_number_switches_the_page(qtbot, user_ctx):
    w = open_window(qtbot, user_ctx)
    last = w.nav.count()
    qtbot.keyClick(w, getattr(Qt.Key, f"Key_{last}"), Qt.KeyboardModifier.ControlModifier)
    assert w.nav.currentRow() == last - 1 and w.stack.currentWidget() is w.pages[-1]
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.nav.currentRow() == 1
    assert [a.shortcut().toString() for a in w.desk_actions] == [f"Ctrl+{i}" for i in range(1, last + 1)]
    assert [a.text() for a in w.desk_actions] == w.nav_labels()          # the menu names the pages
    assert w.desk_menu.title() == "&Görünüm"
    assert w.nav.item(1).toolTip() == f"{w.nav_labels()[1]} (Ctrl+2)"


def test_ctrl_comma_opens_the_settings_and_f5_refreshes(qtbot, user_ctx, monkeypatch):
    w = open_window(qtbot, user_ctx)
    opened, refreshed = [], []
    monkeypatch.setattr(SettingsDialog, "edit",
                        lambda parent, settings, connection_only=False, ctx=None: opened.append(1))
    monkeypatch.setattr(w.pages[0], "refresh", lambda: refreshed.append(1))
    qtbot.keyClick(w, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert opened == [1]
    qtbot.keyClick(w, Qt.Key.Key_F5)
    assert refreshed == [1]
    assert w.settings_action.shortcut().toString() == "Ctrl+,"
    assert w.refresh_action.shortcut().toString() == "F5"


def test_the_window_and_a_column_width_survive_closing_and_reopening(qtbot, user_ctx):
    w = open_window(qtbot, user_ctx)
    w.resize(1240, 705)
    audit = w.pages[-1].audit
    audit.detail.horizontalHeader().resizeSection(0, 233)     # an interactive column
    key = geometry.table_key(audit.detail, w)
    w.close()
    assert (config_dir() / geometry.LAYOUT_FILE).is_file()

    again = open_window(qtbot, user_ctx)
    # the height as left (the default is 760); the width is clamped by Qt to the small offscreen screen
    assert again.size().height() == 705
    audit2 = again.pages[-1].audit
    assert geometry.table_key(audit2.detail, again) == key
    assert audit2.detail.horizontalHeader().sectionSize(0) == 233


def test_column_order_and_sort_are_remembered_per_table(qtbot, user_ctx):
    w = open_window(qtbot, user_ctx)
    users = w.pages[-1].users.table
    header = users.horizontalHeader()
    header.setSectionsMovable(True)
    header.moveSection(0, 2)
    order = [header.logicalIndex(i) for i in range(header.count())]
    w.close()
    again = open_window(qtbot, user_ctx)
    header2 = again.pages[-1].users.table.horizontalHeader()
    assert [header2.logicalIndex(i) for i in range(header2.count())] == order
    # another table keeps its own layout
    audit_header = again.pages[-1].audit.list.horizontalHeader()
    assert [audit_header.logicalIndex(i) for i in range(audit_header.count())] == list(range(audit_header.count()))


def test_a_first_start_keeps_the_default_size(qtbot, user_ctx):
    assert not (config_dir() / geometry.LAYOUT_FILE).exists()
    w = open_window(qtbot, user_ctx)
    assert w.size() == QSize(1280, 760)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape])
def test_escape_closes_the_about_dialog(qtbot, window, key):
    d = window.make_about_dialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClick(d, key)
    assert not d.isVisible()


def test_ctrl_p_prints_the_notification_letter(qtbot, monkeypatch, tmp_path, ctx):
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.common import pdf_view
    from app.workflows.common.application_view import checklist_rows
    from app.workflows.ism import review
    from tests.support.ism import izmir_desk, vendor
    from tests.support.ism_ui import main_window, receive

    officer = izmir_desk(ctx)
    app_id = receive(officer, vendor(officer), officer.clock.today(), "35-0009")
    for r in checklist_rows(officer, app_id):
        review.answer_item(officer, app_id, r.criterion_id, review.Answer.UYGUN)
    printed = []

    def printer(parent, title):  # type: ignore[no-untyped-def]
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(tmp_path / "yazi.pdf"))
        printed.append(title)
        return p

    monkeypatch.setattr(pdf_view, "ask_printer", printer)
    w = main_window(qtbot, officer)
    d = w.pages[0].desk.open_application(app_id)
    d.open_notification()
    n = d.child
    n.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is n, timeout=2000)
    qtbot.keyClick(n, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(printed), timeout=2000)       # animateClick presses the button a moment later
    assert (tmp_path / "yazi.pdf").read_bytes().startswith(b"%PDF")
    assert n.print_button.toolTip() == "Ctrl+P"


def test_ctrl_n_starts_a_new_application_from_the_overview_page(qtbot, ctx, monkeypatch):
    from app.ui.ism.desk import IsmDesk
    from tests.support.ism import izmir_desk

    started = []
    monkeypatch.setattr(IsmDesk, "new_application", lambda self: started.append(self))
    w = open_window(qtbot, izmir_desk(ctx))
    assert w.nav.currentRow() == 0                                  # the window opens on Özet
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert started == [w.ism_page().desk]
    assert w.stack.currentWidget() is w.ism_page()                  # the İSM desk comes to the front
