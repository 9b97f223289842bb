"""After a write, screens refresh what changed, not whole pages: fewer round-trips to a shared server.

SQL statements are counted with a `before_cursor_execute` listener while an officer works through the real widgets,
and compared with what the earlier path cost (its handlers are still there and are called for the comparison):
one Ek-1 answer used to cost its write plus a worklist page, the deadline counts and the state counts; issuing a
permit used to reload the queue, the decisions and the permits before showing the new permit.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import event

from app.ui.common import operations
from app.ui.ism.detail import ChecklistModel
from app.workflows.common.application_view import checklist_rows
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.ism import review
from app.workflows.shgm import decisions as shgm
from tests.support.ism_ui import main_window, receive, vendor
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_desk
from tests.support.ui import show_main_window


class Statements(list):
    """SQL statements sent while a block runs, each with whether it ran on the GUI thread."""

    def on_gui(self) -> list[str]:
        return [st for st, gui in self if gui]

    def reads(self) -> int:
        """Read transactions opened on the GUI thread (each screen read is one)."""
        return sum(1 for st in self.on_gui() if st.strip().upper() == "BEGIN")


@contextmanager
def counting(engine) -> Iterator[Statements]:  # type: ignore[no-untyped-def]
    """Every SQL statement sent to the database while the block runs (from any thread)."""
    seen = Statements()
    lock = threading.Lock()

    def listen(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        with lock:
            seen.append((statement, threading.current_thread() is threading.main_thread()))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(operations.idle, timeout=20000)
    qtbot.wait(30)                          # queued change notifications are delivered too


def test_one_ek1_answer_costs_its_write_and_nothing_else(qtbot, desk_ctx, messages):
    app_id = receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0001")
    w = main_window(qtbot, desk_ctx)
    desk = w.pages[0].desk
    d = desk.open_application(app_id)
    d.keep_window = w
    settle(qtbot)
    d.checklist.setCurrentIndex(d.model.index(0, ChecklistModel.ANSWER))
    QTest.keyClick(d.checklist, Qt.Key.Key_1)             # the first answer starts the review (a state change)
    settle(qtbot)

    with counting(desk_ctx.engine) as now:
        QTest.keyClick(d.checklist, Qt.Key.Key_1)         # item 2, through the widgets
        settle(qtbot)
    assert d.model.rows[1].answer == Answer.UYGUN and messages.errors == []

    third = checklist_rows(desk_ctx, app_id)[2]
    with counting(desk_ctx.engine) as write_only:
        review.answer_item(desk_ctx, app_id, third.criterion_id, Answer.UYGUN, expected_version=third.version)
    fourth = checklist_rows(desk_ctx, app_id)[3]
    with counting(desk_ctx.engine) as before:             # the earlier path: the write, then the desk reloaded
        review.answer_item(desk_ctx, app_id, fourth.criterion_id, Answer.UYGUN, expected_version=fourth.version)
        desk._detail_changed(app_id)                     # worklist page, deadline counts, state counts
    print(f"\nEk-1 answer: before {len(before)} statements ({before.reads()} reads), "
          f"now {len(now)} ({now.reads()} reads), the write alone {len(write_only)}")
    assert len(now) == len(write_only) and now.on_gui() == []    # the write's own statements, in the worker
    assert before.reads() >= 3 and now.reads() == 0      # were: the page and its count, the deadline and state counts


@pytest.fixture
def approver_window(qtbot, ctx):  # type: ignore[no-untyped-def]
    app_id = forwarded(ctx)
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    did = shgm.assign_areas(approver, app_id, [("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")])
    shgm.mark_ckys_recorded(approver, did, "CKYS-9")
    w = show_main_window(qtbot, approver)
    w.show_page(1)
    page = w.stack.currentWidget()
    return w, page.desk, approver


def test_issuing_a_permit_reads_only_what_changed(qtbot, approver_window, messages):
    _window, desk, approver = approver_window
    desk.tabs.setCurrentWidget(desk.decisions_page)
    settle(qtbot)
    desk.decisions_table.selectRow(0)
    assert desk.issue_button.isEnabled()
    with counting(approver.engine) as now:
        qtbot.mouseClick(desk.issue_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert messages.errors == [] and desk.current_permit is not None and desk.preview.page_count() == 1
    assert desk.decisions_table.rowCount() == 0 and desk.permits_table.rowCount() == 1
    permit_id = desk.current_permit.id
    with counting(approver.engine) as before:
        # what the earlier path read after the same write: every list reloaded, then again when the permits tab
        # came to the front, the permit list once more, and the permit shown twice (selection, then explicitly)
        desk.refresh()
        desk.refresh()
        desk.refresh_permits()
        desk._show_permit()
        desk._show_permit()
    with counting(approver.engine) as shown:
        desk.show_permit(permit_id)
    print(f"\npermit issue: before {len(before)} statements and {before.reads()} reads after the write, "
          f"now {len(now.on_gui())} and {now.reads()}; the write {len(now) - len(now.on_gui())} in the worker")
    assert now.on_gui() == shown.on_gui()                # only the new permit: its row, itself, history, PDF
    assert now.reads() == 4 and before.reads() >= 12
