"""Audit verify: app.storage.audit.verify_chain over 1,000,000 audit entries on SQLite. Target: < 10 s.

The entries are built fast: the chain is computed in Python with the app's own entry_hash / hashed_fields and
bulk-inserted (SQLAlchemy Core executemany, so the stored forms are the app's) into a scratch SQLite database
migrated to head; the audit head is moved to the last hash. The file is kept in /tmp and reused.
Floor, in the same run: reading the same rows with raw sqlite3 and hashing each row's stored text with
sha256 (no JSON decode / re-encode) — the least any verification of this chain can cost.

    .venv/bin/python bench/audit_verify.py [--quick] [--rebuild] [--profile]

--quick: 50,000 entries. --profile: pyinstrument over verify_chain (/tmp/ush-audit-profile.txt).
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


def floor() -> float:
    c = sqlite3.connect(DB)
    t = time.perf_counter()
    h = hashlib.sha256
    for row in c.execute("SELECT id, at, user_id, username, action, table_name, row_id, before, after, prev_hash, "
                         "hash FROM audit_entries ORDER BY id"):
        h(f"{row[9]}{row[1]}{row[2]}{row[3]}{row[4]}{row[5]}{row[6]}{row[7]}{row[8]}".encode()).hexdigest()
    out = time.perf_counter() - t
    c.close()
    return out


def main() -> None:
    if "--rebuild" in sys.argv or not DB.with_suffix(".ok").exists():
        print(f"building {N} audit entries in {DB} (once)…", flush=True)
        build()
    from app.storage.database import Target, make_engine
    from sqlalchemy.engine import make_url

    engine = make_engine(Target(make_url(f"sqlite:///{DB}")))
    Path(DB).read_bytes()   # page cache warm
    fl = floor()
    with Session(engine) as s:
        t = time.perf_counter()
        ok, count, broken = audit.verify_chain(s)
        took = time.perf_counter() - t
    met = took < 10 and ok
    print(f"floor (raw sqlite3 read + sha256 of each row's stored text): {fl:.2f} s")
    print(f"verify_chain over {count} entries: {took:.2f} s, ok={ok}, broken={broken}; ratio to floor "
          f"{took / fl:.1f}x; target < 10 s: {'MET' if met else 'MISSED'}", flush=True)
    C.record("audit_verify", [{"name": f"verify_chain, {count:,} entries (SQLite)", "value": f"{took:.2f} s",
                               "floor": f"raw read + sha256 {fl:.2f} s", "ratio": f"{took / fl:.1f}x",
                               "target": "< 10 s", "met": "yes" if met else "NO"}], {"entries": count})
    if "--profile" in sys.argv:
        from pyinstrument import Profiler

        p = Profiler()
        p.start()
        with Session(engine) as s:
            audit.verify_chain(s)
        p.stop()
        text = p.output_text()
        Path("/tmp/ush-audit-profile.txt").write_text(text)
        print("\n".join(text.splitlines()[:60]))
    engine.dispose()


if __name__ == "__main__":
    main()
