"""Shared helpers for the bench/ scripts: timing, machine facts, the 100k SQLite database, a throwaway
PostgreSQL cluster (tests/support/pgserver.py), and a results file that docs/performance.md is built from.

Benchmarks print figures and ratios; they never assert on time.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
PY = str(ROOT / ".venv" / "bin" / "python")
CLI = str(ROOT / ".venv" / "bin" / "ush-izin")
RESULTS = Path(os.environ.get("USH_BENCH_RESULTS", "/tmp/ush-bench-results.json"))
BIG_DB = Path(os.environ.get("USH_BENCH_DB", "/tmp/ush_bench_100k.db"))
DEMO_TODAY = dt.date(2026, 11, 23)


def quick() -> bool:
    return "--quick" in sys.argv[1:]


def isolate_user_folders() -> Path:
    """Never touch the real settings / data folder of whoever runs a benchmark."""
    home = Path(tempfile.mkdtemp(prefix="ush-bench-home-"))
    os.environ.setdefault("USH_DATA_DIR", str(home / "data"))
    os.environ.setdefault("USH_CONFIG_DIR", str(home / "config"))
    os.environ.pop("USH_DB_URL", None)
    return home


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def timed(fn, repeats: int, warmup: int = 1) -> list[float]:  # type: ignore[no-untyped-def]
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def ms(x: float) -> str:
    return f"{x * 1000:.1f} ms"


def machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    import sqlite3

    try:
        import PySide6
        pyside = PySide6.__version__
    except Exception:  # noqa: BLE001
        pyside = "?"
    pg = ""
    try:
        from tests.support.pgserver import pg_bin
        b = pg_bin()
        if b:
            pg = subprocess.run([f"{b}/postgres", "--version"], capture_output=True, text=True).stdout.strip()
    except Exception:  # noqa: BLE001
        pass
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "ram": ram, "python": platform.python_version(),
            "pyside6": pyside, "sqlite": sqlite3.sqlite_version, "postgresql": pg,
            "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def record(bench: str, rows: list[dict], extra: dict | None = None) -> None:
    """Keep the latest figures of a full run (not --quick) for docs/performance.md."""
    if quick():
        return
    data = {}
    if RESULTS.exists():
        try:
            data = json.loads(RESULTS.read_text())
        except ValueError:
            data = {}
    data[bench] = {"rows": rows, "extra": extra or {}, "machine": machine()}
    RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=1))


def ensure_big_sqlite(path: Path = BIG_DB, applications: int = 100_000) -> Path:
    """The 100k-application demo database (made once, ~1-2 minutes)."""
    marker = path.with_suffix(".ok")
    if path.exists() and marker.exists():
        return path
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        p.unlink(missing_ok=True)
    print(f"making {path} with {applications} demo applications (once)…", flush=True)
    subprocess.run([CLI, "--db", f"sqlite:///{path}", "demo-data", "--applications", str(applications),
                    "--seed", "7"], check=True, stdout=subprocess.DEVNULL)
    import sqlite3
    c = sqlite3.connect(path)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    marker.write_text("ok")
    return path


class PgCluster:
    """A throwaway PostgreSQL cluster (never the machine's own server)."""

    def __enter__(self):  # type: ignore[no-untyped-def]
        from tests.support import pgserver
        self.server = pgserver.start()
        return self

    def __exit__(self, *exc: object) -> None:
        from tests.support import pgserver
        pgserver.stop(self.server)

    def create(self, name: str) -> str:
        from sqlalchemy import create_engine, text
        admin = create_engine(self.server.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
        admin.dispose()
        return self.server.url(name)


def open_ctx(url: str):  # type: ignore[no-untyped-def]
    """Migrate + seed the database at `url`; returns the system AppContext."""
    from sqlalchemy.engine import make_url

    from app.storage.database import Target
    from app.workflows.admin.bootstrap import open_database
    return open_database(target=Target(make_url(url))).ctx
