"""The one operation wrapper: workflow calls run in a worker thread while the window stays responsive, results and
errors arrive on the GUI thread with the officer's Turkish messages, the waiting part shows it is busy, long work
reports progress and "Vazgeç" stops it with nothing half written, and what a write touched is broadcast."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui.common import operations
from app.ui.common.changes import Changes, hub
from app.ui.common.operations import Messages, Operation, run
from app.workflows.common.errors import NotFound, ValidationFailed
from app.workflows.common.progress import WorkCancelled


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(Messages, "error", staticmethod(lambda parent, title, text: seen.append((title, text))))
    return seen


@pytest.fixture
def screen(qtbot):
    w = QWidget()
    w.button = QPushButton("Kaydet", w)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_slow_call_runs_off_the_gui_thread_while_timers_keep_firing(qtbot, screen):
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(5)
    seen: dict[str, object] = {}

    def slow(x: int) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        time.sleep(0.4)
        return x * 2

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = threading.current_thread() is threading.main_thread()

    op = Operation(screen, "Deneme", slow, 21).busy(screen.button).success(done).run()
    assert not screen.button.isEnabled()                      # the waiting part shows it is busy
    assert "value" not in seen                                # run() returned before the work ended
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    timer.stop()
    assert seen == {"worker": True, "value": 42, "gui": True}
    assert op.thread_name != threading.main_thread().name
    assert len(ticks) >= 20                                   # the event loop ran during the 0.4 s sleep
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.2
    assert screen.button.isEnabled() and operations.idle()


def test_a_domain_error_is_shown_in_turkish_on_the_gui_thread(qtbot, screen, messages):
    failed: list[object] = []

    def refuse() -> None:
        raise NotFound("12 numaralı başvuru bulunamadı.")

    Operation(screen, "Başvuru", refuse).busy(screen.button).failure(
        lambda o: failed.append((o.error, threading.current_thread() is threading.main_thread()))).run()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert messages == [("Başvuru", "12 numaralı başvuru bulunamadı.")]
    assert isinstance(failed[0][0], NotFound) and failed[0][1] is True
    assert screen.button.isEnabled()


def test_a_validation_failure_goes_back_to_the_form_without_a_message(qtbot, screen, messages):
    got: list[dict[str, str]] = []

    def invalid() -> None:
        raise ValidationFailed({"tckn": "T.C. kimlik numarası 11 haneli olmalı."})

    Operation(screen, "Kaydet", invalid).validation_in_form().failure(lambda o: got.append(o.field_errors)).run()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [{"tckn": "T.C. kimlik numarası 11 haneli olmalı."}] and messages == []


def test_an_unexpected_error_is_reported_and_the_window_stays_usable(qtbot, screen, messages):
    outcome = run(screen, "Yedek", lambda: 1 / 0)           # the synchronous mode: the same path
    assert not outcome.ok and isinstance(outcome.error, ZeroDivisionError)
    assert messages[-1][1].startswith("İşlem tamamlanamadı; beklenmeyen bir hata oluştu. Hiçbir değişiklik "
                                      "kaydedilmedi.")
    # the exception's own (English, technical) text only behind "Ayrıntılar", not in the officer's sentence
    assert "division" not in messages[-1][1] and "ZeroDivisionError: division by zero" == messages[-1][1].details
    def broken() -> None:
        raise KeyError("tablo")

    op = Operation(screen, "Yedek", broken).run()
    qtbot.waitUntil(operations.idle, timeout=5000)
    assert isinstance(op.outcome.error, KeyError) and len(messages) == 2 and screen.isEnabled()


def test_a_write_broadcasts_what_it_touched(qtbot, screen):
    heard: list[Changes] = []
    hub().changed.connect(heard.append)
    try:
        Operation(screen, "İzin", lambda: 7).changes(lambda pid: Changes(permits={pid}, kinds={"permit"})).run()
        qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    finally:
        hub().changed.disconnect(heard.append)
    assert heard == [Changes(permits={7}, kinds={"permit"})] and not heard[0].states


def test_long_work_reports_progress_and_vazgec_stops_it_with_nothing_written(qtbot, screen, tmp_path):
    written: list[str] = []
    steps: list[tuple[int, int]] = []

    def job(folder, progress=None, cancel=None):
        for i in range(200):
            progress(i, 200)
            steps.append((i, 200))
            if cancel():
                for name in written:                    # remove what was half written, like the workflows do
                    (folder / name).unlink()
                written.clear()
                raise WorkCancelled("Yedekleme iptal edildi; hiçbir dosya bırakılmadı.")
            (folder / f"{i}.part").write_text("x")
            written.append(f"{i}.part")
            time.sleep(0.01)
        return len(written)

    op = Operation(screen, "Yedek", job, tmp_path).progress("Yedek alınıyor…")
    op.run()
    dialog = op._dialog
    assert dialog is not None and dialog.isVisible() and dialog.labelText() == "Yedek alınıyor…"
    qtbot.waitUntil(lambda: dialog.value() >= 5, timeout=5000)   # progress arrives through signals
    assert dialog.maximum() == 200
    dialog.cancel()                                               # "Vazgeç"
    qtbot.waitUntil(operations.idle, timeout=5000)
    assert op.outcome.cancelled and "iptal edildi" in op.outcome.message
    assert list(tmp_path.iterdir()) == [] and steps[-1][0] < 199


def test_run_long_work_waits_in_a_local_loop_and_returns_the_outcome(qtbot, screen):
    from app.ui.errors import run_long_work

    def job(n, progress=None, cancel=None):
        progress(1, 2)
        time.sleep(0.05)
        progress(2, 2)
        return n + 1

    out = run_long_work(screen, "Dışa aktarılıyor…", job, 1)
    assert out.ok and out.value == 2 and operations.idle()


def test_a_result_arriving_inside_a_progress_step_closes_the_dialog_without_a_crash(qtbot, screen, monkeypatch):
    """A modal progress dialog handles events inside its own setValue(): when the worker's result is delivered there,
    the dialog is closed at once and deleted only after setValue() returns (deleting it inside crashed the desk)."""
    op = Operation(screen, "Örnek veri", lambda progress=None, cancel=None: 1).progress("Örnek veri yazılıyor…")
    op._open_dialog()
    dialog = op._dialog
    real_set_value = type(dialog).setValue
    delivered: list[bool] = []

    def set_value_delivering(self, value):
        if not delivered:
            delivered.append(True)
            op._deliver(operations.Outcome(True, 1))      # what a queued "done" does during processEvents()
        real_set_value(self, value)

    monkeypatch.setattr(type(dialog), "setValue", set_value_delivering)
    op._show_step(1, 2, "")
    assert delivered and op.outcome.ok and op._dialog is None
    assert not operations.alive(dialog)                  # gone once the step returned, not before
