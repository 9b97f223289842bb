"""The verification service under load (issue 16): 64 concurrent clients for a fixed time against a real
`ush-izin serve` on a 100,000-application database, SQLite and PostgreSQL.

Routes: GET /api/v1/izin/{code} (codes drawn from the database, all states) and POST /api/v1/hizmet-sorgu (a real
access code of an active vendor; professionals, facilities and areas drawn from the work permits). Figures:
requests/s, p50 and p99 from `wrk` (a C load generator: a Python load script on these 2 cores measures itself).
The floor, measured in the same run on the same database with the same load: a bare Starlette route running the
permit page's one indexed query (verification._BY_CODE) on the same read-only connection setup.
Target: the service >= half the floor's requests/s and p99 < 50 ms at 64 clients.

Run: .venv/bin/python bench/verify_service.py [--quick] [--sqlite-only|--pg-only] [--workers 1,2] [--seconds 10]
[--profile]. The bench copies the 100k file (never writes to it); on the copy it issues the access code and lifts
the per-code rate limit (the limit is a setting; 64 clients on one code would otherwise mostly see 429).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common as C

QUICK = C.quick()
N_APPS = 10_000 if QUICK else 100_000
CLIENTS = 64
SECONDS = 3 if QUICK else 10


def arg(name: str, default: str) -> str:
    argv = sys.argv[1:]
    return argv[argv.index(name) + 1] if name in argv else default


# --- the floor: a bare Starlette route with the same single indexed query --------------------------------------

def floor_app():  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from app.web.database import read_only_sqlite
    from app.workflows.common.verification import _BY_CODE

    url = os.environ["USH_FLOOR_DB"]
    engine = (create_engine(url, pool_size=8, max_overflow=8) if url.startswith("postgresql")
              else read_only_sqlite(url.removeprefix("sqlite:///")))

    def one(request):  # type: ignore[no-untyped-def]
        with engine.connect() as c:
            row = c.execute(_BY_CODE, {"code": request.path_params["code"]}).first()
        if row is None:
            return JSONResponse({"durum": "bilinmiyor"}, status_code=404)
        return JSONResponse({"number": row.number, "facility": row.facility_name, "ckys": row.ckys_code})

    return Starlette(routes=[Route("/floor/{code}", one)])


def run_floor(db_url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "USH_FLOOR_DB": db_url, "PYTHONPATH": f"{C.ROOT}:{C.ROOT / 'bench'}"}
    return subprocess.Popen([C.PY, "-m", "uvicorn", "--factory", "verify_service:floor_app", "--host", "127.0.0.1",
                             "--port", str(port), "--no-access-log", "--log-level", "warning"],
                            cwd=C.ROOT / "bench", env=env)


# --- preparing a database: an access code, no rate limit, the codes and questions to ask -------------------------

def prepare(url: str) -> tuple[list[str], list[dict], str]:
    """(verification codes, hizmet-sorgu bodies, the access code) on the database at `url` (a copy)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from app.storage.database import Target, make_engine
    from app.workflows.common import vendor_access
    from app.workflows.common.context import AppContext
    from app.workflows.common.vendors import standings
    from app.workflows.common.vocabulary import Role, VendorStatus
    from app.workflows.kts import access_codes
    from tests.support.ism import officer

    target = Target(make_url(url))
    engine = make_engine(target)
    ctx = AppContext(engine, target)
    kts = AppContext(engine, target, officer(ctx, "bench.kts", Role.KTS_OFFICER, None, "Bench KTS"))
    with ctx.write() as s:
        vendor_access.set_query_rate(s, 0)           # the bench's copy only: no per-code limit
    code, vendor_id = "", 0
    with ctx.read() as s:
        on_list = [vid for vid, st in sorted(standings(s, ctx.clock.today()).items())
                   if st.status == VendorStatus.ACTIVE]
    for vid in on_list:                              # the first vendor on the active list today takes a code
        try:
            code, vendor_id = access_codes.issue(kts, vid).code, vid
            break
        except Exception:  # noqa: BLE001 (already holds one, or may not)
            continue
    assert code, "no vendor of the demo data may hold an access code today"
    rng = random.Random(7)
    with engine.connect() as c:
        codes = list(c.execute(text("SELECT verification_code FROM permit_revisions")).scalars())
        rows = c.execute(text(
            "SELECT p.tckn, f.ckys_code, pa.area_code FROM work_permits w "
            "JOIN professionals p ON p.id = w.professional_id JOIN facilities f ON f.id = w.facility_id "
            "JOIN permits pm ON pm.facility_id = f.id JOIN permit_revisions r ON r.permit_id = pm.id "
            "JOIN permit_areas pa ON pa.revision_id = r.id WHERE r.vendor_id = :v"), {"v": vendor_id}).all()
    engine.dispose()
    rng.shuffle(codes)
    rng.shuffle(rows)
    bodies = [{"tckn": t, "ckys_kodu": ck, "alan": a} for t, ck, a in rows[:2000]]
    return codes[:2000], bodies, code


def lua(path: Path, method: str, items: list[str], headers: dict[str, str], target: str = "") -> Path:
    """A wrk script that walks through `items` (paths for GET, JSON bodies for POST), one per request."""
    def q(s: str) -> str:
        return "[==[" + s + "]==]"
    lines = ["local items = {" + ",".join(q(i) for i in items) + "}", "local n = 0",
             f'wrk.method = "{method}"']
    lines += [f"wrk.headers[ {q(k)} ] = {q(v)}" for k, v in headers.items()]     # "[ [==[": not a long string
    if method == "GET":
        lines.append("request = function() n = n % #items + 1; return wrk.format(nil, items[n]) end")
    else:
        lines.append(f"request = function() n = n % #items + 1; return wrk.format(nil, {q(target)}, nil, items[n]) end")
    path.write_text("\n".join(lines) + "\n")
    return path


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def wrk(url: str, script: Path, seconds: int) -> dict:
    done = subprocess.run(["wrk", "-t2", f"-c{CLIENTS}", f"-d{seconds}s", "--latency", "--timeout", "5s", "-s",
                           str(script), url], capture_output=True, text=True, check=True)
    if done.stderr.strip():                       # a script error: wrk would go on with plain GET /
        raise RuntimeError(done.stderr)
    out = done.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]

    def p(n: int) -> float:
        m = re.search(rf"^\s+{n}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        return float(m.group(1)) * UNITS[m.group(2)] if m else float("nan")

    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    return {"rps": rps, "p50": p(50), "p99": p(99), "non2xx": int(bad.group(1)) if bad else 0, "total": total,
            "socket_errors": errors.group(1) if errors else ""}


def measure(engine_name: str, url: str, env: dict[str, str], workers: list[int], seconds: int) -> list[dict]:
    from tests.support.served import free_port, running_service, stop, wait_ready

    codes, bodies, access = prepare(url)
    tmp = Path(tempfile.mkdtemp(prefix="ush-bench-verify-"))
    get_paths = lua(tmp / "izin.lua", "GET", [f"/api/v1/izin/{c}" for c in codes], {})
    floor_paths = lua(tmp / "floor.lua", "GET", [f"/floor/{c}" for c in codes], {})
    posts = lua(tmp / "sorgu.lua", "POST", [json.dumps(b) for b in bodies],
                {"Content-Type": "application/json", "Authorization": f"Bearer {access}"}, "/api/v1/hizmet-sorgu")
    rows: list[dict] = []
    port = free_port()
    floor = run_floor(url, port)        # PostgreSQL: the floor connects as the owner, the service as ush_verifier
    try:
        wait_ready(f"http://127.0.0.1:{port}/floor/{codes[0]}", floor)
        wrk(f"http://127.0.0.1:{port}", floor_paths, 2)                     # warm-up
        f = wrk(f"http://127.0.0.1:{port}", floor_paths, seconds)
    finally:
        stop(floor)
    rows.append({"name": f"{engine_name}: floor (bare Starlette, one indexed SELECT)", **f})
    print(f"  floor: {f['rps']:.0f} req/s, p50 {f['p50']:.1f} ms, p99 {f['p99']:.1f} ms", flush=True)
    for n in workers:
        with running_service(url, env, workers=n, log_file=tmp / f"serve-{n}.log") as base:
            wrk(base, get_paths, 2)
            g = wrk(base, get_paths, seconds)
            wrk(base, posts, 2)
            h = wrk(base, posts, seconds)
        for route, r in (("GET /api/v1/izin/{code}", g), ("POST /api/v1/hizmet-sorgu", h)):
            ratio = r["rps"] / f["rps"]
            met = ratio >= 0.5 and r["p99"] < 50 and r["non2xx"] == 0
            rows.append({"name": f"{engine_name}: {route}, {n} worker{'s' if n > 1 else ''}", **r,
                         "ratio": f"{ratio:.2f}x", "met": "yes" if met else "NO"})
            print(f"  {route} ({n} w): {r['rps']:.0f} req/s ({ratio:.2f}x floor), p50 {r['p50']:.1f} ms, "
                  f"p99 {r['p99']:.1f} ms, non-2xx {r['non2xx']} of {r['total']} {r['socket_errors']}", flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    return rows


def sqlite_part(workers: list[int], seconds: int) -> list[dict]:
    big = C.ensure_big_sqlite(C.BIG_DB if not QUICK else Path("/tmp/ush_bench_10k.db"), N_APPS)
    work = Path(tempfile.mkdtemp(prefix="ush-bench-verify-db-")) / "verify.db"
    shutil.copyfile(big, work)
    print(f"SQLite ({N_APPS} applications), copy {work}", flush=True)
    try:
        return measure("SQLite", f"sqlite:///{work}", {}, workers, seconds)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def pg_part(workers: list[int], seconds: int) -> list[dict]:
    import contextlib
    import io

    import psycopg
    from sqlalchemy import create_engine, text

    import app.cli.main as cli
    from app.demo.data import generate

    password = "Bench2026dogrulama"
    with C.PgCluster() as pg:
        url = pg.create("bench_verify")
        ctx = C.open_ctx(url)
        t = time.perf_counter()
        print(f"loading {N_APPS} demo applications into PostgreSQL…", flush=True)
        generate(ctx, applications=N_APPS, seed=7, today=C.DEMO_TODAY)
        ctx.engine.dispose()
        print(f"  loaded in {time.perf_counter() - t:.0f} s", flush=True)
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli.main(["--db", url, "server", "init"]) == 0
        su = create_engine(pg.server.url(), isolation_level="AUTOCOMMIT")
        with su.connect() as c:
            c.execute(text(f"ALTER ROLE ush_verifier LOGIN PASSWORD '{password}'"))
        su.dispose()
        s = pg.server
        with psycopg.connect(f"host={s.host} port={s.port} user={s.user} password={s.password} "
                             "dbname=bench_verify", autocommit=True) as c:
            c.execute("VACUUM ANALYZE")
        return measure("PostgreSQL", url, {"PGPASSWORD": password}, workers, seconds)


def main() -> None:
    C.isolate_user_folders()
    workers = [int(w) for w in arg("--workers", "1,2").split(",")]
    seconds = int(arg("--seconds", str(SECONDS)))
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install --no-install-recommends wrk")
    rows = []
    if "--pg-only" not in sys.argv:
        rows += sqlite_part(workers, seconds)
    if "--sqlite-only" not in sys.argv:
        rows += pg_part(workers, seconds)
    C.record("verify_service", rows, {"applications": N_APPS, "clients": CLIENTS, "seconds": seconds,
                                      "workers": workers, "generator": "wrk -t2"})


if __name__ == "__main__":
    main()
