"""Helpers shared by the İSM desk tests (no tests here; the fixtures `desk_ctx` and `messages` are in
tests/ui/conftest.py): the main window on the İSM desk, recorded messages instead of message boxes, and typing into
table cells through their real editors."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from app.ui.common.operations import Messages
from app.workflows.common.clock import TR
from app.workflows.common.context import AppContext
from app.workflows.ism import intake
from tests.support.ism import form as intake_form
from tests.support.ism import vendor
from tests.support.ui import type_text


class Recorder:
    """Stands in for the message boxes: what the officer would have been told."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirmations: list[str] = []
        self.confirm_answer = True

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(Messages, "error", staticmethod(lambda p, t, m: self.errors.append((t, m))))
        monkeypatch.setattr(Messages, "info", staticmethod(lambda p, t, m: self.infos.append((t, m))))
        monkeypatch.setattr(Messages, "confirm", staticmethod(
            lambda p, t, m, yes: self.confirmations.append(m) or self.confirm_answer))


def main_window(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.show_page(1)            # the İSM desk (the window opens on "Özet", the dashboard)
    w.activateWindow()        # keyboard shortcuts (Ctrl+N, F5) go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    return w


def receive(ctx: AppContext, vendor_ids: tuple[int, int], received: dt.date, ckys: str,
            name: str | None = None) -> int:
    province = ctx.actor.province_id or 35
    f = intake_form(*vendor_ids, received=received, ckys=ckys, province_id=province)
    assert f.new_facility is not None
    if name:
        f.new_facility.name = name
    f.professionals[0].tckn = "10000000146"
    return intake.receive(ctx, f)


def received_at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 9, 30, tzinfo=TR)


def cell_editor(view: QAbstractItemView) -> QWidget:
    editors = [w for w in view.viewport().findChildren(QWidget)
               if w.parentWidget() is view.viewport() and w.isVisible()]
    assert editors, "no cell editor open"
    return editors[-1]


def edit_cell(view: QAbstractItemView, row: int, col: int, text: str) -> None:
    """Open the cell's editor as F2 does, type the text (Turkish letters too) and press Enter."""
    index = view.model().index(row, col)
    view.setCurrentIndex(index)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = cell_editor(view)
    target = editor.lineEdit() if isinstance(editor, QComboBox) and editor.isEditable() else editor
    if isinstance(target, QLineEdit):
        target.selectAll()
    type_text(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)
    QApplication.processEvents()     # the delegate commits and closes the editor in a queued call
    assert view.state() != QAbstractItemView.State.EditingState


__all__ = ["Recorder", "main_window", "receive", "received_at", "edit_cell", "vendor",
           "type_text"]
