"""Worklist: filter + sort + a page (200 rows and the total) on 100,000 applications, through
app.workflows.ism.worklist.worklist, against the same queries in raw SQL in the same run: the statements the service sent
(captured once) replayed through the bare driver (sqlite3 / psycopg), rows fetched, nothing built; the two are
timed in turn so that both see the same load. A hand-written query for each page checks that the service returns
the right rows (in Turkish order for the facility sort).

Target: <= 2x raw and < 100 ms. SQLite uses the 100k demo database in /tmp (made once); PostgreSQL a throwaway
cluster loaded with demo_data.generate (100k; --quick: 10k and a 10k SQLite file).

    .venv/bin/python bench/worklist.py [--quick] [--sqlite-only] [--pg-only]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402

C.isolate_user_folders()

from app.textfold import fold  # noqa: E402
from app.workflows.ism import worklist as q  # noqa: E402
from app.workflows.common.context import Actor, AppContext  # noqa: E402
from app.workflows.common.states import AppState  # noqa: E402
from app.workflows.common.vocabulary import Role  # noqa: E402

QUICK = C.quick()
N_APPS = 10_000 if QUICK else 100_000
REPEATS = 5 if QUICK else 21
PAGE = q.PAGE_SIZE

ISM34 = Actor(None, "bench.ism34", "Bench İSM 34", Role.ISM_OFFICER, 34)
SHGM = Actor(None, "bench.shgm", "Bench SHGM", Role.SHGM_REVIEWER, None)
SEARCH = "tıp"

ROW_SELECT = ("SELECT a.id, a.number, f.name, f.ckys_code, p.name, a.received_at, a.received_on, a.state "
              "FROM applications a JOIN facilities f ON a.facility_id = f.id JOIN provinces p ON a.province_id = p.id ")
RECEIVED_DESC = "ORDER BY a.received_on DESC, a.received_at DESC, a.id DESC"


def facility_key(pg: bool) -> str:
    """The facility sort key as SQL text: what the worklist emits (ICU collation on PG, the replace() key on
    SQLite), so the raw floor can use the same index."""
    if pg:
        return "f.name"
    from sqlalchemy.dialects import sqlite

    from app.models import Facility
    key = q.facility_sort_key("sqlite").compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    return str(key).replace(f"{Facility.__tablename__}.", "f.")


# (label, actor, filters, offset, WHERE + params, join facilities for the sort?, ORDER BY)
def scenarios(pg: bool) -> list[tuple]:  # type: ignore[type-arg]
    ph = "%s" if pg else "?"
    like = f"%{fold(SEARCH)}%"
    fkey = facility_key(pg)
    search = (f"WHERE a.facility_id IN (SELECT id FROM facilities WHERE name_fold LIKE {ph} "
              f"OR lower(ckys_code) LIKE lower({ph}))", [like, f"%{SEARCH}%"])
    return [
        ("İSM İstanbul, sort received desc", ISM34, q.WorklistFilters(), 0,
         (f"WHERE a.province_id = {ph}", [34]), False, RECEIVED_DESC),
        ("İSM İstanbul, page 40 (offset 7,800)", ISM34, q.WorklistFilters(), 39 * PAGE,
         (f"WHERE a.province_id = {ph}", [34]), False, RECEIVED_DESC),
        ("İSM İstanbul, sort facility (Turkish)", ISM34, q.WorklistFilters(sort="facility", descending=False), 0,
         (f"WHERE a.province_id = {ph}", [34]), True, f"ORDER BY {fkey} ASC, a.id ASC"),
        ("all provinces, sort facility (Turkish) desc", SHGM, q.WorklistFilters(sort="facility", descending=True), 0,
         ("", []), True, f"ORDER BY {fkey} DESC, a.id DESC"),
        ("all provinces, state=under_review, sort facility (Turkish)", SHGM,
         q.WorklistFilters(state=AppState.UNDER_REVIEW, sort="facility", descending=False), 0,
         (f"WHERE a.state = {ph}", ["under_review"]), True, f"ORDER BY {fkey} ASC, a.id ASC"),
        (f"all provinces, search '{SEARCH}', sort received desc", SHGM, q.WorklistFilters(search=SEARCH), 0,
         search, False, RECEIVED_DESC),
        ("all provinces, no filter, sort received desc", SHGM, q.WorklistFilters(), 0, ("", []), False,
         RECEIVED_DESC),
    ]


def raw_page(conn, pg: bool, offset: int, where: tuple, join: bool, order: str) -> tuple[list, int]:  # type: ignore[no-untyped-def]
    """The app's steps in hand-written SQL: count, the page's ids (joined only for a facility sort), the page's
    rows, their clock events (notifications, completions)."""
    ph = "%s" if pg else "?"
    clause, params = where
    cur = conn.cursor()
    cur.execute(f"SELECT count(a.id) FROM applications a {clause}", params)
    total = cur.fetchone()[0]
    fjoin = "JOIN facilities f ON a.facility_id = f.id " if join else ""
    cur.execute(f"SELECT a.id FROM applications a {fjoin}{clause} {order} LIMIT {PAGE} OFFSET {offset}", params)
    ids = [r[0] for r in cur.fetchall()]
    rows: list = []
    events: dict[int, list] = {i: [] for i in ids}
    if ids:
        marks = ",".join([ph] * len(ids))
        by_id = {r[0]: r for r in cur.execute(f"{ROW_SELECT}WHERE a.id IN ({marks})", ids).fetchall()}
        rows = [by_id[i] for i in ids]
        cur.execute(f"SELECT application_id, kind, sent_on FROM notifications WHERE application_id IN ({marks}) "
                    "ORDER BY id", ids)
        for app_id, kind, sent_on in cur.fetchall():
            events[app_id].append((kind, sent_on))
        cur.execute(f"SELECT application_id, completed_on FROM completions WHERE application_id IN ({marks}) "
                    "ORDER BY id", ids)
        for app_id, done in cur.fetchall():
            events[app_id].append(("completed", done))
    cur.close()
    return rows, total


def capture(engine, fn) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
    """The SQL statements (and parameters) that fn() sends to the database, in order."""
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def hook(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")):
            seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", hook)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", hook)
    return seen


def replay(conn, statements: list[tuple[str, object]]) -> None:  # type: ignore[no-untyped-def]
    """The floor: the very statements the service sent, through the bare driver, rows fetched, nothing built."""
    cur = conn.cursor()
    for sql, params in statements:
        cur.execute(sql, params)
        cur.fetchall()
    cur.close()


def alternate(app, floor, repeats: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Medians of the service and of its floor, timed in turn (app, floor, app, floor, …) after a warm-up of
    each: on a shared, busy machine both see the same load."""
    app()
    floor()
    t_app: list[float] = []
    t_floor: list[float] = []
    for _ in range(repeats):
        t = time.perf_counter()
        app()
        t_app.append(time.perf_counter() - t)
        t = time.perf_counter()
        floor()
        t_floor.append(time.perf_counter() - t)
    return C.median(t_app), C.median(t_floor)


def run_engine(name: str, url: str, raw_connect, pg: bool) -> list[dict]:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from app.storage.database import Target, make_engine

    target = Target(make_url(url))
    engine = make_engine(target)
    clock = __import__("app.workflows.common.clock", fromlist=["FixedClock"]).FixedClock.on(C.DEMO_TODAY, hour=10)
    raw = raw_connect()
    out = []
    for label, actor, filters, offset, where, join, order in scenarios(pg):
        ctx = AppContext(engine, target, actor, clock)
        app_rows, app_total = q.worklist(ctx, filters, offset, PAGE)
        # a hand-written query for the same page: the service's rows must be these
        raw_rows, raw_total = raw_page(raw, pg, offset, where, join, order)
        same = app_total == raw_total and [r.id for r in app_rows] == [r[0] for r in raw_rows]
        statements = capture(engine, lambda: q.worklist(ctx, filters, offset, PAGE))
        t_app, t_raw = alternate(lambda: q.worklist(ctx, filters, offset, PAGE),
                                 lambda: replay(raw, statements), REPEATS)
        ratio = t_app / t_raw if t_raw else float("inf")
        met = ratio <= 2.0 and t_app < 0.1
        print(f"[{name}] {label}: total {app_total}, worklist {C.ms(t_app)}, same {len(statements)} statements raw "
              f"{C.ms(t_raw)}, ratio {ratio:.2f}x {'MET' if met else 'MISSED'}"
              f"{'' if same else '  (rows differ from the hand-written query!)'}", flush=True)
        out.append({"name": f"Worklist {name}: {label}", "value": C.ms(t_app), "floor": f"raw {C.ms(t_raw)}",
                    "ratio": f"{ratio:.2f}x", "target": "<= 2x raw and < 100 ms", "met": "yes" if met else "NO",
                    "same_rows": same})
    raw.close()
    engine.dispose()
    return out


def sqlite_part() -> list[dict]:
    import sqlite3

    path = C.ensure_big_sqlite(Path("/tmp/ush_bench_10k.db"), 10_000) if QUICK else C.ensure_big_sqlite()

    return run_engine("SQLite", f"sqlite:///{path}", lambda: sqlite3.connect(path), pg=False)


def pg_part() -> list[dict]:
    import psycopg

    from app.demo.data import generate

    with C.PgCluster() as pg:
        url = pg.create("bench_worklist")
        ctx = C.open_ctx(url)
        t = time.perf_counter()
        print(f"loading {N_APPS} demo applications into PostgreSQL…", flush=True)
        generate(ctx, applications=N_APPS, seed=7, today=C.DEMO_TODAY)
        ctx.engine.dispose()
        print(f"  loaded in {time.perf_counter() - t:.0f} s", flush=True)
        s = pg.server
        dsn = f"host={s.host} port={s.port} user={s.user} password={s.password} dbname=bench_worklist"
        with psycopg.connect(dsn, autocommit=True) as c:
            c.execute("VACUUM ANALYZE")
        return run_engine("PostgreSQL", url, lambda: psycopg.connect(dsn, autocommit=True), pg=True)


def main() -> None:
    rows = []
    if "--pg-only" not in sys.argv:
        rows += sqlite_part()
    if "--sqlite-only" not in sys.argv:
        rows += pg_part()
    C.record("worklist", rows, {"applications": N_APPS, "page": PAGE, "repeats": REPEATS})


if __name__ == "__main__":
    main()
