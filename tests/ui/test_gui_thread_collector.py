"""Garbage is collected on the GUI thread only (app.ui.common.collector): a worker that allocates a lot (an import,
a PDF) never runs Python's cyclic collector, which could free a closed window's Qt objects on the worker and have
shiboken delete them on the GUI thread at a random moment (a crash seen in these tests before the fix)."""

from __future__ import annotations

import threading


def test_a_cycle_left_by_a_worker_is_freed_on_the_gui_thread_not_on_the_worker(qtbot, qapp):
    freed_on_gui: list[bool] = []
    kept: list[object] = []

    class Node:
        def __del__(self) -> None:
            freed_on_gui.append(threading.current_thread() is threading.main_thread())

    def work() -> None:
        node = Node()
        node.me = node              # a reference cycle: only the cyclic collector frees it
        del node
        kept.append([[] for _ in range(50_000)])    # far past the collector's threshold, on this thread

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(freed_on_gui), timeout=5000)
    assert freed_on_gui == [True]
