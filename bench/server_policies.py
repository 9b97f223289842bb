"""Worklist under row-level security (issue 13): the same worklist pages on 100,000 demo applications read by the
cluster's superuser (no policies apply) and by a person's own login after `server init` (the policies of
app/storage/server_policies.py apply), timed in turn in one process so that both see the same load; also the
superuser's figure before `server init`. Throwaway cluster (tests/support/pgserver.py).

    .venv/bin/python bench/server_policies.py [APPLICATIONS]      (default 100000)
"""
import statistics, sys, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent)); sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import _common as C
C.isolate_user_folders()
import psycopg
from sqlalchemy.engine import make_url
from app.demo.data import generate
from app.storage import server_setup
from app.storage.database import Target, make_engine
from app.workflows.common.context import Actor, AppContext
from app.workflows.common.vocabulary import Role
from app.workflows.ism import worklist as q
from app.workflows.common.states import AppState

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
def timeit(fn, n=21):
    fn(); ts = []
    for _ in range(n):
        t = time.perf_counter(); fn(); ts.append(time.perf_counter() - t)
    return statistics.median(ts) * 1000

CASES = [("İSM 34 received desc", q.WorklistFilters(), 0), ("İSM 34 page 40", q.WorklistFilters(), 7800),
         ("İSM 34 facility sort", q.WorklistFilters(sort="facility"), 0)]
SHGM_CASES = [("SHGM all, no filter", q.WorklistFilters(), 0),
              ("SHGM all, under_review facility", q.WorklistFilters(state=AppState.UNDER_REVIEW, sort="facility"), 0)]
with C.PgCluster() as pg:
    url = pg.create("bench_rls")
    ctx = C.open_ctx(url)
    t = time.perf_counter(); generate(ctx, applications=N, seed=7, today=C.DEMO_TODAY)
    print(f"loaded {N} in {time.perf_counter()-t:.0f}s", flush=True)
    s = pg.server
    dsn = f"host={s.host} port={s.port} user={s.user} password={s.password} dbname=bench_rls"
    with psycopg.connect(dsn, autocommit=True) as c:
        c.execute("VACUUM ANALYZE")
        ism = c.execute("SELECT id, username FROM users WHERE role = 'ism_officer' AND province_id = 34 "
                        "AND active LIMIT 1").fetchone()
        shgm = c.execute("SELECT id, username FROM users WHERE role = 'shgm_reviewer' AND active LIMIT 1").fetchone()
    print("persons", ism, shgm)
    ISM = Actor(ism[0], ism[1], "x", Role.ISM_OFFICER, 34); SH = Actor(shgm[0], shgm[1], "x", Role.SHGM_REVIEWER, None)
    su = AppContext(ctx.engine, ctx.target)
    before = {}
    for label, f, off in CASES:
        before[label] = timeit(lambda: q.worklist(su.as_user(ISM), f, off))
    for label, f, off in SHGM_CASES:
        before[label] = timeit(lambda: q.worklist(su.as_user(SH), f, off))
    ctx.engine.dispose()
    eng = make_engine(Target(make_url(url)))
    with eng.begin() as conn:
        server_setup.init(conn, demo_password="Ornek2026sifre")
    eng.dispose()
    with psycopg.connect(dsn, autocommit=True) as c:
        for u in (ism[1], shgm[1]):
            c.execute(f'ALTER ROLE "{u}" PASSWORD \'Bench2026parola\'')
        c.execute("VACUUM ANALYZE")
    def person(u):
        tgt = Target(make_url(url).set(username=u, password="Bench2026parola"))
        return AppContext(make_engine(tgt), tgt)
    pi, ps = person(ism[1]).as_user(ISM), person(shgm[1]).as_user(SH)
    su2 = AppContext(make_engine(Target(make_url(url))), Target(make_url(url)))
    def ab(fa, fb, n=31):
        fa(); fb(); ta, tb = [], []
        for _ in range(n):
            t = time.perf_counter(); fa(); ta.append(time.perf_counter() - t)
            t = time.perf_counter(); fb(); tb.append(time.perf_counter() - t)
        return statistics.median(ta) * 1000, statistics.median(tb) * 1000
    for label, f, off in CASES:
        a, b = ab(lambda: q.worklist(su2.as_user(ISM), f, off), lambda: q.worklist(pi, f, off))
        print(f"{label}: after init, superuser (no RLS) {a:.1f} ms, person (RLS) {b:.1f} ms ({b / a:.2f}x); "
              f"before init {before[label]:.1f}", flush=True)
    for label, f, off in SHGM_CASES:
        a, b = ab(lambda: q.worklist(su2.as_user(SH), f, off), lambda: q.worklist(ps, f, off))
        print(f"{label}: after init, superuser (no RLS) {a:.1f} ms, person (RLS) {b:.1f} ms ({b / a:.2f}x); "
              f"before init {before[label]:.1f}", flush=True)
