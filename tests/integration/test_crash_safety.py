"""Crash safety: a writer killed with SIGKILL in the middle of its work leaves a SQLite database that passes
the integrity check, keeps every record it reported as committed, and whose audit chain still verifies."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.storage.audit import verify_chain
from app.storage.database import Target, make_engine, sqlite_url
from app.workflows.admin.bootstrap import open_database
from app.workflows.common.context import AppContext

CHILD = textwrap.dedent("""
    import sys
    from app.models import Facility
    from app.storage.database import Target, make_engine, sqlite_url
    from app.workflows.common.context import AppContext

    ctx = AppContext(make_engine(Target(sqlite_url(sys.argv[1]))), Target(sqlite_url(sys.argv[1])))
    i = 0
    while True:
        i += 1
        with ctx.write() as s:
            f = Facility(ckys_code=f"CK-{i}", name=f"Özel Çağrı Tıp Merkezi {i}", name_fold=f"ozel cagri {i}",
                         type_code="ozel", province_id=35, district="Karşıyaka", tax_no="1234567890",
                         address="Bostanlı Mah. " * 20)
            s.add(f)
            s.flush()
            fid = f.id
        print(fid, flush=True)   # only after the commit returned
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_mid_write_loses_nothing_committed(tmp_path: Path):
    db = tmp_path / "ush-izin.db"
    open_database(target=Target(sqlite_url(db))).ctx.engine.dispose()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    reported: list[int] = []
    try:
        deadline = time.monotonic() + 60
        assert child.stdout is not None
        while len(reported) < 150 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            reported.append(int(line))
        assert len(reported) >= 150, child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)  # mid-loop: the child is inside its next transaction or about to be
        child.wait(timeout=10)
        # whatever the child printed before dying also counts as committed
        rest = child.stdout.read()
        reported += [int(x) for x in rest.split()]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = {r[0] for r in con.execute("SELECT id FROM facilities")}
    finally:
        con.close()
    assert set(reported) <= present
    assert len(present) - len(reported) <= 1  # at most the transaction committed just before the kill

    engine = make_engine(Target(sqlite_url(db)))
    try:
        ctx = AppContext(engine, Target(sqlite_url(db)))
        with ctx.read() as s:
            ok, count, bad = verify_chain(s)
        assert ok and bad is None
        assert count >= len(reported)
    finally:
        engine.dispose()
