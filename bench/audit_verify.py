"""Audit verify: app.storage.audit.verify_chain over 1,000,000 audit entries, SQLite and PostgreSQL. Target: < 10 s.

The entries are built fast: the chain is computed in Python with the app's own entry_hash / hashed_fields and
bulk-inserted (SQLAlchemy Core executemany, so the stored forms are the app's) into a scratch SQLite database
migrated to head; the audit head is moved to the last hash. The file is kept in /tmp and reused. For PostgreSQL
the same rows are copied (COPY) into a database migrated to head on a throwaway cluster (bench/_common.py), in
place of its own seed entries, with the head moved likewise: the JSON text is what SQLAlchemy would store there
(the canonical JSON the app stores, app.storage.canonical), `at` the same UTC instants in timestamptz.

Floor, in the same run: reading the same rows with the bare driver (sqlite3 / psycopg) and hashing each row's
stored text with sha256 (no JSON decode / re-encode) — the least any verification of this chain can cost, on one
core. Figures: `before` is the previous verify_chain (ORM select, SQLAlchemy decoding JSON and datetimes; kept
below as orm_verify_chain) run back to back with the new one in the same conditions; `one process` is the new
fast path with workers=1; `default` adds the worker processes (one per core). CPU seconds include the workers.

    .venv/bin/python bench/audit_verify.py [--quick] [--rebuild] [--profile] [--sqlite-only] [--no-before]

--quick: 50,000 entries. --profile: pyinstrument over verify_chain(workers=1) (/tmp/ush-audit-profile.txt).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402

C.isolate_user_folders()

from sqlalchemy import insert, select, update  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.models import AuditEntry, AuditHead  # noqa: E402
from app.storage import audit  # noqa: E402

QUICK = C.quick()
N = 50_000 if QUICK else 1_000_000
DB = Path(f"/tmp/ush_bench_audit_{N}.db")
TABLES = ["applications", "checklist_answers", "notifications", "state_transitions", "documents", "facilities"]


def build() -> None:
    for p in (DB, Path(str(DB) + "-wal"), Path(str(DB) + "-shm"), DB.with_suffix(".ok")):
        p.unlink(missing_ok=True)
    ctx = C.open_ctx(f"sqlite:///{DB}")
    rng = random.Random(7)
    t0 = time.perf_counter()
    with ctx.engine.begin() as conn:
        prev = conn.execute(select(AuditHead.last_hash).where(AuditHead.id == 1)).scalar_one()
        base = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.timezone.utc)
        chunk: list[dict] = []
        for i in range(N):
            table = TABLES[i % len(TABLES)]
            row = {"id": i + 1, "state": rng.choice(["received", "under_review", "forwarded"]),
                   "note": f"Not {i} — İzmir Karşıyaka, ğüşıöç", "version": rng.randint(1, 5),
                   "received_on": "2026-03-02", "province_id": rng.randint(1, 81), "facility_id": rng.randint(1, 9999),
                   "number": f"35-2026-{i:06d}", "channel": "kep", "created_by_id": 7}
            k = i % 20
            if k < 14:
                action, before, after = "insert", None, row
            elif k < 19:
                action, before, after = "update", dict(row, state="received", version=row["version"]), row
            else:
                action, before, after = "event", None, {"kind": "backup", "rows": i, "sha256": "ab" * 32}
            e = {"at": base + dt.timedelta(seconds=i), "user_id": 7 + i % 13, "username": f"memur{i % 13}",
                 "action": action, "table_name": table, "row_id": str(i + 1), "before": before, "after": after}
            e["prev_hash"] = prev
            e["hash"] = prev = audit.entry_hash(prev, audit.hashed_fields(e))
            chunk.append(e)
            if len(chunk) == 20_000:
                conn.execute(insert(AuditEntry), chunk)
                chunk = []
                print(f"\r  {i + 1}/{N} entries", end="", flush=True)
        if chunk:
            conn.execute(insert(AuditEntry), chunk)
        conn.execute(update(AuditHead).where(AuditHead.id == 1)
                     .values(last_hash=prev, entries=AuditHead.entries + N))
    ctx.engine.dispose()
    c = sqlite3.connect(DB)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    DB.with_suffix(".ok").write_text("ok")
    print(f"\n  built {N} entries in {time.perf_counter() - t0:.0f} s -> {DB}", flush=True)


def orm_verify_chain(session: Session, batch: int = 20000) -> tuple[bool, int, int | None]:
    """verify_chain as it was before the fast path (commit 82387b1): the reference for `before`."""
    prev, count, last_id = audit.GENESIS, 0, 0
    cols = [AuditEntry.id, AuditEntry.at, AuditEntry.user_id, AuditEntry.username, AuditEntry.action,
            AuditEntry.table_name, AuditEntry.row_id, AuditEntry.before, AuditEntry.after,
            AuditEntry.prev_hash, AuditEntry.hash]
    encode, sha256, plain = audit._CANONICAL.encode, hashlib.sha256, audit._plain
    while True:
        rows = session.execute(
            select(*cols).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            break
        for row_id_, at, user_id, username, action, table, row_id, before, after, prev_hash, stored in rows:
            if prev_hash != prev:
                return False, count, row_id_
            body = encode({"action": action, "after": after, "at": plain(at), "before": before,
                           "row_id": row_id, "table_name": table, "user_id": user_id, "username": username})
            if sha256((prev + body).encode("utf-8")).hexdigest() != stored:
                return False, count, row_id_
            prev = stored
            count += 1
        last_id = rows[-1][0]
    head = session.execute(select(AuditHead.last_hash)).scalar_one_or_none()
    if head is not None and head != prev:
        return False, count, None
    return True, count, None


SELECT_ALL = ("SELECT id, at, user_id, username, action, table_name, row_id, before, after, prev_hash, hash "
              "FROM audit_entries ORDER BY id")


def floor() -> float:
    c = sqlite3.connect(DB)
    t = time.perf_counter()
    h = hashlib.sha256
    for row in c.execute(SELECT_ALL):
        h(f"{row[9]}{row[1]}{row[2]}{row[3]}{row[4]}{row[5]}{row[6]}{row[7]}{row[8]}".encode()).hexdigest()
    out = time.perf_counter() - t
    c.close()
    return out


def pg_floor(url: str) -> float:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as c:
        h = hashlib.sha256
        t = time.perf_counter()
        with c.cursor(name="floor") as cur:  # server-side cursor: rows streamed, not all held at once
            cur.itersize = 20000
            cur.execute(SELECT_ALL.replace("before, after", "before::text, after::text").replace(" at,", " at::text,"))
            for row in cur:
                h(f"{row[9]}{row[1]}{row[2]}{row[3]}{row[4]}{row[5]}{row[6]}{row[7]}{row[8]}".encode()).hexdigest()
        return time.perf_counter() - t


def copy_to_pg(url: str) -> None:
    """The SQLite chain into a migrated PostgreSQL database, replacing its seed entries."""
    import psycopg

    t0 = time.perf_counter()
    src = sqlite3.connect(DB)
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as c:
        c.execute("ALTER TABLE audit_entries DISABLE TRIGGER USER")
        c.execute("DELETE FROM audit_entries")
        cols = "id, at, user_id, username, action, table_name, row_id, before, after, prev_hash, hash"
        with c.cursor().copy(f"COPY audit_entries ({cols}) FROM STDIN") as cp:
            for row in src.execute(SELECT_ALL):
                cp.write_row((row[0], row[1] + "+00", *row[2:]))
        c.execute("ALTER TABLE audit_entries ENABLE TRIGGER USER")
        head, entries = src.execute("SELECT last_hash, entries FROM audit_head WHERE id = 1").fetchone()
        c.execute("UPDATE audit_head SET last_hash = %s, entries = %s WHERE id = 1", (head, entries))
        c.execute("SELECT setval(pg_get_serial_sequence('audit_entries', 'id'), (SELECT max(id) FROM audit_entries))")
    src.close()
    print(f"  copied to PostgreSQL in {time.perf_counter() - t0:.0f} s", flush=True)


def cpu() -> float:
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def measure(engine, fl: float, label: str, do_before: bool) -> tuple[list[dict], int]:  # type: ignore[no-untyped-def]
    out = {}
    runs = [("before", orm_verify_chain)] if do_before else []
    runs += [("one process", lambda s: audit.verify_chain(s, workers=1)), ("default", audit.verify_chain)]
    for name, fn in runs:
        with Session(engine) as s:
            c, t = cpu(), time.perf_counter()
            ok, count, broken = fn(s)
            took, used = time.perf_counter() - t, cpu() - c
        out[name] = (took, used, ok, count)
        print(f"{label} {name}: {took:.2f} s (CPU {used:.1f} s), ok={ok}, broken={broken}, {count} entries; "
              f"ratio to floor {took / fl:.1f}x", flush=True)
    took, used, ok, count = out["default"]
    met = took < 10 and ok
    value = f"{took:.2f} s (one process {out['one process'][0]:.2f} s"
    value += f"; before {out['before'][0]:.2f} s)" if do_before else ")"
    print(f"{label}: verify_chain {took:.2f} s, target < 10 s: {'MET' if met else 'MISSED'}", flush=True)
    return [{"name": f"Audit verify_chain, {count:,} entries ({label})", "value": value,
             "floor": f"raw read + sha256 of stored text {fl:.2f} s", "ratio": f"{took / fl:.1f}x",
             "target": "< 10 s", "met": "yes" if met else "NO"}], count


def main() -> None:
    if "--rebuild" in sys.argv or not DB.with_suffix(".ok").exists():
        print(f"building {N} audit entries in {DB} (once)…", flush=True)
        build()
    from sqlalchemy.engine import make_url

    from app.storage.database import Target, make_engine

    do_before = "--no-before" not in sys.argv
    engine = make_engine(Target(make_url(f"sqlite:///{DB}")))
    Path(DB).read_bytes()   # page cache warm
    fl = floor()
    print(f"SQLite floor (raw sqlite3 read + sha256 of each row's stored text): {fl:.2f} s", flush=True)
    rows, count = measure(engine, fl, "SQLite", do_before)
    if "--profile" in sys.argv:
        from pyinstrument import Profiler

        p = Profiler()
        p.start()
        with Session(engine) as s:
            audit.verify_chain(s, workers=1)
        p.stop()
        text = p.output_text()
        Path("/tmp/ush-audit-profile.txt").write_text(text)
        print("\n".join(text.splitlines()[:60]))
    engine.dispose()
    if "--sqlite-only" not in sys.argv:
        with C.PgCluster() as pg:
            url = pg.create("bench_audit")
            C.open_ctx(url).engine.dispose()
            copy_to_pg(url)
            pengine = make_engine(Target(make_url(url)))
            pfl = pg_floor(url)
            print(f"PostgreSQL floor (raw psycopg read + sha256 of each row's stored text): {pfl:.2f} s", flush=True)
            rows += measure(pengine, pfl, "PostgreSQL", do_before)[0]
            pengine.dispose()
    C.record("audit_verify", rows, {"entries": count})


if __name__ == "__main__":
    main()
