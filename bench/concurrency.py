"""Shared PostgreSQL: 50 clients at once doing what desks do, for a fixed time, through the workflow services.

A throwaway PostgreSQL cluster (tests/support/pgserver.py) with demo data; 45 İSM officers in 5 provinces and 5
SHGM approvers. Each client runs in one of 5 processes (10 threads each, its own connection pool per process):

    İSM officer, in a loop: open the worklist (own province, newest first, one page) -> open an application
    (application_detail + checklist_rows) -> save: read a shared "counter" Ek-1 item of its province, add one to
    its own count in the note, answer_item(..., expected_version=the version it read). A StaleRecord refusal is
    expected under contention: counted, not retried, not a lost update.
    SHGM approver, in a loop: open its queue (a worklist page over all provinces) -> issue_permit (render, PAdES
    sign, number, audit) on the next ready decision (made before the clock starts).

Lost updates are counted independently of the services: each client keeps in memory how many of its saves were
accepted, per counter item; at the end every counter note is read back and each client's count in it must equal
its accepted saves (an overwritten save would show as a count short). Must be 0.

Prints ops/s, p50/p95 per operation, refusals and lost updates. Not a timed test: figures only.

    .venv/bin/python bench/concurrency.py [--quick] [--seconds N] [--unlocked]

--quick: 10 s and 5,000 demo applications (default 60 s and 20,000). --unlocked saves without the version the
client read (what a careless desk would do): the lost-update count must then go above 0, which shows it counts.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import random
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402

C.isolate_user_folders()

QUICK = C.quick()
SECONDS = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else (10 if QUICK else 60)
APPS = 5_000 if QUICK else 20_000
PROVINCES = (6, 16, 34, 35, 42)
OFFICERS_PER_PROVINCE = 9
APPROVERS = 5
PROCESSES = 5
COUNTER_APPS_PER_PROVINCE = 2          # x the first 3 Ek-1 items = 6 shared counter items per province
DECISIONS_PER_APPROVER = 10 if QUICK else 40
TODAY = C.DEMO_TODAY
UNLOCKED = "--unlocked" in sys.argv     # saves without expected_version: shows that the count catches lost updates


def setup(url: str) -> dict:  # type: ignore[type-arg]
    """Demo data, the 50 users, the counter items and the approvers' ready decisions."""
    from sqlalchemy import select

    from app.demo.data import generate
    from app.models import Application, Facility, User
    from app.textfold import fold
    from app.workflows.common import signing
    from app.workflows.common.clock import FixedClock
    from app.workflows.common.context import Actor, AppContext
    from app.workflows.common.vocabulary import Answer, Role
    from app.workflows.common.application_view import checklist_rows
    from app.workflows.ism import review
    from app.workflows.shgm import decisions as shgm

    ctx = C.open_ctx(url)
    t = time.perf_counter()
    generate(ctx, applications=APPS, seed=7, today=TODAY)
    print(f"  demo data: {APPS} applications in {time.perf_counter() - t:.0f} s", flush=True)
    clock = FixedClock.on(TODAY, hour=10)
    clients = []
    with ctx.write() as s:
        for p in PROVINCES:
            for k in range(OFFICERS_PER_PROVINCE):
                u = User(username=f"bench{p}.{k}", full_name=f"Bench Memur {p}-{k}", role=Role.ISM_OFFICER.value,
                         province_id=p)
                s.add(u)
                s.flush()
                clients.append(("ism", u.id, u.username, u.full_name, p))
        for k in range(APPROVERS):
            u = User(username=f"bench.onay{k}", full_name=f"Bench Onay {k}", role=Role.SHGM_APPROVER.value)
            s.add(u)
            s.flush()
            clients.append(("shgm", u.id, u.username, u.full_name, None))
    counters: dict[int, list[tuple[int, int]]] = {}
    for kind, uid, name, full, p in clients:
        if kind != "ism" or p in counters:
            continue
        desk = AppContext(ctx.engine, ctx.target, Actor(uid, name, full, Role.ISM_OFFICER, p), clock)
        with ctx.read() as s:
            apps = list(s.scalars(select(Application.id).where(Application.province_id == p,
                                                                Application.state.in_(["received", "under_review"]))
                                  .order_by(Application.id).limit(COUNTER_APPS_PER_PROVINCE)))
        items = []
        for app_id in apps:
            for row in checklist_rows(desk, app_id)[:3]:
                review.answer_item(desk, app_id, row.criterion_id, Answer.UYGUN, "")
                items.append((app_id, row.criterion_id))
        counters[p] = items
    decisions: dict[int, list[int]] = {}
    n = 0
    for kind, uid, name, full, _p in clients:
        if kind != "shgm":
            continue
        desk = AppContext(ctx.engine, ctx.target, Actor(uid, name, full, Role.SHGM_APPROVER, None), clock)
        mine = []
        for _ in range(DECISIONS_PER_APPROVER):
            n += 1
            fname = f"Bench {n}. Ağız ve Diş Sağlığı Merkezi"
            with desk.write() as s:
                f = Facility(ckys_code=f"06-B{n:05d}", name=fname, name_fold=fold(fname),
                             type_code="bakanliga_bagli", province_id=6, district="Çankaya",
                             address="Üniversiteler Mah. No: 9", tax_no="9990001112")
                s.add(f)
                s.flush()
                fid = f.id
            did = shgm.start_ex_officio(desk, fid, [("MUAYENE", None)], "Bakanlık programı")
            shgm.mark_ckys_recorded(desk, did, f"CKYS-B{n}")
            mine.append(did)
        decisions[uid] = mine
    signing.load_identity()            # the demo certificate exists before the clients start
    ctx.engine.dispose()
    return {"clients": clients, "counters": counters, "decisions": decisions}


def _note_counts(note: str) -> dict[str, int]:
    out = {}
    for part in note.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = int(v)
    return out


def _note_text(counts: dict[str, int]) -> str:
    return ";".join(f"{k}={v}" for k, v in sorted(counts.items()))


def ism_client(url: str, client: tuple, items: list[tuple[int, int]], stop_at: float, out: dict) -> None:  # type: ignore[type-arg]
    from app.workflows.common.clock import FixedClock
    from app.workflows.common.context import Actor, AppContext
    from app.workflows.common.errors import StaleRecord
    from app.workflows.common.vocabulary import Answer, Role
    from app.workflows.common.application_view import application_detail, checklist_rows
    from app.workflows.ism import review
    from app.workflows.ism import worklist as ism_worklist

    _kind, uid, name, full, p = client
    desk = AppContext(out["engine"], out["target"], Actor(uid, name, full, Role.ISM_OFFICER, p),
                      FixedClock.on(TODAY, hour=10))
    rng = random.Random(uid)
    times: dict[str, list[float]] = {"open list": [], "open application": [], "save (Ek-1, locked)": []}
    accepted: dict[tuple[int, int], int] = {}
    refused = 0
    key = f"c{uid}"
    while time.time() < stop_at:
        t = time.perf_counter()
        rows, _total = ism_worklist.worklist(desk, ism_worklist.WorklistFilters(), rng.randrange(0, 5) * 50, 50)
        times["open list"].append(time.perf_counter() - t)
        if rows:
            t = time.perf_counter()
            app_id = rng.choice(rows).id
            application_detail(desk, app_id)
            checklist_rows(desk, app_id)
            times["open application"].append(time.perf_counter() - t)
        item = rng.choice(items)
        t = time.perf_counter()
        row = next(r for r in checklist_rows(desk, item[0]) if r.criterion_id == item[1])
        counts = _note_counts(row.note)
        counts[key] = counts.get(key, 0) + 1
        try:
            review.answer_item(desk, item[0], item[1], Answer.UYGUN, _note_text(counts),
                               expected_version=None if UNLOCKED else row.version)
            accepted[item] = accepted.get(item, 0) + 1
        except StaleRecord:
            refused += 1
        times["save (Ek-1, locked)"].append(time.perf_counter() - t)
    out["results"].append({"times": times, "accepted": {f"{a}:{c}": n for (a, c), n in accepted.items()},
                           "refused": refused, "key": key})


def shgm_client(url: str, client: tuple, decisions: list[int], stop_at: float, out: dict) -> None:  # type: ignore[type-arg]
    from app.workflows.common.clock import FixedClock
    from app.workflows.common.context import Actor, AppContext
    from app.workflows.common.vocabulary import Role
    from app.workflows.ism import worklist as ism_worklist
    from app.workflows.shgm import permits

    _kind, uid, name, full, _p = client
    desk = AppContext(out["engine"], out["target"], Actor(uid, name, full, Role.SHGM_APPROVER, None),
                      FixedClock.on(TODAY, hour=10))
    times: dict[str, list[float]] = {"open queue (all provinces)": [], "issue permit (PDF + sign)": []}
    issued = []
    todo = list(decisions)
    while time.time() < stop_at:
        t = time.perf_counter()
        ism_worklist.worklist(desk, ism_worklist.WorklistFilters(), 0, 50)
        times["open queue (all provinces)"].append(time.perf_counter() - t)
        if todo:
            t = time.perf_counter()
            issued.append(permits.issue_permit(desk, todo.pop(0)).number)
            times["issue permit (PDF + sign)"].append(time.perf_counter() - t)
        else:
            time.sleep(0.2)            # nothing left to issue: an approver reading the queue now and then
    out["results"].append({"times": times, "issued": issued, "refused": 0, "accepted": {}, "key": None})


def process_main(url: str, clients: list, counters: dict, decisions: dict, start_at: float, stop_at: float,
                 queue) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from app.storage.database import Target, make_engine
    from app.workflows.ism import worklist  # noqa: F401  (imports before the clock starts)
    from app.workflows.shgm import permits  # noqa: F401

    target = Target(make_url(url))
    engine = make_engine(target, pool_size=len(clients), max_overflow=0)   # a connection per client
    out = {"engine": engine, "target": target, "results": [], "errors": []}

    def run(fn, *args):  # type: ignore[no-untyped-def]
        try:
            fn(url, *args, out)
        except BaseException as exc:  # noqa: BLE001
            import traceback
            out["errors"].append("".join(traceback.format_exception(exc))[-2000:])

    threads = []
    time.sleep(max(0.0, start_at - time.time()))
    for c in clients:
        if c[0] == "ism":
            threads.append(threading.Thread(target=run, args=(ism_client, c, counters[c[4]], stop_at)))
        else:
            threads.append(threading.Thread(target=run, args=(shgm_client, c, decisions[c[1]], stop_at)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    engine.dispose()
    queue.put({"results": out["results"], "errors": out["errors"]})


def lost_updates(url: str, counters: dict, results: list[dict]) -> tuple[int, int]:  # type: ignore[type-arg]
    """(lost, accepted saves): each client's count in each counter note against its own accepted saves."""
    from sqlalchemy import select
    from sqlalchemy.engine import make_url

    from app.models import ChecklistAnswer
    from app.storage.database import Target, make_engine

    engine = make_engine(Target(make_url(url)))
    notes = {}
    with engine.connect() as c:
        for items in counters.values():
            for app_id, crit in items:
                notes[f"{app_id}:{crit}"] = _note_counts(c.execute(
                    select(ChecklistAnswer.note).where(ChecklistAnswer.application_id == app_id,
                                                       ChecklistAnswer.criterion_id == crit)).scalar_one())
    engine.dispose()
    lost = accepted = 0
    for r in results:
        for item, n in r["accepted"].items():
            accepted += n
            lost += max(0, n - notes[item].get(r["key"], 0))
    return lost, accepted


def main() -> None:
    with C.PgCluster() as pg:
        url = pg.create("bench_concurrency")
        print(f"setting up ({APPS} demo applications, 50 users, counters, "
              f"{APPROVERS * DECISIONS_PER_APPROVER} ready decisions)…", flush=True)
        data = setup(url)
        clients = data["clients"]
        rng = random.Random(1)
        rng.shuffle(clients)
        groups = [clients[i::PROCESSES] for i in range(PROCESSES)]
        ctx = mp.get_context("fork")
        queue = ctx.Queue()
        start_at = time.time() + 3.0
        stop_at = start_at + SECONDS
        procs = [ctx.Process(target=process_main, args=(url, g, data["counters"], data["decisions"], start_at,
                                                         stop_at, queue)) for g in groups]
        for p in procs:
            p.start()
        print(f"{len(clients)} clients in {PROCESSES} processes for {SECONDS:.0f} s…", flush=True)
        parts = [queue.get(timeout=SECONDS + 600) for _ in procs]
        for p in procs:
            p.join()
        results = [r for part in parts for r in part["results"]]
        errors = [e for part in parts for e in part["errors"]]
        lost, accepted = lost_updates(url, data["counters"], results)
    per_op: dict[str, list[float]] = {}
    for r in results:
        for op, ts in r["times"].items():
            per_op.setdefault(op, []).extend(ts)
    total_ops = sum(len(ts) for ts in per_op.values())
    refused = sum(r["refused"] for r in results)
    issued = sum(len(r.get("issued", [])) for r in results)
    print(f"\n{len(results)} clients finished, {len(errors)} failed")
    for e in errors[:3]:
        print(e)
    print(f"{total_ops} operations in {SECONDS:.0f} s = {total_ops / SECONDS:.1f} ops/s")
    rows = []
    for op, ts in per_op.items():
        print(f"  {op:32s} {len(ts):6d} ops  {len(ts) / SECONDS:6.1f}/s  p50 {C.ms(C.pct(ts, 50)):>9s}  "
              f"p95 {C.ms(C.pct(ts, 95)):>9s}")
        rows.append({"name": f"Shared PG, 50 clients: {op}", "value": f"{len(ts) / SECONDS:.1f} ops/s",
                     "floor": f"p50 {C.ms(C.pct(ts, 50))}, p95 {C.ms(C.pct(ts, 95))}", "ratio": "-",
                     "target": "(figures)", "met": "-"})
    print(f"saves accepted {accepted}, refused as stale (expected) {refused}, permits issued {issued}")
    print(f"lost updates: {lost}  target 0: {'MET' if lost == 0 and not errors else 'MISSED'}", flush=True)
    rows.insert(0, {"name": "Shared PG, 50 clients: all operations", "value": f"{total_ops / SECONDS:.1f} ops/s",
                    "floor": "-", "ratio": "-", "target": "lost updates = 0",
                    "met": "yes" if lost == 0 and not errors else "NO"})
    rows.insert(1, {"name": "Shared PG, 50 clients: lost updates", "value": str(lost),
                    "floor": f"{accepted} saves accepted, {refused} refused as stale", "ratio": "-",
                    "target": "0", "met": "yes" if lost == 0 else "NO"})
    if UNLOCKED:
        return                         # a demonstration, not a result
    C.record("concurrency", rows, {"seconds": SECONDS, "applications": APPS, "clients": len(results),
                                   "errors": len(errors), "issued": issued})


if __name__ == "__main__":
    main()
