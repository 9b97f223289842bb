"""The longest GUI event-loop stall while an officer works through the real widgets on the shared PostgreSQL under
the 50-client load (target: under 50 ms).

A throwaway PostgreSQL cluster on 127.0.0.1 (tests/support/pgserver.py) gets the demo data, the 50 clients and their
counters and ready decisions of bench/concurrency.py, and the load runs for a bounded time (its 5 processes of 10
threads each, loopback only). Meanwhile, in this process, a QTimer fires every 5 ms and records the longest gap
between two of its ticks, while:

    an SHGM approver, in the main window's SHGM desk, selects a ready decision and clicks "İzin belgesi düzenle"
    (render, PAdES sign, number, audit; then the new permit is shown), several times;
    an İSM officer opens a received application from the worklist and answers every Ek-1 item with the 1 key
    (each answer moves to the next item at once; the answers are written in a worker, one after another).

The same actions are also measured the old way, with each workflow call made on the GUI thread (`run()`, the
synchronous mode of the operation wrapper), to show what the worker saves. Figures only, no pass/fail.

    .venv/bin/python bench/gui_stall.py [--quick] [--seconds N]

--quick: 5,000 demo applications, fewer permits and answers.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C
import concurrency as load

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_MS = 50.0
DIAGNOSE = "--diagnose" in sys.argv
PERMITS = 3 if C.quick() else 6
ANSWER_APPS = 1 if C.quick() else 3
GUI_PROVINCE = 35


class StallMeter:
    """A 5 ms timer; the longest gap between two ticks is the longest time the event loop did not run."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps = []
        self.last = 0.0
        self.timer.start()
        if DIAGNOSE and not hasattr(self, "watch"):
            import threading

            self.stacks: dict[str, int] = {}
            self.watch = threading.Thread(target=self._watch, daemon=True)
            self.watch.start()

    def _watch(self) -> None:
        """--diagnose: where the GUI thread is while the event loop has not run for 100 ms."""
        import threading
        import traceback

        main = threading.main_thread().ident
        while True:
            time.sleep(0.05)
            if self.timer.isActive() and self.last and time.perf_counter() - self.last > 0.1:
                frame = sys._current_frames().get(main)
                if frame is not None:
                    frames = [f for f in traceback.format_stack(frame) if "site-packages" not in f]
                    key = "".join(frames[-6:])
                    self.stacks[key] = self.stacks.get(key, 0) + 1

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        g = sorted(self.gaps) or [0.0]
        if DIAGNOSE:
            for stack, n in sorted(self.stacks.items(), key=lambda kv: -kv[1])[:4]:
                print(f"--- the GUI thread was here {n} x 50 ms while the loop stalled:\n{stack}", flush=True)
            self.stacks.clear()
        return {"max_ms": g[-1] * 1000, "p99_ms": C.pct(g, 99) * 1000, "ticks": len(g)}


def pump(seconds: float) -> None:
    """Let the event loop run (timers fire) for `seconds`."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def until(done, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the GUI did not finish in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def close(w) -> None:  # type: ignore[no-untyped-def]
    """Close and delete a main window now (processEvents does not run deferred deletes): its desks must not keep
    listening to the change hub while the next phase is measured."""
    import shiboken6

    from app.ui.common import operations

    w.close()
    until(operations.idle)
    shiboken6.delete(w)
    pump(0.1)


def gui_setup(url: str) -> dict:  # type: ignore[type-arg]
    """The two officers of the GUI, their ready decisions and the received applications they will answer."""
    from sqlalchemy import select

    from app.models import Application, Facility, User
    from app.textfold import fold
    from app.workflows.common.clock import FixedClock
    from app.workflows.common.context import Actor, AppContext
    from app.workflows.common.vocabulary import Role
    from app.workflows.shgm import decisions as shgm

    ctx = C.open_ctx(url)
    from sqlalchemy import func

    with ctx.read() as s:          # the officer works in the province with the most applications still to answer
        province = s.execute(select(Application.province_id, func.count()).where(Application.state == "received")
                             .group_by(Application.province_id).order_by(func.count().desc()).limit(1)).first()
    province_id = province[0] if province else GUI_PROVINCE
    with ctx.write() as s:
        approver = User(username="gui.onay", full_name="Dr. Gülşen Işıkçı", role=Role.SHGM_APPROVER.value)
        officer = User(username="gui.memur", full_name="Şule Öztürk", role=Role.ISM_OFFICER.value,
                       province_id=province_id)
        s.add_all([approver, officer])
        s.flush()
        a = Actor(approver.id, approver.username, approver.full_name, Role.SHGM_APPROVER, None)
        o = Actor(officer.id, officer.username, officer.full_name, Role.ISM_OFFICER, province_id)
    clock = FixedClock.on(load.TODAY, hour=10)
    desk = AppContext(ctx.engine, ctx.target, a, clock)
    decisions: list[int] = []
    for n in range(2 * PERMITS):            # half for the worker path, half for the old synchronous path
        name = f"Gui {n}. Ağız ve Diş Sağlığı Merkezi"
        with desk.write() as s:
            f = Facility(ckys_code=f"06-G{n:05d}", name=name, name_fold=fold(name), type_code="bakanliga_bagli",
                         province_id=6, district="Çankaya", address="Üniversiteler Mah. No: 9", tax_no="9990001112")
            s.add(f)
            s.flush()
            fid = f.id
        did = shgm.start_ex_officio(desk, fid, [("MUAYENE", None)], "Bakanlık programı")
        shgm.mark_ckys_recorded(desk, did, f"CKYS-G{n}")
        decisions.append(did)
    with ctx.read() as s:
        apps = list(s.scalars(select(Application.id).where(Application.province_id == province_id,
                                                            Application.state == "received")
                              .order_by(Application.id.desc()).limit(2 * ANSWER_APPS)))
    ctx.engine.dispose()
    return {"approver": a, "officer": o, "apps": apps, "decisions": decisions}


def start_load(url: str, data: dict, seconds: float):  # type: ignore[no-untyped-def]
    """bench/concurrency.py's 50 clients in 5 forked processes (forked before Qt starts in this process)."""
    clients = data["clients"]
    random.Random(1).shuffle(clients)
    groups = [clients[i::load.PROCESSES] for i in range(load.PROCESSES)]
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    start_at = time.time() + 2.0
    stop_at = start_at + seconds
    procs = [ctx.Process(target=load.process_main, args=(url, g, data["counters"], data["decisions"], start_at,
                                                          stop_at, queue)) for g in groups]
    for p in procs:
        p.start()
    return procs, queue, start_at, stop_at


def issue_permits(meter: StallMeter, ctx, decisions: list[int], worker: bool) -> dict:  # type: ignore[no-untyped-def]
    """The approver issues `count` permits from the SHGM desk of the main window."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.common import operations
    from app.ui.main_window import MainWindow
    from app.workflows.shgm import permits

    w = MainWindow(ctx)
    w.resize(1280, 760)
    w.show()
    until(operations.idle)
    w.show_page(1)
    desk = w.stack.currentWidget().desk
    desk.tabs.setCurrentWidget(desk.decisions_page)
    pump(0.2)
    times = []
    meter.start()
    for did in decisions:
        desk.tabs.setCurrentWidget(desk.queue_page)      # the officer comes back to the decisions tab: it is read
        desk.tabs.setCurrentWidget(desk.decisions_page)  # again (in a worker)
        until(operations.idle)
        desk._reselect(desk.decisions_table, did)       # one of this approver's ready decisions
        pump(0.05)
        t = time.perf_counter()
        if worker:
            QTest.mouseClick(desk.issue_button, Qt.MouseButton.LeftButton)
            until(operations.idle)
        else:                            # the old way: the whole call on the GUI thread
            d = desk.selected_decision()
            out = operations.run(desk, "İzin belgesi düzenle", permits.issue_permit, desk.ctx, d.id)
            desk.refresh()
            desk.show_permit(out.value.permit_id)
        times.append(time.perf_counter() - t)
        pump(0.05)
    stall = meter.stop()
    close(w)
    return {**stall, "each_ms": C.median(times) * 1000}


def answer_items(meter: StallMeter, ctx, apps: list[int], worker: bool) -> dict:  # type: ignore[no-untyped-def]
    """The officer opens each application and answers every Ek-1 item with the 1 key."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.common import operations
    from app.ui.ism.detail import ChecklistModel
    from app.ui.main_window import MainWindow
    from app.workflows.common.states import AppState
    from app.workflows.common.vocabulary import Answer
    from app.workflows.ism import review

    w = MainWindow(ctx)
    w.resize(1280, 760)
    w.show()
    until(operations.idle)
    w.show_page(1)
    desk = w.stack.currentWidget().desk
    pump(0.2)
    answered = 0
    meter.start()
    for app_id in apps:
        desk.open_in_worker(app_id)                     # Enter on the worklist: read in a worker, then shown
        until(operations.idle)
        d = desk.detail_dialog
        pump(0.05)
        d.checklist.setFocus()
        d.checklist.setCurrentIndex(d.model.index(0, ChecklistModel.ANSWER))
        for row in range(d.model.rowCount()):
            if worker:
                QTest.keyClick(d.checklist, Qt.Key.Key_1)
            else:                        # the old way: write, then reload the desk, on the GUI thread
                r = d.model.rows[row]
                was = d.detail.state if d.detail else None
                out = operations.run(d, "Ek-1 cevabı", review.answer_item, d.ctx, app_id, r.criterion_id,
                                     Answer.UYGUN, "", expected_version=r.version)
                if out.ok:
                    d.model.replace_row(row, out.value)
                    if was == AppState.RECEIVED:
                        d.reload()
                desk._detail_changed(app_id)
                d.checklist.move_to(row + 1)
            answered += 1
            pump(0.03)                   # an officer's pace: a key every few tens of milliseconds
        until(lambda d=d: not d.answers_pending() and operations.idle())
        d.close()
        pump(0.05)
    stall = meter.stop()
    close(w)
    return {**stall, "answers": answered}


def main() -> None:
    seconds = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else (
        40 if C.quick() else 90)
    C.isolate_user_folders()
    with C.PgCluster() as pg:
        url = pg.create("bench_gui_stall")
        print(f"setting up ({load.APPS} demo applications, the 50 clients, the GUI officers)…", flush=True)
        data = load.setup(url)
        gui = gui_setup(url)
        procs, queue, start_at, stop_at = start_load(url, data, seconds)
        print(f"50 clients in {load.PROCESSES} processes for {seconds:.0f} s; the GUI works meanwhile…", flush=True)

        from PySide6.QtWidgets import QApplication
        from sqlalchemy.engine import make_url

        from app.storage.database import Target, make_engine
        from app.workflows.common.clock import FixedClock
        from app.workflows.common.context import AppContext

        app = QApplication.instance() or QApplication(["gui_stall"])
        target = Target(make_url(url))
        engine = make_engine(target)
        clock = FixedClock.on(load.TODAY, hour=10)
        approver = AppContext(engine, target, gui["approver"], clock)
        officer = AppContext(engine, target, gui["officer"], clock)
        from app.ui.common.operations import Messages

        told: list[str] = []                                         # no message box may block the run
        Messages.error = staticmethod(lambda _p, _t, text: told.append(text))  # type: ignore[method-assign]
        Messages.info = staticmethod(lambda _p, _t, text: None)  # type: ignore[method-assign]
        meter = StallMeter()
        time.sleep(max(0.0, start_at - time.time()) + 1.0)          # the load is running
        phases = [
            ("issue (worker)", lambda: issue_permits(meter, approver, gui["decisions"][:PERMITS], worker=True)),
            ("Ek-1 (worker)", lambda: answer_items(meter, officer, gui["apps"][:ANSWER_APPS], worker=True)),
            ("issue (GUI thread, before)",
             lambda: issue_permits(meter, approver, gui["decisions"][PERMITS:], worker=False)),
            ("Ek-1 (GUI thread, before)",
             lambda: answer_items(meter, officer, gui["apps"][ANSWER_APPS:], worker=False)),
        ]
        results = {}
        for name, phase in phases:
            results[name] = phase()
            print(f"  {name}: longest stall {results[name]['max_ms']:.1f} ms "
                  f"({'under load' if time.time() < stop_at else 'load over'})", flush=True)
        under_load = time.time() < stop_at
        engine.dispose()
        parts = [queue.get(timeout=seconds + 600) for _ in procs]
        for p in procs:
            p.join()
        del app
    load_ops = sum(len(ts) for part in parts for r in part["results"] for ts in r["times"].values())
    errors = sum(len(part["errors"]) for part in parts)
    for text in told[:3]:
        print(f"  officer was told: {text}")
    print(f"\nload: {load_ops} operations by 50 clients in {seconds:.0f} s, {errors} client errors; "
          f"GUI finished {'while' if under_load else 'AFTER'} the load ran")
    rows = []
    for name, r in results.items():
        extra = f", median issue {r['each_ms']:.0f} ms" if "each_ms" in r else f", {r.get('answers', 0)} answers"
        met = r["max_ms"] < TARGET_MS
        print(f"  {name:30s} longest stall {r['max_ms']:7.1f} ms  p99 gap {r['p99_ms']:6.1f} ms  "
              f"({r['ticks']} ticks{extra})  target < {TARGET_MS:.0f} ms: "
              f"{'MET' if met else 'MISSED'}{'' if 'worker' in name else ' (for comparison)'}")
        rows.append({"name": f"GUI stall under 50-client load: {name}", "value": f"{r['max_ms']:.0f} ms",
                     "floor": f"p99 gap {r['p99_ms']:.1f} ms", "ratio": "-", "target": f"< {TARGET_MS:.0f} ms",
                     "met": ("yes" if met else "NO") if "worker" in name else "-"})
    C.record("gui_stall", rows, {"seconds": seconds, "load_ops": load_ops, "under_load": under_load})


if __name__ == "__main__":
    main()
