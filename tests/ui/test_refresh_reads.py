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
from app.workflows.shgm import permits
from tests.support.ism_ui import main_window, receive, vendor
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_desk
from tests.support.ui import show_main_window


class Statements(list):
    """SQL statements sent while a block runs, each with whether it ran on the GUI thread; and the transactions
    begun (each screen read is one read transaction; a write is one transaction on the writer engine)."""

    def __init__(self) -> None:
        super().__init__()
        self.transactions: list[tuple[bool, bool]] = []      # (on the GUI thread, a write)

    def on_gui(self) -> list[str]:
        return [st for st, gui in self if gui]

    def reads(self) -> int:
        return sum(1 for _gui, write in self.transactions if not write)

    def reads_on_gui(self) -> int:
        return sum(1 for gui, write in self.transactions if gui and not write)


# Asked once per pooled connection (app.storage.audit.server_writes_audit): whether a write meets it depends on
# which of the pool's connections it is handed, not on what the screen does.
ONCE_PER_CONNECTION = ("SELECT to_regprocedure(",)


@contextmanager
def counting(engine) -> Iterator[Statements]:  # type: ignore[no-untyped-def]
    """Every SQL statement sent to the database while the block runs (from any thread)."""
    seen = Statements()
    lock = threading.Lock()

    def listen(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith(ONCE_PER_CONNECTION):
            return
        with lock:
            seen.append((statement, threading.current_thread() is threading.main_thread()))

    def begin(conn) -> None:  # type: ignore[no-untyped-def]
        write = bool(conn.get_execution_options().get("sqlite_immediate"))     # app.storage.database.writer
        with lock:
            seen.transactions.append((threading.current_thread() is threading.main_thread(), write))

    event.listen(engine, "before_cursor_execute", listen)
    event.listen(engine, "begin", begin)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)
        event.remove(engine, "begin", begin)


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
        settle(qtbot)
    print(f"\nEk-1 answer: before {len(before)} statements ({before.reads()} reads), "
          f"now {len(now)} ({now.reads()} reads), the write alone {len(write_only)}")
    assert len(now) <= len(write_only) and now.on_gui() == []    # no more than a write's statements, in the worker
    assert before.reads() >= 3 and now.reads() == 0      # were: the page and its count, the deadline and state counts
    assert len(now.transactions) == 1 and now.transactions[0] == (False, True)   # one write, off the GUI thread


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
        # what the earlier path read after the same write, on the GUI thread: every list reloaded, then again when
        # the permits tab came to the front, the permit list once more, and the permit (with its history and PDF)
        # shown twice (selection, then explicitly)
        desk.permits_table.blockSignals(True)          # (today a selection reads the permit in a worker)
        desk.refresh()
        desk.refresh()
        desk.refresh_permits()
        desk.permits_table.blockSignals(False)
        for _ in range(2):
            view = permits.permit(approver, permit_id)
            permits.history(approver, view.facility_id)
            permits.permit_document(approver, permit_id)
    with counting(approver.engine) as shown:
        desk.show_permit(permit_id)
        settle(qtbot)
    settle(qtbot)
    print(f"\npermit issue: before {before.reads()} reads after the write ({len(before)} statements, on the GUI "
          f"thread), now {now.reads()} ({len(shown)} statements, in a worker)")
    assert now.reads() == shown.reads() == 4             # only the new permit: the list, itself, history, PDF
    assert now.on_gui() == [] and now.reads_on_gui() == 0   # the write and the reads all off the GUI thread
    assert before.reads() >= 12
